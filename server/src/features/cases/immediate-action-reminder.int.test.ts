import { IMMEDIATE_ACTION_REVIEW_WITHIN_MS } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { reportedCase, signedInResponder } from '../../../test/case-scenario.js'
import { testDialects } from '../../../test/databases.js'
import { createContact, createEvent } from '../../../test/factories.js'
import { until } from '../../../test/live.js'
import { startSmtpSink, textOf, type ReceivedMail } from '../../../test/smtp-sink.js'
import { startTestServer, type TestClient, type TestServer } from '../../../test/test-server.js'
import type { AccountEntity } from '../accounts/account.entity.js'

const ADD = `mutation($i: AddCaseEntryInput!) { addCaseEntry(input: $i) { entries { id kind } } }`
const REVIEW_ACTION = `mutation($c: ID!, $e: ID!) { reviewImmediateAction(caseId: $c, entryId: $e) { id } }`
const RECUSE = `mutation($c: ID!) { recuseFromCase(caseId: $c) }`
const MINUTE_MS = 60_000

const isReminder = (mail: ReceivedMail) => textOf(mail).includes('Subject: Reminder: an immediate action')

describe.each(testDialects)('the 24-hour reminder of an unreviewed immediate action, on %s', dialect => {
  let server: TestServer
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>
  let eventSlug: string
  let eventId: string
  let amara: TestClient
  let noor: TestClient
  let noorAccount: AccountEntity

  beforeEach(async () => {
    smtp = await startSmtpSink()
    server = await startTestServer(dialect, { SMTP_URL: smtp.url })
    const event = await createEvent(server.db)
    eventSlug = event.slug
    eventId = event.id
    amara = (await signedInResponder(server, eventId, 'Amara')).client
    ;({ account: noorAccount, client: noor } = await signedInResponder(server, eventId, 'Noor'))
  })
  afterEach(async () => {
    await server.stop()
    await smtp.stop()
  })

  /** Amara records an immediate action on the case; its id. */
  async function immediateAction(caseId: string, body: string): Promise<string> {
    const added = await amara.gql<{ addCaseEntry: { entries: { id: string; kind: string }[] } }>(ADD, {
      i: { caseId, kind: 'IMMEDIATE_ACTION', body },
    })
    const entries = added.data?.addCaseEntry.entries ?? []
    return entries.filter(entry => entry.kind === 'IMMEDIATE_ACTION').at(-1)?.id ?? ''
  }

  it('reminds the team once, 24 hours after, never the recused, the excluded or the one who acted', async () => {
    // Tomás was excluded by the reporter; Lena stands aside from the case.
    const tomas = (await signedInResponder(server, eventId, 'Tomás')).account
    const lena = await signedInResponder(server, eventId, 'Lena')
    const tomasContact = await createContact(server.db, eventId, { accountId: tomas.id })
    const { caseId } = await reportedCase(server, eventSlug, {
      description: 'At the social.',
      excludedContactIds: [tomasContact.id],
    })
    expect((await lena.client.gql(RECUSE, { c: caseId })).errors).toBeUndefined()
    await immediateAction(caseId, 'Asked the person to leave the social.')
    await until(() => smtp.messages.find(mail => mail.to.includes(noorAccount.email)), 5_000)

    server.clock.advance(IMMEDIATE_ACTION_REVIEW_WITHIN_MS - MINUTE_MS)
    await expect(server.services.immediateActionReminders.sendDue()).resolves.toBe(0)

    server.clock.advance(MINUTE_MS)
    await expect(server.services.immediateActionReminders.sendDue()).resolves.toBe(1)
    await expect(server.services.immediateActionReminders.sendDue()).resolves.toBe(0)
    server.clock.advance(IMMEDIATE_ACTION_REVIEW_WITHIN_MS)
    await expect(server.services.immediateActionReminders.sendDue()).resolves.toBe(0)

    const reminders = (await until(() => nonEmpty(smtp.messages.filter(isReminder)), 5_000)) ?? []
    expect(reminders).toHaveLength(1)
    expect(reminders[0]?.to).toEqual([noorAccount.email])
    const text = textOf(reminders[0]!)
    expect(text).toContain(`/events/${eventId}/cases/${caseId}`)
    expect(text).not.toContain('leave the social')
  })

  it('sends nothing for an immediate action another responder reviewed in time', async () => {
    const { caseId } = await reportedCase(server, eventSlug, { description: 'Near the stage.' })
    const reviewedId = await immediateAction(caseId, 'Paused the talk.')
    expect((await noor.gql(REVIEW_ACTION, { c: caseId, e: reviewedId })).errors).toBeUndefined()

    server.clock.advance(IMMEDIATE_ACTION_REVIEW_WITHIN_MS + MINUTE_MS)
    await expect(server.services.immediateActionReminders.sendDue()).resolves.toBe(0)
    // The emails already on their way have arrived by now: none of them is a reminder.
    await until(() => smtp.messages.find(mail => mail.to.includes(noorAccount.email)), 5_000)
    expect(smtp.messages.filter(isReminder)).toEqual([])
  })
})

const nonEmpty = <T>(list: T[]): T[] | undefined => (list.length > 0 ? list : undefined)
