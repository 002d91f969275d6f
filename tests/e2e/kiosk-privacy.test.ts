import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useBrowserTests, type TestPage } from '../support/browser.js'
import { cacheContents, enrolKiosk, PORTRAIT_KIOSK, waitForOfflineCopy } from '../support/kiosk-screens.js'
import { messages } from '../support/messages.js'

// Eight characters: the kiosk code field takes no more.
const CANARY = 'ZQX7CANR'
const REPORT_CANARY = 'QX-CANARY-7731 he followed me to the lift'

/** Everything a browser could keep of a visit in web storage and IndexedDB. */
async function storedAnything(page: Page) {
  return page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
  }))
}

/**
 * The responses an enrolled kiosk's service worker may keep (ADR 0011): the app shell, the public
 * queries it lists (sent as GET), and contact photos. Nothing a visitor sends is among them.
 */
function isListedPublicResponse(address: string): boolean {
  const url = new URL(address)
  if (url.pathname === '/graphql') {
    return ['EnrolmentThisKiosk', 'EventsDetail'].includes(url.searchParams.get('operationName') ?? '')
  }
  return (
    url.pathname === '/kiosk/' ||
    url.pathname === '/kiosk/favicon.svg' ||
    url.pathname.startsWith('/kiosk/assets/') ||
    url.pathname.startsWith('/media/contacts/')
  )
}

/** Cache Storage holds only the listed public responses, and none of them holds any of `canaries`. */
async function expectOnlyPublicCaches(page: Page, canaries: readonly string[]) {
  const kept = await cacheContents(page)
  expect(kept.map(entry => entry.url).filter(url => !isListedPublicResponse(url))).toEqual([])
  for (const canary of canaries) {
    expect(kept.filter(entry => entry.url.includes(canary) || entry.text.includes(canary))).toEqual([])
  }
}

async function inputValues(page: Page) {
  return page
    .locator('input, textarea')
    .evaluateAll(fields => fields.map(field => (field as HTMLInputElement).value))
}

// What one visitor types must not survive for the next: not in a field, not in storage, and not
// behind the back button (SECURITY R24–R28).
describe('kiosk: nothing a visitor typed survives', () => {
  const session = useBrowserTests({ serverForFile: {} })
  let tab: TestPage | undefined
  const t = messages('kiosk', 'en')

  async function typeIntoForm(): Promise<Page> {
    tab = await session.open()
    const { page } = tab
    await page.clock.install()
    await page.goto(`${session.server.url}/kiosk/enrol`)
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
    expect(await storedAnything(page)).toEqual({ local: 0, session: 0, databases: 0 })
    await expectOnlyPublicCaches(page, [CANARY])
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

  it('keeps only the listed public responses in an enrolled kiosk’s caches, never a text a visitor typed', async () => {
    tab = await session.open(PORTRAIT_KIOSK)
    const { page } = tab
    await page.clock.install()
    await enrolKiosk(page, session.server)
    await waitForOfflineCopy(page)

    // One visitor sends a report (a POST, which the worker never keeps)…
    const report = page.getByRole('button', { name: new RegExp(`^${t('home.actions.report.title')}`) })
    await report.click()
    const what = page.getByLabel(t('report.steps.what.label'))
    await what.click()
    await what.pressSequentially(`${REPORT_CANARY} sent`)
    for (
      let step = 0;
      step < 8 && !(await page.getByRole('button', { name: t('report.review.send') }).isVisible());
      step++
    ) {
      await page.getByRole('button', { name: t('report.next'), exact: true }).click()
    }
    await page.getByRole('button', { name: t('report.review.send') }).click()
    await page.getByRole('heading', { level: 1, name: t('report.receipt.heading') }).waitFor()
    await page.getByRole('button', { name: t('exit.label') }).click()

    // …the next one writes and walks away; the kiosk wipes after 90 s while the worker keeps refreshing.
    await report.click()
    await what.click()
    await what.pressSequentially(`${REPORT_CANARY} typed`)
    await page.clock.fastForward(91_000)
    await expect
      .poll(async () => (await inputValues(page)).some(value => value.includes(REPORT_CANARY)))
      .toBe(false)
    expect(await page.content()).not.toContain(REPORT_CANARY)
    expect(await storedAnything(page)).toEqual({ local: 0, session: 0, databases: 0 })
    await expectOnlyPublicCaches(page, [REPORT_CANARY, 'QX-CANARY'])
    expect((await cacheContents(page)).some(entry => entry.url.includes('operationName=EventsDetail'))).toBe(
      true,
    )
  })
})
