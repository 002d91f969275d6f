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
