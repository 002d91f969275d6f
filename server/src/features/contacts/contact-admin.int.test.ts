import { ErrorCode, Role } from '@conduct-desk/shared'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { createAccount, createEvent, signedInClient } from '../../../test/factories.js'
import { startTestServer, type TestClient, type TestServer } from '../../../test/test-server.js'
import { ContactEntity } from './contact.entity.js'

const SAVE = 'mutation($i: SaveContactInput!) { saveContact(input: $i) { id email photoUrl } }'
const contactInput = (eventId: string, email: string) => ({
  eventId,
  name: 'Rita Duarte',
  pronouns: 'she/her',
  languages: ['pt', 'en'],
  role: 'COMMITTEE',
  isIndependent: true,
  email,
  identifier: 'Orange lanyard',
  onDuty: [{ startsAt: '2026-06-01T08:00:00Z', endsAt: '2026-06-01T18:00:00Z' }],
  briefedOn: '2026-05-20',
})

/** A real JPEG carrying GPS coordinates and an author canary in its EXIF. */
function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Artist: 'CANARY-AUTHOR', Copyright: 'CANARY-AUTHOR' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '38/1 42/1 3/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '9/1 8/1 2/1',
      },
    })
    .toBuffer()
}

describe.each(testDialects)('contacts on %s', dialect => {
  let server: TestServer
  let organizer: TestClient
  let eventId: string

  beforeEach(async () => {
    server = await startTestServer(dialect)
    eventId = (await createEvent(server.db)).id
    const account = await createAccount(server.db, [{ role: Role.Organizer, eventId }])
    organizer = await signedInClient(server, account)
  })
  afterEach(() => server.stop())

  const upload = (client: TestClient, contactId: string, body: Buffer, type = 'image/jpeg') =>
    fetch(`${server.url}/api/events/${eventId}/contacts/${contactId}/photo`, {
      method: 'PUT',
      headers: { 'content-type': type, ...(client.cookie === null ? {} : { cookie: client.cookie }) },
      body: new Uint8Array(body),
    })

  it('refuses group addresses and duplicates with a clear error, and writes nothing', async () => {
    for (const email of ['coc@example.org', 'Team@example.org', 'info+kiosk@example.org']) {
      const response = await organizer.gql(SAVE, { i: contactInput(eventId, email) })
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: ErrorCode.BadUserInput, field: 'email' })
      expect(response.errors?.[0]?.message).toMatch(/own address/)
    }
    expect(await server.db.read.countBy(ContactEntity, { eventId })).toBe(0)
    expect(
      (await organizer.gql(SAVE, { i: contactInput(eventId, 'rita@example.org') })).errors,
    ).toBeUndefined()
    const duplicate = await organizer.gql(SAVE, {
      i: { ...contactInput(eventId, 'RITA@example.org'), name: 'Other' },
    })
    expect(duplicate.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.Conflict)
    expect(await server.db.read.countBy(ContactEntity, { eventId })).toBe(1)
  })

  it('serves an uploaded photo resized and without EXIF, GPS or the author canary', async () => {
    const saved = await organizer.gql<{ saveContact: { id: string } }>(SAVE, {
      i: contactInput(eventId, 'rita@example.org'),
    })
    const contactId = saved.data?.saveContact.id ?? ''
    const original = await photoWithGps()
    expect((await sharp(original).metadata()).exif).toBeDefined()
    const response = await upload(organizer, contactId, original)
    expect(response.status).toBe(200)
    const { photoUrl } = (await response.json()) as { photoUrl: string }
    expect(photoUrl).toMatch(/^\/media\/contacts\/[0-9a-f-]{36}\.jpg$/)
    const served = Buffer.from(await (await fetch(`${server.url}${photoUrl}`)).arrayBuffer())
    const metadata = await sharp(served).metadata()
    expect(metadata.format).toBe('jpeg')
    expect([metadata.width, metadata.height]).toEqual([480, 480])
    expect(metadata.exif).toBeUndefined()
    expect(metadata.xmp).toBeUndefined()
    expect(metadata.iptc).toBeUndefined()
    expect(served.includes(Buffer.from('CANARY-AUTHOR'))).toBe(false)
    const kiosk = await server
      .client()
      .gql<{ publicEvent: { contacts: { photoUrl: string }[] } }>(
        'query($s: String!) { publicEvent(slug: $s) { contacts { photoUrl } } }',
        { s: (await server.services.eventSetup.findById(eventId)).slug },
      )
    expect(kiosk.data?.publicEvent.contacts[0]?.photoUrl).toBe(photoUrl)
  })

  it('refuses what is not a picture, and uploads from anyone but the organizers', async () => {
    const saved = await organizer.gql<{ saveContact: { id: string } }>(SAVE, {
      i: contactInput(eventId, 'rita@example.org'),
    })
    const contactId = saved.data?.saveContact.id ?? ''
    const html = await upload(
      organizer,
      contactId,
      Buffer.from('<html><script>alert(1)</script></html>'),
      'image/png',
    )
    expect(html.status).toBe(400)
    expect(await html.json()).toMatchObject({ error: { code: ErrorCode.BadUserInput } })
    const svg = await upload(
      organizer,
      contactId,
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'image/svg+xml',
    )
    expect(svg.status).toBe(400)
    expect((await upload(server.client(), contactId, await photoWithGps())).status).toBe(401)
    const responder = await createAccount(server.db, [{ role: Role.Responder, eventId }])
    const responderClient = await signedInClient(server, responder)
    expect((await upload(responderClient, contactId, await photoWithGps())).status).toBe(403)
    expect((await server.db.read.findOneByOrFail(ContactEntity, { id: contactId })).photoPath).toBeNull()
  })
})
