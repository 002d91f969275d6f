import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { startServer, type RunningServer, type StartServerOptions } from './start-server.js'

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

export interface BrowserTests {
  /** The file's Chromium, launched before its first test. */
  readonly browser: Browser
  /** The file's own server (`serverForFile`), started before its first test and stopped after its last. */
  readonly server: RunningServer
  /** The pages the test has opened so far (to check all of them, e.g. for console errors). */
  readonly pages: readonly TestPage[]
  /** A fresh context and page (`openPage`), closed after the test. */
  open(options?: BrowserContextOptions): Promise<TestPage>
  /** A page opened some other way (e.g. signed in by a helper), closed after the test. */
  track(tab: TestPage): TestPage
  /** A server (`startServer`), stopped after the test. */
  startServer(options?: StartServerOptions): Promise<RunningServer>
  /** Something else to stop after the test (an SMTP sink), once its pages are closed. */
  afterTest(stop: () => Promise<void>): void
}

/**
 * The set-up every browser test file shares, registered on the `describe` it is called in: one
 * Chromium for the file; the pages and servers a test opens are closed and stopped after it (the
 * last started, the first stopped), and the browser after the file.
 */
export function useBrowserTests({
  serverForFile,
}: { serverForFile?: StartServerOptions } = {}): BrowserTests {
  let browser: Browser | undefined
  let fileServer: RunningServer | undefined
  const tabs: TestPage[] = []
  const stops: (() => Promise<void>)[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
    fileServer = serverForFile === undefined ? undefined : await startServer(serverForFile)
  })
  afterEach(async () => {
    await Promise.all(tabs.splice(0).map(tab => tab.close()))
    for (const stop of stops.splice(0).reverse()) {
      await stop()
    }
  })
  afterAll(async () => {
    await fileServer?.stop()
    await browser?.close()
  })

  const tests: BrowserTests = {
    get browser() {
      if (browser === undefined) {
        throw new Error('useBrowserTests: the browser starts in beforeAll')
      }
      return browser
    },
    get server() {
      if (fileServer === undefined) {
        throw new Error('useBrowserTests: no serverForFile')
      }
      return fileServer
    },
    pages: tabs,
    open: async options => tests.track(await openPage(tests.browser, options)),
    track: tab => {
      tabs.push(tab)
      return tab
    },
    startServer: async options => {
      const server = await startServer(options)
      stops.push(async () => {
        await server.stop()
      })
      return server
    },
    afterTest: stop => {
      stops.push(stop)
    },
  }
  return tests
}
