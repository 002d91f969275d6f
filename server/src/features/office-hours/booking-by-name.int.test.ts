import { ErrorCode, OfficeHourReason, Role, addDays } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { createAccount, createContact, createEvent, signedInClient } from '../../../test/factories.js'
import { until } from '../../../test/live.js'
import { startSmtpSink } from '../../../test/smtp-sink.js'
import { startTestServer, type TestServer } from '../../../test/test-server.js'
import type { ContactEntity } from '../contacts/contact.entity.js'
import { BookingEntity } from './booking.entity.js'

const SLOTS = `query($s: String!, $f: DateTime!, $t: DateTime!) {
  officeHourSlots(eventSlug: $s, from: $f, to: $t) { id startsAt contact { id name } onDuty { id name } }
}`
const BOOK =
  'mutation($i: BookSlotInput!) { bookSlot(input: $i) { code contact { name } slot { id contact { name } } } }'
const MOVE = 'mutation($i: MoveBookingInput!) { moveBooking(input: $i) { contact { name } slot { id } } }'

interface Slot {
  id: string
  startsAt: string
  contact: { id: string; name: string } | null
  onDuty: { id: string; name: string }[]
}

const period = (day: string, from: string, to: string) => ({
  startsAt: `${day}T${from}:00.000Z`,
  endsAt: `${day}T${to}:00.000Z`,
})

