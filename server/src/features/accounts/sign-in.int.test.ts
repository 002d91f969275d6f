import { ErrorCode, Role } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { createAccount, enrolTotp, TEST_PASSWORD } from '../../../test/factories.js'
import { startTestServer, type TestServer } from '../../../test/test-server.js'
import { SIGN_IN, signInWithCode } from '../../../test/two-factor-flow.js'
import { AccountEntity } from './account.entity.js'
import * as hasher from '../../platform/security/password-hasher.js'
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from './session.service.js'
import { SessionEntity } from './session.entity.js'

const VIEWER = '{ viewer { id email } }'
const SESSION_COOKIE = '__Host-sid'

describe.each(testDialects)('sign-in on %s', dialect => {
  let server: TestServer

  beforeEach(async () => {
    server = await startTestServer(dialect)
  })
  afterEach(() => server.stop())

  /** An account with an authenticator, and its secret. */
  async function enrolled(roles: { role: Role; eventId?: string }[] = []) {
    const account = await createAccount(server.db, roles)
    return { account, secret: await enrolTotp(server, account) }
  }

  it('starts a session in an HttpOnly, SameSite=Strict, __Host- cookie whose id is stored only hashed', async () => {
    const { account, secret } = await enrolled([{ role: Role.Wg }])
    const client = server.client()
    const response = await signInWithCode(server, client, { email: account.email.toUpperCase() }, secret)
    expect(response.errors).toBeUndefined()
    const setCookie = response.headers.getSetCookie()
    expect(setCookie).toHaveLength(2)
    expect(setCookie[0]).toMatch(/^__Host-sid=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Secure$/)
    // The pending sign-in's cookie goes as the session's comes.
    expect(setCookie[1]).toBe('__Host-signin=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0; Secure')
    const token = client.cookieValue(SESSION_COOKIE) ?? ''
    const rows = await server.db.read.find(SessionEntity)
    expect(rows).toHaveLength(1)
    expect(rows[0]?.idHash).not.toContain(token)
    expect(JSON.stringify(rows)).not.toContain(token)
    expect((await client.gql(VIEWER)).data).toEqual({ viewer: { id: account.id, email: account.email } })
  })

  it('answers a wrong password and an unknown email alike', async () => {
    const account = await createAccount(server.db)
    const wrong = await server
      .client()
      .gql(SIGN_IN, { email: account.email, password: 'not the password at all' })
    const unknown = await server
      .client()
      .gql(SIGN_IN, { email: 'nobody@example.org', password: 'not the password at all' })
    expect(wrong.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.Unauthenticated)
    expect(unknown.errors).toEqual(wrong.errors)
    expect(unknown.headers.getSetCookie()).toEqual([])
  })

  it('throttles the sixth wrong password for one account without checking it, while another account signs in', async () => {
    const attacked = await createAccount(server.db)
    const bystander = await createAccount(server.db)
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await server
        .client()
        .gql(SIGN_IN, { email: attacked.email, password: `guess number ${attempt} of many` })
      expect(response.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.Unauthenticated)
    }
    const verify = vi.spyOn(hasher, 'verifyPassword')
    const sixth = await server.client().gql(SIGN_IN, { email: attacked.email, password: TEST_PASSWORD })
    expect(sixth.errors?.[0]?.extensions?.['code']).toBe(ErrorCode.RateLimited)
    expect(sixth.errors?.[0]?.extensions?.['retryAfterSeconds']).toBe(60)
    expect(verify).not.toHaveBeenCalled()
    const other = await server.client().gql(SIGN_IN, { email: bystander.email, password: TEST_PASSWORD })
    expect(other.errors).toBeUndefined()
    expect(verify).toHaveBeenCalledTimes(1)
    verify.mockRestore()

    server.clock.advance(61_000)
    const later = await server.client().gql(SIGN_IN, { email: attacked.email, password: TEST_PASSWORD })
    expect(later.errors).toBeUndefined()
  })

  it('ends the session on the server at sign-out, so a copied cookie stops working', async () => {
    const { account, secret } = await enrolled()
    const client = server.client()
    await signInWithCode(server, client, account, secret)
    const copied = client.cookie
    const out = await client.gql('mutation { signOut }')
    expect(out.data).toEqual({ signOut: true })
    expect(out.headers.getSetCookie()[0]).toContain('Max-Age=0')
    const replay = server.client()
    replay.cookie = copied
    expect((await replay.gql(VIEWER)).data).toEqual({ viewer: null })
    expect(await server.db.read.count(SessionEntity)).toBe(0)
  })

  it('gives a fresh session id at every sign-in and retires the one the browser had', async () => {
    const { account, secret } = await enrolled()
    const client = server.client()
    await signInWithCode(server, client, account, secret)
    const first = client.cookie
    // Each code works once: the second sign-in of the same half-minute takes the next step's code.
    expect((await signInWithCode(server, client, account, secret, 1)).errors).toBeUndefined()
    expect(client.cookie).not.toEqual(first)
    const old = server.client()
    old.cookie = first
    expect((await old.gql(VIEWER)).data).toEqual({ viewer: null })
  })

  it('ends sessions after 15 idle minutes and after 8 hours of activity', async () => {
    const { account, secret } = await enrolled()
    const idle = server.client()
    await signInWithCode(server, idle, account, secret)
    server.clock.advance(SESSION_IDLE_MS - 1000)
    expect((await idle.gql(VIEWER)).data?.['viewer']).not.toBeNull()
    server.clock.advance(SESSION_IDLE_MS + 1000)
    expect((await idle.gql(VIEWER)).data).toEqual({ viewer: null })

    const busy = server.client()
    await signInWithCode(server, busy, account, secret)
    for (let elapsed = 0; elapsed < SESSION_ABSOLUTE_MS; elapsed += 10 * 60_000) {
      server.clock.advance(10 * 60_000)
      await busy.gql(VIEWER)
    }
    server.clock.advance(60_000)
    expect((await busy.gql(VIEWER)).data).toEqual({ viewer: null })
  })

  it('takes a removed role away on the very next request', async () => {
    const { account, secret } = await enrolled([{ role: Role.Admin }])
    const client = server.client()
    await signInWithCode(server, client, account, secret)
    expect((await client.gql('{ series { id } }')).errors).toBeUndefined()
    await server.db.write(manager =>
      manager.query(`DELETE FROM role_assignment WHERE account_id = '${account.id}'`),
    )
    expect((await client.gql('{ series { id } }')).errors?.[0]?.extensions?.['code']).toBe(
      ErrorCode.Forbidden,
    )
  })

  it('upgrades a weak stored hash to today’s parameters at sign-in', async () => {
    const { hash } = await import('@node-rs/argon2')
    const weak = await hash(TEST_PASSWORD, { memoryCost: 4096, timeCost: 1, parallelism: 1, algorithm: 2 })
    const account = await createAccount(server.db, [], { passwordHash: weak })
    await server.client().gql(SIGN_IN, { email: account.email, password: TEST_PASSWORD })
    const stored = (await server.db.read.findOneByOrFail(AccountEntity, { id: account.id })).passwordHash
    const [, m, t, p] = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(stored)?.map(Number) ?? []
    expect(m).toBeGreaterThanOrEqual(19456)
    expect(t).toBeGreaterThanOrEqual(2)
    expect(p).toBe(1)
  })

  it('never writes the password, the session id or the pending sign-in id to the log', async () => {
    const { account, secret } = await enrolled()
    const client = server.client()
    await client.gql(SIGN_IN, { email: account.email, password: TEST_PASSWORD })
    const challenge = client.cookieValue('__Host-signin') ?? 'no challenge'
    await signInWithCode(server, client, account, secret)
    await server.client().gql(SIGN_IN, { email: account.email, password: 'a wrong but memorable passphrase' })
    const log = server.logLines.join('\n')
    expect(log).not.toContain(TEST_PASSWORD)
    expect(log).not.toContain('memorable passphrase')
    expect(log).not.toContain(challenge)
    expect(log).not.toContain(client.cookieValue(SESSION_COOKIE) ?? 'no cookie')
  })
})
