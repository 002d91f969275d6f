import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { expectAccessible } from '../support/axe.js'
import { useBrowserTests } from '../support/browser.js'
import { signInThroughDashboard } from '../support/dashboard-sign-in.js'
import { messages } from '../support/messages.js'
import type { RunningServer } from '../support/start-server.js'
import { freshCode } from '../support/two-factor-codes.js'

const d = messages('dashboard', 'en')
const k = messages('kiosk', 'en')
const CANARY = 'Someone on the CoC team keeps messaging me EXCL-52'
const NEW_CONTACT = 'Rui Costa'
const NEW_PASSWORD = 'harbour lights over quiet water'

async function signIn(page: Page, server: RunningServer, email: string): Promise<void> {
  await page.goto(`${server.url}/dashboard/`)
  await signInThroughDashboard(page, server, email, d)
  await page.getByRole('heading', { level: 1, name: d('events.list.title') }).waitFor()
}

// SECURITY R52: the promise "they will never see your report" holds for a contact made through the
// dashboard, as organizers make them, on every path their account could take.
describe('a contact added in the dashboard and excluded at the kiosk never sees the report', () => {
  const session = useBrowserTests()
  let server: RunningServer | undefined

  async function tab(): Promise<Page> {
    const opened = await session.open({ bypassCSP: true })
    return opened.page
  }

  it('links the contact through its invitation, a second person approves, and the account gets NOT_FOUND everywhere', async () => {
    server = await session.startServer()
    const demo = server.demo()
    const account = (role: string) => demo?.accounts.find(entry => entry.roles.includes(role))?.email ?? ''

    // The organizer adds a contact in the dashboard and invites them to it.
    const organizer = await tab()
    await signIn(organizer, server, account('organizer'))
    const eventName = (
      await organizer.getByRole('article').first().getByRole('heading').first().innerText()
    ).trim()
    await organizer.getByRole('link', { name: d('events.list.setUpNamed', { name: eventName }) }).click()
    const sections = organizer.getByRole('navigation', { name: d('events.setup.sections') })
    await sections.getByRole('link', { name: d('contacts.title'), exact: true }).click()
    await organizer.getByRole('button', { name: d('contacts.add') }).click()
    await organizer.getByLabel(d('contacts.form.name'), { exact: true }).fill(NEW_CONTACT)
    await organizer.getByLabel(d('contacts.form.email')).fill('rui.costa@riverside-pycon.example')
    await organizer.getByLabel(d('contacts.form.identifier')).fill('Orange lanyard')
    await expect(organizer.getByLabel(d('contacts.form.accountId')).inputValue()).resolves.toBe('')
    await organizer.getByRole('button', { name: d('contacts.form.save') }).click()
    const invite = organizer.getByRole('button', {
      name: d('contacts.list.inviteNamed', { name: NEW_CONTACT }),
    })
    await invite.click()
    const link = organizer.getByLabel(d('contacts.invite.link', { name: NEW_CONTACT }))
    const issued = new URL(await link.inputValue())
    expect(issued.pathname + issued.hash).toMatch(/^\/dashboard\/invitation#[\w-]{43}$/)
    // The test server listens on a port it picked (PORT=0), which its links cannot know.
    const url = `${server.url}${issued.pathname}${issued.hash}`
    await expectAccessible(organizer, 'contacts with an invitation link')

    // Rui accepts on their own device: a new account, waiting for a second person.
    const rui = await tab()
    await rui.goto(url)
    await rui.getByText(d('accounts.invitation.needsApproval')).waitFor()
    await rui.getByLabel(d('accounts.invitation.name'), { exact: true }).fill(NEW_CONTACT)
    await rui.getByLabel(d('accounts.invitation.newPassword'), { exact: true }).fill(NEW_PASSWORD)
    await rui.getByRole('button', { name: d('accounts.invitation.submit') }).click()
    // No session before an authenticator: Rui scans the code, confirms, and keeps the recovery codes.
    await rui.getByRole('heading', { level: 1, name: d('accounts.twoFactorSetup.title') }).waitFor()
    const secret = (await rui.locator('code').innerText()).replaceAll(/\s/g, '')
    await rui.getByLabel(d('accounts.twoFactorSetup.code'), { exact: true }).fill(await freshCode(secret))
    await rui.getByRole('button', { name: d('accounts.twoFactorSetup.submit'), exact: true }).click()
    await rui.getByRole('button', { name: d('accounts.twoFactorSetup.codes.continue') }).click()
    await rui.getByRole('heading', { level: 1, name: d('events.list.title') }).waitFor()

    // The organizer who sent the link may not approve; the administrator does, under Team.
    await sections.getByRole('link', { name: d('team.title'), exact: true }).click()
    await organizer.getByText(d('team.waitingForOther')).waitFor()
    await expect(organizer.getByRole('button', { name: d('team.approve') }).count()).resolves.toBe(0)
    const admin = await tab()
    await signIn(admin, server, account('admin'))
    await admin.goto(`${organizer.url()}`)
    const approve = admin.getByRole('button', {
      name: d('team.approveNamed', { name: NEW_CONTACT, role: d('roles.responder') }),
    })
    await approve.waitFor()
    await expectAccessible(admin, 'team with a pending appointment')
    await approve.click()
    await admin.getByText(d('team.approved', { name: NEW_CONTACT, role: d('roles.responder') })).waitFor()

    // Rui, now a responder, opens the live inbox; so does Amara, another responder.
    await rui.reload()
    const casesLink = d('events.list.casesNamed', { name: eventName })
    await rui.getByRole('link', { name: casesLink }).click()
    await rui.getByRole('heading', { level: 1, name: d('cases.inbox.title') }).waitFor()
    const amara = await tab()
    await signIn(amara, server, account('responder'))
    await amara.getByRole('link', { name: casesLink }).click()
    await amara.getByRole('heading', { level: 1, name: d('cases.inbox.title') }).waitFor()
    const amaraList = amara.getByRole('list', { name: d('cases.inbox.listLabel') })
    const ruiList = rui.getByRole('list', { name: d('cases.inbox.listLabel') })
    const count = (list: typeof amaraList) => list.getByRole('listitem').count()
    // Both inboxes hold the demo's earlier cases once loaded: count from there.
    await amaraList.getByRole('listitem').first().waitFor()
    await ruiList.getByRole('listitem').first().waitFor()
    const amaraBefore = await count(amaraList)
    const ruiBefore = await count(ruiList)
    await rui.waitForTimeout(800)

    // At the kiosk, someone reports and keeps Rui out.
    const kiosk = await tab()
    await kiosk.goto(`${server.url}/kiosk/e/${demo?.liveEventSlug}`)
    await kiosk.getByRole('button', { name: new RegExp(`^${k('home.actions.report.title')}`) }).click()
    await kiosk.getByLabel(k('report.steps.what.label')).fill(CANARY)
    for (let step = 0; step < 8; step++) {
      const excluded = kiosk
        .getByRole('group', { name: k('report.steps.contacts.excludedHeading') })
        .getByRole('button', { name: NEW_CONTACT })
      if (await excluded.isVisible()) {
        await excluded.click()
        await expect(excluded.getAttribute('aria-pressed')).resolves.toBe('true')
      }
      if (await kiosk.getByRole('button', { name: k('report.review.send') }).isVisible()) {
        break
      }
      await kiosk.getByRole('button', { name: k('report.next'), exact: true }).click()
    }
    await kiosk.getByRole('button', { name: k('report.review.send') }).click()
    await kiosk.getByRole('heading', { level: 1, name: k('report.receipt.heading') }).waitFor()

    // Amara sees it arrive live; Rui's open inbox neither changes nor hears anything.
    await expect.poll(() => count(amaraList), { timeout: 5000 }).toBe(amaraBefore + 1)
    await amaraList.getByRole('link').first().click()
    await amara.getByText(CANARY).first().waitFor()
    const caseUrl = amara.url()
    await rui.waitForTimeout(1000)
    await expect(count(ruiList)).resolves.toBe(ruiBefore)
    await expect(rui.getByText(CANARY).count()).resolves.toBe(0)

    // By its address, the case is the same "not found" as one that does not exist.
    await rui.goto(caseUrl)
    await rui.getByText(d('cases.case.notFound')).waitFor()
    await expect(rui.getByText(CANARY).count()).resolves.toBe(0)
    const answer = await rui.evaluate(async id => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query($c: ID!) { case(caseId: $c) { id } }', variables: { c: id } }),
      })
      return (await response.json()) as { errors?: { extensions?: { code?: string } }[] }
    }, caseUrl.split('/').at(-1))
    expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
    for (const opened of session.pages) {
      expect(opened.errors()).toEqual([])
    }
  })
})
