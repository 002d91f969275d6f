import { Role } from '@conduct-desk/shared'
import { IncidentReportEntity } from '../src/features/cases/incident-report.entity.js'
import type { AccountEntity } from '../src/features/accounts/account.entity.js'
import { createAccount, signedInClient } from './factories.js'
import type { TestClient, TestServer } from './test-server.js'

const SUBMIT = 'mutation($i: SubmitReportInput!) { submitReport(input: $i) { reference passphrase } }'

/** A responder of the event, signed in (as after the password and the second factor). */
export async function signedInResponder(
  server: TestServer,
  eventId: string,
  name: string,
): Promise<{ account: AccountEntity; client: TestClient }> {
  const account = await createAccount(server.db, [{ role: Role.Responder, eventId }], { name })
  return { account, client: await signedInClient(server, account) }
}

/**
 * A report sent through the public door as a kiosk would, and the case it opened.
 * @throws when the server refuses the report.
 */
export async function reportedCase(
  server: TestServer,
  eventSlug: string,
  input: { description: string; excludedContactIds?: string[] },
): Promise<{ receipt: { reference: string; passphrase: string }; caseId: string }> {
  const submitted = await server
    .client()
    .gql<{ submitReport: { reference: string; passphrase: string } }>(SUBMIT, { i: { eventSlug, ...input } })
  if (submitted.data === null || submitted.data === undefined) {
    throw new Error(`report refused: ${JSON.stringify(submitted.errors)}`)
  }
  const receipt = submitted.data.submitReport
  const report = await server.db.read.findOneByOrFail(IncidentReportEntity, { reference: receipt.reference })
  return { receipt, caseId: report.caseId }
}
