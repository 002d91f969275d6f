import { ContactRole, EventKind, EventStatus, Role, addDays, localToInstant } from '@conduct-desk/shared'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { EntityManager } from 'typeorm'
import { AccountEntity } from '../features/accounts/account.entity.js'
import { hashPassword } from '../platform/security/password-hasher.js'
import { RoleAssignmentEntity } from '../features/accounts/role-assignment.entity.js'
import { ContactEntity } from '../features/contacts/contact.entity.js'
import { EventEntity } from '../features/events/event.entity.js'
import { PolicyRevisionEntity } from '../features/policies/policy-revision.entity.js'
import { localDay } from '../features/events/local-day.js'
import { SeriesEntity } from '../features/events/series.entity.js'
import { newId, newToken } from '../platform/security/tokens.js'
import { newTotpSecret, totpUri } from '../platform/security/totp.js'
import { TOTP_ISSUER, sealTotpSecret } from '../features/accounts/totp-secret.js'
import type { Clock } from '../platform/time/clock.js'
import type { Database } from '../db/database.js'
import { seedDemoCases } from './demo-cases.js'
import { seedDemoOfficeHours } from './demo-office-hours.js'
import { seedDemoTransparencyReports } from './demo-transparency-reports.js'
import type { FieldCipher } from '../platform/crypto/field-cipher.js'
import { loadSharp } from '../platform/images/load-sharp.js'

/** The demo's people, all at the reserved `.example` domain so no mail can ever reach anyone. */
const DOMAIN = 'riverside-pycon.example'
const TIME_ZONE = 'Europe/Lisbon'

export interface DemoAccount {
  readonly email: string
  readonly roles: string
  /**
   * Demo accounts come with an authenticator already set up, so the demo signs in at once: this
   * `otpauth://` URI holds its secret, for an authenticator app or `pnpm demo:code`.
   */
  readonly otpauthUri: string
}

export interface DemoSeedResult {
  readonly password: string
  readonly accounts: readonly DemoAccount[]
  readonly liveEventSlug: string
}

const DEMO_CONTACTS = [
  {
    name: 'Amara Okafor',
    pronouns: 'she/her',
    languages: ['en', 'fr'],
    role: ContactRole.Committee,
    independent: true,
    identifier: 'Orange lanyard with a CoC badge',
    email: 'amara.okafor',
    account: 'amara.okafor',
  },
  {
    name: 'Tomás Ferreira',
    pronouns: 'he/him',
    languages: ['pt', 'en', 'es'],
    role: ContactRole.Committee,
    independent: true,
    identifier: 'Orange lanyard with a CoC badge',
    email: 'tomas.ferreira',
    account: 'tomas.ferreira',
  },
  {
    name: 'Noor Haddad',
    pronouns: 'they/them',
    languages: ['en', 'ar', 'de'],
    role: ContactRole.LeadOrganizer,
    independent: false,
    identifier: 'Green organizer T-shirt',
    email: 'noor.haddad',
    // Noor signs in as the demo's organizer, and is the contact of that account.
    account: 'organizer',
  },
] as const

/** Local on-duty hours per contact: [from, to, days later the shift ends]. Noor is on call overnight. */
const DUTY_HOURS: readonly (readonly [string, string, number])[] = [
  ['07:30', '19:00', 0],
  ['12:00', '23:30', 0],
  ['00:00', '00:00', 1],
]

const DEMO_EXTENSIONS = [
  {
    kind: 'venue-rules',
    text: 'The congress centre is smoke-free indoors and on the terraces. Glass stays inside the café.',
  },
  {
    kind: 'accessibility',
    text: 'All rooms are step-free. Quiet seating is in Room 1.02; live captions run in Hall B.',
  },
  {
    kind: 'weapons',
    text: 'No weapons of any kind, including replicas and pocket knives with blades over 6 cm.',
  },
]

/** Soft, abstract portraits for the demo contacts: three hues, drawn here so no real face is used. */
const PORTRAIT_HUES = ['#7a4fb3', '#2f7d6d', '#b8612a']

