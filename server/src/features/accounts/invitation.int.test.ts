import { readFileSync } from 'node:fs'
import { AccountReason, ErrorCode, INVITATION_TTL_HOURS, Role } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { createAccount, createEvent, signedInClient, TEST_PASSWORD } from '../../../test/factories.js'
import { startTestServer, type TestClient, type TestServer } from '../../../test/test-server.js'
import { enrolThroughApi } from '../../../test/two-factor-flow.js'
import { AccountEntity } from './account.entity.js'
import { bootstrapAdmin } from './bootstrap-admin.js'
import { InvitationEntity } from './invitation.entity.js'
import { RoleAssignmentEntity } from './role-assignment.entity.js'

const INVITE = 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { url expiresAt } }'
const PREVIEW =
  'query($token: String!) { invitation(token: $token) { email role eventName hasAccount isSetup needsApproval } }'
const REDEEM =
  'mutation($input: RedeemInvitationInput!) { redeemInvitation(input: $input) { step viewer { id } } }'
const NEW_PASSWORD = 'river boats drift slowly home'

const tokenOf = (url: string) => url.split('#')[1] ?? ''

describe.each(testDialects)('invitations on %s', dialect => {
  let server: TestServer

  beforeEach(async () => {
    server = await startTestServer(dialect)
  })
  afterEach(() => server.stop())

  async function signedIn(roles: { role: Role; eventId?: string }[]): Promise<TestClient> {
    return signedInClient(server, await createAccount(server.db, roles))
  }

  const rolesOf = async (email: string) => {
    const account = await server.db.read.findOneByOrFail(AccountEntity, { email })
    const held = await server.db.read.findBy(RoleAssignmentEntity, { accountId: account.id })
    return held.map(({ role, eventId }) => ({ role, eventId })).sort((a, b) => a.role.localeCompare(b.role))
  }

  it('lets an organizer invite a responder to their event by a single-use link that signs the person in', async () => {
    const event = await createEvent(server.db, { name: 'Harbour Sprint' })
    const organizer = await signedIn([{ role: Role.Organizer, eventId: event.id }])
    const issued = await organizer.gql<{ inviteMember: { url: string; expiresAt: string } }>(INVITE, {
      input: { email: 'New.Responder@Example.org', role: Role.Responder, eventId: event.id },
    })
    expect(issued.errors).toBeUndefined()
    const url = issued.data?.inviteMember.url ?? ''
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/dashboard\/invitation#[A-Za-z0-9_-]{43}$/)
    expect(new Date(issued.data?.inviteMember.expiresAt ?? 0).getTime() - server.clock.now().getTime()).toBe(
      INVITATION_TTL_HOURS * 3_600_000,
    )

    const invitee = server.client()
    const preview = await invitee.gql(PREVIEW, { token: tokenOf(url) })
    expect(preview.data).toEqual({
      invitation: {
        email: 'new.responder@example.org',
        role: Role.Responder,
        eventName: 'Harbour Sprint',
        hasAccount: false,
        isSetup: false,
        needsApproval: true,
      },
    })
    const redeemed = await invitee.gql(REDEEM, {
      input: { token: tokenOf(url), name: 'Rui', password: NEW_PASSWORD },
    })
    // A new staff account sets up its authenticator before it gets a session (SECURITY R15).
    expect(redeemed.data).toEqual({ redeemInvitation: { step: 'ENROL', viewer: null } })
    expect((await invitee.gql('{ viewer { email } }')).data).toEqual({ viewer: null })
    const enrolled = await enrolThroughApi(invitee, server.clock.now())
    // Signed in, but a responder appointment waits for a second person: no role yet.
    expect(enrolled.viewer).toMatchObject({
      email: 'new.responder@example.org',
      roles: [],
    })
    expect((await invitee.gql('{ viewer { email } }')).data).toEqual({
      viewer: { email: 'new.responder@example.org' },
    })

    const again = await server
      .client()
      .gql(REDEEM, { input: { token: tokenOf(url), name: 'Rui', password: NEW_PASSWORD } })
    expect(again.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.NotFound)
    expect(await server.db.read.countBy(AccountEntity, { email: 'new.responder@example.org' })).toBe(1)
  })

  it('refuses an expired link with the same answer as an unknown one', async () => {
    const issued = await server.services.invitations.issue({
      email: 'late@example.org',
      role: Role.Wg,
      eventId: null,
      invitedById: null,
    })
    server.clock.advance(INVITATION_TTL_HOURS * 3_600_000 + 1)
    const expired = await server.client().gql(PREVIEW, { token: tokenOf(issued.url) })
    const unknown = await server.client().gql(PREVIEW, { token: 'x'.repeat(43) })
    expect(expired.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.NotFound)
    expect(expired.errors).toEqual(unknown.errors)
  })

  it('writes nothing when the new password is refused, and the link stays usable', async () => {
    const event = await createEvent(server.db)
    const issued = await server.services.invitations.issue({
      email: 'careful@example.org',
      role: Role.Chair,
      eventId: event.id,
      invitedById: null,
    })
    const weak = await server
      .client()
      .gql(REDEEM, { input: { token: tokenOf(issued.url), name: 'Cara', password: 'Password12345678' } })
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: ErrorCode.BadUserInput, field: 'password' })
    expect(await server.db.read.countBy(AccountEntity, { email: 'careful@example.org' })).toBe(0)
    expect(await server.db.read.countBy(RoleAssignmentEntity, { eventId: event.id })).toBe(0)
    const ok = await server
      .client()
      .gql(REDEEM, { input: { token: tokenOf(issued.url), name: 'Cara', password: NEW_PASSWORD } })
    expect(ok.errors).toBeUndefined()
  })

  it('adds the role to an existing account only when that account is signed in, never by its password', async () => {
    const event = await createEvent(server.db)
    const existing = await createAccount(server.db, [{ role: Role.Responder, eventId: event.id }])
    const issued = await server.services.invitations.issue({
      email: existing.email,
      role: Role.Organizer,
      eventId: event.id,
      invitedById: null,
    })
    const token = tokenOf(issued.url)
    // The right password does not open it: accepting is not a door for guessing one (SECURITY R53).
    const anonymous = await server
      .client()
      .gql(REDEEM, { input: { token, name: '', password: TEST_PASSWORD } })
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.Unauthenticated,
      reason: AccountReason.SignInToAccept,
    })
    const someoneElse = await signedIn([{ role: Role.Organizer, eventId: event.id }])
    const wrongAccount = await someoneElse.gql(REDEEM, { input: { token, name: '', password: '' } })
    expect(wrongAccount.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.Forbidden,
      reason: AccountReason.InvitationForAnotherAccount,
    })
    expect(await server.db.read.countBy(RoleAssignmentEntity, { accountId: existing.id })).toBe(1)

    const owner = await signedInClient(server, existing)
    const cookie = owner.cookie
    const right = await owner.gql(REDEEM, { input: { token, name: '', password: '' } })
    expect(right.data).toEqual({ redeemInvitation: { step: 'SIGNED_IN', viewer: { id: existing.id } } })
    expect(await rolesOf(existing.email)).toEqual([
      { role: Role.Organizer, eventId: event.id },
      { role: Role.Responder, eventId: event.id },
    ])
    // Accepting keeps the session the person signed in with.
    expect(owner.cookie).toBe(cookie)
  })

  it('keeps organizers to event roles of their own events', async () => {
    const mine = await createEvent(server.db)
    const theirs = await createEvent(server.db)
    const organizer = await signedIn([{ role: Role.Organizer, eventId: mine.id }])
    const elsewhere = await organizer.gql(INVITE, {
      input: { email: 'a@example.org', role: Role.Responder, eventId: theirs.id },
    })
    expect(elsewhere.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.Forbidden)
    const wg = await organizer.gql(INVITE, {
      input: { email: 'a@example.org', role: Role.Wg, eventId: null },
    })
    expect(wg.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.Forbidden)
    const mismatch = await organizer.gql(INVITE, {
      input: { email: 'a@example.org', role: Role.Responder, eventId: null },
    })
    expect(mismatch.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.BadUserInput)
    expect(await server.db.read.count(InvitationEntity)).toBe(0)
  })

  it('bootstraps the first admin by a setup link where the person gives their own email', async () => {
    const outcome = await bootstrapAdmin(server.db, server.clock, server.services.invitations, null)
    if (outcome.kind !== 'setup-link') {
      throw new Error(`expected a setup link, got ${outcome.kind}`)
    }
    const client = server.client()
    expect((await client.gql(PREVIEW, { token: tokenOf(outcome.url) })).data).toMatchObject({
      invitation: { isSetup: true, role: Role.Admin },
    })
    const done = await client.gql(REDEEM, {
      input: { token: tokenOf(outcome.url), name: 'Ana', password: NEW_PASSWORD, email: 'ana@example.org' },
    })
    expect(done.data).toEqual({ redeemInvitation: { step: 'ENROL', viewer: null } })
    expect(await rolesOf('ana@example.org')).toEqual([{ role: Role.Admin, eventId: null }])
    expect((await bootstrapAdmin(server.db, server.clock, server.services.invitations, null)).kind).toBe(
      'has-admin',
    )
  })

  it('creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD, and retires an earlier setup link', async () => {
    const earlier = await bootstrapAdmin(server.db, server.clock, server.services.invitations, null)
    expect(earlier.kind).toBe('setup-link')
    const outcome = await bootstrapAdmin(server.db, server.clock, server.services.invitations, {
      email: 'Root@Example.org',
      password: NEW_PASSWORD,
    })
    expect(outcome).toEqual({ kind: 'created', email: 'root@example.org' })
    const client = server.client()
    const signIn = await client.gql('mutation($i: SignInInput!) { signIn(input: $i) { step } } ', {
      i: { email: 'root@example.org', password: NEW_PASSWORD },
    })
    // The administrator signs in with the password, then sets up an authenticator.
    expect(signIn.data).toEqual({ signIn: { step: 'ENROL' } })
    expect(await rolesOf('root@example.org')).toEqual([{ role: Role.Admin, eventId: null }])
    const link = earlier.kind === 'setup-link' ? tokenOf(earlier.url) : ''
    expect((await client.gql(PREVIEW, { token: link })).errors?.[0]?.extensions?.['code']).toBe(
      ErrorCode.NotFound,
    )
  })

  it.runIf(dialect === 'sqlite')('stores no raw invitation token', async () => {
    const issued = await server.services.invitations.issue({
      email: 'dump@example.org',
      role: Role.Wg,
      eventId: null,
      invitedById: null,
    })
    await server.db.dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)')
    const file = server.config.database.dialect === 'sqlite' ? server.config.database.file : ''
    expect(readFileSync(file).includes(Buffer.from(tokenOf(issued.url)))).toBe(false)
  })
})