// Every contact who holds office hours is bookable by name: those named on a window, and those on
// duty for a window held by "whoever is on duty" (before, only the first kind could be chosen).
describe.each(testDialects)('booking a contact by name on %s', dialect => {
  let server: TestServer
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>
  let eventId: string
  let slots: Slot[]
  let amara: ContactEntity
  let tomas: ContactEntity
  let noor: ContactEntity
  let rita: ContactEntity

  beforeEach(async () => {
    smtp = await startSmtpSink()
    server = await startTestServer(dialect, { SMTP_URL: smtp.url, RATE_LIMIT: '0' })
    const tomorrow = addDays(new Date().toISOString().slice(0, 10), 1)
    const event = await createEvent(server.db, { endsOn: tomorrow, quietRoomLocation: 'Room 2' })
    eventId = event.id
    amara = await createContact(server.db, eventId, {
      name: 'Amara',
      sortOrder: 0,
      onDuty: [period(tomorrow, '08:00', '19:00')],
    })
    tomas = await createContact(server.db, eventId, {
      name: 'Tomás',
      sortOrder: 1,
      onDuty: [period(tomorrow, '12:00', '23:30')],
    })
    noor = await createContact(server.db, eventId, {
      name: 'Noor',
      sortOrder: 2,
      onDuty: [period(tomorrow, '20:00', '23:00')],
    })
    rita = await createContact(server.db, eventId, { name: 'Rita', sortOrder: 3 })
    const setUp = { eventId, localDate: tomorrow, slotMinutes: 20, bufferMinutes: 0 }
    await server.services.officeHourSetup.createWindow({ ...setUp, from: '12:00', to: '13:00' })
    await server.services.officeHourSetup.createWindow({
      ...setUp,
      from: '16:00',
      to: '17:00',
      contactId: rita.id,
    })
    const listed = await server.client().gql<{ officeHourSlots: Slot[] }>(SLOTS, {
      s: event.slug,
      f: `${tomorrow}T00:00:00Z`,
      t: `${addDays(tomorrow, 1)}T00:00:00Z`,
    })
    slots = listed.data!.officeHourSlots
  })
  afterEach(async () => {
    await server.stop()
    await smtp.stop()
  })

  it('says who is on duty for each slot held by whoever is on duty, so each can be chosen', () => {
    const onDutySlots = slots.filter(slot => slot.contact === null)
    expect(onDutySlots).toHaveLength(3)
    for (const slot of onDutySlots) {
      expect(slot.onDuty.map(contact => contact.name)).toEqual(['Amara', 'Tomás'])
    }
    const ritaSlots = slots.filter(slot => slot.contact !== null)
    expect(ritaSlots.map(slot => [slot.contact?.name, slot.onDuty])).toEqual([
      ['Rita', []],
      ['Rita', []],
      ['Rita', []],
    ])
    const bookable = new Set(slots.flatMap(slot => [slot.contact?.name, ...slot.onDuty.map(c => c.name)]))
    expect([...bookable].filter(Boolean).sort()).toEqual(['Amara', 'Rita', 'Tomás'])
  })

  it('books each of them by name; the team sees whom, and only that person is told', async () => {
    const onDuty = slots.filter(slot => slot.contact === null)
    const named = slots.find(slot => slot.contact !== null)!
    const choices = [
      [onDuty[0]!.id, amara],
      [onDuty[1]!.id, tomas],
      [named.id, rita],
    ] as const
    for (const [slotId, contact] of choices) {
      const booked = await server.client().gql<{ bookSlot: { contact: { name: string } | null } }>(BOOK, {
        i: { slotId, contactId: contact.id },
      })
      expect(booked.data?.bookSlot.contact?.name).toBe(contact.name)
    }
    // Nobody chosen: whoever is on duty, as before.
    const anyone = await server.client().gql<{ bookSlot: { contact: null } }>(BOOK, {
      i: { slotId: onDuty[2]!.id },
    })
    expect(anyone.data?.bookSlot.contact).toBeNull()

    const responder = await signedInClient(
      server,
      await createAccount(server.db, [{ role: Role.Responder, eventId }]),
    )
    const meetings = await responder.gql<{ meetings: { contactName: string | null }[] }>(
      'query($e: ID!) { meetings(eventId: $e) { contactName } }',
      { e: eventId },
    )
    expect(meetings.data?.meetings.map(meeting => meeting.contactName)).toEqual([
      'Amara',
      'Tomás',
      null,
      'Rita',
    ])

    await until(() => (smtp.messages.length >= 4 ? true : undefined), 5000)
    const recipients = smtp.messages.map(message => [...message.to].sort().join(','))
    expect(recipients).toContain(tomas.email)
    expect(recipients).toContain(amara.email)
    expect(recipients).toContain(rita.email)
    // The meeting left to whoever is on duty goes to both people on duty then.
    expect(recipients).toContain([amara.email, tomas.email].sort().join(','))
    expect(recipients.filter(list => list.includes(noor.email))).toEqual([])
  })

  it.each([
    ['someone not on duty then', 'noor', 'on-duty'],
    ['someone without duty hours', 'rita', 'on-duty'],
    ['someone else than the slot’s contact', 'amara', 'named'],
    ['a contact of no event', 'unknown', 'on-duty'],
  ])('refuses %s, clearly, and books nothing', async (_what, who, kind) => {
    const ids: Record<string, string> = {
      noor: noor.id,
      rita: rita.id,
      amara: amara.id,
      unknown: '00000000-0000-4000-8000-000000000000',
    }
    const slot = slots.find(candidate => (kind === 'named') === (candidate.contact !== null))!
    const refused = await server.client().gql(BOOK, { i: { slotId: slot.id, contactId: ids[who] } })
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.BadUserInput,
      field: 'contactId',
      reason: OfficeHourReason.ContactNotAvailable,
    })
    expect(await server.db.read.count(BookingEntity)).toBe(0)
  })

  it('keeps or changes the person asked for when the meeting moves', async () => {
    const onDuty = slots.filter(slot => slot.contact === null)
    const booked = await server.client().gql<{ bookSlot: { code: string } }>(BOOK, {
      i: { slotId: onDuty[0]!.id, contactId: tomas.id },
    })
    const code = booked.data!.bookSlot.code
    const kept = await server.client().gql<{ moveBooking: { contact: { name: string } | null } }>(MOVE, {
      i: { code, slotId: onDuty[1]!.id, contactId: tomas.id },
    })
    expect(kept.data?.moveBooking.contact?.name).toBe('Tomás')
    const refused = await server.client().gql(MOVE, {
      i: { code, slotId: onDuty[2]!.id, contactId: noor.id },
    })
    expect(refused.errors?.[0]?.extensions?.['reason']).toBe(OfficeHourReason.ContactNotAvailable)
    expect((await server.db.read.find(BookingEntity))[0]).toMatchObject({
      slotId: onDuty[1]!.id,
      chosenContactId: tomas.id,
    })
    const anyone = await server.client().gql<{ moveBooking: { contact: null } }>(MOVE, {
      i: { code, slotId: onDuty[2]!.id },
    })
    expect(anyone.data?.moveBooking.contact).toBeNull()
  })
})
