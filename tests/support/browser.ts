import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core'

/** Debian's Chromium; scripts/ensure-chromium.sh installs it. playwright-core downloads no browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium'

/** Flags for a headless Chromium in a container or CI runner: no sandbox (root), no GPU, no background traffic. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

/** One browser per test file; each test opens its own context (fresh cookies, storage and cache). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS })
}

export interface TestPage {
  readonly context: BrowserContext
  readonly page: Page
  /**
   * Uncaught page errors and console errors seen so far, CSP violations included (Chromium reports
   * them on the console), so a test can assert that a screen works under the real CSP.
   */
  errors(): readonly string[]
  close(): Promise<void>
}

/** A fresh context and page. `locale` sets navigator.language and Accept-Language (e.g. 'pt-PT'). */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<TestPage> {
  const context = await browser.newContext({ locale: 'en-GB', ...options })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', error => errors.push(`pageerror: ${error.message}`))
  page.on('console', message => {
    if (message.type() === 'error') {
      errors.push(`console: ${message.text()}`)
    }
  })
  return { context, page, errors: () => errors, close: () => context.close() }
}
