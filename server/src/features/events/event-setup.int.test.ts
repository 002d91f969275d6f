import { BASELINE_POLICY_ITEMS, ErrorCode, EventKind, EventStatus, Role } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { createAccount, createContact, createEvent, signedInClient } from '../../../test/factories.js'
import { startTestServer, type TestClient, type TestServer } from '../../../test/test-server.js'
import { kioskCookieName } from '../../platform/http/cookies.js'
import { KIOSK_SILENT_AFTER_MS } from '../kiosk-devices/kiosk-device.service.js'

type Check = { key: string; isMet: boolean; missing: string[] }
const READINESS = 'query($e: ID!) { readiness(eventId: $e) { isReady checks { key isMet missing fixIn } } }'

describe.each(testDialects)('event setup on %s', dialect => {
  let server: TestServer
  let organizer: TestClient
  let eventId: string
  let slug: string

  beforeEach(async () => {
    server = await startTestServer(dialect)
    const event = await createEvent(server.db, { status: EventStatus.Draft, kind: EventKind.Conference })
    eventId = event.id
    slug = event.slug
    const account = await createAccount(server.db, [{ role: Role.Organizer, eventId }], {
      name: 'Olga Organizer',
    })
    organizer = await signedInClient(server, account)
  })
  afterEach(() => server.stop())

  it('keeps every policy version with its author, and the baseline can be neither edited nor removed', async () => {
    const save = (extensions: { kind: string; text: string }[]) =>
      organizer.gql<{ savePolicy: { baseline: string[]; version: number } }>(
        'mutation($i: SavePolicyInput!) { savePolicy(input: $i) { baseline version extensions { kind text } } }',
        { i: { eventId, extensions } },
      )
    expect(
      (await save([{ kind: 'venue-rules', text: 'No glass on the terrace.' }])).data?.savePolicy.version,
    ).toBe(1)
    const second = await save([{ kind: 'weapons', text: 'No weapons of any kind.' }])
    expect(second.data?.savePolicy).toMatchObject({ baseline: [...BASELINE_POLICY_ITEMS], version: 2 })
    const baselineEdit = await save([{ kind: 'baseline', text: 'Touching is fine.' }])
    expect(baselineEdit.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.BadUserInput)
    const history = await organizer.gql<{
      policyHistory: { version: number; authorName: string; extensions: { kind: string }[] }[]
    }>('query($e: ID!) { policyHistory(eventId: $e) { version authorName extensions { kind } } }', {
      e: eventId,
    })
    expect(history.data?.policyHistory).toEqual([
      { version: 2, authorName: 'Olga Organizer', extensions: [{ kind: 'weapons' }] },
      { version: 1, authorName: 'Olga Organizer', extensions: [{ kind: 'venue-rules' }] },
    ])
    await save([])
    await organizer.gql('mutation($e: ID!) { publishEvent(eventId: $e) { id } }', { e: eventId })
    const publicPolicy = await server
      .client()
      .gql<{ publicEvent: { policy: { baseline: string[]; extensions: unknown[] } } }>(
        'query($s: String!) { publicEvent(slug: $s) { policy { baseline extensions { kind } } } }',
        { s: slug },
      )
    expect(publicPolicy.data?.publicEvent.policy).toEqual({
      baseline: [...BASELINE_POLICY_ITEMS],
      extensions: [],
    })
  })

  it('goes from an empty event to an all-green checklist as the organizer sets it up', async () => {
    const first = await organizer.gql<{ readiness: { isReady: boolean; checks: Check[] } }>(READINESS, {
      e: eventId,
    })
    expect(first.data?.readiness.isReady).toBe(false)
    expect(first.data?.readiness.checks.filter(check => !check.isMet).map(check => check.key)).toContain(
      'named-contact',
    )
    for (const name of ['Ana', 'Bo']) {
      const account = await createAccount(server.db, [{ role: Role.Responder, eventId }], { name })
      await createContact(server.db, eventId, {
        name,
        accountId: account.id,
        email: `${name.toLowerCase()}@example.org`,
        photoPath: `contacts/${name}.jpg`,
        briefedOn: '2026-05-01',
      })
    }
    await organizer.gql('mutation($i: SetQuietRoomInput!) { setQuietRoom(input: $i) { id } }', {
      i: { eventId, location: 'Room 2, first floor' },
    })
    await organizer.gql('mutation($i: SetPhotoConsentInput!) { setPhotoConsent(input: $i) { id } }', {
      i: {
        eventId,
        mode: 'opt-out',
        markers: [{ marker: 'Red lanyard', meaning: 'Please do not photograph me', color: '#c0392b' }],
      },
    })
    await organizer.gql('mutation($i: SavePolicyInput!) { savePolicy(input: $i) { version } }', {
      i: { eventId, extensions: [] },
    })
    const last = await organizer.gql<{ readiness: { isReady: boolean; checks: Check[] } }>(READINESS, {
      e: eventId,
    })
    expect(last.data?.readiness.checks.filter(check => !check.isMet)).toEqual([])
    expect(last.data?.readiness.isReady).toBe(true)
  })

  it('enrols a kiosk by a single-use code into an HttpOnly device cookie, flags it when silent and revokes it', async () => {
    await organizer.gql('mutation($e: ID!) { publishEvent(eventId: $e) { id } }', { e: eventId })
    const enrolment = await organizer.gql<{ createKioskEnrolment: { code: string; device: { id: string } } }>(
      'mutation($i: CreateKioskEnrolmentInput!) { createKioskEnrolment(input: $i) { code device { id } } }',
      { i: { eventId, location: 'Registration desk' } },
    )
    const code = enrolment.data?.createKioskEnrolment.code ?? ''
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/)
    const kiosk = server.client()
    const enrolled = await kiosk.gql(
      'mutation($c: String!) { enrolKiosk(code: $c) { eventSlug location } }',
      { c: code.toLowerCase() },
    )
    expect(enrolled.data).toEqual({ enrolKiosk: { eventSlug: slug, location: 'Registration desk' } })
    const setCookie = enrolled.headers.getSetCookie()[0] ?? ''
    expect(setCookie).toMatch(
      new RegExp(
        `^${kioskCookieName({ secure: true })}=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Strict; Max-Age=\\d+; Secure$`,
      ),
    )
    expect((await kiosk.gql('{ thisKiosk { eventSlug location } }')).data).toEqual({
      thisKiosk: { eventSlug: slug, location: 'Registration desk' },
    })
    const reused = await server
      .client()
      .gql('mutation($c: String!) { enrolKiosk(code: $c) { location } }', { c: code })
    expect(reused.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.NotFound)

    const devices = () =>
      organizer.gql<{ kioskDevices: { isSilent: boolean; lastSeenAt: string }[] }>(
        'query($e: ID!) { kioskDevices(eventId: $e) { isSilent lastSeenAt } }',
        { e: eventId },
      )
    expect((await devices()).data?.kioskDevices[0]?.isSilent).toBe(false)
    server.clock.advance(KIOSK_SILENT_AFTER_MS + 1000)
    expect((await devices()).data?.kioskDevices[0]?.isSilent).toBe(true)
    await kiosk.gql('{ thisKiosk { location } }')
    expect((await devices()).data?.kioskDevices[0]?.isSilent).toBe(false)

    await organizer.gql('mutation($e: ID!, $k: ID!) { revokeKiosk(eventId: $e, kioskId: $k) }', {
      e: eventId,
      k: enrolment.data?.createKioskEnrolment.device.id,
    })
    expect((await kiosk.gql('{ thisKiosk { location } }')).data).toEqual({ thisKiosk: null })
  })

  it('keeps the local emergency number beside the urgent-help number, and shows both to the public', async () => {
    const details = (emergencyNumber: string | null) => ({
      eventId,
      name: 'X Conf',
      kind: 'CONFERENCE',
      startsOn: '2026-06-01',
      endsOn: '2026-06-02',
      timeZone: 'Europe/Lisbon',
      venue: 'Hall B',
      attendeesInPerson: 100,
      attendeesOnline: 0,
      urgentPhone: '+351 210 000 112',
      emergencyNumber,
    })
    const update = (emergencyNumber: string | null) =>
      organizer.gql<{ updateEventDetails: { urgentPhone: string; emergencyNumber: string | null } }>(
        'mutation($i: UpdateEventDetailsInput!) { updateEventDetails(input: $i) { urgentPhone emergencyNumber } }',
        { i: details(emergencyNumber) },
      )
    expect((await update('112')).data?.updateEventDetails).toEqual({
      urgentPhone: '+351 210 000 112',
      emergencyNumber: '112',
    })
    // A kiosk shows the number large and a phone dials it: digits only, never words.
    for (const bad of ['call 112', '+351 112', '1', '123456789']) {
      const refused = await update(bad)
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: ErrorCode.BadUserInput,
        field: 'emergencyNumber',
      })
    }
    expect((await server.services.eventSetup.findById(eventId)).emergencyNumber).toBe('112')
    await organizer.gql('mutation($e: ID!) { publishEvent(eventId: $e) { id } }', { e: eventId })
    const shown = await server
      .client()
      .gql<{ publicEvent: { urgentPhone: string; emergencyNumber: string } }>(
        'query($s: String!) { publicEvent(slug: $s) { urgentPhone emergencyNumber } }',
        { s: slug },
      )
    expect(shown.data?.publicEvent).toEqual({ urgentPhone: '+351 210 000 112', emergencyNumber: '112' })
    expect((await update(null)).data?.updateEventDetails.emergencyNumber).toBeNull()
  })

  it('refuses bad setup input with a clear error and changes nothing', async () => {
    const before = await server.services.eventSetup.findById(eventId)
    const badZone = await organizer.gql(
      'mutation($i: UpdateEventDetailsInput!) { updateEventDetails(input: $i) { id } }',
      {
        i: {
          eventId,
          name: 'X Conf',
          kind: 'CONFERENCE',
          startsOn: '2026-06-01',
          endsOn: '2026-06-02',
          timeZone: 'Mars/Olympus',
          venue: '',
          attendeesInPerson: 1,
          attendeesOnline: 0,
        },
      },
    )
    expect(badZone.errors?.[0]?.extensions).toMatchObject({ code: ErrorCode.BadUserInput, field: 'timeZone' })
    const noMarkers = await organizer.gql(
      'mutation($i: SetPhotoConsentInput!) { setPhotoConsent(input: $i) { id } }',
      { i: { eventId, mode: 'sometimes', markers: [] } },
    )
    expect(noMarkers.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.BadUserInput)
    expect(await server.services.eventSetup.findById(eventId)).toEqual(before)
  })
})
