import { createHash } from 'node:crypto'
import { addDays } from '@conduct-desk/shared'
import sharp from 'sharp'
import type { ObjectLiteral } from 'typeorm'
import { sealedColumns } from '../src/app/features.js'
import type { ReportScenario } from './report-scenario.js'
import type { TestServer } from './test-server.js'

/** The event a scenario needs for office hours too: it runs today and tomorrow, with a quiet room. */
export const eventWithOfficeHours = () => {
  const today = new Date().toISOString().slice(0, 10)
  return { startsOn: today, endsOn: addDays(today, 1), quietRoomLocation: 'Room 2' }
}

/**
 * Puts a value in every encrypted column: the report (already there), a message each way, two
 * attachments with names (their wrapped keys), and an office-hour booking with a contact method.
 */
export async function addSealedData(scenario: ReportScenario): Promise<void> {
  const { server, receipt, eventId } = scenario
  await scenario.responder.gql('mutation($i: SendCaseMessageInput!) { sendCaseMessage(input: $i) { id } }', {
    i: { caseId: scenario.caseId, body: 'Thank you for telling us. Can we talk?' },
  })
  await server.services.reportFollowUp.reply(receipt.reference, receipt.passphrase, 'Yes, at lunch.', 'test')
  const picture = await sharp({ create: { width: 32, height: 24, channels: 3, background: '#335577' } })
    .png()
    .toBuffer()
  for (const [bytes, name] of [
    [picture, 'badge.png'],
    [Buffer.from('Chat log, 21:14 to 21:40.\n'), 'chat.txt'],
  ] as const) {
    const response = await scenario.upload(bytes, name)
    if (!response.ok) {
      throw new Error(`upload of ${name} failed: ${response.status}`)
    }
  }
  const tomorrow = addDays(new Date().toISOString().slice(0, 10), 1)
  const window = await server.services.officeHourSetup.createWindow({
    eventId,
    localDate: tomorrow,
    from: '12:00',
    to: '13:00',
    slotMinutes: 20,
    bufferMinutes: 5,
    contactId: null,
  })
  await server.services.bookings.book(window.slots[0]!.id, 'Signal +351 910 000 000', 'test-requester')
}

const CASE = `query($c: ID!) { case(caseId: $c) {
  reports { description } messages { body } attachments { name url }
} }`

/** What a responder reads of everything sealed, through the API of `server` (files as hashes). */
export async function readEverything(scenario: ReportScenario, server: TestServer) {
  const responder = server.client()
  responder.cookie = scenario.responder.cookie
  const detail = await responder.gql<{
    case: { reports: unknown[]; messages: unknown[]; attachments: { name: string; url: string }[] }
  }>(CASE, { c: scenario.caseId })
  if (detail.errors !== undefined) {
    throw new Error(`the case did not open: ${JSON.stringify(detail.errors)}`)
  }
  const files = await Promise.all(
    detail.data!.case.attachments.map(async ({ name, url }) => {
      const response = await fetch(`${server.url}${url}`, { headers: { cookie: responder.cookie ?? '' } })
      const bytes = Buffer.from(await response.arrayBuffer())
      return { name, status: response.status, sha256: createHash('sha256').update(bytes).digest('hex') }
    }),
  )
  const meetings = await server.services.meetings.meetings(scenario.eventId, true)
  return {
    reports: detail.data!.case.reports,
    messages: detail.data!.case.messages,
    files,
    meetings: meetings.map(({ checkInWord, contactMethod }) => ({ checkInWord, contactMethod })),
  }
}

/** Every encrypted value in the database, with its column, as stored. */
export async function storedCiphertexts(server: TestServer): Promise<{ column: string; value: string }[]> {
  const found: { column: string; value: string }[] = []
  for (const column of sealedColumns) {
    const rows = await server.db.read.find<ObjectLiteral>(column.entity)
    for (const row of rows) {
      const value = row[column.property] as string | null
      if (value !== null) {
        found.push({ column: `${column.table}.${column.column}`, value })
      }
    }
  }
  return found
}
