/**
 * The preload and main must agree channel for channel: a preload function whose channel main
 * never handles fails at the first click ("No handler registered"), and a handler no preload
 * function can reach is dead code with a security surface. Each mismatch is named.
 */
export function channelCoverageProblems(
  preloadChannels: readonly string[],
  handledChannels: readonly string[],
): string[] {
  const handled = new Set(handledChannels);
  const invokable = new Set(preloadChannels);
  const problems: string[] = [];
  for (const channel of [...invokable].sort()) {
    if (!handled.has(channel))
      problems.push(`${channel}: the preload invokes it, but the built main registers no handler`);
  }
  for (const channel of [...handled].sort()) {
    if (!invokable.has(channel))
      problems.push(`${channel}: the built main handles it, but no preload function invokes it`);
  }
  return problems;
}
