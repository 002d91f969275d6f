import { ErrorCode } from '@conduct-desk/shared'
import { describe, expect, it } from 'vitest'
import { codeOf, countCodes, countVerifications, inParallel } from '../../../test/attempts.js'
import { testDialects } from '../../../test/databases.js'
import { createAccount, TEST_PASSWORD } from '../../../test/factories.js'
import type { TestServer } from '../../../test/test-server.js'
import { useTestServers } from '../../../test/test-servers.js'

const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { step } }'
const WRONG = 'wrong guess number'

const signIn = (server: TestServer, email: string, password: string) =>
  server.client().gql(SIGN_IN, { i: { email, password } })

// SECURITY R12, R53: the attempt is counted before the slow check, in the database, so neither
// parallel requests nor several server processes nor a restart buy extra guesses.
describe.each(testDialects)('the sign-in throttle on %s', dialect => {
  const servers = useTestServers(dialect)

  it('lets 20 parallel wrong passwords for one account run at most 5 verifications, while another account signs in', async () => {
    const server = await servers.start()
    const attacked = await createAccount(server.db)
    const bystander = await createAccount(server.db)
    const verifications = countVerifications(WRONG)
    const [guesses, other] = await Promise.all([
      inParallel(20, index => signIn(server, attacked.email, `${WRONG} ${index}`)),
      signIn(server, bystander.email, TEST_PASSWORD),
    ])
    expect(verifications.count()).toBeLessThanOrEqual(5)
    verifications.restore()
    expect(countCodes(guesses, ErrorCode.Unauthenticated)).toBeLessThanOrEqual(5)
    expect(countCodes(guesses, ErrorCode.RateLimited)).toBe(
      20 - countCodes(guesses, ErrorCode.Unauthenticated),
    )
    expect(other.errors).toBeUndefined()

    expect(codeOf(await signIn(server, attacked.email, TEST_PASSWORD))).toBe(ErrorCode.RateLimited)
    server.clock.advance(61_000)
    expect((await signIn(server, attacked.email, TEST_PASSWORD)).errors).toBeUndefined()
  })

  it('keeps the count through a restart', async () => {
    await servers.shareDatabase()
    const first = await servers.start()
    const account = await createAccount(first.db)
    for (let guess = 0; guess < 3; guess++) {
      await signIn(first, account.email, `${WRONG} ${guess}`)
    }
    await servers.stop(first)

    const restarted = await servers.start()
    const verifications = countVerifications(WRONG)
    const after = await inParallel(5, index => signIn(restarted, account.email, `${WRONG} ${index}`))
    expect(verifications.count()).toBe(2)
    verifications.restore()
    expect(countCodes(after, ErrorCode.Unauthenticated)).toBe(2)
    expect(countCodes(after, ErrorCode.RateLimited)).toBe(3)
    expect(codeOf(await signIn(restarted, account.email, TEST_PASSWORD))).toBe(ErrorCode.RateLimited)
  })

  it.runIf(dialect === 'postgres')(
    'locks after 5 wrong passwords spread over two server processes on one database',
    async () => {
      await servers.shareDatabase()
      const [one, two] = [await servers.start(), await servers.start()]
      const account = await createAccount(one.db)
      const verifications = countVerifications(WRONG)
      const guesses = await inParallel(20, index =>
        signIn(index % 2 === 0 ? one : two, account.email, `${WRONG} ${index}`),
      )
      expect(verifications.count()).toBeLessThanOrEqual(5)
      verifications.restore()
      expect(countCodes(guesses, ErrorCode.Unauthenticated)).toBeLessThanOrEqual(5)
      for (const server of [one, two]) {
        expect(codeOf(await signIn(server, account.email, TEST_PASSWORD))).toBe(ErrorCode.RateLimited)
      }
    },
  )
})
