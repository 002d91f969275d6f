import type { Page } from 'playwright-core'
import { signInThroughApi } from './dashboard-sign-in.js'
import { GraphQLClient } from './graphql-client.js'
import { messages, type Locale } from './messages.js'
import type { RunningServer } from './start-server.js'

/** The screens the kiosk is used on (issue 9): a phone, and a portrait venue kiosk. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const
export const PORTRAIT_KIOSK = { viewport: { width: 1080, height: 1920 }, hasTouch: true } as const

/**
 * Makes `page` an enrolled kiosk of the live demo event, as staff would: the demo organizer asks for
 * a code (through the API), and the code is typed at /kiosk/enrol. Returns once the kiosk shows its
 * event with its location in the footer.
 */
export async function enrolKiosk(
  page: Page,
  server: RunningServer,
  location = 'Hall B entrance',
  locale: Locale = 'en',
) {
  const demo = server.demo()
  const organizer = demo?.accounts.find(account => account.email.startsWith('organizer@'))?.email ?? ''
  const api = new GraphQLClient(server.url)
  await signInThroughApi(api, server, organizer)
  const { publicEvent } = await api.request<{ publicEvent: { id: string } }>(
    'query ($slug: String!) { publicEvent(slug: $slug) { id } }',
    { slug: demo?.liveEventSlug ?? '' },
  )
  const { createKioskEnrolment } = await api.request<{ createKioskEnrolment: { code: string } }>(
    'mutation ($input: CreateKioskEnrolmentInput!) { createKioskEnrolment(input: $input) { code } }',
    { input: { eventId: publicEvent.id, location } },
  )
  const t = messages('kiosk', locale)
  await page.goto(`${server.url}/kiosk/enrol`)
  await page.getByLabel(t('enrolment.codeLabel')).fill(createKioskEnrolment.code)
  await page.getByRole('button', { name: t('enrolment.submit') }).click()
  await page.getByTestId('kiosk-location').waitFor()
}

/** The URLs of everything in the page's Cache Storage, and the text of each kept response. */
export async function cacheContents(page: Page): Promise<{ url: string; text: string }[]> {
  return page.evaluate(async () => {
    const entries: { url: string; text: string }[] = []
    for (const name of await caches.keys()) {
      const cache = await caches.open(name)
      for (const request of await cache.keys()) {
        const response = await cache.match(request)
        entries.push({ url: request.url, text: response ? await response.text() : '' })
      }
    }
    return entries
  })
}

/** Whether the kiosk's service worker controls the page and keeps a copy of its event (and photos). */
export async function hasOfflineCopy(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    if (!navigator.serviceWorker?.controller) {
      return false
    }
    for (const name of await caches.keys()) {
      const kept = await (await caches.open(name)).keys()
      if (kept.some(request => request.url.includes('operationName=EventsDetail'))) {
        return true
      }
    }
    return false
  })
}

/** Waits until the kiosk's service worker controls the page and keeps a copy of its event. */
export async function waitForOfflineCopy(page: Page, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (!(await hasOfflineCopy(page))) {
    if (Date.now() > until) {
      throw new Error(`no offline copy after ${timeoutMs} ms`)
    }
    await page.waitForTimeout(250)
  }
}

/** Screen names as `tourKioskScreens` reports them, in order. */
export type KioskScreen = string

/**
 * Goes through every screen of the kiosk an attendee sees, starting at the event's home, and calls
 * `check(screen)` on each: home, contacts, Code of Conduct, urgent help, booking (times, check,
 * receipt, manage), every step of the report form, the receipt (shown), and the follow-up page.
 */
