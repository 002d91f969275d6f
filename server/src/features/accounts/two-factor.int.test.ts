import {
  AccountReason,
  ErrorCode,
  RECOVERY_CODE_PATTERN,
  Role,
  SIGN_IN_CODE_ATTEMPTS,
} from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { createAccount, enrolTotp, TEST_PASSWORD, totpCode } from '../../../test/factories.js'
import { startTestServer, type TestClient, type TestServer } from '../../../test/test-server.js'
import {
  CONFIRM_ENROLMENT,
  enrolThroughApi,
  SIGN_IN,
  START_ENROLMENT,
  secretOf,
  VERIFY,
} from '../../../test/two-factor-flow.js'
import { AccountEntity } from './account.entity.js'
import { RecoveryCodeEntity } from './recovery-code.entity.js'
import { SignInChallengeEntity } from './sign-in-challenge.entity.js'
import { TwoFactorService } from './two-factor.service.js'

const VIEWER = '{ viewer { email hasTwoFactor twoFactorGraceEndsAt recoveryCodesLeft } }'

const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => ({
  code: response.errors?.[0]?.extensions?.['code'],
  reason: response.errors?.[0]?.extensions?.['reason'],
})

describe.each(testDialects)('two-factor sign-in on %s', dialect => {
  let server: TestServer

  beforeEach(async () => {
    server = await startTestServer(dialect)
  })
  afterEach(() => server.stop())

  /** A client past the password step of an enrolled responder, and the account's secret. */
  async function pending(roles = [{ role: Role.Wg }] as { role: Role; eventId?: string }[]) {
    const account = await createAccount(server.db, roles)
    const secret = await enrolTotp(server, account)
    const client = server.client()
    const first = await client.gql(SIGN_IN, { email: account.email, password: TEST_PASSWORD })
    expect(first.data).toMatchObject({ signIn: { step: 'SECOND_FACTOR', viewer: null, attemptsLeft: 5 } })
    return { account, secret, client }
  }

  const passwordAgain = (client: TestClient, email: string) =>
    client.gql(SIGN_IN, { email, password: TEST_PASSWORD })

  it('keeps the pending sign-in in its own short-lived HttpOnly cookie, and grants nothing with it', async () => {
    const { client } = await pending()
    const setCookie = (await passwordAgain(client, (await createAccount(server.db)).email)).headers
    expect(setCookie.getSetCookie()[0]).toMatch(
      /^__Host-signin=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=900; Secure$/,
    )
    const { client: waiting } = await pending()
    expect(waiting.cookieValue('__Host-sid')).toBeNull()
    expect((await waiting.gql('{ viewer { id } }')).data).toEqual({ viewer: null })
    expect(codeOf(await waiting.gql('{ myEvents { roles } }')).code).toBe(ErrorCode.Unauthenticated)
    expect(codeOf(await waiting.gql('mutation { confirmIdentity(input: { password: "x" }) }')).code).toBe(
      ErrorCode.Unauthenticated,
    )
  })

  it('accepts a code once: the same code again, with inner spaces too, is refused', async () => {
    const { account, secret, client } = await pending()
    const code = totpCode(secret, server.clock.now())
    const first = await client.gql(VERIFY, { code })
    expect(first.data).toEqual({
      verifySecondFactor: { step: 'SIGNED_IN', viewer: { id: account.id, email: account.email } },
    })
    for (const replay of [code, `${code.slice(0, 3)} ${code.slice(3)}`, ` ${code.split('').join(' ')} `]) {
      const again = server.client()
      await passwordAgain(again, account.email)
      const refused = await again.gql(VERIFY, { code: replay })
      expect(codeOf(refused)).toEqual({ code: ErrorCode.BadUserInput, reason: AccountReason.CodeNotAccepted })
      expect(again.cookieValue('__Host-sid')).toBeNull()
    }
  })

  it('accepts the code of the step before now, and refuses the one from two steps ago', async () => {
    const { secret, client } = await pending()
    const old = await client.gql(VERIFY, { code: totpCode(secret, server.clock.now(), -2) })
    expect(codeOf(old).reason).toBe(AccountReason.CodeNotAccepted)
    const late = await client.gql(VERIFY, { code: totpCode(secret, server.clock.now(), -1) })
    expect(late.data).toMatchObject({ verifySecondFactor: { step: 'SIGNED_IN' } })
  })

  it('checks at most five codes per sign-in, even in parallel, then asks for the password again', async () => {
    const { secret, client } = await pending()
    const verify = vi.spyOn(TwoFactorService.prototype, 'verify')
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) => client.gql(VERIFY, { code: String(100000 + index) })),
    )
    expect(verify).toHaveBeenCalledTimes(SIGN_IN_CODE_ATTEMPTS)
    verify.mockRestore()
    const reasons = answers.map(answer => codeOf(answer).reason)
    expect(reasons.filter(reason => reason === AccountReason.CodeNotAccepted)).toHaveLength(5)
    expect(reasons.filter(reason => reason === AccountReason.SignInChallengeEnded)).toHaveLength(15)
    // Even the right code does not revive the used-up sign-in.
    const right = await client.gql(VERIFY, { code: totpCode(secret, server.clock.now()) })
    expect(codeOf(right)).toEqual({
      code: ErrorCode.Unauthenticated,
      reason: AccountReason.SignInChallengeEnded,
    })
    expect(await server.db.read.count(SignInChallengeEntity)).toBe(0)
  })

  it('locks the account’s codes after five wrong ones, however many sign-ins the password opens', async () => {
    const { account, secret, client } = await pending()
    for (let attempt = 0; attempt < 5; attempt++) {
      await client.gql(VERIFY, { code: '000000' })
    }
    await passwordAgain(client, account.email)
    const locked = await client.gql(VERIFY, { code: totpCode(secret, server.clock.now()) })
    expect(codeOf(locked).code).toBe(ErrorCode.RateLimited)
    server.clock.advance(61_000)
    await passwordAgain(client, account.email)
    const later = await client.gql(VERIFY, { code: totpCode(secret, server.clock.now()) })
    expect(later.data).toMatchObject({ verifySecondFactor: { step: 'SIGNED_IN' } })
  })

  it('ends a pending sign-in after five minutes', async () => {
    const { secret, client } = await pending()
    server.clock.advance(5 * 60_000 + 1000)
    const late = await client.gql(VERIFY, { code: totpCode(secret, server.clock.now()) })
    expect(codeOf(late)).toEqual({
      code: ErrorCode.Unauthenticated,
      reason: AccountReason.SignInChallengeEnded,
    })
  })

  it('makes a staff account without an authenticator set one up before any session, with ten recovery codes', async () => {
    const account = await createAccount(server.db, [{ role: Role.Responder, eventId: null }])
    const client = server.client()
    const first = await client.gql(SIGN_IN, { email: account.email, password: TEST_PASSWORD })
    expect(first.data).toMatchObject({ signIn: { step: 'ENROL', viewer: null } })
    expect((await client.gql('{ viewer { id } }')).data).toEqual({ viewer: null })
    // A code cannot skip the enrolment.
    expect(codeOf(await client.gql(VERIFY, { code: '123456' })).reason).toBe(
      AccountReason.SignInChallengeEnded,
    )
    await client.gql(SIGN_IN, { email: account.email, password: TEST_PASSWORD })
    const started = await client.gql<{ startTotpEnrolment: { otpauthUri: string; manualEntryKey: string } }>(
      START_ENROLMENT,
    )
    const { otpauthUri, manualEntryKey } = started.data?.startTotpEnrolment ?? {
      otpauthUri: '',
      manualEntryKey: '',
    }
    const secret = secretOf(otpauthUri)
    expect(otpauthUri).toMatch(
      /^otpauth:\/\/totp\/Conduct%20Desk:.+\?issuer=Conduct%20Desk&secret=[A-Z2-7]{32}&algorithm=SHA1&digits=6&period=30$/,
    )
    expect(secret).toHaveLength(32) // 160 bits
    expect(manualEntryKey.replaceAll(' ', '')).toBe(secret)
    const wrong = await client.gql(CONFIRM_ENROLMENT, { code: totpCode(secret, server.clock.now(), 5) })
    expect(codeOf(wrong).reason).toBe(AccountReason.CodeNotAccepted)
    const done = await client.gql<{ confirmTotpEnrolment: { recoveryCodes: string[] } }>(CONFIRM_ENROLMENT, {
      code: totpCode(secret, server.clock.now()),
    })
    const codes = done.data?.confirmTotpEnrolment.recoveryCodes ?? []
    expect(codes).toHaveLength(10)
    expect(new Set(codes).size).toBe(10)
    codes.forEach(code => expect(code).toMatch(RECOVERY_CODE_PATTERN))
    expect((await client.gql(VIEWER)).data).toEqual({
      viewer: { email: account.email, hasTwoFactor: true, twoFactorGraceEndsAt: null, recoveryCodesLeft: 10 },
    })
    // At rest: the secret sealed, the recovery codes hashed.
    const stored = JSON.stringify([
      await server.db.read.findOneByOrFail(AccountEntity, { id: account.id }),
      await server.db.read.find(RecoveryCodeEntity),
    ])
    expect(stored).not.toContain(secret)
    codes.forEach(code => expect(stored).not.toContain(code))
    // The code that confirmed the enrolment does not sign in again.
    await passwordAgain(client, account.email)
    expect(codeOf(await client.gql(VERIFY, { code: totpCode(secret, server.clock.now()) })).reason).toBe(
      AccountReason.CodeNotAccepted,
    )
  })

  it('accepts each recovery code once', async () => {
    const account = await createAccount(server.db, [{ role: Role.Admin }])
    const client = server.client()
    await passwordAgain(client, account.email)
    const { recoveryCodes } = await enrolThroughApi(client, server.clock.now())
    const [code = ''] = recoveryCodes
    const other = server.client()
    await passwordAgain(other, account.email)
    const used = await other.gql(VERIFY, { code: code.toLowerCase().replaceAll('-', ' ') })
    expect(used.data).toMatchObject({ verifySecondFactor: { step: 'SIGNED_IN' } })
    expect((await other.gql(VIEWER)).data).toMatchObject({ viewer: { recoveryCodesLeft: 9 } })
    const third = server.client()
    await passwordAgain(third, account.email)
    expect(codeOf(await third.gql(VERIFY, { code })).reason).toBe(AccountReason.CodeNotAccepted)
  })

  it('exposes the secret only once, to the person enrolling, and in no field of the schema', async () => {
    const account = await createAccount(server.db, [{ role: Role.Chair, eventId: null }])
    const client = server.client()
    await passwordAgain(client, account.email)
    const { secret } = await enrolThroughApi(client, server.clock.now())
    const admin = await createAccount(server.db, [{ role: Role.Admin }])
    const adminClient = server.client()
    await passwordAgain(adminClient, admin.email)
    await enrolThroughApi(adminClient, server.clock.now())
    for (const answer of [await client.gql(VIEWER), await adminClient.gql(VIEWER)]) {
      expect(JSON.stringify(answer)).not.toContain(secret)
    }
    // Setting up again is refused while an authenticator exists: only an admin reset clears it.
    expect(codeOf(await client.gql(START_ENROLMENT)).reason).toBe(AccountReason.TwoFactorAlreadyEnrolled)
  })

  it('refuses 100 aliased code checks, and even two, as a whole before any is checked (SECURITY R2)', async () => {
    const { client } = await pending()
    const verify = vi.spyOn(TwoFactorService.prototype, 'verify')
    const aliased = (count: number) =>
      `mutation($i: SecondFactorInput!) { ${Array.from(
        { length: count },
        (_, index) => `a${index}: verifySecondFactor(input: $i) { step }`,
      ).join(' ')} }`
    // 100 aliases stop at the token limit while parsing; 15 at the alias limit; 2 meet our rule.
    for (const [count, code] of [
      [100, 'GRAPHQL_PARSE_FAILED'],
      [15, 'GRAPHQL_VALIDATION_FAILED'],
      [2, 'GRAPHQL_VALIDATION_FAILED'],
    ] as const) {
      const response = await client.gql(aliased(count), { i: { code: '123456' } })
      expect(response.status).toBe(400)
      expect(response.errors?.map(error => error.extensions?.['code'])).toContain(code)
      expect(response.data).toBeNull()
    }
    const two = await client.gql(aliased(2), { i: { code: '123456' } })
    expect(two.status).toBe(400)
    expect(two.errors?.[0]?.message).toBe('verifySecondFactor may appear only once per request.')
    expect(verify).not.toHaveBeenCalled()
    verify.mockRestore()
    const [challenge] = await server.db.read.find(SignInChallengeEntity)
    expect(challenge?.attempts).toBe(0)
  })

  it('refuses two sign-ins in one document without checking a password', async () => {
    const account = await createAccount(server.db)
    const hasher = await import('../../platform/security/password-hasher.js')
    const spy = vi.spyOn(hasher, 'verifyPassword')
    const both = await server.client().gql(
      `mutation { a: signIn(input: { email: "${account.email}", password: "one guess of many words" }) { step }
                  b: signIn(input: { email: "${account.email}", password: "two guesses of many words" }) { step } }`,
    )
    expect(both.status).toBe(400)
    expect(spy).not.toHaveBeenCalled()
    spy.mockRestore()
    for (const field of [
      'confirmIdentity(input: {password: "x"})',
      'confirmTotpEnrolment(input: {code: "1"}) { recoveryCodes }',
    ]) {
      const twice = await server.client().gql(`mutation { a: ${field} b: ${field} }`)
      expect(twice.status).toBe(400)
    }
  })
})
