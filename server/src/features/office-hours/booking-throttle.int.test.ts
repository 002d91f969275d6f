import { ErrorCode, addDays } from '@conduct-desk/shared'
import { describe, expect, it } from 'vitest'
import { codeOf, countCodes, inParallel } from '../../../test/attempts.js'
import { testDialects } from '../../../test/databases.js'
import { createEvent } from '../../../test/factories.js'
import { enrolledKioskClient } from '../../../test/kiosks.js'
import type { TestClient, TestServer } from '../../../test/test-server.js'
import { useTestServers } from '../../../test/test-servers.js'

const BOOK = 'mutation($i: BookSlotInput!) { bookSlot(input: $i) { code } }'
const CANCEL = 'mutation($c: String!) { cancelBooking(code: $c) }'
/** A well-formed booking code nobody holds (codes carry 50 random bits). */
const wrongCode = (index: number) => `ZZZZZ-Z${String(index).padStart(4, '0')}`

const cancel = (client: TestClient, code: string) => client.gql(CANCEL, { c: code })

/** An event of tomorrow with twelve bookable slots. */
async function eventWithSlots(server: TestServer) {
  const tomorrow = addDays(new Date().toISOString().slice(0, 10), 1)
  const event = await createEvent(server.db, { endsOn: addDays(tomorrow, 1), quietRoomLocation: 'Room 2' })
  const window = await server.services.officeHourSetup.createWindow({
    eventId: event.id,
    localDate: tomorrow,
    from: '09:00',
    to: '15:00',
    slotMinutes: 25,
    bufferMinutes: 5,
  })
  return { event, slotIds: window.slots.map(slot => slot.id) }
}

// SECURITY R12: guesses of booking codes and bookings made are counted before the work, so
// parallel requests cannot slip past, and a kiosk's counts hold across server processes.
describe.each(testDialects)('booking limits under parallel requests on %s', dialect => {
  const servers = useTestServers(dialect)

  it('lets 20 parallel wrong codes from one requester make at most 10 guesses', async () => {
    const server = await servers.start()
    const answers = await inParallel(20, index => cancel(server.client(), wrongCode(index)))
    expect(countCodes(answers, ErrorCode.NotFound)).toBeLessThanOrEqual(10)
    expect(countCodes(answers, ErrorCode.RateLimited)).toBe(20 - countCodes(answers, ErrorCode.NotFound))
  })

  it('books at most 3 slots for one requester out of 10 parallel requests', async () => {
    const server = await servers.start()
    const { slotIds } = await eventWithSlots(server)
    expect(slotIds.length).toBeGreaterThanOrEqual(10)
    const answers = await inParallel(10, index =>
      server.client().gql(BOOK, { i: { slotId: slotIds[index] } }),
    )
    expect(countCodes(answers, 'OK')).toBe(3)
    expect(countCodes(answers, ErrorCode.RateLimited)).toBe(7)
  })

  it('gives the place back when a booking fails, so a taken slot does not use up the requester’s limit', async () => {
    const server = await servers.start()
    const { slotIds } = await eventWithSlots(server)
    const someoneElse = await enrolledKioskClient(server, (await createEvent(server.db)).id)
    expect(codeOf(await someoneElse.gql(BOOK, { i: { slotId: slotIds[0] } }))).toBe('OK')
    const person = server.client()
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(codeOf(await person.gql(BOOK, { i: { slotId: slotIds[0] } }))).toBe(ErrorCode.Conflict)
    }
    for (const slotId of slotIds.slice(1, 4)) {
      expect(codeOf(await person.gql(BOOK, { i: { slotId } }))).toBe('OK')
    }
  })

  it.runIf(dialect === 'postgres')(
    'counts a kiosk’s wrong codes across two server processes and a restart',
    async () => {
      await servers.shareDatabase()
      const [one, two] = [await servers.start(), await servers.start()]
      const kiosk = await enrolledKioskClient(one, (await createEvent(one.db)).id)
      const onTwo = two.client()
      onTwo.cookie = kiosk.cookie
      const answers = await inParallel(8, index => cancel(index % 2 === 0 ? kiosk : onTwo, wrongCode(index)))
      expect(countCodes(answers, ErrorCode.NotFound)).toBe(8)

      await servers.stop(one)
      const restarted = await servers.start()
      const onRestarted = restarted.client()
      onRestarted.cookie = kiosk.cookie
      const more = await inParallel(4, index =>
        cancel(index % 2 === 0 ? onRestarted : onTwo, wrongCode(10 + index)),
      )
      expect(countCodes(more, ErrorCode.NotFound)).toBe(2)
      expect(countCodes(more, ErrorCode.RateLimited)).toBe(2)
    },
  )
})
