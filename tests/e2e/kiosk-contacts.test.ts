import { describe, expect, it } from 'vitest'
import { useBrowserTests, type TestPage } from '../support/browser.js'
import { GraphQLClient } from '../support/graphql-client.js'
import { BROWSER_LOCALE, messages, type Locale } from '../support/messages.js'
import type { RunningServer } from '../support/start-server.js'

interface PublicEvent {
  name: string
  contacts: { name: string }[]
}

// A visitor at the venue opens the event's kiosk address and finds the people they can talk to,
// in the language their browser asks for, under the server's real CSP.
describe('kiosk: the demo event’s contacts', () => {
  const session = useBrowserTests()
  let server: RunningServer | undefined
  let tab: TestPage | undefined

  it.each<Locale>(['en', 'pt'])(
    'in %s: /kiosk/e/<slug> leads to every contact of the event',
    async locale => {
      server = await session.startServer()
      const slug = server.demo()?.liveEventSlug
      expect(slug, server.stdout()).toBeTruthy()
      const { publicEvent: event } = await new GraphQLClient(server.url).request<{
        publicEvent: PublicEvent
      }>('query ($slug: String!) { publicEvent(slug: $slug) { name contacts { name } } }', { slug })
      expect(event.contacts.length).toBeGreaterThan(0)
      const t = messages('kiosk', locale)

      tab = await session.open({ locale: BROWSER_LOCALE[locale] })
      const { page } = tab
      await page.goto(`${server.url}/kiosk/e/${slug}`)

      await expect
        .poll(() => page.getByRole('heading', { level: 1, name: event.name }).isVisible())
        .toBe(true)
      await page.getByRole('button', { name: t('home.actions.contacts.title') }).click()

      await page.getByRole('heading', { level: 1, name: t('contacts.heading') }).waitFor()
      for (const contact of event.contacts) {
        await expect(page.getByRole('article', { name: contact.name }).isVisible()).resolves.toBe(true)
      }
      await expect(page.getByRole('article').count()).resolves.toBe(event.contacts.length)
      // The address never changes during a visit (SECURITY R25): nothing to reveal the previous person's path.
      expect(new URL(page.url()).pathname).toBe(`/kiosk/e/${slug}`)
      expect(tab.errors(), 'page errors or CSP violations').toEqual([])
    },
  )
})
