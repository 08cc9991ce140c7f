import type { Page } from 'playwright-core';

/** Measuring how long a page's main thread was busy, for the "never frozen for a second" checks. */

/** About a megabyte on the clipboard: paragraphs separated by blank lines. */
export function megabyteOfNotes(): string {
  const lines: string[] = [];
  let chars = 0;
  for (let i = 0; chars < 1_000_000; i++) {
    const line = `Note ${i}: we walked through the roadmap, the hiring plan and the on-call rotation once more.`;
    lines.push(line);
    chars += line.length + 2;
  }
  return lines.join('\n\n');
}

/**
 * Records the longest gap between timer ticks on the page's main thread from now on: while a
 * paste is being handled nothing else runs, so this is how long the page was frozen.
 */
export const START_STALL_PROBE = `(() => {
  window.__stall = { max: 0, last: performance.now(), stop: false };
  const tick = () => {
    const now = performance.now();
    window.__stall.max = Math.max(window.__stall.max, now - window.__stall.last);
    window.__stall.last = now;
    if (!window.__stall.stop) setTimeout(tick, 10);
  };
  setTimeout(tick, 10);
  return true;
})()`;
export const READ_STALL_PROBE = `(() => { window.__stall.stop = true; return window.__stall.max; })()`;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * Chromium's own task timing for the renderer's main thread (trace events `RunTask`, whose
 * `tdur` is the thread's CPU time in microseconds), collected over the DevTools protocol.
 */
export async function startMainThreadTrace(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,__metadata',
    transferMode: 'ReportEvents',
  });
  return {
    async stop(): Promise<{ longestCpuMs: number; longestWallMs: number }> {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      const mainThreads = new Set(
        events
          .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
          .map((e) => `${e.pid}:${e.tid}`),
      );
      let longestCpuMs = 0;
      let longestWallMs = 0;
      for (const e of events) {
        if (e.name !== 'RunTask' || e.ph !== 'X' || !mainThreads.has(`${e.pid}:${e.tid}`)) continue;
        longestCpuMs = Math.max(longestCpuMs, (e.tdur ?? 0) / 1000);
        longestWallMs = Math.max(longestWallMs, (e.dur ?? 0) / 1000);
      }
      await cdp.detach();
      return { longestCpuMs, longestWallMs };
    },
  };
}
