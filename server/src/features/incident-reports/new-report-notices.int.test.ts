import { describe, expect, it } from 'vitest'
import { createContact, createEvent } from '../../../test/factories.js'
import { startSmtpSink, textOf, type ReceivedMail } from '../../../test/smtp-sink.js'
import { startTestServer, type TestServer } from '../../../test/test-server.js'
import { NEW_REPORT_EMAIL_INTERVAL_MS } from './new-report-notices.js'

const SUBMIT = 'mutation($i: SubmitReportInput!) { submitReport(input: $i) { reference } }'

const mailsTo = (messages: readonly ReceivedMail[], address: string) =>
  messages.filter(mail => mail.to.includes(address))

async function until(isDone: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !isDone(); waited += 25) {
    if (waited > 5000) {
      throw new Error(`${what} did not happen within 5 s`)
    }
    await new Promise(resolve => setTimeout(resolve, 25))
  }
}

/** Lets anything already sent reach the sink, so "no more email" is checked, not assumed. */
const settle = () => new Promise(resolve => setTimeout(resolve, 300))

/** An event with three contacts on duty now; the reports in these tests exclude `Kept Out`. */
async function eventWithTeam(server: TestServer) {
  const event = await createEvent(server.db, { name: 'Harbour Sprint' })
  const now = server.clock.now().getTime()
  const onDuty = [
    { startsAt: new Date(now - 3_600_000).toISOString(), endsAt: new Date(now + 3_600_000).toISOString() },
  ]
  await createContact(server.db, event.id, { name: 'Ana', email: 'ana@example.org', onDuty })
  const sometimes = await createContact(server.db, event.id, { name: 'Bo', email: 'bo@example.org', onDuty })
  const kept = await createContact(server.db, event.id, {
    name: 'Kept Out',
    email: 'kept@example.org',
    onDuty,
  })
  return { event, keptId: kept.id, sometimesId: sometimes.id }
}

// SECURITY R54: junk reports cannot flood the team's inboxes: one email a minute per person at
// most, saying only how many reports arrived, and never to a contact the reporter excluded.
describe('new-report emails', () => {
  it('sends each on-duty contact the first report at once and one summary of the rest a minute later', async () => {
    const smtp = await startSmtpSink()
    const server = await startTestServer('sqlite', { SMTP_URL: smtp.url, RATE_LIMIT: '0' })
    try {
      const { event, keptId, sometimesId } = await eventWithTeam(server)
      for (let index = 0; index < 10; index++) {
        // Bo is excluded from the first four reports too, so Bo's first email is the fifth report.
        const excluded = index < 4 ? [keptId, sometimesId] : [keptId]
        await server.client().gql(SUBMIT, {
          i: { eventSlug: event.slug, description: `CANARY report ${index}`, excludedContactIds: excluded },
        })
      }
      await until(() => smtp.messages.length >= 2, 'the first emails')
      await settle()
      expect(mailsTo(smtp.messages, 'ana@example.org')).toHaveLength(1)
      expect(mailsTo(smtp.messages, 'bo@example.org')).toHaveLength(1)
      expect(textOf(mailsTo(smtp.messages, 'ana@example.org')[0]!)).toContain(
        'A new report arrived: Harbour Sprint',
      )

      server.clock.advance(NEW_REPORT_EMAIL_INTERVAL_MS)
      await until(() => smtp.messages.length >= 4, 'the summaries')
      await settle()
      const [, anaSummary] = mailsTo(smtp.messages, 'ana@example.org')
      const [, boSummary] = mailsTo(smtp.messages, 'bo@example.org')
      expect(mailsTo(smtp.messages, 'ana@example.org')).toHaveLength(2)
      expect(mailsTo(smtp.messages, 'bo@example.org')).toHaveLength(2)
      expect(textOf(anaSummary!)).toContain('9 more reports arrived')
      expect(textOf(boSummary!)).toContain('5 more reports arrived')
      expect(textOf(boSummary!)).toContain('Harbour Sprint: 5 reports')
      expect(mailsTo(smtp.messages, 'kept@example.org')).toEqual([])
      expect(smtp.messages.every(mail => mail.to.length === 1 && !textOf(mail).includes('CANARY'))).toBe(true)
    } finally {
      await server.stop()
      await smtp.stop()
    }
  })

  it('sends the waiting summary when the server stops before the minute is over', async () => {
    const smtp = await startSmtpSink()
    const server = await startTestServer('sqlite', { SMTP_URL: smtp.url })
    try {
      const { event, keptId } = await eventWithTeam(server)
      for (let index = 0; index < 4; index++) {
        await server.client().gql(SUBMIT, {
          i: { eventSlug: event.slug, description: `report ${index}`, excludedContactIds: [keptId] },
        })
      }
      await until(() => smtp.messages.length >= 2, 'the first emails')
    } finally {
      await server.stop()
    }
    try {
      const summaries = smtp.messages.filter(mail => textOf(mail).includes('3 more reports arrived'))
      expect(summaries.map(mail => mail.to).sort()).toEqual([['ana@example.org'], ['bo@example.org']])
    } finally {
      await smtp.stop()
    }
  })
})

describe('a new report, told to the team on duty', () => {
  it('emails only that a report arrived, to the on-duty contacts the reporter did not exclude', async () => {
    const smtp = await startSmtpSink()
    const server = await startTestServer('sqlite', { SMTP_URL: smtp.url })
    try {
      const event = await createEvent(server.db, { name: 'Harbour Sprint' })
      const now = server.clock.now().getTime()
      const onDuty = [
        {
          startsAt: new Date(now - 3_600_000).toISOString(),
          endsAt: new Date(now + 3_600_000).toISOString(),
        },
      ]
      await createContact(server.db, event.id, { name: 'On Duty', email: 'on.duty@example.org', onDuty })
      const kept = await createContact(server.db, event.id, {
        name: 'Kept Out',
        email: 'kept.out@example.org',
        onDuty,
      })
      await createContact(server.db, event.id, {
        name: 'Off Duty',
        email: 'off.duty@example.org',
        onDuty: [],
      })
      await server.client().gql(SUBMIT, {
        i: {
          eventSlug: event.slug,
          description: 'MAIL-CANARY details of the incident',
          excludedContactIds: [kept.id],
        },
      })
      for (let waited = 0; smtp.messages.length === 0 && waited < 5000; waited += 25) {
        await new Promise(resolve => setTimeout(resolve, 25))
      }
      const [mail] = smtp.messages
      expect(mail?.to).toEqual(['on.duty@example.org'])
      const text = mail === undefined ? '' : textOf(mail)
      expect(text).toContain('A new report arrived: Harbour Sprint')
      expect(text).not.toContain('MAIL-CANARY')
    } finally {
      await server.stop()
      await smtp.stop()
    }
  })
})
