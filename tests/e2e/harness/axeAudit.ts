import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * Accessibility audit with axe-core, run inside the page (WCAG 2.1 A and AA plus axe's best
 * practices). The source is evaluated through the DevTools protocol, which the app's CSP does
 * not govern, so the page itself stays exactly as it ships.
 */

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  rule: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const RUN_AUDIT = `(async () => {
  const result = await axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    resultTypes: ['violations'],
  });
  return result.violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? null,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
})()`;

export async function auditAccessibility(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate('typeof window.axe === "object"');
  if (loaded !== true) await page.evaluate(AXE_SOURCE);
  return page.evaluate<AxeViolation[]>(RUN_AUDIT);
}

/** One line per violation, naming the screen, the rule and where: for a failure message. */
export function describeViolations(screen: string, violations: readonly AxeViolation[]): string[] {
  return violations.map(
    (v) => `${screen}: ${v.rule} (${v.impact ?? 'n/a'}) ${v.help} — ${v.targets.slice(0, 4).join(' | ')}`,
  );
}
