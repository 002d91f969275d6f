import { CaseReason } from '@conduct-desk/shared'
import type { EntityManager } from 'typeorm'
import { z } from 'zod'
import type { Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import type { FieldCipher } from '../../platform/crypto/field-cipher.js'
import { isUniqueViolation } from '../../platform/db/unique-violation.js'
import { conflict } from '../../platform/errors/domain-error.js'
import { newId } from '../../platform/security/tokens.js'
import type { CaseGate } from './case-gate.js'
import {
  CASE_PERSON_IDENTITY,
  CasePersonEntity,
  type CasePersonFlag,
  type CasePersonRole,
} from './case-person.entity.js'
import { CaseRecusalEntity } from './case-recusal.entity.js'

/** Who a person involved really is: sealed, shown only by a reveal. */
const identity = z.object({ name: z.string(), contact: z.string().nullable() })
export type CasePersonIdentity = Readonly<z.output<typeof identity>>

/** The decrypted identity document of a case person. @throws when it does not match its schema. */
export function parseCasePersonIdentity(json: string): CasePersonIdentity {
  return identity.parse(JSON.parse(json))
}

export interface NewCasePerson {
  readonly role: CasePersonRole
  readonly flags: readonly CasePersonFlag[]
  readonly name: string
  readonly contact: string | null
  /** When the person is a member of the event's team: they are recused from the case at once. */
  readonly accountId: string | null
}

/** "Person A", "Person B", … "Person Z", then "Person AA": the next free code name of a case. */
export function nextPersonCodeName(taken: number): string {
  let name = ''
  for (let rest = taken; rest >= 0; rest = Math.floor(rest / 26) - 1) {
    name = String.fromCharCode(65 + (rest % 26)) + name
  }
  return `Person ${name}`
}

/**
 * The people involved in a case: the team works with code names; the real identity sits sealed
 * apart and is revealed only after a step-up, each reveal audited.
 */
export class CasePeopleService {
  constructor(
    private readonly db: Database,
    private readonly cipher: FieldCipher,
    private readonly gate: CaseGate,
  ) {}

  /**
   * Adds a person involved under the case's next code name. A team member named among them stands
   * aside from the case from their next request on (recusal `involved`).
   */
  add(viewer: Viewer, caseId: string, person: NewCasePerson): Promise<string> {
    return this.gate.write(viewer, caseId, 'case.person', async (manager, { now }) => {
      const id = newId()
      const codeName = nextPersonCodeName(await manager.countBy(CasePersonEntity, { caseId }))
      const sealed: CasePersonIdentity = { name: person.name.trim(), contact: person.contact?.trim() || null }
      try {
        await manager.insert(CasePersonEntity, {
          id,
          caseId,
          codeName,
          role: person.role,
          flags: [...new Set(person.flags)],
          sealedIdentity: this.cipher.encrypt(JSON.stringify(sealed), CASE_PERSON_IDENTITY.at(id)),
          accountId: person.accountId,
          createdAt: now,
        })
      } catch (error) {
        // Two people added at the same moment drew the same code name: one of them tries again.
        throw isUniqueViolation(error)
          ? conflict('Someone added a person at the same moment. Try again.', CaseReason.ChangedMeanwhile)
          : error
      }
      if (person.accountId !== null) {
        await this.recuseInvolved(manager, caseId, person.accountId, now)
      }
      return codeName
    })
  }

  /** The people of a case with their code names; no identity. */
  list(caseId: string): Promise<CasePersonEntity[]> {
    return this.db.read.find(CasePersonEntity, {
      where: { caseId },
      order: { createdAt: 'ASC', codeName: 'ASC' },
    })
  }

  /**
   * The real identities behind the code names. The caller has checked the step-up; the reveal is a
   * write so that it is audited (`case.reveal`) in the same transaction that reads them.
   */
  reveal(viewer: Viewer, caseId: string): Promise<(CasePersonIdentity & { codeName: string })[]> {
    return this.gate.write(
      viewer,
      caseId,
      'case.reveal',
      async manager => {
        const people = await manager.find(CasePersonEntity, {
          where: { caseId },
          order: { createdAt: 'ASC' },
        })
        return people.map(person => ({
          codeName: person.codeName,
          ...parseCasePersonIdentity(
            this.cipher.decrypt(person.sealedIdentity, CASE_PERSON_IDENTITY.at(person.id)),
          ),
        }))
      },
      // The names stay needed after closing (the Working Group's hand-over).
      { allowClosed: true },
    )
  }

  private async recuseInvolved(manager: EntityManager, caseId: string, accountId: string, now: Date) {
    const existing = await manager.findOneBy(CaseRecusalEntity, { caseId, accountId })
    if (existing === null) {
      await manager.insert(CaseRecusalEntity, {
        id: newId(),
        caseId,
        accountId,
        kind: 'involved',
        createdAt: now,
      })
    }
  }
}