export async function tourKioskScreens(
  page: Page,
  server: RunningServer,
  locale: Locale,
  check: (screen: KioskScreen) => Promise<void>,
): Promise<void> {
  const t = messages('kiosk', locale)
  const slug = server.demo()?.liveEventSlug ?? ''
  // Each screen is checked once it has settled: no button still fading from its busy look.
  const checkSettled = async (screen: KioskScreen) => {
    await page.waitForFunction(() =>
      document
        .getAnimations()
        .every(
          animation =>
            animation.playState !== 'running' ||
            animation.effect?.getComputedTiming().iterations === Infinity,
        ),
    )
    await check(screen)
  }
  const home = async () => {
    await page.goto(`${server.url}/kiosk/e/${slug}`)
    await page.getByRole('button', { name: t('home.urgent.label') }).waitFor()
  }
  const tile = (key: string) =>
    page.getByRole('button', { name: new RegExp(`^${t(`home.actions.${key}.title`)}`) })
  const heading = (name: string) => page.getByRole('heading', { level: 1, name }).waitFor()

  await home()
  await checkSettled('home')
  await tile('contacts').click()
  await heading(t('contacts.heading'))
  await checkSettled('contacts')
  await home()
  await tile('policy').click()
  await heading(t('policy.heading'))
  await checkSettled('code of conduct')
  await home()
  await page.getByRole('button', { name: t('home.urgent.label') }).click()
  await page.getByText(t('urgent.status.alerted')).waitFor()
  await checkSettled('urgent help')

  await home()
  await tile('officeHours').click()
  await page.getByTestId('free-slot').first().waitFor()
  await checkSettled('booking: times')
  await page.getByTestId('free-slot').first().click()
  await heading(t('officeHours.confirm.heading'))
  await checkSettled('booking: check')
  await page.getByRole('button', { name: t('officeHours.confirm.submit') }).click()
  await page.getByTestId('booking-code').waitFor()
  await checkSettled('booking: receipt')
  await page.getByRole('button', { name: t('officeHours.manage.done'), exact: true }).click()
  await tile('officeHours').click()
  await page.getByRole('button', { name: t('officeHours.book.haveCode') }).click()
  await heading(t('officeHours.manage.heading'))
  await checkSettled('booking: manage')

  await home()
  await tile('report').click()
  await heading(t('report.heading'))
  await page.getByLabel(t('report.steps.what.label')).fill('A test of the form, on this screen.')
  await checkSettled('report: step 1')
  const send = page.getByRole('button', { name: t('report.review.send') })
  for (let step = 2; step < 10 && !(await send.isVisible()); step++) {
    await page.getByRole('button', { name: t('report.next'), exact: true }).click()
    await checkSettled(`report: step ${step}`)
  }
  await send.click()
  await heading(t('report.receipt.heading'))
  await page.getByRole('button', { name: t('report.receipt.show') }).click()
  await checkSettled('report: receipt')
  const reference = (await page.getByTestId('report-reference').innerText()).replace(/\s/g, '')
  const passphrase = (await page.getByTestId('report-passphrase').innerText()).replace(/\s/g, '')
  await page.getByLabel(t('report.receipt.saved')).check()
  await page.getByRole('button', { name: t('report.receipt.done') }).click()
  await tile('report').click()
  await page.getByRole('button', { name: t('report.haveReceipt') }).click()
  await heading(t('report.followUp.heading'))
  await checkSettled('report: follow-up, receipt')
  await page.getByLabel(t('report.followUp.referenceLabel')).pressSequentially(reference)
  await page.getByLabel(t('report.followUp.passphraseLabel')).pressSequentially(passphrase)
  await page.getByRole('button', { name: t('report.followUp.find') }).click()
  await page.getByTestId('report-status').waitFor()
  await page.locator('button[type="submit"]:not([disabled])').last().waitFor()
  await checkSettled('report: follow-up, status')
}

/**
 * Every control of the page that the Quick exit button (or the bar it sits in) would cover once the
 * control is scrolled into view, as a visitor scrolls to reach it: none, on any screen (issue 9).
 */
export async function controlsUnderQuickExit(page: Page, exitName: string): Promise<string[]> {
  return page.evaluate(async name => {
    const exit = Array.from(document.querySelectorAll('button')).find(
      button => button.textContent?.trim() === name,
    )
    if (!exit) {
      return [`no "${name}" button`]
    }
    // What stays on screen as the page scrolls: the button itself, or the bar it is fixed in.
    let bar: HTMLElement = exit
    for (let node: HTMLElement | null = exit; node !== null; node = node.parentElement) {
      if (['fixed', 'sticky'].includes(getComputedStyle(node).position)) {
        bar = node
        break
      }
    }
    const controls = Array.from(
      document.querySelectorAll<HTMLElement>(
        'main a[href], main button, main input, main textarea, main select, main summary, footer a[href], footer button',
      ),
    )
    const covered: string[] = []
    for (const control of controls) {
      const box = control.getBoundingClientRect()
      if (box.width === 0 || box.height === 0 || control.closest('[hidden]')) {
        continue
      }
      control.scrollIntoView({ block: 'nearest', inline: 'nearest' })
      await new Promise(resolve => requestAnimationFrame(resolve))
      const seen = control.getBoundingClientRect()
      const exitBox = bar.getBoundingClientRect()
      // A pixel of slack: layout positions are fractional, scroll positions are not.
      const overlaps =
        seen.left < exitBox.right - 1 &&
        seen.right > exitBox.left + 1 &&
        seen.top < exitBox.bottom - 1 &&
        seen.bottom > exitBox.top + 1
      const atCentre = document.elementFromPoint(seen.left + seen.width / 2, seen.top + seen.height / 2)
      if (overlaps || (atCentre !== null && !control.contains(atCentre) && bar.contains(atCentre))) {
        covered.push(
          `${control.tagName.toLowerCase()} "${(control.textContent ?? control.getAttribute('aria-label') ?? '').trim().slice(0, 40)}"`,
        )
      }
    }
    window.scrollTo(0, 0)
    return covered
  }, exitName)
}
