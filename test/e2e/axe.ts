import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** One rule broken on the page, with where: enough to fix it from the test's output. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string; failureSummary: string }[];
}

export interface AxeOptions {
  /** CSS selectors left out of the run (an element and everything in it). */
  exclude?: string[];
  /** Rules switched off for this run; say why where it is used. */
  disableRules?: string[];
}

/**
 * Runs axe-core (WCAG 2.x A/AA and best practices, axe's default set) on the
 * page as it is now and returns every violation. axe comes from the installed
 * package (nothing is fetched), evaluated in the page's main world.
 */
export async function runAxe(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  // Evaluated, not added as a <script>: the app's CSP rightly refuses inline script.
  if (!injected) await page.evaluate(`${axe.source}\n;undefined`);
  return page.evaluate(
    async ({ exclude, disableRules }) => {
      // Colours are judged as they settle: a tab's background mid-transition (the
      // app's calm motion) is neither its old nor its new colour. Endless ones aside.
      const settling = document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined));
      await Promise.race([
        Promise.all(settling),
        new Promise((resolve) => setTimeout(resolve, 2000)),
      ]);
      const context =
        exclude.length > 0 ? { exclude: exclude.map((selector) => [selector]) } : document;
      const result = await window.axe.run(context, {
        // Frames are checked as elements (a title), never entered: the Jitsi frame's
        // page is the server's, cross-origin, and axe would wait for it in vain.
        iframes: false,
        rules: Object.fromEntries(disableRules.map((rule) => [rule, { enabled: false }])),
        resultTypes: ['violations'],
      });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        nodes: violation.nodes.map((node) => ({
          target: node.target.join(' '),
          html: node.html,
          failureSummary: node.failureSummary ?? '',
        })),
      }));
    },
    { exclude: options.exclude ?? [], disableRules: options.disableRules ?? [] },
  );
}

/** The violations as readable lines, for an assertion message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .flatMap((violation) => [
      `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help}`,
      ...violation.nodes.map((node) => `  ${node.target}: ${node.html}`),
    ])
    .join('\n');
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}
