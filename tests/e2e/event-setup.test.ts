import { createRequire } from 'node:module'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useBrowserTests } from '../support/browser.js'
import { GraphQLClient } from '../support/graphql-client.js'
import { messages } from '../support/messages.js'
import type { RunningServer } from '../support/start-server.js'
import { signInThroughApi, signInThroughDashboard } from '../support/dashboard-sign-in.js'

/** The server's own image library (its build runs with it), to make and inspect real JPEGs. */
type Sharp = (input?: Buffer | { create: object }) => {
  jpeg(): { withExif(exif: object): { toBuffer(): Promise<Buffer> } }
  metadata(): Promise<{ format?: string; exif?: Buffer; xmp?: Buffer }>
}
const sharp = createRequire(path.resolve(import.meta.dirname, '..', '..', 'server', 'package.json'))(
  'sharp',
) as Sharp

function photoWithGps(hue: number): Promise<Buffer> {
  return sharp({ create: { width: 800, height: 800, channels: 3, background: { r: hue, g: 90, b: 160 } } })
    .jpeg()
    .withExif({
      IFD0: { Artist: 'CANARY-AUTHOR' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '38/1 42/1 3/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '9/1 8/1 2/1',
      },
    })
    .toBuffer()
}

const t = messages('dashboard', 'en')
const k = messages('kiosk', 'en')
const today = new Date().toISOString().slice(0, 10)
const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)

async function addContact(page: Page, name: string, email: string, hue: number) {
  await page.getByRole('button', { name: t('contacts.add') }).click()
  await page.getByLabel(t('contacts.form.name'), { exact: true }).fill(name)
  await page.getByLabel(t('contacts.form.role')).selectOption({ label: t('contacts.roles.COMMITTEE') })
  await page.getByLabel(t('contacts.form.independent')).check()
  await page.getByLabel(t('contacts.form.email')).fill(email)
  await page.getByLabel(t('contacts.form.identifier')).fill('Orange lanyard')
  await page.getByLabel(new RegExp(`^${t('contacts.form.briefedOn')}`)).fill(today)
  await page
    .getByLabel(t('contacts.photo.label'), { exact: true })
    .setInputFiles({ name: 'portrait.jpg', mimeType: 'image/jpeg', buffer: await photoWithGps(hue) })
  await page.getByRole('button', { name: t('contacts.form.save') }).click()
  await page.getByRole('button', { name: t('contacts.list.editNamed', { name }) }).waitFor()
}

/** The organizer invites the contact to the dashboard, and the person accepts the link. */
async function linkAccount(page: Page, serverUrl: string, name: string) {
  await page.getByRole('button', { name: t('contacts.list.inviteNamed', { name }) }).click()
  const link = await page.getByLabel(t('contacts.invite.link', { name })).inputValue()
  await new GraphQLClient(serverUrl).request(
    'mutation($i: RedeemInvitationInput!) { redeemInvitation(input: $i) { step } }',
    { i: { token: link.split('#')[1], name, password: 'lanterns over the harbour wall' } },
  )
}

