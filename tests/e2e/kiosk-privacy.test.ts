import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, openPage, type TestPage } from '../support/browser.js'
import { messages } from '../support/messages.js'
import { startServer, type RunningServer } from '../support/start-server.js'

// Eight characters: the kiosk code field takes no more.
const CANARY = 'ZQX7CANR'

/** Everything a browser could keep of a visit: web storage, IndexedDB, Cache Storage. */
async function storedAnything(page: Page) {
  return page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }))
}

async function inputValues(page: Page) {
  return page
    .locator('input, textarea')
    .evaluateAll(fields => fields.map(field => (field as HTMLInputElement).value))
}

// What one visitor types must not survive for the next: not in a field, not in storage, and not
// behind the back button (SECURITY R24–R28).
describe('kiosk: nothing a visitor typed survives', () => {
  let browser: Browser
  let server: RunningServer
  let tab: TestPage | undefined
  const t = messages('kiosk', 'en')

  beforeAll(async () => {
    browser = await launchBrowser()
    server = await startServer()
  })
  afterEach(async () => {
    await tab?.close()
    tab = undefined
  })
  afterAll(async () => {
    await server?.stop()
    await browser?.close()
  })

  async function typeIntoForm(): Promise<Page> {
    tab = await openPage(browser)
    const { page } = tab
    await page.clock.install()
    await page.goto(`${server.url}/kiosk/enrol`)
    const field = page.getByLabel(t('enrolment.codeLabel'))
    // Typed key by key, as a person would: keys are what the kiosk counts as someone being there.
    await field.click()
    await field.pressSequentially(CANARY)
    expect(await inputValues(page)).toContain(CANARY)
    for (const attribute of ['autocomplete', 'autocorrect', 'autocapitalize']) {
      expect(await field.getAttribute(attribute)).toBe('off')
    }
    expect(await field.getAttribute('spellcheck')).toBe('false')
    return page
  }

  async function expectWiped(page: Page) {
    expect(await inputValues(page)).not.toContain(CANARY)
    expect(await page.content()).not.toContain(CANARY)
    expect(await storedAnything(page)).toEqual({ local: 0, session: 0, databases: 0, caches: 0 })
    const before = page.url()
    await page.goBack().catch(() => undefined)
    await page.waitForTimeout(300)
    expect(await inputValues(page)).not.toContain(CANARY)
    expect(await page.content()).not.toContain(CANARY)
    expect(page.url() === before || !page.url().includes('enrol')).toBe(true)
  }

  it('clears the form after 90 s without a touch, with a warning first', async () => {
    const page = await typeIntoForm()
    await page.clock.fastForward(76_000)
    await page.getByRole('alertdialog', { name: t('idle.heading') }).waitFor()
    await page.clock.fastForward(15_000)
    await expect.poll(async () => (await inputValues(page)).includes(CANARY)).toBe(false)
    await expectWiped(page)
  })

  it('clears everything at once with Quick exit', async () => {
    const page = await typeIntoForm()
    await page.getByRole('button', { name: t('exit.label') }).click()
    await expect.poll(async () => (await inputValues(page)).includes(CANARY), { timeout: 1000 }).toBe(false)
    await expectWiped(page)
  })
})
