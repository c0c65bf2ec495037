import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

const AXE_SOURCE = resolve(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * Run axe-core in the page (on the whole document, or under `selector`) and return its
 * violations. Pages under the app's CSP refuse an inline <script> (page.addScriptTag({ content })
 * would log a violation and do nothing), so the same source is evaluated through the DevTools
 * protocol, which CSP does not govern; the page's own policy stays on for everything else.
 * `inlineTag: true` uses addScriptTag, for pages without a CSP.
 */
export const runAxe = async (page: Page, selector?: string, options: { readonly inlineTag?: boolean } = {}): Promise<AxeViolation[]> => {
  // Browser-side code is passed as text: this helper is type-checked without the DOM library.
  if (!(await page.evaluate<boolean>("typeof window.axe === 'object'"))) {
    const source = readFileSync(AXE_SOURCE, 'utf8');
    if (options.inlineTag) await page.addScriptTag({ content: source });
    else await page.evaluate(source);
  }
  return page.evaluate<AxeViolation[]>(`(async () => {
    const scope = ${JSON.stringify(selector ?? null)};
    const context = (scope && document.querySelector(scope)) || document;
    const result = await window.axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  })()`);
};

/** The violations a screen may not ship with: axe's serious and critical ones. */
export const seriousViolations = async (page: Page, selector?: string): Promise<AxeViolation[]> =>
  (await runAxe(page, selector)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
