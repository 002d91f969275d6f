import { ContactReason, ErrorCode, Role } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { createAccount, createEvent, signedInClient } from '../../../test/factories.js'
import { subscribe, until } from '../../../test/live.js'
import { startSmtpSink } from '../../../test/smtp-sink.js'
import { startTestServer, type TestClient, type TestServer } from '../../../test/test-server.js'
import { enrolThroughApi } from '../../../test/two-factor-flow.js'
import type { AccountEntity } from '../accounts/account.entity.js'

const SAVE_CONTACT = 'mutation($i: SaveContactInput!) { saveContact(input: $i) { id accountId } }'
const INVITE_CONTACT = 'mutation($e: ID!, $c: ID!) { inviteContact(eventId: $e, contactId: $c) { url } }'
const REDEEM = 'mutation($i: RedeemInvitationInput!) { redeemInvitation(input: $i) { step } }'
const TEAM = 'query($e: ID!) { eventTeam(eventId: $e) { name contactName roles { id isPending } } }'
const APPROVE = 'mutation($e: ID!, $a: ID!) { approveAppointment(eventId: $e, appointmentId: $a) }'
const SUBMIT = 'mutation($i: SubmitReportInput!) { submitReport(input: $i) { reference passphrase } }'
const CASES = 'query($e: ID!) { cases(eventId: $e) { id } }'
const CASE = 'query($c: ID!) { case(caseId: $c) { id attachments { url } } }'
const INBOX_LIVE = 'subscription($e: ID!) { caseInboxChanged(eventId: $e) { id } }'

const CANARY = 'EXCLUSION-CANARY-71'

