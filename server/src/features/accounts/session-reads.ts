import type { Role } from '@conduct-desk/shared'
import type { EntityManager } from 'typeorm'
import type { Viewer } from '../../authorization/viewer.js'
import { namedQuery } from '../../platform/db/named-query.js'
import type { SessionEntity } from './session.entity.js'

/*
 * The reads behind every signed-in request, written as SQL (platform/db/named-query.ts): building them
 * through TypeORM cost more than running them (docs/benchmarks.md, C1).
 */

/** An account's columns with one of its roles per row (none: one row with a null role). */
interface AccountRow {
  readonly accountId: string | null
  readonly email: string
  readonly name: string
  readonly role: string | null
  readonly eventId: string | null
}

/** The account, and its roles: an appointment waiting for its second person grants nothing yet. */
const ACCOUNT_COLUMNS = `a."id" AS "accountId", a."email", a."name", r."role", r."event_id" AS "eventId"`
const ROLES_OF_ACCOUNT = `LEFT JOIN "role_assignment" r ON r."account_id" = a."id" AND r."approved_at" IS NOT NULL`

function viewerOf(rows: readonly AccountRow[]): Viewer | null {
  const account = rows[0]
  if (account?.accountId === null || account === undefined) {
    return null
  }
  return {
    accountId: account.accountId,
    email: account.email,
    name: account.name,
    roles: rows.flatMap(row => (row.role === null ? [] : [{ role: row.role as Role, eventId: row.eventId }])),
  }
}

/** The viewer an account is, or null when it does not exist or is disabled. */
export async function readViewer(manager: EntityManager, accountId: string): Promise<Viewer | null> {
  return viewerOf(
    await namedQuery<AccountRow>(
      manager,
      `SELECT ${ACCOUNT_COLUMNS} FROM "account" a ${ROLES_OF_ACCOUNT}
        WHERE a."id" = :accountId AND a."disabled_at" IS NULL`,
      { accountId },
    ),
  )
}

/** A session row as the database answers it: instants as text, the flag as 0/1 on SQLite. */
interface SessionRow extends AccountRow {
  readonly idHash: string
  readonly sessionAccountId: string
  readonly createdAt: string
  readonly lastSeenAt: string
  readonly authenticatedAt: string
  readonly hasSecondFactor: boolean | number
}

/**
 * The stored session of an id's hash and, in the same query, the viewer it signs in (null when the
 * account is gone or disabled); null when there is no such session.
 */
export async function readSession(
  manager: EntityManager,
  idHash: string,
): Promise<{ readonly session: SessionEntity; readonly viewer: Viewer | null } | null> {
  const rows = await namedQuery<SessionRow>(
    manager,
    `SELECT s."id_hash" AS "idHash", s."account_id" AS "sessionAccountId", s."created_at" AS "createdAt",
      s."last_seen_at" AS "lastSeenAt", s."authenticated_at" AS "authenticatedAt",
      s."has_second_factor" AS "hasSecondFactor", ${ACCOUNT_COLUMNS}
      FROM "session" s LEFT JOIN "account" a ON a."id" = s."account_id" AND a."disabled_at" IS NULL
      ${ROLES_OF_ACCOUNT}
      WHERE s."id_hash" = :idHash`,
    { idHash },
  )
  const row = rows[0]
  if (row === undefined) {
    return null
  }
  return {
    session: {
      idHash: row.idHash,
      accountId: row.sessionAccountId,
      createdAt: new Date(row.createdAt),
      lastSeenAt: new Date(row.lastSeenAt),
      authenticatedAt: new Date(row.authenticatedAt),
      hasSecondFactor: row.hasSecondFactor === true || Number(row.hasSecondFactor) === 1,
    },
    viewer: viewerOf(rows),
  }
}
