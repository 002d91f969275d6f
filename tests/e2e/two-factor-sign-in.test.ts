import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { describeViolations, seriousAxeViolations } from '../support/axe.js'
import { useBrowserTests } from '../support/browser.js'
import { signInThroughApi, signInThroughDashboard } from '../support/dashboard-sign-in.js'
import { GraphQLClient } from '../support/graphql-client.js'
import { BROWSER_LOCALE, messages, type Locale } from '../support/messages.js'
import type { RunningServer } from '../support/start-server.js'
import { demoSecrets, freshCode, lastCode } from '../support/two-factor-codes.js'

const NEW_PASSWORD = 'harbour lights over quiet water'

// Staff sign in with a password and a code from an authenticator app (SECURITY R15): each code
// works once; a new team member sets up the authenticator from a QR code and keeps ten recovery
// codes, each of which works once. axe checks every new screen, in English and Portuguese.
describe('dashboard: two-factor sign-in', () => {
  const session = useBrowserTests()
  let server: RunningServer | undefined

  async function tab(locale: Locale): Promise<Page> {
    // bypassCSP only so that axe can be injected; dashboard-sign-in.test.ts runs under the real CSP.
    const opened = await session.open({ locale: BROWSER_LOCALE[locale], bypassCSP: true })
    return opened.page
  }

  async function expectAccessible(page: Page, screen: string): Promise<void> {
    const violations = await seriousAxeViolations(page)
    expect(violations, `${screen}:\n${describeViolations(violations)}`).toEqual([])
  }

  it.each<Locale>(['en', 'pt'])(
    'in %s: signs in with a code, and refuses the same code again',
    async locale => {
      server = await session.startServer()
      const t = messages('dashboard', locale)
      const email =
        server.demo()?.accounts.find(account => account.email.startsWith('organizer@'))?.email ?? ''
      const secret = demoSecrets(server.dataDir).get(email) ?? ''
      expect(secret).toMatch(/^[A-Z2-7]{32}$/)

      const page = await tab(locale)
      await page.goto(`${server.url}/dashboard/`)
      await page.getByRole('heading', { level: 1, name: t('accounts.signIn.title') }).waitFor()
      await page.getByLabel(t('accounts.signIn.email'), { exact: true }).fill(email)
      await page
        .getByLabel(t('accounts.signIn.password'), { exact: true })
        .fill(server.demo()?.password ?? '')
      await page.getByRole('button', { name: t('accounts.signIn.submit'), exact: true }).click()
      const code = page.getByLabel(t('accounts.secondFactor.code'), { exact: true })
      await code.waitFor()
      await expectAccessible(page, 'code step')
      await code.fill(await freshCode(secret))
      await page.getByRole('button', { name: t('accounts.secondFactor.submit'), exact: true }).click()
      await page.getByRole('heading', { level: 1, name: t('events.list.title') }).waitFor()

      // Someone who saw that code (over a shoulder, in a proxy log) cannot use it: not as it was, not
      // with a space in it.
      const other = await tab(locale)
      await other.goto(`${server.url}/dashboard/`)
      await other.getByLabel(t('accounts.signIn.email'), { exact: true }).fill(email)
      await other
        .getByLabel(t('accounts.signIn.password'), { exact: true })
        .fill(server.demo()?.password ?? '')
      await other.getByRole('button', { name: t('accounts.signIn.submit'), exact: true }).click()
      const used = lastCode(secret)
      for (const replay of [used, `${used.slice(0, 3)} ${used.slice(3)}`]) {
        await other.getByLabel(t('accounts.secondFactor.code'), { exact: true }).fill(replay)
        await other.getByRole('button', { name: t('accounts.secondFactor.submit'), exact: true }).click()
        await other.getByText(t('accounts.secondFactor.notAccepted')).waitFor()
      }
      await expectAccessible(other, 'code refused')
      expect(await other.getByRole('heading', { level: 1, name: t('events.list.title') }).count()).toBe(0)
    },
  )

  it.each<Locale>(['en', 'pt'])(
    'in %s: a new member sets up the authenticator from the QR screen; each recovery code works once',
    async locale => {
      server = await session.startServer()
      const running = server
      const t = messages('dashboard', locale)
      const admin = new GraphQLClient(running.url)
      const adminEmail = running.demo()?.accounts.find(account => account.email.startsWith('admin@'))?.email
      await signInThroughApi(admin, running, adminEmail ?? '')
      const newEmail = `new.member.${locale}@riverside-pycon.example`
      const { inviteMember } = await admin.request<{ inviteMember: { url: string } }>(
        'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { url } }',
        { i: { email: newEmail, role: 'wg' } },
      )

      const page = await tab(locale)
      // PUBLIC_URL names port 0 under PORT=0; the link's fragment is what matters.
      await page.goto(`${running.url}/dashboard/invitation#${inviteMember.url.split('#')[1] ?? ''}`)
      await page.getByLabel(t('accounts.invitation.name'), { exact: true }).fill('Nia Member')
      await page.getByLabel(t('accounts.invitation.newPassword'), { exact: true }).fill(NEW_PASSWORD)
      await page.getByRole('button', { name: t('accounts.invitation.submit'), exact: true }).click()

      // No session yet: first the authenticator.
      await page.getByRole('heading', { level: 1, name: t('accounts.twoFactorSetup.title') }).waitFor()
      await page.getByRole('img', { name: t('accounts.twoFactorSetup.qrLabel') }).waitFor()
      await expectAccessible(page, 'set-up: scan')
      const secret = (await page.locator('code').innerText()).replaceAll(/\s/g, '')
      expect(secret).toMatch(/^[A-Z2-7]{32}$/)
      await page.getByLabel(t('accounts.twoFactorSetup.code'), { exact: true }).fill('000000')
      await page.getByRole('button', { name: t('accounts.twoFactorSetup.submit'), exact: true }).click()
      await page.getByText(t('accounts.twoFactorSetup.notAccepted')).waitFor()
      await page.getByLabel(t('accounts.twoFactorSetup.code'), { exact: true }).fill(await freshCode(secret))
      await page.getByRole('button', { name: t('accounts.twoFactorSetup.submit'), exact: true }).click()

      const list = page.getByRole('list', { name: t('accounts.twoFactorSetup.codes.list') })
      await list.waitFor()
      await expectAccessible(page, 'set-up: recovery codes')
      const recoveryCodes = (await list.getByRole('listitem').allInnerTexts()).map(text => text.trim())
      expect(recoveryCodes).toHaveLength(10)
      await page.getByRole('button', { name: t('accounts.twoFactorSetup.codes.continue') }).click()
      await page.getByRole('heading', { level: 1, name: t('events.list.title') }).waitFor()

      const signInWith = async (code: string) => {
        await page.getByRole('button', { name: t('shell.signOut') }).click()
        await page.getByLabel(t('accounts.signIn.email'), { exact: true }).fill(newEmail)
        await page.getByLabel(t('accounts.signIn.password'), { exact: true }).fill(NEW_PASSWORD)
        await page.getByRole('button', { name: t('accounts.signIn.submit'), exact: true }).click()
        await page.getByLabel(t('accounts.secondFactor.code'), { exact: true }).fill(code)
        await page.getByRole('button', { name: t('accounts.secondFactor.submit'), exact: true }).click()
      }
      // A recovery code, typed in lower case, signs in once…
      await signInWith((recoveryCodes[0] ?? '').toLowerCase())
      await page.getByRole('heading', { level: 1, name: t('events.list.title') }).waitFor()
      // …and never again.
      await signInWith(recoveryCodes[0] ?? '')
      await page.getByText(t('accounts.secondFactor.notAccepted')).waitFor()
      // Another one still works.
      await page.getByLabel(t('accounts.secondFactor.code'), { exact: true }).fill(recoveryCodes[1] ?? '')
      await page.getByRole('button', { name: t('accounts.secondFactor.submit'), exact: true }).click()
      await page.getByRole('heading', { level: 1, name: t('events.list.title') }).waitFor()
      expect(session.pages.flatMap(opened => opened.errors())).toEqual([])
    },
  )

  it('signs every demo role in with the helpers other tests use', async () => {
    server = await session.startServer()
    const running = server
    const t = messages('dashboard', 'en')
    const page = await tab('en')
    await page.goto(`${running.url}/dashboard/`)
    await signInThroughDashboard(page, running, running.demo()?.accounts[0]?.email ?? '', t)
    await page.getByRole('heading', { level: 1, name: t('events.list.title') }).waitFor()
  })
})