async function writePortrait(mediaDir: string, relative: string, index: number): Promise<void> {
  const sharp = await loadSharp()
  const hue = PORTRAIT_HUES[index % PORTRAIT_HUES.length] ?? '#555'
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="480"><rect width="480" height="480" fill="#eef0f3"/><circle cx="240" cy="190" r="92" fill="${hue}"/><ellipse cx="240" cy="430" rx="170" ry="130" fill="${hue}"/></svg>`
  await mkdir(path.join(mediaDir, 'contacts'), { recursive: true })
  await writeFile(
    path.join(mediaDir, relative),
    await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer(),
  )
}

const DEMO_PEOPLE = [
  { email: `admin@${DOMAIN}`, name: 'Dana Admin', roles: [Role.Admin] },
  { email: `organizer@${DOMAIN}`, name: 'Noor Haddad', roles: [Role.Organizer] },
  { email: `amara.okafor@${DOMAIN}`, name: 'Amara Okafor', roles: [Role.Responder] },
  { email: `tomas.ferreira@${DOMAIN}`, name: 'Tomás Ferreira', roles: [Role.Responder] },
  { email: `chair@${DOMAIN}`, name: 'Lena Vogel', roles: [Role.Chair] },
  { email: `wg@${DOMAIN}`, name: 'Kwame Mensah', roles: [Role.Wg] },
] as const

function edition(seriesId: string, year: number, today: string, clock: Clock): EventEntity {
  const live = year === Number(today.slice(0, 4))
  const startsOn = live ? addDays(today, -1) : `${year}-06-0${(year % 3) + 3}`
  const endsOn = live ? addDays(today, 1) : addDays(startsOn, 2)
  const now = clock.now()
  return Object.assign(new EventEntity(), {
    id: newId(),
    seriesId,
    parentEventId: null,
    name: `Riverside PyCon ${year}`,
    slug: `riverside-pycon-${year}`,
    kind: EventKind.Conference,
    status: live ? EventStatus.Published : EventStatus.Closed,
    startsOn,
    endsOn,
    timeZone: TIME_ZONE,
    venue: 'Riverside Congress Centre, Hall B',
    attendeesInPerson: 380 + (year - 2023) * 60,
    attendeesOnline: 120 + (year - 2023) * 15,
    publishedAt: now,
    closedAt: live ? null : localToInstant(addDays(endsOn, 1), '09:00', TIME_ZONE),
    createdAt: now,
    quietRoomLocation: 'Room 1.04 (the "Tagus" room), first floor',
    quietRoomDirections:
      'Take the lift or the stairs beside registration to the first floor, then turn left. The door has a green sign.',
    urgentPhone: '+351 210 000 112',
    emergencyNumber: '112',
    photoConsentMode: 'opt-out',
    photoConsentMarkers: [
      { marker: 'Red lanyard', meaning: 'Please do not photograph or film me.', color: '#b3261e' },
      { marker: 'Yellow lanyard', meaning: 'Ask me first.', color: '#f2c94c' },
      { marker: 'Green lanyard', meaning: 'Photos are fine.', color: '#1e7b34' },
    ],
    reportCategories: null,
  })
}

async function insertPeople(
  manager: EntityManager,
  cipher: FieldCipher,
  passwordHash: string,
  liveEventId: string,
  now: Date,
): Promise<{ ids: Map<string, string>; otpauthUris: Map<string, string> }> {
  const ids = new Map<string, string>()
  const otpauthUris = new Map<string, string>()
  for (const person of DEMO_PEOPLE) {
    const id = newId()
    const secret = newTotpSecret()
    ids.set(person.email, id)
    otpauthUris.set(person.email, totpUri(secret, person.email, `${TOTP_ISSUER} demo`))
    await manager.insert(AccountEntity, {
      id,
      email: person.email,
      name: person.name,
      passwordHash,
      createdAt: now,
      disabledAt: null,
      totpSecret: sealTotpSecret(cipher, secret, { column: 'totp_secret', accountId: id }),
      totpPendingSecret: null,
      totpLastStep: null,
    })
    for (const role of person.roles) {
      const global = role === Role.Admin || role === Role.Wg
      await manager.insert(RoleAssignmentEntity, {
        id: newId(),
        accountId: id,
        role,
        eventId: global ? null : liveEventId,
        createdAt: now,
        appointedById: null,
        approvedById: null,
        approvedAt: now,
      })
    }
  }
  return { ids, otpauthUris }
}

/**
 * A demo series: three closed past editions and one live edition (yesterday to tomorrow, in the
 * event's time zone) set up to the Working Group's baseline: contacts with portraits, quiet room,
 * photo-consent markers, policy extensions, office hours, closed cases in past editions and one new case,
 * the past editions' survey answers and published full transparency reports, and the people of each role.
 * @param publicUrl where the kiosk is served: the reports link its report form and policy page
 */
export async function seedDemoSeries(
  db: Database,
  clock: Clock,
  mediaDir: string,
  cipher: FieldCipher,
  publicUrl: string,
): Promise<DemoSeedResult> {
  const password = `demo-${newToken(12).replace(/[-_]/g, 'x')}`
  const passwordHash = await hashPassword(password)
  const today = localDay(clock.now(), TIME_ZONE)
  const thisYear = Number(today.slice(0, 4))
  const { liveEventId, firstContactId, otpauthUris, past } = await db.write(async manager => {
    const now = clock.now()
    const seriesId = newId()
    await manager.insert(SeriesEntity, {
      id: seriesId,
      name: 'Riverside PyCon',
      slug: 'riverside-pycon',
      createdAt: now,
    })
    const editions = [thisYear - 3, thisYear - 2, thisYear - 1, thisYear].map(year =>
      edition(seriesId, year, today, clock),
    )
    for (const event of editions) {
      await manager.insert(EventEntity, event)
    }
    const live = editions[editions.length - 1]!
    const people = await insertPeople(manager, cipher, passwordHash, live.id, now)
    const accountIds = people.ids
    for (const [index, contact] of DEMO_CONTACTS.entries()) {
      const email = `${contact.email}@${DOMAIN}`
      const onDuty = [-1, 0, 1].map(offset => {
        const day = addDays(today, offset)
        return {
          startsAt: localToInstant(day, DUTY_HOURS[index]?.[0] ?? '08:00', TIME_ZONE).toISOString(),
          endsAt: localToInstant(
            addDays(day, DUTY_HOURS[index]?.[2] ?? 0),
            DUTY_HOURS[index]?.[1] ?? '18:00',
            TIME_ZONE,
          ).toISOString(),
        }
      })
      const photoPath = `contacts/${newId()}.jpg`
      await writePortrait(mediaDir, photoPath, index)
      await manager.insert(ContactEntity, {
        id: newId(),
        eventId: live.id,
        accountId: accountIds.get(`${contact.account}@${DOMAIN}`) ?? null,
        name: contact.name,
        pronouns: contact.pronouns,
        languages: [...contact.languages],
        role: contact.role,
        isIndependent: contact.independent,
        email,
        identifier: contact.identifier,
        photoPath,
        onDuty,
        briefedOn: addDays(today, -7),
        sortOrder: index,
        createdAt: now,
      })
    }
    await manager.insert(PolicyRevisionEntity, {
      id: newId(),
      eventId: live.id,
      version: 1,
      extensions: DEMO_EXTENSIONS,
      authorId: accountIds.get(`organizer@${DOMAIN}`) ?? null,
      authorName: 'Noor Haddad',
      createdAt: now,
    })
    await seedDemoCases(manager, cipher, editions.slice(0, -1), live)
    const first = await manager.findOneOrFail(ContactEntity, {
      where: { eventId: live.id },
      order: { sortOrder: 'ASC' },
    })
    return {
      liveEventId: live.id,
      firstContactId: first.id,
      otpauthUris: people.otpauthUris,
      past: editions.slice(0, -1),
    }
  })
  await seedDemoTransparencyReports(db, past, publicUrl)
  await seedDemoOfficeHours(db, clock, liveEventId, addDays(today, -1), firstContactId)
  return {
    password,
    liveEventSlug: `riverside-pycon-${thisYear}`,
    accounts: DEMO_PEOPLE.map(person => ({
      email: person.email,
      roles: person.roles.join(', '),
      otpauthUri: otpauthUris.get(person.email) ?? '',
    })),
  }
}
