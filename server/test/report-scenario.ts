import { Role } from '@conduct-desk/shared'
import type { EventEntity } from '../src/features/events/event.entity.js'
import { type Dialect } from './databases.js'
import { createAccount, createContact, createEvent, signedInClient } from './factories.js'
import { startTestServer, type TestClient, type TestServer } from './test-server.js'

const SUBMIT = 'mutation($i: SubmitReportInput!) { submitReport(input: $i) { reference passphrase } }'

export interface ReportScenario {
  readonly server: TestServer
  readonly eventId: string
  readonly receipt: { readonly reference: string; readonly passphrase: string }
  /** A responder of the event, signed in, who may see the case. */
  readonly responder: TestClient
  /** A responder the reporter excluded, signed in. */
  readonly excluded: TestClient
  readonly caseId: string
  /** `POST /api/reports/attachments` with the receipt, as the kiosk sends a file. */
  upload(body: Buffer, name: string, passphrase?: string): Promise<Response>
  /** `GET` of an attachment's download address, with the responder's session. */
  download(url: string): Promise<Response>
}

/**
 * A server with one incident report sent at the kiosk, excluding one of two signed-in responders:
 * what the attachment and key-rotation tests start from.
 */
export async function startWithReport(
  dialect: Dialect,
  env: Record<string, string> = {},
  eventOverrides: Partial<EventEntity> = {},
): Promise<ReportScenario> {
  const server = await startTestServer(dialect, env)
  const event = await createEvent(server.db, eventOverrides)
  const signedIn = async (name: string) => {
    const account = await createAccount(server.db, [{ role: Role.Responder, eventId: event.id }])
    const contact = await createContact(server.db, event.id, { name, accountId: account.id })
    const client = await signedInClient(server, account)
    return { client, contact }
  }
  const allowed = await signedIn('Allowed')
  const kept = await signedIn('Kept Out')
  const submitted = await server
    .client()
    .gql<{ submitReport: { reference: string; passphrase: string } }>(SUBMIT, {
      i: { eventSlug: event.slug, description: 'With evidence', excludedContactIds: [kept.contact.id] },
    })
  const receipt = submitted.data!.submitReport
  const inbox = await allowed.client.gql<{ cases: { id: string }[] }>(
    'query($e: ID!) { cases(eventId: $e) { id } }',
    { e: event.id },
  )
  return {
    server,
    eventId: event.id,
    receipt,
    responder: allowed.client,
    excluded: kept.client,
    caseId: inbox.data?.cases[0]?.id ?? '',
    upload: (body, name, passphrase = receipt.passphrase) =>
      fetch(`${server.url}/api/reports/attachments`, {
        method: 'POST',
        headers: {
          'content-type': 'application/octet-stream',
          'x-report-reference': receipt.reference,
          'x-report-passphrase': passphrase,
          'x-file-name': encodeURIComponent(name),
        },
        body: new Uint8Array(body),
      }),
    download: url => fetch(`${server.url}${url}`, { headers: { cookie: allowed.client.cookie ?? '' } }),
  }
}