// From an empty event to a ready, published one, in the dashboard as an organizer would do it;
// then a visitor finds the contacts, with their photos, on the kiosk.
describe('event setup: from an empty event to the kiosk', () => {
  const session = useBrowserTests()
  let server: RunningServer | undefined

  it('reaches an all-green checklist, publishes, and the kiosk shows the contacts with photos stripped of EXIF/GPS', async () => {
    server = await session.startServer()
    const demo = server.demo()
    const email = (prefix: string) =>
      demo?.accounts.find(account => account.email.startsWith(prefix))?.email ?? ''
    const admin = new GraphQLClient(server.url)
    await signInThroughApi(admin, server, email('admin@'))
    const { createEvent } = await admin.request<{ createEvent: { id: string } }>(
      'mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }',
      {
        i: {
          name: 'Harbour Conf',
          slug: 'harbour-conf',
          kind: 'CONFERENCE',
          startsOn: today,
          endsOn: tomorrow,
          timeZone: 'Europe/Lisbon',
          venue: 'Pier 4',
        },
      },
    )
    const { inviteMember } = await admin.request<{ inviteMember: { url: string } }>(
      'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { url } }',
      {
        i: { email: email('organizer@'), role: 'organizer', eventId: createEvent.id },
      },
    )
    // The demo organizer accepts signed in as themselves: an invitation never takes a password.
    const organizerClient = new GraphQLClient(server.url)
    await signInThroughApi(organizerClient, server, email('organizer@'))
    await organizerClient.request(
      'mutation($i: RedeemInvitationInput!) { redeemInvitation(input: $i) { step } }',
      { i: { token: inviteMember.url.split('#')[1], name: '', password: '' } },
    )

    const dashboard = await session.open()
    const { page } = dashboard
    await page.goto(`${server.url}/dashboard/`)
    await signInThroughDashboard(page, server, email('organizer@'), t)
    await page.getByRole('link', { name: t('events.list.setUpNamed', { name: 'Harbour Conf' }) }).click()
    await page.getByRole('heading', { level: 1, name: 'Harbour Conf' }).waitFor()
    const sections = page.getByRole('navigation', { name: t('events.setup.sections') })
    await expect(page.getByText(t('readiness.allMet')).count()).resolves.toBe(0)

    await sections.getByRole('link', { name: t('contacts.title') }).click()
    await addContact(page, 'Ana Lima', 'ana.lima@harbour.example', 60)
    await addContact(page, 'Bo Sørensen', 'bo.sorensen@harbour.example', 200)
    for (const name of ['Ana Lima', 'Bo Sørensen']) {
      await linkAccount(page, server.url, name)
    }

    await sections.getByRole('link', { name: t('events.photoConsent.title') }).click()
    await page.getByLabel(t('events.photoConsent.modes.opt-in.label')).check()
    if ((await page.getByLabel(t('events.photoConsent.marker'), { exact: true }).count()) === 0) {
      await page.getByRole('button', { name: t('events.photoConsent.markerRows.add') }).click()
    }
    await page.getByLabel(t('events.photoConsent.marker'), { exact: true }).first().fill('Green lanyard')
    await page.getByLabel(t('events.photoConsent.meaning')).first().fill('Photos of me are fine')
    await page.getByRole('button', { name: t('events.photoConsent.save') }).click()
    await page
      .getByRole('status')
      .filter({ hasText: t('events.photoConsent.saved') })
      .waitFor()

    await sections.getByRole('link', { name: t('events.quietRoom.title') }).click()
    await page.getByLabel(t('events.quietRoom.location'), { exact: true }).fill('Room 3, by the library')
    await page.getByRole('button', { name: t('events.quietRoom.save') }).click()
    await page
      .getByRole('status')
      .filter({ hasText: t('events.quietRoom.saved') })
      .waitFor()

    await sections.getByRole('link', { name: t('policies.title') }).click()
    await page.getByRole('button', { name: t('policies.save') }).click()
    await page
      .getByRole('status')
      .filter({ hasText: t('policies.saved', { version: '1' }) })
      .waitFor()

    await sections.getByRole('link', { name: t('readiness.title') }).click()
    await page.getByText(t('readiness.allMet')).waitFor()
    await page.getByRole('button', { name: t('readiness.publish'), exact: true }).click()
    await expect.poll(async () => (await publicContacts(server?.url ?? '')).length).toBe(2)
    expect(dashboard.errors()).toEqual([])

    const kiosk = await session.open()
    await kiosk.page.goto(`${server.url}/kiosk/e/harbour-conf`)
    await kiosk.page.getByRole('button', { name: new RegExp(`^${k('home.actions.contacts.title')}`) }).click()
    await kiosk.page.getByRole('heading', { level: 1, name: k('contacts.heading') }).waitFor()
    for (const name of ['Ana Lima', 'Bo Sørensen']) {
      const card = kiosk.page.getByRole('article', { name })
      await card.waitFor()
      const src = await card.locator('img[src^="/media/"]').first().getAttribute('src')
      expect(src).toMatch(/^\/media\/contacts\/[0-9a-f-]+\.jpg$/)
      const served = Buffer.from(await (await fetch(`${server.url}${src}`)).arrayBuffer())
      const metadata = await sharp(served).metadata()
      expect(metadata.format).toBe('jpeg')
      expect(metadata.exif).toBeUndefined()
      expect(served.includes(Buffer.from('CANARY-AUTHOR'))).toBe(false)
    }
    expect(kiosk.errors()).toEqual([])
  })
})

async function publicContacts(url: string): Promise<unknown[]> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ publicEvent(slug: "harbour-conf") { contacts { name } } }' }),
  })
  const body = (await response.json()) as { data?: { publicEvent: { contacts: unknown[] } | null } }
  return body.data?.publicEvent?.contacts ?? []
}
