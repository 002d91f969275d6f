import { ErrorCode, Role } from '@conduct-desk/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAccount, createEvent, TEST_PASSWORD } from '../../test/factories.js'
import { startTestServer, type TestServer } from '../../test/test-server.js'
import { sessionCookieName } from '../platform/http/cookies.js'
import { rootFields } from './schema-audience.test.js'

type Actor = 'anonymous' | 'admin' | 'wg' | 'organizer' | 'responder' | 'chair' | 'otherOrganizer'
const ACTORS: readonly Actor[] = [
  'anonymous',
  'admin',
  'wg',
  'organizer',
  'responder',
  'chair',
  'otherOrganizer',
]
const EVERYONE = ACTORS
const SIGNED_IN = ACTORS.filter(actor => actor !== 'anonymous')

interface Scenario {
  eventId: string
  slug: string
  signInEmail: string
  invitationToken: string
}

interface Operation {
  readonly document: string
  readonly variables?: (scenario: Scenario, run: number) => Record<string, unknown>
  readonly allowed: readonly Actor[]
}

/**
 * The authorization table: every root field × every actor. A new field without a row here fails
 * the completeness test below; a row that lets in the wrong actor fails the matrix.
 */
const OPERATIONS: Record<string, Operation> = {
  'Query.publicEvents': { document: '{ publicEvents { id } }', allowed: EVERYONE },
  'Query.publicEvent': {
    document: 'query($slug: String!) { publicEvent(slug: $slug) { id contacts { id } } }',
    variables: s => ({ slug: s.slug }),
    allowed: EVERYONE,
  },
  'Query.viewer': { document: '{ viewer { id } }', allowed: EVERYONE },
  'Query.invitation': {
    document: 'query($token: String!) { invitation(token: $token) { role } }',
    variables: s => ({ token: s.invitationToken }),
    allowed: EVERYONE,
  },
  'Query.myEvents': { document: '{ myEvents { roles event { id } } }', allowed: SIGNED_IN },
  'Query.series': { document: '{ series { id } }', allowed: ['admin'] },
  'Mutation.signIn': {
    document: 'mutation($input: SignInInput!) { signIn(input: $input) { id } }',
    variables: s => ({ input: { email: s.signInEmail, password: TEST_PASSWORD } }),
    allowed: EVERYONE,
  },
  'Mutation.signOut': { document: 'mutation { signOut }', allowed: SIGNED_IN },
  'Mutation.redeemInvitation': {
    document: 'mutation($input: RedeemInvitationInput!) { redeemInvitation(input: $input) { id } }',
    variables: (_s, run) => ({
      input: { token: `no-such-invitation-token-${run}`, name: 'N', password: TEST_PASSWORD },
    }),
    allowed: EVERYONE,
  },
  'Mutation.inviteMember': {
    document: 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { url } }',
    variables: (s, run) => ({
      input: { email: `invitee-${run}@example.org`, role: Role.Responder, eventId: s.eventId },
    }),
    allowed: ['admin', 'organizer'],
  },
  'Mutation.createSeries': {
    document: 'mutation($input: CreateSeriesInput!) { createSeries(input: $input) { id } }',
    variables: (_s, run) => ({ input: { name: 'Matrix series', slug: `matrix-series-${run}` } }),
    allowed: ['admin'],
  },
  'Mutation.createEvent': {
    document: 'mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }',
    variables: (_s, run) => ({
      input: {
        name: 'Matrix event',
        slug: `matrix-event-${run}`,
        kind: 'MEETUP',
        startsOn: '2026-09-01',
        endsOn: '2026-09-01',
        timeZone: 'UTC',
        venue: '',
      },
    }),
    allowed: ['admin'],
  },
}

describe('authorization matrix', () => {
  let server: TestServer
  let scenario: Scenario
  const accountOf = new Map<Actor, string>()

  beforeAll(async () => {
    server = await startTestServer('sqlite')
    const event = await createEvent(server.db)
    const other = await createEvent(server.db)
    const holders: Record<Exclude<Actor, 'anonymous'>, { role: Role; eventId?: string }[]> = {
      admin: [{ role: Role.Admin }],
      wg: [{ role: Role.Wg }],
      organizer: [{ role: Role.Organizer, eventId: event.id }],
      responder: [{ role: Role.Responder, eventId: event.id }],
      chair: [{ role: Role.Chair, eventId: event.id }],
      otherOrganizer: [{ role: Role.Organizer, eventId: other.id }],
    }
    for (const [actor, roles] of Object.entries(holders)) {
      accountOf.set(actor as Actor, (await createAccount(server.db, roles)).id)
    }
    const signInAccount = await createAccount(server.db)
    const invitation = await server.services.invitations.issue({
      email: 'matrix@example.org',
      role: Role.Chair,
      eventId: event.id,
      invitedById: null,
    })
    scenario = {
      eventId: event.id,
      slug: event.slug,
      signInEmail: signInAccount.email,
      invitationToken: invitation.url.split('#')[1] ?? '',
    }
  })

  afterAll(() => server.stop())

  it('has a row for every root field of the schema, and no row for a field that does not exist', async () => {
    const names = (await rootFields()).map(field => field.name).sort()
    expect(Object.keys(OPERATIONS).sort()).toEqual(names)
  })

  let run = 0
  for (const [name, operation] of Object.entries(OPERATIONS)) {
    for (const actor of ACTORS) {
      const allowed = operation.allowed.includes(actor)
      it(`${name} × ${actor} → ${allowed ? 'allowed' : 'denied'}`, async () => {
        run += 1
        const client = server.client()
        const accountId = accountOf.get(actor)
        if (accountId !== undefined) {
          const token = await server.services.sessions.start(accountId)
          client.cookie = `${sessionCookieName({ secure: true })}=${token}`
        }
        const response = await client.gql(operation.document, operation.variables?.(scenario, run) ?? {})
        const codes = (response.errors ?? []).map(error => error.extensions?.['code'])
        if (allowed) {
          expect(codes).not.toContain(ErrorCode.Unauthenticated)
          expect(codes).not.toContain(ErrorCode.Forbidden)
        } else {
          expect(codes).toEqual([actor === 'anonymous' ? ErrorCode.Unauthenticated : ErrorCode.Forbidden])
          expect(response.data).toBeNull()
        }
      })
    }
  }
})