describe.each(testDialects)('a reporter’s exclusion of a contact made in the dashboard, on %s', dialect => {
  let server: TestServer
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>
  let eventId: string
  let slug: string
  let organizer: TestClient
  let secondOrganizer: TestClient

  beforeEach(async () => {
    smtp = await startSmtpSink()
    server = await startTestServer(dialect, { SMTP_URL: smtp.url })
    const event = await createEvent(server.db)
    eventId = event.id
    slug = event.slug
    organizer = await signIn(await createAccount(server.db, [{ role: Role.Organizer, eventId }]))
    secondOrganizer = await signIn(await createAccount(server.db, [{ role: Role.Organizer, eventId }]))
  })
  afterEach(async () => {
    await server.stop()
    await smtp.stop()
  })

  const signIn = (account: Pick<AccountEntity, 'id'>) => signedInClient(server, account)

  /** An organizer adds a contact as the dashboard does: no account, on duty now. */
  async function addContact(name: string, email: string): Promise<string> {
    const now = server.clock.now().getTime()
    const saved = await organizer.gql<{ saveContact: { id: string } }>(SAVE_CONTACT, {
      i: {
        eventId,
        name,
        languages: ['en'],
        role: 'COMMITTEE',
        isIndependent: true,
        email,
        identifier: 'Orange lanyard',
        onDuty: [
          {
            startsAt: new Date(now - 3_600_000).toISOString(),
            endsAt: new Date(now + 3_600_000).toISOString(),
          },
        ],
      },
    })
    expect(saved.errors).toBeUndefined()
    return saved.data?.saveContact.id ?? ''
  }

  /** The contact's invitation is accepted by a new account, and a second organizer approves. */
  async function linkThroughInvitation(contactId: string, name: string, email: string): Promise<TestClient> {
    const issued = await organizer.gql<{ inviteContact: { url: string } }>(INVITE_CONTACT, {
      e: eventId,
      c: contactId,
    })
    const person = server.client()
    const accepted = await person.gql(REDEEM, {
      i: { token: issued.data?.inviteContact.url.split('#')[1], name, password: 'tide pools at dawn again' },
    })
    expect(accepted.data).toEqual({ redeemInvitation: { step: 'ENROL' } })
    // The new account sets up its authenticator, as the dashboard walks them through.
    await enrolThroughApi(person, server.clock.now())
    const team = await secondOrganizer.gql<{
      eventTeam: { name: string; contactName: string | null; roles: { id: string; isPending: boolean }[] }[]
    }>(TEAM, { e: eventId })
    const member = team.data?.eventTeam.find(candidate => candidate.name === name)
    expect(member?.contactName).toBe(name)
    const pending = member?.roles.find(role => role.isPending)
    expect((await secondOrganizer.gql(APPROVE, { e: eventId, a: pending?.id })).errors).toBeUndefined()
    expect(email).toContain('@')
    return person
  }

  async function report(excludedContactIds: string[]) {
    const submitted = await server
      .client()
      .gql<{ submitReport: { reference: string; passphrase: string } }>(SUBMIT, {
        i: { eventSlug: slug, description: `About a team member. ${CANARY}`, excludedContactIds },
      })
    expect(submitted.errors).toBeUndefined()
    return submitted.data!.submitReport
  }

  it('keeps the excluded contact’s account out of the list, the case, messages, files, live updates and emails', async () => {
    const tomasId = await addContact('Tomás Contact', 'tomas@example.org')
    const tomas = await linkThroughInvitation(tomasId, 'Tomás Contact', 'tomas@example.org')
    const amaraId = await addContact('Amara Contact', 'amara@example.org')
    const amara = await linkThroughInvitation(amaraId, 'Amara Contact', 'amara@example.org')

    const tomasLive = await subscribe<{ caseInboxChanged: { id: string }[] }>(
      server.url,
      tomas.cookie,
      INBOX_LIVE,
      {
        e: eventId,
      },
    )
    const amaraLive = await subscribe<{ caseInboxChanged: { id: string }[] }>(
      server.url,
      amara.cookie,
      INBOX_LIVE,
      {
        e: eventId,
      },
    )
    const receipt = await report([tomasId])
    const upload = await fetch(`${server.url}/api/reports/attachments`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'x-report-reference': receipt.reference,
        'x-report-passphrase': receipt.passphrase,
        'x-file-name': 'note.txt',
      },
      body: `A note. ${CANARY}`,
    })
    expect(upload.status).toBe(200)

    // Amara sees it arrive live, twice (the report, then its file); Tomás hears nothing at all.
    const [seen] = await until(() => amaraLive.received[1]?.caseInboxChanged, 2000)
    const caseId = seen?.id ?? ''
    await new Promise(resolve => setTimeout(resolve, 300))
    expect(tomasLive.received).toEqual([])

    expect((await tomas.gql(CASES, { e: eventId })).data).toEqual({ cases: [] })
    const byId = await tomas.gql(CASE, { c: caseId })
    const unknown = await tomas.gql(CASE, { c: crypto.randomUUID() })
    expect(byId.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.NotFound)
    expect(byId.errors).toEqual(unknown.errors)
    const message = await tomas.gql(
      'mutation($i: SendCaseMessageInput!) { sendCaseMessage(input: $i) { id } }',
      {
        i: { caseId, body: 'hello' },
      },
    )
    expect(message.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.NotFound)
    const detail = await amara.gql<{ case: { attachments: { url: string }[] } }>(CASE, { c: caseId })
    const fileUrl = detail.data?.case.attachments[0]?.url ?? ''
    expect(fileUrl).not.toBe('')
    const file = await fetch(`${server.url}${fileUrl}`, { headers: { cookie: tomas.cookie ?? '' } })
    expect(file.status).toBe(404)
    expect(await file.text()).not.toContain(CANARY)

    const mail = await until(() => smtp.messages[0], 5000)
    await new Promise(resolve => setTimeout(resolve, 300))
    expect(smtp.messages.flatMap(sent => sent.to)).not.toContain('tomas@example.org')
    expect(mail.to).toContain('amara@example.org')
    await tomasLive.close()
    await amaraLive.close()
  })

  it('keeps out a contact linked only after the report was made', async () => {
    const tomasId = await addContact('Tomás Contact', 'tomas@example.org')
    await report([tomasId])
    const tomas = await linkThroughInvitation(tomasId, 'Tomás Contact', 'tomas@example.org')
    expect((await tomas.gql(CASES, { e: eventId })).data).toEqual({ cases: [] })
  })

  it('lets nobody move or remove a contact a report names, nor link one account to two contacts', async () => {
    const tomasId = await addContact('Tomás Contact', 'tomas@example.org')
    await linkThroughInvitation(tomasId, 'Tomás Contact', 'tomas@example.org')
    const otherId = await addContact('Other Contact', 'other@example.org')
    const accountOf = async (contactId: string) =>
      (await server.services.contactAdmin.listForEvent(eventId)).find(c => c.id === contactId)?.accountId
    const tomasAccountId = await accountOf(tomasId)
    expect(tomasAccountId).toEqual(expect.any(String))
    /** The contact as the form sends it, with the account chosen. */
    const save = (id: string, name: string, email: string, accountId: string | null | undefined) =>
      organizer.gql(SAVE_CONTACT, {
        i: {
          eventId,
          id,
          name,
          languages: ['en'],
          role: 'COMMITTEE',
          isIndependent: true,
          email,
          identifier: 'Orange lanyard',
          onDuty: [],
          accountId,
        },
      })

    const twice = await save(otherId, 'Other Contact', 'other@example.org', tomasAccountId)
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.Conflict,
      reason: ContactReason.AccountIsAnotherContact,
    })
    const stranger = await createAccount(server.db, [])
    const notOnTeam = await save(otherId, 'Other Contact', 'other@example.org', stranger.id)
    expect(notOnTeam.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.BadUserInput,
      reason: ContactReason.AccountNotOnTeam,
    })

    await report([tomasId])
    const unlink = await save(tomasId, 'Tomás Contact', 'tomas@example.org', null)
    expect(unlink.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.Conflict,
      reason: ContactReason.LinkLockedByReports,
    })
    const removed = await organizer.gql(
      'mutation($e: ID!, $c: ID!) { deleteContact(eventId: $e, contactId: $c) }',
      { e: eventId, c: tomasId },
    )
    expect(removed.errors?.[0]?.extensions?.['reason']).toBe(ContactReason.LinkLockedByReports)
    expect(await accountOf(tomasId)).toBe(tomasAccountId)
  })

  it('fails the readiness checklist while a contact has no account', async () => {
    await addContact('Unlinked Contact', 'unlinked@example.org')
    const readiness = await organizer.gql<{ readiness: { checks: { key: string; missing: string[] }[] } }>(
      'query($e: ID!) { readiness(eventId: $e) { checks { key missing } } }',
      { e: eventId },
    )
    expect(readiness.data?.readiness.checks.find(item => item.key === 'contacts-have-accounts')).toEqual({
      key: 'contacts-have-accounts',
      missing: ['Unlinked Contact'],
    })
  })
})
