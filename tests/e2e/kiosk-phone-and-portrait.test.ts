import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useBrowserTests, type TestPage } from '../support/browser.js'
import { enrolKiosk, PHONE, PORTRAIT_KIOSK } from '../support/kiosk-screens.js'
import { messages } from '../support/messages.js'

const t = messages('kiosk', 'en')
const HALF_WRITTEN = 'QX-HALF-9 He kept standing too close at the coffee table and'

async function openReportForm(page: Page): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^${t('home.actions.report.title')}`) }).click()
  await page.getByRole('heading', { level: 1, name: t('report.heading') }).waitFor()
}

const stepHeading = (page: Page) => page.locator('#report-step-heading').innerText()
const next = (page: Page) => page.getByRole('button', { name: t('report.next'), exact: true }).click()

// Issue 9, items 6 and 8: the kiosk on someone's own phone (390 × 844), and on a portrait venue
// kiosk (1080 × 1920).
describe('the kiosk on a phone and on a portrait kiosk', { timeout: 120_000 }, () => {
  const session = useBrowserTests({ serverForFile: {} })
  let tab: TestPage | undefined

  const eventHome = () => `${session.server.url}/kiosk/e/${session.server.demo()?.liveEventSlug}`

  it("on a phone, the browser's Back goes to the previous question; Quick exit leaves for a blank page Back cannot undo", async () => {
    tab = await session.open(PHONE)
    const { page } = tab
    await page.goto(eventHome())
    const address = page.url()
    await openReportForm(page)
    await page.getByLabel(t('report.steps.what.label')).fill(HALF_WRITTEN)
    await next(page)
    await page.getByLabel(t('report.steps.when.whenLabel')).fill('Tuesday, after lunch')
    await next(page)
    await expect(stepHeading(page)).resolves.toBe(t('report.steps.people.heading'))

    await page.goBack()
    await expect.poll(() => stepHeading(page)).toBe(t('report.steps.when.heading'))
    await expect(page.getByLabel(t('report.steps.when.whenLabel')).inputValue()).resolves.toBe(
      'Tuesday, after lunch',
    )
    await page.goBack()
    await expect.poll(() => stepHeading(page)).toBe(t('report.steps.what.heading'))
    await expect(page.getByLabel(t('report.steps.what.label')).inputValue()).resolves.toBe(HALF_WRITTEN)
    // Same address all along, and the browser's history holds a marker, never the words.
    expect(page.url()).toBe(address)
    expect(JSON.stringify(await page.evaluate(() => history.state))).not.toContain('QX-HALF')

    await page.getByRole('button', { name: t('exit.label') }).click()
    await page.waitForURL('about:blank', { timeout: 1000 })
    // The kiosk's own entries went with it: Back has nothing to bring back.
    await page.goBack().catch(() => null)
    await page.waitForTimeout(300)
    expect(page.url()).toBe('about:blank')
    expect(await page.content()).not.toContain('QX-HALF')
  })

  it('waits while someone writes on their own phone; a public kiosk still clears after 90 s', async () => {
    tab = await session.open(PHONE)
    const phone = tab.page
    await phone.clock.install()
    await phone.goto(eventHome())
    await openReportForm(phone)
    const box = phone.getByLabel(t('report.steps.what.label'))
    await box.click()
    await box.pressSequentially('QX-SLOW I am still looking for the')
    await phone.clock.fastForward(150_000)
    await expect(phone.getByRole('alertdialog').count()).resolves.toBe(0)
    await expect(box.inputValue()).resolves.toBe('QX-SLOW I am still looking for the')
    await tab.close()

    tab = await session.open(PORTRAIT_KIOSK)
    const kiosk = tab.page
    await kiosk.clock.install()
    await enrolKiosk(kiosk, session.server)
    await openReportForm(kiosk)
    const kioskBox = kiosk.getByLabel(t('report.steps.what.label'))
    await kioskBox.click()
    await kioskBox.pressSequentially('QX-WALKED-AWAY')
    await kiosk.clock.fastForward(91_000)
    await kiosk.getByRole('button', { name: t('home.urgent.label') }).waitFor()
    expect(await kiosk.content()).not.toContain('QX-WALKED-AWAY')
  })

  it('on a portrait kiosk: one column, larger type, actions within reach, the words on review, no file picker, the emergency number, whole passphrase groups, no dead space in a folded card', async () => {
    tab = await session.open(PORTRAIT_KIOSK)
    const { page } = tab
    await enrolKiosk(page, session.server)

    // The start screen: one column, the local emergency number, larger type, Quick exit within reach.
    await expect(page.getByTestId('emergency-number').innerText()).resolves.toContain('112')
    const urgent = await page.getByRole('button', { name: t('home.urgent.label') }).boundingBox()
    const handoff = await page.getByRole('heading', { name: t('home.phone.heading') }).boundingBox()
    expect(handoff!.y).toBeGreaterThan(urgent!.y)
    expect(Math.abs(handoff!.x - urgent!.x)).toBeLessThan(80)
    // Body text at arm's length: above the 20 px a landscape screen gets.
    const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))
    expect(bodySize).toBeGreaterThan(22)
    const exit = await page.getByRole('button', { name: t('exit.label') }).boundingBox()
    expect(exit!.y).toBeGreaterThan(1920 - 200)

    // The report form fills the height, with Next in the lower half, near the hands.
    await openReportForm(page)
    const words = 'QX-WORDS Someone filmed me\nin the quiet room.'
    await page.getByLabel(t('report.steps.what.label')).fill(words)
    const nextBox = await page.getByRole('button', { name: t('report.next'), exact: true }).boundingBox()
    expect(nextBox!.y).toBeGreaterThan(1920 / 2)
    const send = page.getByRole('button', { name: t('report.review.send') })
    for (let step = 0; step < 8 && !(await send.isVisible()); step++) {
      if ((await stepHeading(page)) === t('report.steps.reach.heading')) {
        // A public kiosk offers no file picker, and says where files can be added.
        await expect(page.locator('input[type="file"]').count()).resolves.toBe(0)
        await expect(page.getByTestId('report-files-on-phone').innerText()).resolves.toBe(
          t('report.files.onPhoneOnly'),
        )
      }
      await next(page)
    }
    // The review shows the words that will be sent, as written, not a count of them.
    await expect(page.getByTestId('report-review-what').innerText()).resolves.toBe(words)
    await send.click()

    // The receipt: each group of the passphrase stays on one line.
    await page.getByRole('button', { name: t('report.receipt.show') }).click()
    const groups = page.getByTestId('report-passphrase').locator('span')
    const heights = await groups.evaluateAll(spans => spans.map(span => span.getBoundingClientRect().height))
    const lineHeight = await groups
      .first()
      .evaluate(span => parseFloat(getComputedStyle(span).lineHeight) || span.getBoundingClientRect().height)
    expect(heights).toHaveLength(5)
    for (const height of heights) {
      expect(height).toBeLessThan(lineHeight * 1.5)
    }
    const reference = (await page.getByTestId('report-reference').innerText()).replace(/\s/g, '')
    const passphrase = (await page.getByTestId('report-passphrase').innerText()).replace(/\s/g, '')
    await page.getByLabel(t('report.receipt.saved')).check()
    await page.getByRole('button', { name: t('report.receipt.done') }).click()

    // The follow-up: the folded "what your report says" card is its summary line, no empty space.
    await openReportForm(page)
    await page.getByRole('button', { name: t('report.haveReceipt') }).click()
    await page.getByLabel(t('report.followUp.referenceLabel')).pressSequentially(reference)
    await page.getByLabel(t('report.followUp.passphraseLabel')).pressSequentially(passphrase)
    await page.getByRole('button', { name: t('report.followUp.find') }).click()
    const folded = page.getByTestId('report-own-words')
    await folded.waitFor()
    const { card, summary } = await folded.evaluate(details => ({
      card: details.getBoundingClientRect().height,
      summary: details.querySelector('summary')!.getBoundingClientRect().height,
    }))
    expect(card - summary).toBeLessThanOrEqual(40)
    await expect(page.locator('input[type="file"]').count()).resolves.toBe(0)
    expect(tab.errors()).toEqual([])
  })
})
