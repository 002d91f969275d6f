import { ErrorCode, Role } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import {
  createAccount,
  createEvent,
  enrolTotp,
  signedInClient,
  TEST_PASSWORD,
} from '../../../test/factories.js'
import { startTestServer, type TestServer } from '../../../test/test-server.js'
import { enrolThroughApi, SIGN_IN, signInWithCode } from '../../../test/two-factor-flow.js'
import { RecoveryCodeEntity } from './recovery-code.entity.js'
import { SessionEntity } from './session.entity.js'

const GRACE =
  'mutation($input: SetTwoFactorGraceInput!) { setTwoFactorGrace(input: $input) { eventId endsAt } }'
const RESET = 'mutation($input: ResetTwoFactorInput!) { resetTwoFactor(input: $input) }'
const VIEWER = '{ viewer { email hasTwoFactor twoFactorGraceEndsAt } }'
const DAY = 86_400_000

const stepOf = async (server: TestServer, email: string) =>
  (await server.client().gql<{ signIn: { step: string } }>(SIGN_IN, { email, password: TEST_PASSWORD })).data
    ?.signIn.step

describe.each(testDialects)('two-factor administration on %s', dialect => {
  let server: TestServer

  beforeEach(async () => {
    server = await startTestServer(dialect)
  })
  afterEach(() => server.stop())

  async function admin() {
    return signedInClient(server, await createAccount(server.db, [{ role: Role.Admin }]))
  }

  it('lets an event team sign in without a second factor during its grace period, and asks them to set one up', async () => {
    const event = await createEvent(server.db)
    const other = await createEvent(server.db)
    const endsAt = new Date(server.clock.now().getTime() + 10 * 60_000)
    const granted = await (
      await admin()
    ).gql(GRACE, { input: { eventId: event.id, endsAt: endsAt.toISOString() } })
    expect(granted.data).toEqual({ setTwoFactorGrace: { eventId: event.id, endsAt: endsAt.toISOString() } })

    const responder = await createAccount(server.db, [{ role: Role.Responder, eventId: event.id }])
    const client = server.client()
    const signedIn = await client.gql(SIGN_IN, { email: responder.email, password: TEST_PASSWORD })
    expect(signedIn.data).toMatchObject({ signIn: { step: 'SIGNED_IN', viewer: { email: responder.email } } })
    expect((await client.gql(VIEWER)).data).toEqual({
      viewer: { email: responder.email, hasTwoFactor: false, twoFactorGraceEndsAt: endsAt.toISOString() },
    })
    // Administrators and the Working Group never have grace; nor someone with a role elsewhere.
    const wg = await createAccount(server.db, [{ role: Role.Wg }])
    const adminToo = await createAccount(server.db, [
      { role: Role.Admin },
      { role: Role.Organizer, eventId: event.id },
    ])
    const twoEvents = await createAccount(server.db, [
      { role: Role.Organizer, eventId: event.id },
      { role: Role.Chair, eventId: other.id },
    ])
    for (const account of [wg, adminToo, twoEvents]) {
      expect(await stepOf(server, account.email)).toBe('ENROL')
    }
    // The grace session ends with the grace period, however active it is.
    for (let minute = 0; minute < 9; minute++) {
      server.clock.advance(60_000)
      expect((await client.gql(VIEWER)).data).toMatchObject({ viewer: { email: responder.email } })
    }
    server.clock.advance(61_000)
    expect((await client.gql(VIEWER)).data).toEqual({ viewer: null })
    expect(await stepOf(server, responder.email)).toBe('ENROL')
  })

  it('lets a grace session set up an authenticator, which then outlives the grace period', async () => {
    const event = await createEvent(server.db)
    await (
      await admin()
    ).gql(GRACE, {
      input: { eventId: event.id, endsAt: new Date(server.clock.now().getTime() + DAY).toISOString() },
    })
    const responder = await createAccount(server.db, [{ role: Role.Responder, eventId: event.id }])
    const client = server.client()
    await client.gql(SIGN_IN, { email: responder.email, password: TEST_PASSWORD })
    const enrolled = await enrolThroughApi(client, server.clock.now())
    expect(enrolled.recoveryCodes).toHaveLength(10)
    expect((await client.gql(VIEWER)).data).toMatchObject({ viewer: { hasTwoFactor: true } })
    // Closing the grace period ends sessions without a second factor only.
    await (await admin()).gql(GRACE, { input: { eventId: event.id, endsAt: null } })
    expect((await client.gql(VIEWER)).data).toMatchObject({ viewer: { email: responder.email } })
    expect(await stepOf(server, responder.email)).toBe('SECOND_FACTOR')
  })

  it('refuses a grace period in the past or longer than 30 days', async () => {
    const event = await createEvent(server.db)
    const client = await admin()
    for (const offset of [-1000, 31 * DAY]) {
      const endsAt = new Date(server.clock.now().getTime() + offset).toISOString()
      const refused = await client.gql(GRACE, { input: { eventId: event.id, endsAt } })
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: ErrorCode.BadUserInput, field: 'endsAt' })
    }
  })

  it('resets an account’s second factor only after a recent step-up, ending every session of it', async () => {
    const responder = await createAccount(server.db, [{ role: Role.Responder, eventId: null }])
    const secret = await enrolTotp(server, responder)
    const phone = server.client()
    const laptop = server.client()
    await signInWithCode(server, phone, responder, secret)
    await signInWithCode(server, laptop, responder, secret, 1)
    await server.db.write(manager =>
      manager.insert(RecoveryCodeEntity, {
        id: crypto.randomUUID(),
        accountId: responder.id,
        codeHash: 'x'.repeat(64),
        usedAt: null,
        createdAt: server.clock.now(),
      }),
    )
    const resetter = await admin()
    server.clock.advance(6 * 60_000)
    await phone.gql(VIEWER)
    const stale = await resetter.gql(RESET, { input: { email: responder.email } })
    expect(stale.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.ReauthRequired)
    expect(await server.db.read.countBy(SessionEntity, { accountId: responder.id })).toBe(2)
    expect((await phone.gql(VIEWER)).data).toMatchObject({ viewer: { email: responder.email } })

    await resetter.gql('mutation { confirmIdentity(input: { password: "' + TEST_PASSWORD + '" }) }')
    expect((await resetter.gql(RESET, { input: { email: responder.email } })).data).toEqual({
      resetTwoFactor: true,
    })
    for (const client of [phone, laptop]) {
      expect((await client.gql(VIEWER)).data).toEqual({ viewer: null })
    }
    expect(await server.db.read.countBy(RecoveryCodeEntity, { accountId: responder.id })).toBe(0)
    expect(await stepOf(server, responder.email)).toBe('ENROL')
    const unknown = await resetter.gql(RESET, { input: { email: 'nobody@example.org' } })
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.NotFound)
  })
})
