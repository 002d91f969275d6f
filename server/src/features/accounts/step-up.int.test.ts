import { AccountReason, ErrorCode, Role } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { createAccount, createEvent, enrolTotp, TEST_PASSWORD, totpCode } from '../../../test/factories.js'
import { startTestServer, type TestServer } from '../../../test/test-server.js'
import { signInWithCode } from '../../../test/two-factor-flow.js'
import { InvitationEntity } from './invitation.entity.js'

const INVITE = 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { url } }'
const CONFIRM = 'mutation($input: ConfirmIdentityInput!) { confirmIdentity(input: $input) }'
const SIX_MINUTES = 6 * 60_000

const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => ({
  code: response.errors?.[0]?.extensions?.['code'],
  reason: response.errors?.[0]?.extensions?.['reason'],
})

describe.each(testDialects)('step-up on %s', dialect => {
  let server: TestServer

  beforeEach(async () => {
    server = await startTestServer(dialect)
  })
  afterEach(() => server.stop())

  /** An organizer signed in through both steps, kept active so only the step-up ages. */
  async function organizer() {
    const event = await createEvent(server.db)
    const account = await createAccount(server.db, [{ role: Role.Organizer, eventId: event.id }])
    const secret = await enrolTotp(server, account)
    const client = server.client()
    await signInWithCode(server, client, account, secret)
    const invite = (run: string) =>
      client.gql(INVITE, {
        input: { email: `new-${run}@example.org`, role: Role.Responder, eventId: event.id },
      })
    const age = async (ms: number) => {
      for (let passed = 0; passed < ms; passed += 60_000) {
        server.clock.advance(Math.min(60_000, ms - passed))
        await client.gql('{ viewer { id } }')
      }
    }
    return { account, secret, client, invite, age }
  }

  it('answers REAUTH_REQUIRED to a role change 6 minutes after sign-in, and changes nothing', async () => {
    const { invite, age } = await organizer()
    expect((await invite('fresh')).errors).toBeUndefined()
    expect(await server.db.read.count(InvitationEntity)).toBe(1)
    await age(SIX_MINUTES)
    const stale = await invite('stale')
    expect(codeOf(stale).code).toBe(ErrorCode.ReauthRequired)
    expect(stale.data).toBeNull()
    expect(await server.db.read.count(InvitationEntity)).toBe(1)
  })

  it('confirms with the password under a new session id, then lets the action through', async () => {
    const { client, invite, age } = await organizer()
    await age(SIX_MINUTES)
    const before = client.cookie
    const wrong = await client.gql(CONFIRM, { input: { password: 'not my password, truly not' } })
    expect(codeOf(wrong)).toEqual({ code: ErrorCode.BadUserInput, reason: AccountReason.PasswordNotAccepted })
    expect(client.cookie).toBe(before)
    const confirmed = await client.gql(CONFIRM, { input: { password: TEST_PASSWORD } })
    expect(confirmed.data).toEqual({ confirmIdentity: true })
    // A new id at step-up (SECURITY R17): the old cookie no longer works.
    expect(client.cookie).not.toBe(before)
    const old = server.client()
    old.cookie = before
    expect((await old.gql('{ viewer { id } }')).data).toEqual({ viewer: null })
    expect((await invite('after')).errors).toBeUndefined()
    await age(SIX_MINUTES)
    expect(codeOf(await invite('later')).code).toBe(ErrorCode.ReauthRequired)
  })

  it('confirms with a code, each code once', async () => {
    const { secret, client, invite, age } = await organizer()
    await age(SIX_MINUTES)
    const code = totpCode(secret, server.clock.now())
    expect((await client.gql(CONFIRM, { input: { code } })).data).toEqual({ confirmIdentity: true })
    expect((await invite('coded')).errors).toBeUndefined()
    const again = await client.gql(CONFIRM, { input: { code } })
    expect(codeOf(again)).toEqual({ code: ErrorCode.BadUserInput, reason: AccountReason.CodeNotAccepted })
  })

  it('counts wrong step-up passwords on the sign-in throttle (SECURITY R53)', async () => {
    const { client, account } = await organizer()
    for (let attempt = 0; attempt < 5; attempt++) {
      await client.gql(CONFIRM, { input: { password: `wrong guess number ${attempt}` } })
    }
    expect(codeOf(await client.gql(CONFIRM, { input: { password: TEST_PASSWORD } })).code).toBe(
      ErrorCode.RateLimited,
    )
    const signIn = await server.client().gql('mutation($i: SignInInput!) { signIn(input: $i) { step } }', {
      i: { email: account.email, password: TEST_PASSWORD },
    })
    expect(codeOf(signIn).code).toBe(ErrorCode.RateLimited)
  })
})
