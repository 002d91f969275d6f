import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: what the product promises (DESIGN accessibility goals). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const

export interface AxeViolation {
  readonly id: string
  readonly impact: string | null
  readonly help: string
  readonly helpUrl: string
  readonly targets: readonly string[]
}

interface AxeResult {
  violations: {
    id: string
    impact?: string | null
    help: string
    helpUrl: string
    nodes: { target: unknown[] }[]
  }[]
}

declare global {
  interface Window {
    axe?: { run(context: Document, options: unknown): Promise<AxeResult> }
  }
}

/**
 * Runs axe-core on the page as it is now and returns the serious and critical WCAG A/AA violations.
 *
 * The server's CSP (`script-src 'self'`) blocks inline scripts and eval, so axe can only be injected
 * into a page whose context was created with `bypassCSP: true`. Run axe in such a context, and
 * check the real CSP in another one.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  if ((await page.evaluate(() => window.axe === undefined)) === true) {
    await page.addScriptTag({ content: AXE_SOURCE })
  }
  const result = await page.evaluate(async (tags: readonly string[]) => {
    if (window.axe === undefined) {
      throw new Error('axe-core did not load: create the context with bypassCSP: true')
    }
    return window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
  }, WCAG_TAGS)
  return result.violations
    .filter(violation => violation.impact === 'serious' || violation.impact === 'critical')
    .map(violation => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      targets: violation.nodes.map(node => node.target.map(String).join(' ')),
    }))
}

/** One readable line per violation, for assertion messages: `color-contrast (serious): … — 3 nodes: a, b, c`. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map(
      violation =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.targets.length} node(s): ` +
        `${violation.targets.slice(0, 5).join(', ')}${violation.targets.length > 5 ? ', …' : ''} (${violation.helpUrl})`,
    )
    .join('\n')
}

/** The page, once its requests have settled, has no serious or critical violation; `screen` names it in the failure. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  await page.waitForLoadState('networkidle')
  const violations = await seriousAxeViolations(page)
  expect(violations, `${screen}:\n${describeViolations(violations)}`).toEqual([])
}
