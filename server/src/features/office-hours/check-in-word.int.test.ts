import { readFileSync } from 'node:fs'
import { CHECK_IN_WORDS, ErrorCode, OfficeHourReason, Role } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { createAccount, createOfficeHoursTomorrow, signedInClient } from '../../../test/factories.js'
import { startTestServer, type TestClient, type TestServer } from '../../../test/test-server.js'
import { BookingEntity, BookingStatus } from './booking.entity.js'

const BOOK = 'mutation($i: BookSlotInput!) { bookSlot(input: $i) { code checkInWord slot { id } } }'
const MEETINGS = 'query($e: ID!) { meetings(eventId: $e, includePast: true) { id checkInWord status } }'
const CANCEL = 'mutation($c: String!) { cancelBooking(code: $c) }'
const MOVE = 'mutation($i: MoveBookingInput!) { moveBooking(input: $i) { slot { id } } }'
const FIND = 'query($c: String!) { bookingByCode(code: $c) { checkInWord slot { id } } }'

interface Booked {
  bookSlot: { code: string; checkInWord: string; slot: { id: string } }
}

// The person holds the code (it cancels and moves); the team sees only a check-in word, which
// controls nothing. Staff can no longer read the code at all: only its hash is stored.
describe.each(testDialects)('booking codes and check-in words on %s', dialect => {
  let server: TestServer
  let responder: TestClient
  let eventId: string
  let slotIds: string[]

  beforeEach(async () => {
    server = await startTestServer(dialect)
    const { event, window } = await createOfficeHoursTomorrow(server)
    eventId = event.id
    slotIds = window.slots.map(slot => slot.id)
    responder = await signedInClient(
      server,
      await createAccount(server.db, [{ role: Role.Responder, eventId }]),
    )
  })
  afterEach(() => server.stop())

  it('gives the person a code and a check-in word; the team sees the word and never the code', async () => {
    const booked = await server.client().gql<Booked>(BOOK, { i: { slotId: slotIds[0] } })
    const { code, checkInWord } = booked.data!.bookSlot
    expect(CHECK_IN_WORDS).toContain(checkInWord)

    const meetings = await responder.gql<{ meetings: { checkInWord: string }[] }>(MEETINGS, { e: eventId })
    expect(meetings.data?.meetings.map(meeting => meeting.checkInWord)).toEqual([checkInWord])
    const raw = code.replace('-', '')
    expect(JSON.stringify(meetings)).not.toContain(raw.slice(0, 5))
    expect(JSON.stringify(meetings)).not.toContain(raw.slice(5))

    // There is no field to ask for it any more.
    const asked = await responder.gql('query($e: ID!) { meetings(eventId: $e) { code } }', { e: eventId })
    expect(asked.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED')
    expect(asked.data ?? null).toBeNull()
  })

  it('stores the code only as its hash: no readable or sealed copy anywhere in the row', async () => {
    const booked = await server.client().gql<Booked>(BOOK, {
      i: { slotId: slotIds[0], contactMethod: 'Signal +351 910 000 000' },
    })
    const raw = booked.data!.bookSlot.code.replace('-', '')
    const rows = await server.db.dataSource.query<Record<string, unknown>[]>(`SELECT * FROM "booking"`)
    expect(Object.keys(rows[0] ?? {})).not.toContain('code_sealed')
    expect(JSON.stringify(rows)).not.toContain(raw)
    // Of what is sealed, only the way to reach the person is left.
    expect(
      Object.values(rows[0] ?? {}).filter(value => typeof value === 'string' && value.startsWith('v2.')),
    ).toHaveLength(1)
    if (server.config.database.dialect === 'sqlite') {
      await server.db.dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)')
      expect(readFileSync(server.config.database.file).includes(Buffer.from(raw))).toBe(false)
    }
  })

  it('never lets the check-in word cancel, move or find a booking; the code still does', async () => {
    const booked = await server.client().gql<Booked>(BOOK, { i: { slotId: slotIds[0] } })
    const { code, checkInWord } = booked.data!.bookSlot
    for (const typed of [checkInWord, checkInWord.toUpperCase(), ` ${checkInWord} `]) {
      const cancel = await server.client().gql(CANCEL, { c: typed })
      expect(cancel.errors?.[0]?.extensions).toMatchObject({
        code: ErrorCode.BadUserInput,
        reason: OfficeHourReason.BookingCodeShape,
      })
      const move = await server.client().gql(MOVE, { i: { code: typed, slotId: slotIds[1] } })
      expect(move.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.BadUserInput)
      const find = await server.client().gql(FIND, { c: typed })
      expect(find.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.BadUserInput)
    }
    const [row] = await server.db.read.find(BookingEntity)
    expect(row).toMatchObject({ status: BookingStatus.Active, slotId: slotIds[0] })

    // Moving keeps the word; the code finds the booking and cancels it.
    const moved = await server.client().gql(MOVE, { i: { code, slotId: slotIds[1] } })
    expect(moved.errors).toBeUndefined()
    const found = await server.client().gql<{ bookingByCode: { checkInWord: string } }>(FIND, { c: code })
    expect(found.data?.bookingByCode.checkInWord).toBe(checkInWord)
    expect((await server.client().gql(CANCEL, { c: code })).data).toEqual({ cancelBooking: true })
    expect((await server.db.read.find(BookingEntity))[0]?.status).toBe(BookingStatus.Cancelled)
  })

  it('staff reads return the word for every meeting, and marking one changes nothing else', async () => {
    const words: string[] = []
    for (const slotId of slotIds.slice(0, 3)) {
      const booked = await server.client().gql<Booked>(BOOK, { i: { slotId } })
      words.push(booked.data!.bookSlot.checkInWord)
    }
    const meetings = await responder.gql<{ meetings: { id: string; checkInWord: string }[] }>(MEETINGS, {
      e: eventId,
    })
    expect(meetings.data?.meetings.map(meeting => meeting.checkInWord)).toEqual(words)
    const marked = await responder.gql('mutation($i: MarkMeetingInput!) { markMeeting(input: $i) }', {
      i: { eventId, bookingId: meetings.data?.meetings[0]?.id, status: 'held' },
    })
    expect(marked.data).toEqual({ markMeeting: true })
    const after = await responder.gql<{ meetings: { checkInWord: string; status: string }[] }>(MEETINGS, {
      e: eventId,
    })
    expect(after.data?.meetings[0]).toEqual({
      id: expect.any(String) as string,
      checkInWord: words[0],
      status: 'held',
    })
  })
})
