import { describe, expect, it } from 'vitest'
import { useBrowserTests, type TestPage } from '../support/browser.js'
import { GraphQLClient } from '../support/graphql-client.js'
import { BROWSER_LOCALE, messages, type Locale } from '../support/messages.js'
import type { RunningServer } from '../support/start-server.js'
import { signInThroughApi, signInThroughDashboard } from '../support/dashboard-sign-in.js'

interface Membership {
  roles: string[]
  event: { name: string }
}

const EVENT_ROLES = new Set(['organizer', 'responder', 'chair'])

// Someone from the demo team signs in with the credentials the server printed at start and sees
// the events they work on, each with their roles, in their browser's language, under the real CSP.
describe('dashboard: sign in with the printed demo credentials', () => {
  const session = useBrowserTests()
  let server: RunningServer | undefined
  let tab: TestPage | undefined

  it.each<{ locale: Locale; account: string }>([
    { locale: 'en', account: 'organizer@' },
    { locale: 'pt', account: 'organizer@' },
    { locale: 'en', account: 'amara.okafor@' },
  ])('in $locale, as $account…: shows their events and roles', async ({ locale, account }) => {
    server = await session.startServer()
    const demo = server.demo()
    const email = demo?.accounts.find(candidate => candidate.email.startsWith(account))?.email
    expect(email, server.stdout()).toBeDefined()
    // What the server says this person works on: the screen must show exactly that.
    const api = new GraphQLClient(server.url)
    await signInThroughApi(api, server, email ?? '')
    const { myEvents } = await api.request<{ myEvents: Membership[] }>(
      '{ myEvents { roles event { name } } }',
    )
    expect(myEvents.length).toBeGreaterThan(0)
    const t = messages('dashboard', locale)

    tab = await session.open({ locale: BROWSER_LOCALE[locale] })
    const { page } = tab
    await page.goto(`${server.url}/dashboard/`)

    await page.getByRole('heading', { level: 1, name: t('accounts.signIn.title') }).waitFor()
    await signInThroughDashboard(page, server, email ?? '', t)

    await page.getByRole('heading', { level: 1, name: t('events.list.title') }).waitFor()
    for (const membership of myEvents) {
      const card = page.getByRole('article', { name: membership.event.name, exact: true })
      await card.waitFor({ timeout: 15_000 })
      const expectedRoles = membership.roles
        .filter(role => EVENT_ROLES.has(role))
        .map(role => t(`roles.${role}`))
      const shownRoles =
        expectedRoles.length === 0
          ? []
          : await card
              .getByRole('list', { name: t('events.list.yourRoles') })
              .getByRole('listitem')
              .allInnerTexts()
      expect(shownRoles.map(text => text.trim()).sort()).toEqual(expectedRoles.sort())
    }
    await expect(page.getByRole('article').count()).resolves.toBe(myEvents.length)
    expect(tab.errors(), 'page errors or CSP violations').toEqual([])
  })
})
