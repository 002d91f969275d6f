import { EventKind, EventStatus, addDays, type Role } from '@conduct-desk/shared'
import { AccountEntity } from '../src/features/accounts/account.entity.js'
import { sealTotpSecret } from '../src/features/accounts/totp-secret.js'
import { sessionCookieName } from '../src/platform/http/cookies.js'
import { newTotpSecret, totpCodeAt } from '../src/platform/security/totp.js'
import { hashPassword } from '../src/platform/security/password-hasher.js'
import { RoleAssignmentEntity } from '../src/features/accounts/role-assignment.entity.js'
import { ContactEntity } from '../src/features/contacts/contact.entity.js'
import { EventEntity } from '../src/features/events/event.entity.js'
import type { Database } from '../src/db/database.js'
import type { OfficeHourWindow } from '../src/features/office-hours/office-hours.type.js'
import { newId } from '../src/platform/security/tokens.js'
import type { TestClient, TestServer } from './test-server.js'

export const TEST_PASSWORD = 'a long test passphrase of words'

let counter = 0
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`

/** An event with sensible defaults; published and running today unless overridden. */
export async function createEvent(db: Database, overrides: Partial<EventEntity> = {}): Promise<EventEntity> {
  const today = new Date().toISOString().slice(0, 10)
  const event = Object.assign(new EventEntity(), {
    id: newId(),
    seriesId: null,
    parentEventId: null,
    name: 'Test Conference',
    slug: `test-conf-${unique()}`,
    kind: EventKind.Conference,
    status: EventStatus.Published,
    startsOn: today,
    endsOn: today,
    timeZone: 'UTC',
    venue: 'Hall 1',
    attendeesInPerson: 100,
    attendeesOnline: 10,
    publishedAt: new Date(),
    closedAt: null,
    createdAt: new Date(),
    ...overrides,
  })
  await db.write(manager => manager.insert(EventEntity, event))
  return event
}

let cachedHash: Promise<string> | undefined

/** An account holding `roles` (event roles on `eventId`), signed in with TEST_PASSWORD. */
export async function createAccount(
  db: Database,
  roles: readonly { role: Role; eventId?: string | null }[] = [],
  overrides: Partial<AccountEntity> = {},
): Promise<AccountEntity> {
  cachedHash ??= hashPassword(TEST_PASSWORD)
  const account = Object.assign(new AccountEntity(), {
    id: newId(),
    email: `person-${unique()}@example.org`,
    name: 'Test Person',
    passwordHash: await cachedHash,
    createdAt: new Date(),
    disabledAt: null,
    ...overrides,
  })
  await db.write(async manager => {
    await manager.insert(AccountEntity, account)
    for (const { role, eventId } of roles) {
      await manager.insert(RoleAssignmentEntity, {
        id: newId(),
        accountId: account.id,
        role,
        eventId: eventId ?? null,
        createdAt: new Date(),
        appointedById: null,
        approvedById: null,
        // Factories build a team as it stands after every appointment was approved.
        approvedAt: new Date(),
      })
    }
  })
  return account
}

export async function createContact(
  db: Database,
  eventId: string,
  overrides: Partial<ContactEntity> = {},
): Promise<ContactEntity> {
  const contact = Object.assign(new ContactEntity(), {
    id: newId(),
    eventId,
    accountId: null,
    name: 'Sam Contact',
    pronouns: 'they/them',
    languages: ['en'],
    role: 'committee',
    isIndependent: true,
    email: `sam-${unique()}@example.org`,
    identifier: 'Orange lanyard',
    photoPath: null,
    onDuty: [],
    briefedOn: null,
    sortOrder: 0,
    createdAt: new Date(),
    ...overrides,
  })
  await db.write(manager => manager.insert(ContactEntity, contact))
  return contact
}

/**
 * A client with a full session for `account`, as after the password and the second factor, without
 * going through either: for tests about something else than sign-in. Its authentication is "now",
 * so step-up actions pass until the clock moves 5 minutes on.
 */
export async function signedInClient(
  server: Pick<TestServer, 'services' | 'client'>,
  account: Pick<AccountEntity, 'id'>,
): Promise<TestClient> {
  const client = server.client()
  client.cookie = `${sessionCookieName({ secure: true })}=${await server.services.sessions.start(account.id)}`
  return client
}

/** Gives `account` an authenticator with a fresh secret, as if enrolled; returns the secret. */
export async function enrolTotp(
  server: Pick<TestServer, 'db' | 'cipher'>,
  account: Pick<AccountEntity, 'id'>,
): Promise<string> {
  const secret = newTotpSecret()
  const totpSecret = sealTotpSecret(server.cipher, secret, { column: 'totp_secret', accountId: account.id })
  await server.db.write(manager =>
    manager.update(AccountEntity, { id: account.id }, { totpSecret, totpLastStep: null }),
  )
  return secret
}

/** The authenticator code of `secret` at `at`, `steps` periods of 30 seconds later (or earlier). */
export function totpCode(secret: string, at: Date, steps = 0): string {
  return totpCodeAt(secret, new Date(at.getTime() + steps * 30_000))
}

/**
 * A published event running until tomorrow with office hours tomorrow, 12:00 to 13:00 UTC, cut
 * into three 20-minute meetings held by whoever is on duty.
 */
export async function createOfficeHoursTomorrow(
  server: Pick<TestServer, 'db' | 'services'>,
): Promise<{ event: EventEntity; window: OfficeHourWindow }> {
  const tomorrow = addDays(new Date().toISOString().slice(0, 10), 1)
  const event = await createEvent(server.db, { endsOn: tomorrow, quietRoomLocation: 'Room 2' })
  const window = await server.services.officeHourSetup.createWindow({
    eventId: event.id,
    localDate: tomorrow,
    from: '12:00',
    to: '13:00',
    slotMinutes: 20,
    bufferMinutes: 0,
  })
  return { event, window }
}
