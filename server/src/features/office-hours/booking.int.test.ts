import { readFileSync } from 'node:fs'
import { ErrorCode, Role, addDays } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects, type Dialect } from '../../../test/databases.js'
import { createAccount, createContact, createEvent, signedInClient } from '../../../test/factories.js'
import { startSmtpSink } from '../../../test/smtp-sink.js'
import { startTestServer, type TestServer } from '../../../test/test-server.js'
import { BookingEntity } from './booking.entity.js'

const BOOK = 'mutation($i: BookSlotInput!) { bookSlot(input: $i) { code checkInWord slot { id available } } }'
const SLOTS =
  'query($s: String!, $f: DateTime!, $t: DateTime!) { officeHourSlots(eventSlug: $s, from: $f, to: $t) { id available place contact { name } } }'

async function setUp(dialect: Dialect, env: Record<string, string> = {}) {
  const server = await startTestServer(dialect, env)
  const tomorrow = addDays(new Date().toISOString().slice(0, 10), 1)
  const event = await createEvent(server.db, {
    endsOn: addDays(tomorrow, 1),
    timeZone: 'Europe/Lisbon',
    quietRoomLocation: 'Room 2',
  })
  const contact = await createContact(server.db, event.id, { name: 'Rita', email: 'rita@example.org' })
  const window = await server.services.officeHourSetup.createWindow({
    eventId: event.id,
    localDate: tomorrow,
    from: '12:00',
    to: '14:00',
    slotMinutes: 20,
    bufferMinutes: 5,
    contactId: contact.id,
  })
  const range = { s: event.slug, f: `${tomorrow}T00:00:00Z`, t: `${addDays(tomorrow, 1)}T00:00:00Z` }
  return { server, event, window, range, slotId: window.slots[0]?.id ?? '' }
}

