import { Role } from '@conduct-desk/shared'
import type { ContactEntity } from '../src/features/contacts/contact.entity.js'
import type { Dialect } from './databases.js'
import { createAccount, createContact, createEvent, signedInClient } from './factories.js'
import { startSmtpSink } from './smtp-sink.js'
import { startTestServer, type TestClient, type TestServer } from './test-server.js'

export const ALERT_FIELDS = 'id status place kioskLocation acknowledgedByName cancelledAt caseId caseCodeName'

export const REQUEST_HELP =
  'mutation($i: UrgentHelpInput!) { requestUrgentHelp(input: $i) { isTeamAlerted alertToken } }'

export interface UrgentAlertSeen {
  readonly id: string
  readonly status: string
  readonly place: string | null
  readonly kioskLocation: string | null
  readonly acknowledgedByName: string | null
  readonly cancelledAt: string | null
  readonly caseId: string | null
  readonly caseCodeName: string | null
}

interface TeamMember {
  readonly client: TestClient
  readonly contact: ContactEntity | null
}

export interface UrgentScenario {
  readonly server: TestServer
  readonly smtp: Awaited<ReturnType<typeof startSmtpSink>>
  readonly eventId: string
  readonly slug: string
  /** A responder and on-duty contact, she/her. */
  readonly amara: TeamMember
  /** Another responder and on-duty contact, whom tests have the person keep out. */
  readonly bruno: TeamMember
  /** An organizer who is no responder and no contact: alerted, but opens no case. */
  readonly organizer: TeamMember
  /** The event's alerts as `member` sees them (urgentAlerts). */
  alertsOf(member: TeamMember): Promise<UrgentAlertSeen[]>
  /** Asks for help as a kiosk or phone does; answers the token. */
  ask(input: Record<string, unknown>, client?: TestClient): Promise<string>
  stop(): Promise<void>
}

/**
 * A live event with two responders on duty who are contacts (Amara, Bruno) and an organizer, each
 * signed in, and a real SMTP sink: what the urgent-help tests start from.
 */
export async function startUrgentScenario(dialect: Dialect): Promise<UrgentScenario> {
  const smtp = await startSmtpSink()
  const server = await startTestServer(dialect, { SMTP_URL: smtp.url })
  const event = await createEvent(server.db, { urgentPhone: '+351 210 000 000', quietRoomLocation: 'Room 2' })
  const now = server.clock.now().getTime()
  const onDuty = [
    { startsAt: new Date(now - 3_600_000).toISOString(), endsAt: new Date(now + 3_600_000).toISOString() },
  ]
  const responder = async (name: string, pronouns: string): Promise<TeamMember> => {
    const account = await createAccount(server.db, [{ role: Role.Responder, eventId: event.id }], { name })
    const contact = await createContact(server.db, event.id, {
      name,
      pronouns,
      email: `${name.toLowerCase()}@example.org`,
      accountId: account.id,
      onDuty,
    })
    return { client: await signedInClient(server, account), contact }
  }
  const amara = await responder('Amara', 'she/her')
  const bruno = await responder('Bruno', 'he/him')
  const organizerAccount = await createAccount(server.db, [{ role: Role.Organizer, eventId: event.id }], {
    name: 'Olu Organizer',
  })
  const organizer = { client: await signedInClient(server, organizerAccount), contact: null }
  return {
    server,
    smtp,
    eventId: event.id,
    slug: event.slug,
    amara,
    bruno,
    organizer,
    async alertsOf(member) {
      const answer = await member.client.gql<{ urgentAlerts: UrgentAlertSeen[] }>(
        `query($e: ID!) { urgentAlerts(eventId: $e) { ${ALERT_FIELDS} } }`,
        { e: event.id },
      )
      if (answer.errors !== undefined) {
        throw new Error(JSON.stringify(answer.errors))
      }
      return answer.data!.urgentAlerts
    },
    async ask(input, client = server.client()) {
      const answer = await client.gql<{ requestUrgentHelp: { alertToken: string } }>(REQUEST_HELP, {
        i: { eventSlug: event.slug, ...input },
      })
      if (answer.errors !== undefined) {
        throw new Error(JSON.stringify(answer.errors))
      }
      return answer.data!.requestUrgentHelp.alertToken
    },
    async stop() {
      await server.stop()
      await smtp.stop()
    },
  }
}

/** A received email's text with quoted-printable soft breaks undone. */
export const mailText = (raw: string) => raw.replace(/=\r?\n/g, '')

/** A header of a received email, e.g. `Message-ID`, unfolded (long subjects are wrapped over lines). */
export function mailHeader(raw: string, name: string): string | null {
  const match = new RegExp(`^${name}:\\s*(.+)$`, 'im').exec(raw.replace(/\r?\n[ \t]+/g, ' '))
  return match?.[1]?.trim() ?? null
}
