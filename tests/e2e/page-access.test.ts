import { describe, expect, it } from 'vitest'
import { describeViolations, seriousAxeViolations } from '../support/axe.js'
import { useBrowserTests, type TestPage } from '../support/browser.js'
import { signInThroughApi, signInThroughDashboard } from '../support/dashboard-sign-in.js'
import { GraphQLClient } from '../support/graphql-client.js'
import { BROWSER_LOCALE, messages, type Locale } from '../support/messages.js'
import type { RunningServer } from '../support/start-server.js'

// Issue 9: a chair or a Working Group member who opens a page their role does not open is told
// why, in their language, instead of being sent home without a word.
describe('a page the viewer’s role does not open', () => {
  const session = useBrowserTests()
  let server: RunningServer | undefined
  let tab: TestPage | undefined

  it.each<{ locale: Locale; account: string; role: string }>([
    { locale: 'en', account: 'chair@', role: 'chair' },
    { locale: 'pt', account: 'wg@', role: 'wg' },
  ])(
    'in $locale, the $role is told why the contacts section is closed',
    async ({ locale, account, role }) => {
      server = await session.startServer()
      const email =
        server.demo()?.accounts.find(candidate => candidate.email.startsWith(account))?.email ?? ''
      const api = new GraphQLClient(server.url)
      await signInThroughApi(api, server, email)
      const { myEvents } = await api.request<{ myEvents: { event: { id: string; startsOn: string } }[] }>(
        '{ myEvents { event { id startsOn } } }',
      )
      const eventId = myEvents[0]?.event.id ?? ''
      const t = messages('dashboard', locale)

      tab = await session.open({ locale: BROWSER_LOCALE[locale], bypassCSP: true })
      const { page } = tab
      await page.goto(`${server.url}/dashboard/`)
      await signInThroughDashboard(page, server, email, t)
      await page.getByRole('heading', { level: 1, name: t('events.list.title') }).waitFor()
      await page.goto(`${server.url}/dashboard/events/${eventId}/setup/contacts`)

      await page.getByRole('heading', { level: 1, name: t('shell.notAllowed.title') }).waitFor()
      const text = await page.getByRole('main').innerText()
      expect(text).toContain(t(`shell.notAllowed.roles.organizer`))
      expect(text).toContain(t(`roles.${role}`))
      await page.waitForLoadState('networkidle')
      const violations = await seriousAxeViolations(page)
      expect(violations, describeViolations(violations)).toEqual([])
      expect(tab.errors()).toEqual([])
    },
  )
})
