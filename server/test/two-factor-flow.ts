import { TEST_PASSWORD, totpCode } from './factories.js'
import type { TestClient, TestServer } from './test-server.js'

export const SIGN_IN =
  'mutation($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { step expiresAt attemptsLeft viewer { id email } } }'
export const VERIFY =
  'mutation($code: String!) { verifySecondFactor(input: { code: $code }) { step viewer { id email } } }'
export const START_ENROLMENT = 'mutation { startTotpEnrolment { otpauthUri manualEntryKey } }'
export const CONFIRM_ENROLMENT =
  'mutation($code: String!) { confirmTotpEnrolment(input: { code: $code }) { recoveryCodes viewer { id email roles { role eventId } } } }'

/** The base-32 secret inside an `otpauth://` URI. */
export function secretOf(otpauthUri: string): string {
  return new URL(otpauthUri).searchParams.get('secret') ?? ''
}

export interface Enrolled {
  readonly secret: string
  readonly recoveryCodes: string[]
  readonly viewer: { id: string; email: string; roles: { role: string; eventId: string | null }[] }
}

/**
 * Sets up an authenticator through the API, as the dashboard does after a sign-in (or an
 * invitation) answered ENROL: asks for a secret, confirms it with its current code.
 * @throws when either step answers an error
 */
export async function enrolThroughApi(client: TestClient, now: Date): Promise<Enrolled> {
  const started = await client.gql<{ startTotpEnrolment: { otpauthUri: string } }>(START_ENROLMENT)
  const secret = secretOf(started.data?.startTotpEnrolment.otpauthUri ?? '')
  const confirmed = await client.gql<{ confirmTotpEnrolment: Omit<Enrolled, 'secret'> }>(CONFIRM_ENROLMENT, {
    code: totpCode(secret, now),
  })
  if (confirmed.data === null) {
    throw new Error(`enrolment failed: ${JSON.stringify(started.errors ?? confirmed.errors)}`)
  }
  return { secret, ...confirmed.data.confirmTotpEnrolment }
}

/**
 * Signs in through both steps over HTTP, as the dashboard does: the password, then the code of
 * `secret` `steps` periods from now (each code works once, so a second sign-in in the same 30
 * seconds takes the next step's code).
 * @returns the answer of the second step
 */
export async function signInWithCode(
  server: Pick<TestServer, 'clock'>,
  client: TestClient,
  account: { email: string },
  secret: string,
  steps = 0,
) {
  const first = await client.gql<{ signIn: { step: string } }>(SIGN_IN, {
    email: account.email,
    password: TEST_PASSWORD,
  })
  if (first.data?.signIn.step !== 'SECOND_FACTOR') {
    throw new Error(`expected SECOND_FACTOR, got ${JSON.stringify(first.data ?? first.errors)}`)
  }
  return client.gql<{ verifySecondFactor: { step: string; viewer: { id: string; email: string } | null } }>(
    VERIFY,
    { code: totpCode(secret, server.clock.now(), steps) },
  )
}
