import { AccountReason, ErrorCode, Role } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { createAccount, createEvent, signedInClient } from '../../../test/factories.js'
import { startTestServer, type TestClient, type TestServer } from '../../../test/test-server.js'
import type { AccountEntity } from '../accounts/account.entity.js'

const INVITE = 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { url } }'
const REDEEM = 'mutation($input: RedeemInvitationInput!) { redeemInvitation(input: $input) { step } }'
const TEAM = `query($e: ID!) { eventTeam(eventId: $e) {
  name roles { id role isPending appointedByName approvedByName approvedAt canDecide } } }`
const APPROVE = 'mutation($e: ID!, $a: ID!) { approveAppointment(eventId: $e, appointmentId: $a) }'
const DECLINE = 'mutation($e: ID!, $a: ID!) { declineAppointment(eventId: $e, appointmentId: $a) }'
const CASES = 'query($e: ID!) { cases(eventId: $e) { id } }'

interface TeamRow {
  name: string
  roles: {
    id: string
    role: string
    isPending: boolean
    appointedByName: string | null
    approvedByName: string | null
    approvedAt: string | null
    canDecide: boolean
  }[]
}

const tokenOf = (url: string) => url.split('#')[1] ?? ''

describe.each(testDialects)('appointments on %s', dialect => {
  let server: TestServer
  let eventId: string

  beforeEach(async () => {
    server = await startTestServer(dialect)
    eventId = (await createEvent(server.db)).id
  })
  afterEach(() => server.stop())

  const signIn = (account: AccountEntity): Promise<TestClient> => signedInClient(server, account)

  async function organizer(name: string) {
    const account = await createAccount(server.db, [{ role: Role.Organizer, eventId }], { name })
    return { account, client: await signIn(account) }
  }

  /** `inviter` invites `email` as a responder, and the person behind `accepter` accepts. */
  async function appoint(inviter: TestClient, email: string, accepter: TestClient): Promise<void> {
    const issued = await inviter.gql<{ inviteMember: { url: string } }>(INVITE, {
      input: { email, role: Role.Responder, eventId },
    })
    const accepted = await accepter.gql(REDEEM, {
      input: { token: tokenOf(issued.data?.inviteMember.url ?? ''), name: 'New Person', password: '' },
    })
    expect(accepted.errors).toBeUndefined()
  }

  async function pendingOf(client: TestClient, name: string) {
    const team = await client.gql<{ eventTeam: TeamRow[] }>(TEAM, { e: eventId })
    return team.data?.eventTeam.find(member => member.name === name)?.roles.find(role => role.isPending)
  }

  it('lets no organizer appoint themselves responder: a second person approves, and both are on record', async () => {
    const ana = await organizer('Ana Organizer')
    const bo = await organizer('Bo Organizer')
    await appoint(ana.client, ana.account.email, ana.client)

    // Pending: Ana reads no case.
    expect((await ana.client.gql(CASES, { e: eventId })).errors?.[0]?.extensions?.['code']).toBe(
      ErrorCode.Forbidden,
    )
    const pending = await pendingOf(ana.client, 'Ana Organizer')
    expect(pending).toMatchObject({
      role: Role.Responder,
      appointedByName: 'Ana Organizer',
      canDecide: false,
    })
    const self = await ana.client.gql(APPROVE, { e: eventId, a: pending?.id })
    expect(self.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.Forbidden,
      reason: AccountReason.ApprovalNeedsAnotherPerson,
    })
    expect((await ana.client.gql(CASES, { e: eventId })).errors?.[0]?.extensions?.['code']).toBe(
      ErrorCode.Forbidden,
    )

    expect((await pendingOf(bo.client, 'Ana Organizer'))?.canDecide).toBe(true)
    expect((await bo.client.gql(APPROVE, { e: eventId, a: pending?.id })).data).toEqual({
      approveAppointment: true,
    })
    // From Ana's very next request, with the record of who did what.
    expect((await ana.client.gql(CASES, { e: eventId })).data).toEqual({ cases: [] })
    const team = await bo.client.gql<{ eventTeam: TeamRow[] }>(TEAM, { e: eventId })
    const responderRole = team.data?.eventTeam
      .find(member => member.name === 'Ana Organizer')
      ?.roles.find(role => role.role === Role.Responder)
    expect(responderRole).toMatchObject({
      isPending: false,
      appointedByName: 'Ana Organizer',
      approvedByName: 'Bo Organizer',
      approvedAt: server.clock.now().toISOString(),
      canDecide: false,
    })
    const twice = await bo.client.gql(APPROVE, { e: eventId, a: pending?.id })
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.Conflict,
      reason: AccountReason.AppointmentNotPending,
    })
  })

  it('keeps the one who appointed from approving, and lets an admin or the Working Group approve or decline', async () => {
    const ana = await organizer('Ana Organizer')
    const first = await createAccount(server.db, [], { name: 'First Person' })
    const second = await createAccount(server.db, [], { name: 'Second Person' })
    await appoint(ana.client, first.email, await signIn(first))
    await appoint(ana.client, second.email, await signIn(second))

    const firstPending = await pendingOf(ana.client, 'First Person')
    expect(firstPending?.canDecide).toBe(false)
    const byAppointer = await ana.client.gql(APPROVE, { e: eventId, a: firstPending?.id })
    expect(byAppointer.errors?.[0]?.extensions?.['reason']).toBe(AccountReason.ApprovalNeedsAnotherPerson)

    const admin = await signIn(await createAccount(server.db, [{ role: Role.Admin }]))
    expect((await admin.gql(APPROVE, { e: eventId, a: firstPending?.id })).errors).toBeUndefined()
    const wg = await signIn(await createAccount(server.db, [{ role: Role.Wg }]))
    const secondPending = await pendingOf(wg, 'Second Person')
    expect((await wg.gql(DECLINE, { e: eventId, a: secondPending?.id })).errors).toBeUndefined()

    const team = await admin.gql<{ eventTeam: TeamRow[] }>(TEAM, { e: eventId })
    expect(team.data?.eventTeam.map(member => member.name)).toEqual(['Ana Organizer', 'First Person'])
    const firstClient = await signIn(first)
    expect((await firstClient.gql(CASES, { e: eventId })).data).toEqual({ cases: [] })
  })

  it('asks for the password or a code again before approving, 6 minutes after sign-in, and changes nothing', async () => {
    const ana = await organizer('Ana Organizer')
    const bo = await organizer('Bo Organizer')
    await appoint(ana.client, ana.account.email, ana.client)
    const pending = await pendingOf(bo.client, 'Ana Organizer')
    server.clock.advance(6 * 60_000)

    const late = await bo.client.gql(APPROVE, { e: eventId, a: pending?.id })
    expect(late.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.ReauthRequired)
    expect((await pendingOf(bo.client, 'Ana Organizer'))?.id).toBe(pending?.id)
  })

  it('answers NOT_FOUND for what is not a pending appointment of this event', async () => {
    const ana = await organizer('Ana Organizer')
    const bo = await organizer('Bo Organizer')
    const team = await bo.client.gql<{ eventTeam: TeamRow[] }>(TEAM, { e: eventId })
    const anasOrganizerRole = team.data?.eventTeam.find(member => member.name === 'Ana Organizer')?.roles[0]
    const notAnAppointment = await bo.client.gql(APPROVE, { e: eventId, a: anasOrganizerRole?.id })
    expect(notAnAppointment.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.NotFound)

    const elsewhere = (await createEvent(server.db)).id
    const other = await createAccount(server.db, [], { name: 'Other Person' })
    const otherOrganizer = await createAccount(server.db, [{ role: Role.Organizer, eventId: elsewhere }])
    const issued = await (
      await signIn(otherOrganizer)
    ).gql<{ inviteMember: { url: string } }>(INVITE, {
      input: { email: other.email, role: Role.Responder, eventId: elsewhere },
    })
    await (
      await signIn(other)
    ).gql(REDEEM, { input: { token: tokenOf(issued.data?.inviteMember.url ?? ''), name: '', password: '' } })
    const theirs = (
      await (await signIn(otherOrganizer)).gql<{ eventTeam: TeamRow[] }>(TEAM, { e: elsewhere })
    ).data?.eventTeam.find(member => member.name === 'Other Person')?.roles[0]
    expect(theirs?.isPending).toBe(true)
    // Ana organizes this event, not that one: the id of another event's appointment is unknown here.
    const crossEvent = await ana.client.gql(APPROVE, { e: eventId, a: theirs?.id })
    expect(crossEvent.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.NotFound)
  })
})