describe.each(testDialects)('booking on %s', dialect => {
  let server: TestServer
  let ctx: Awaited<ReturnType<typeof setUp>>

  afterEach(() => server.stop())

  describe('under a storm of simultaneous requests', () => {
    beforeEach(async () => {
      ctx = await setUp(dialect, { RATE_LIMIT: '0' })
      server = ctx.server
    })

    it('books one free slot exactly once out of 200 simultaneous attempts over HTTP', async () => {
      const attempts = await Promise.all(
        Array.from({ length: 200 }, () =>
          server.client().gql<{ bookSlot: { code: string } }>(BOOK, { i: { slotId: ctx.slotId } }),
        ),
      )
      const booked = attempts.filter(response => response.errors === undefined)
      const refused = attempts.filter(response => response.errors !== undefined)
      expect(booked).toHaveLength(1)
      expect(refused).toHaveLength(199)
      expect(
        refused.every(response => response.errors?.[0]?.extensions?.['code'] === ErrorCode.Conflict),
      ).toBe(true)
      const rows = await server.db.read.findBy(BookingEntity, { slotId: ctx.slotId })
      expect(rows).toHaveLength(1)
      // The one caller told "booked" holds the booking: its code finds it.
      const code = booked[0]?.data?.bookSlot.code ?? ''
      const found = await server
        .client()
        .gql('query($c: String!) { bookingByCode(code: $c) { slot { id } } }', { c: code })
      expect(found.data).toEqual({ bookingByCode: { slot: { id: ctx.slotId } } })
    })
  })

  describe('for a person at the kiosk', () => {
    let smtp: Awaited<ReturnType<typeof startSmtpSink>>

    beforeEach(async () => {
      smtp = await startSmtpSink()
      ctx = await setUp(dialect, { SMTP_URL: smtp.url })
      server = ctx.server
    })
    afterEach(() => smtp.stop())

    it('shows free/busy only, books with a code, cancels with it, and tells the contact without details', async () => {
      const before = await server
        .client()
        .gql<{ officeHourSlots: { id: string; available: boolean }[] }>(SLOTS, ctx.range)
      expect(before.data?.officeHourSlots).toHaveLength(5)
      expect(before.data?.officeHourSlots.every(slot => slot.available)).toBe(true)
      const kiosk = server.client()
      const booked = await kiosk.gql<{ bookSlot: { code: string } }>(BOOK, {
        i: { slotId: ctx.slotId, contactMethod: 'Signal +351 910 000 000' },
      })
      const code = booked.data?.bookSlot.code ?? ''
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/)
      const during = await server
        .client()
        .gql<{ officeHourSlots: { id: string; available: boolean }[] }>(SLOTS, ctx.range)
      expect(during.data?.officeHourSlots.find(slot => slot.id === ctx.slotId)?.available).toBe(false)
      const again = await server.client().gql(BOOK, { i: { slotId: ctx.slotId } })
      expect(again.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.Conflict)

      const mail = await waitFor(() => smtp.messages[0])
      expect(mail.to).toEqual(['rita@example.org'])
      const text = mail.raw.replace(/=\r?\n/g, '')
      expect(text).toContain('Someone booked a private meeting at Test Conference')
      expect(text).not.toContain('Signal')
      expect(text).not.toContain(code)

      expect(
        (await kiosk.gql('mutation($c: String!) { cancelBooking(code: $c) }', { c: code.toLowerCase() }))
          .data,
      ).toEqual({ cancelBooking: true })
      const after = await server
        .client()
        .gql<{ officeHourSlots: { id: string; available: boolean }[] }>(SLOTS, ctx.range)
      expect(after.data?.officeHourSlots.find(slot => slot.id === ctx.slotId)?.available).toBe(true)
      expect((await waitFor(() => smtp.messages[1])).raw).toContain('cancelled')
      const twice = await kiosk.gql('mutation($c: String!) { cancelBooking(code: $c) }', { c: code })
      expect(twice.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.NotFound)
    })

    it('moves a booking with its code, and shows it to responders with the way to reach the person', async () => {
      const booked = await server.client().gql<{ bookSlot: { code: string; checkInWord: string } }>(BOOK, {
        i: { slotId: ctx.slotId, contactMethod: 'Ask for Sam at the desk' },
      })
      const code = booked.data?.bookSlot.code ?? ''
      const checkInWord = booked.data?.bookSlot.checkInWord ?? ''
      const target = ctx.window.slots[2]?.id
      const moved = await server
        .client()
        .gql('mutation($i: MoveBookingInput!) { moveBooking(input: $i) { code slot { id } } }', {
          i: { code, slotId: target },
        })
      expect(moved.data).toEqual({ moveBooking: { code, slot: { id: target } } })
      const responder = await createAccount(server.db, [{ role: Role.Responder, eventId: ctx.event.id }])
      const client = await signedInClient(server, responder)
      const meetings = await client.gql<{
        meetings: {
          id: string
          checkInWord: string
          contactMethod: string
          contactName: string
          status: string
        }[]
      }>('query($e: ID!) { meetings(eventId: $e) { id checkInWord contactMethod contactName status } }', {
        e: ctx.event.id,
      })
      expect(meetings.data?.meetings).toEqual([
        {
          id: expect.any(String) as string,
          checkInWord,
          contactMethod: 'Ask for Sam at the desk',
          contactName: 'Rita',
          status: 'active',
        },
      ])
      const held = await client.gql('mutation($i: MarkMeetingInput!) { markMeeting(input: $i) }', {
        i: { eventId: ctx.event.id, bookingId: meetings.data?.meetings[0]?.id, status: 'held' },
      })
      expect(held.data).toEqual({ markMeeting: true })
      if (server.config.database.dialect === 'sqlite') {
        await server.db.dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)')
        const bytes = readFileSync(server.config.database.file)
        expect(bytes.includes(Buffer.from('Ask for Sam'))).toBe(false)
        expect(bytes.includes(Buffer.from(code.replace('-', '')))).toBe(false)
      }
    })

    it('refuses malformed input clearly and writes nothing', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ slotId: 'no-such-slot' }, ErrorCode.NotFound],
        [{ slotId: ctx.slotId, contactMethod: 'x'.repeat(201) }, ErrorCode.BadUserInput],
      ]
      for (const [input, code] of cases) {
        expect((await server.client().gql(BOOK, { i: input })).errors?.[0]?.extensions?.['code']).toBe(code)
      }
      expect(
        (await server.client().gql('mutation { cancelBooking(code: "12") }')).errors?.[0]?.extensions,
      ).toMatchObject({ code: ErrorCode.BadUserInput, field: 'code' })
      server.clock.advance(3 * 86_400_000)
      expect(
        (await server.client().gql(BOOK, { i: { slotId: ctx.slotId } })).errors?.[0]?.extensions?.['code'],
      ).toBe(ErrorCode.BadUserInput)
      const wideRange = await server.client().gql(SLOTS, { ...ctx.range, t: '2099-01-01T00:00:00Z' })
      expect(wideRange.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.BadUserInput)
      expect(await server.db.read.count(BookingEntity)).toBe(0)
    })

    it('limits bookings per requester and guesses of codes', async () => {
      const kiosk = server.client()
      for (const slot of ctx.window.slots.slice(0, 3)) {
        expect((await kiosk.gql(BOOK, { i: { slotId: slot.id } })).errors).toBeUndefined()
      }
      expect(
        (await kiosk.gql(BOOK, { i: { slotId: ctx.window.slots[3]?.id } })).errors?.[0]?.extensions?.['code'],
      ).toBe(ErrorCode.RateLimited)
      for (let guess = 0; guess < 10; guess++) {
        const wrong = await kiosk.gql('mutation($c: String!) { cancelBooking(code: $c) }', {
          c: `ZZZZZ-ZZZ${String(guess).padStart(2, '0')}`,
        })
        expect(wrong.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.NotFound)
      }
      const eleventh = await kiosk.gql('mutation { cancelBooking(code: "ZZZZZ-ZZZ99") }')
      expect(eleventh.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.RateLimited)
    })
  })
})

async function waitFor<T>(read: () => T | undefined): Promise<T> {
  for (let waited = 0; waited < 5000; waited += 25) {
    const value = read()
    if (value !== undefined) {
      return value
    }
    await new Promise(resolve => setTimeout(resolve, 25))
  }
  throw new Error('nothing arrived within 5 s')
}
