/**
 * Value → label records for a choice (a select's options), from the options in order and a
 * function that says each one in the window's language.
 */
export function labelsFor<K extends string>(
  options: readonly K[],
  label: (value: K) => string,
): Record<K, string> {
  return Object.fromEntries(options.map((option) => [option, label(option)])) as Record<K, string>;
}
