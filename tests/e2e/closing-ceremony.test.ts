import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { expectAccessible } from '../support/axe.js'
import { useBrowserTests } from '../support/browser.js'
import { BROWSER_LOCALE, messages, type Locale } from '../support/messages.js'
import type { RunningServer } from '../support/start-server.js'
import { openDashboard } from '../support/urgent-help-flow.js'

// Issue 11, the dashboard half: the live event's chair presents the closing ceremony with the
// keyboard alone, publishes it as the initial report, then builds the full report, where a name
// recorded on the event blocks publishing until it is gone, and reads it on the public page. axe (WCAG A/AA) finds nothing serious
// on the ceremony and the builder, in each language. Contexts bypass the CSP only so axe can load.
describe('closing ceremony and the full transparency report', { timeout: 240_000 }, () => {
  const session = useBrowserTests()
  /** The demo's chair: an account on the live event's team that is not one of its public contacts. */
  const CHAIR_NAME = 'Lena Vogel'

  async function openAsChair(locale: Locale, reducedMotion: 'reduce' | 'no-preference') {
    const server = await session.startServer()
    const tab = session.track(
      await openDashboard(session.browser, server, 'chair', locale, {
        locale: BROWSER_LOCALE[locale],
        bypassCSP: true,
        reducedMotion,
      }),
    )
    return { server, tab, d: messages('dashboard', locale) }
  }

  /** The link on the live event's card, found by the start of its accessible name. */
  const cardLink = (page: Page, d: ReturnType<typeof messages>, key: string) =>
    page.getByRole('link', { name: new RegExp(`^${d(key, { name: '' }).trim()}`) }).first()

  /** Answers the step-up dialog if the server asks for it, then waits for `done`. */
  async function confirmIfAsked(
    page: Page,
    server: RunningServer,
    d: ReturnType<typeof messages>,
    done: Locator,
  ) {
    const stepUp = page.getByRole('dialog', { name: d('shell.reauth.title') })
    const refusal = page.locator('.base-status-message[role="alert"]')
    await Promise.race([stepUp.waitFor(), done.waitFor(), refusal.waitFor()])
    // A refusal fails the test with the page's own words.
    expect(await refusal.count(), await refusal.allInnerTexts().then(texts => texts.join())).toBe(0)
    if (await stepUp.isVisible()) {
      await stepUp.getByLabel(d('shell.reauth.secret'), { exact: true }).fill(server.demo()?.password ?? '')
      await stepUp.getByRole('button', { name: d('shell.reauth.submit') }).click()
    }
    await done.waitFor()
  }

  async function walkTheSlides(page: Page, d: ReturnType<typeof messages>, locale: Locale) {
    await page.getByRole('heading', { level: 1, name: d('transparency.ceremony.title') }).waitFor()
    const title = page.locator('#ceremony-slide-title')
    const counter = page.locator('[data-slide-counter]')
    await title.filter({ hasText: d('transparency.ceremony.slides.opening', { name: '' }).trim() }).waitFor()
    const counterWords = new RegExp(d('transparency.ceremony.counter', { number: '\\d+', count: '(\\d+)' }))
    const total = Number(counterWords.exec(await counter.innerText())?.[1])
    expect(total).toBeGreaterThan(2)
    await expectAccessible(page, `closing ceremony, first slide, ${locale}`)

    // The numbers "so far" (or, with no reports yet, that there are none so far): never a bare zero.
    // A slide fades in (unless the system asks for reduced motion): wait until it stands still.
    const onSlide = async (number: number) => {
      await counter
        .filter({
          hasText: d('transparency.ceremony.counter', { number: String(number), count: String(total) }),
        })
        .waitFor()
      await page.waitForFunction(() => {
        const slides = document.querySelectorAll('.presentation__slide')
        return (
          slides.length === 1 &&
          !slides[0]!.className.includes('presentation-slide-') &&
          getComputedStyle(slides[0]!).opacity === '1'
        )
      })
    }
    await page.keyboard.press('ArrowRight')
    await title
      .filter({
        hasText: new RegExp(
          `^(${d('transparency.ceremony.slides.numbers')}|${d('transparency.ceremony.slides.noReports')})$`,
        ),
      })
      .waitFor()
    await page.keyboard.press('PageDown')
    await onSlide(3)
    await page.keyboard.press('PageUp')
    await onSlide(2)
    await page.keyboard.press('Space')
    await onSlide(3)
    await expectAccessible(page, `closing ceremony, third slide, ${locale}`)
    await page.keyboard.press('End')
    await title.filter({ hasText: d('transparency.ceremony.slides.publish') }).waitFor()
    await onSlide(total)
    await page.keyboard.press('Home')
    await onSlide(1)
    await page.keyboard.press('End')
  }

  async function typeRecordedName(page: Page, d: ReturnType<typeof messages>, locale: Locale) {
    await page.getByRole('heading', { level: 1, name: d('transparency.builder.title') }).waitFor()
    const text = page.getByLabel(d('transparency.builder.text.label'), { exact: true })
    const draft = await text.inputValue()
    expect(draft.length).toBeGreaterThan(0)
    await expectAccessible(page, `report builder, ${locale}`)

    await text.fill(`${draft}\n\nThanks to ${CHAIR_NAME} for the closing words.`)
    const marked = page.locator('[data-marked-text] mark', { hasText: CHAIR_NAME })
    await marked.waitFor()
    const publish = page.getByRole('button', { name: d('transparency.builder.publish') })
    await expect(publish.getAttribute('aria-disabled')).resolves.toBe('true')
    await page.getByText(d('transparency.privacy.publishBlocked')).first().waitFor()
    await page.getByRole('button', { name: d('transparency.privacy.goTo', { text: CHAIR_NAME }) }).click()
    await expect(
      text.evaluate((area: HTMLTextAreaElement) => area.value.slice(area.selectionStart, area.selectionEnd)),
    ).resolves.toBe(CHAIR_NAME)
    await expectAccessible(page, `report builder with a blocking finding, ${locale}`)
    return { text, draft, publish, marked }
  }

  it('in en, the chair walks the slides by keyboard, publishes the initial report, then the full one once the name is gone', async () => {
    const { server, tab, d } = await openAsChair('en', 'no-preference')
    const { page } = tab

    await cardLink(page, d, 'transparency.home.ceremonyNamed').click()
    await walkTheSlides(page, d, 'en')
    await page.getByRole('button', { name: d('transparency.ceremony.publish') }).click()
    await confirmIfAsked(page, server, d, page.getByText(d('transparency.ceremony.publishedNow')))
    const slug = server.demo()?.liveEventSlug ?? ''
    await expect(page.locator('.ceremony-slide a').getAttribute('href')).resolves.toBe(
      `${server.url}/kiosk/e/${slug}/transparency`,
    )

    await page.goto(`${server.url}/dashboard/`)
    await page.getByRole('heading', { level: 1, name: d('events.list.title') }).waitFor()
    await cardLink(page, d, 'transparency.home.builderNamed').click()
    const { text, draft, publish, marked } = await typeRecordedName(page, d, 'en')

    await text.fill(`${draft}\n\nThanks to the whole team for the closing words.`)
    await marked.waitFor({ state: 'detached' })
    await expect(publish.getAttribute('aria-disabled')).resolves.toBeNull()
    await publish.click()
    await confirmIfAsked(page, server, d, page.getByText(d('transparency.builder.published')))
    await page.getByRole('heading', { level: 2, name: d('transparency.addenda.publishedTitle') }).waitFor()
    await expectAccessible(page, 'report builder after publication, en')

    // Anyone reads the full report on the event's public page, at the address the ceremony gave.
    const k = messages('kiosk', 'en')
    await page.goto(`${server.url}/kiosk/e/${slug}/transparency`)
    await page.getByRole('heading', { level: 1, name: k('transparency.heading'), exact: true }).waitFor()
    await page.getByText('Thanks to the whole team for the closing words.').waitFor()
    await expect(page.getByText(CHAIR_NAME).count()).resolves.toBe(0)
    await expectAccessible(page, 'public transparency report, en')
    expect(tab.errors()).toEqual([])
  })

  it('in pt, the ceremony and the builder read in Portuguese and pass axe, a recorded name marked', async () => {
    const { tab, d } = await openAsChair('pt', 'reduce')
    const { page } = tab

    await cardLink(page, d, 'transparency.home.ceremonyNamed').click()
    await walkTheSlides(page, d, 'pt')
    await page.getByRole('button', { name: d('transparency.ceremony.publish') }).waitFor()
    // Full screen only on the button: the slides fill the screen, and the same button leaves it.
    await page.getByRole('button', { name: d('transparency.ceremony.fullScreen') }).click()
    await page.waitForFunction(() => document.fullscreenElement?.classList.contains('presentation') === true)
    await page.getByRole('button', { name: d('transparency.ceremony.leaveFullScreen') }).click()
    await page.waitForFunction(() => document.fullscreenElement === null)

    await page.goBack()
    await page.getByRole('heading', { level: 1, name: d('events.list.title') }).waitFor()
    await cardLink(page, d, 'transparency.home.builderNamed').click()
    await typeRecordedName(page, d, 'pt')
    expect(tab.errors()).toEqual([])
  })
})
