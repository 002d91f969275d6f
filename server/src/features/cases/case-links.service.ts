import { In, type EntityManager } from 'typeorm'
import type { Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import type { FieldCipher } from '../../platform/crypto/field-cipher.js'
import { forbidden } from '../../platform/errors/domain-error.js'
import { newId } from '../../platform/security/tokens.js'
import { AccountEntity } from '../accounts/account.entity.js'
import { factsOf, readerOf } from './case-facts.js'
import { CaseFileEntity } from './case-file.entity.js'
import type { CaseGate, OpenedCase } from './case-gate.js'
import { CASE_LINK_NOTE, CaseLinkEntity } from './case-link.entity.js'
import { canLink, canView } from './case.policy.js'

/** A case linked with the one at hand, as the viewer may see it. */
export interface LinkedCaseView {
  readonly caseId: string
  readonly codeName: string
  readonly status: CaseFileEntity['status']
  readonly note: string | null
  readonly linkedByName: string | null
  readonly linkedAt: Date
}

function mustBeLinkable(opened: OpenedCase) {
  if (!canLink(opened.reader, opened.facts)) {
    throw forbidden()
  }
}

/** The pair's row key: its ids in order, so a link is one row whichever side made it. */
const pairOf = (a: string, b: string) => {
  const [caseId, otherCaseId] = [a, b].sort() as [string, string]
  return { caseId, otherCaseId }
}

/** The names of the accounts among `ids`, in one query. */
async function accountNames(read: EntityManager, ids: readonly (string | null)[]) {
  const unique = [...new Set(ids.filter(id => id !== null))]
  const rows = unique.length === 0 ? [] : await read.findBy(AccountEntity, { id: In(unique) })
  return new Map(rows.map(row => [row.id, row.name]))
}

/**
 * Links between cases of one event (the same people, the same evening), kept as separate cases.
 * A link is listed only where the viewer may see the other case: a case hidden from them is not
 * even hinted at.
 */
export class CaseLinksService {
  constructor(
    private readonly db: Database,
    private readonly cipher: FieldCipher,
    private readonly gate: CaseGate,
  ) {}

  /** Links two cases (again: the note is replaced); one audit entry on each. */
  link(viewer: Viewer, caseId: string, otherCaseId: string, note: string | null): Promise<void> {
    return this.gate.writePair(
      viewer,
      [caseId, otherCaseId],
      'case.link',
      mustBeLinkable,
      async (manager, [first, second]) => {
        const pair = pairOf(first.caseFile.id, second.caseFile.id)
        const existing = await manager.findOneBy(CaseLinkEntity, pair)
        const id = existing?.id ?? newId()
        const sealedNote = note === null ? null : this.cipher.encrypt(note.trim(), CASE_LINK_NOTE.at(id))
        if (existing === null) {
          await manager.insert(CaseLinkEntity, {
            id,
            ...pair,
            sealedNote,
            createdById: viewer.accountId,
            createdAt: first.now,
          })
        } else {
          await manager.update(CaseLinkEntity, { id }, { sealedNote })
        }
      },
    )
  }

  /** Removes the link between two cases, if there is one; audited on each. */
  unlink(viewer: Viewer, caseId: string, otherCaseId: string): Promise<void> {
    return this.gate.writePair(
      viewer,
      [caseId, otherCaseId],
      'case.link',
      mustBeLinkable,
      async (manager, [first, second]) => {
        await manager.delete(CaseLinkEntity, pairOf(first.caseFile.id, second.caseFile.id))
      },
    )
  }

  /**
   * The cases linked with `caseId` that the viewer may see, oldest link first. The caller has opened
   * `caseId` through the gate (its content is being read).
   */
  async linkedTo(viewer: Viewer, caseId: string): Promise<LinkedCaseView[]> {
    const read = this.db.read
    const links = await read.find(CaseLinkEntity, {
      where: [{ caseId }, { otherCaseId: caseId }],
      order: { createdAt: 'ASC' },
    })
    const otherOf = (link: CaseLinkEntity) => (link.caseId === caseId ? link.otherCaseId : link.caseId)
    const others = links.length === 0 ? [] : await read.findBy(CaseFileEntity, { id: In(links.map(otherOf)) })
    if (others.length === 0) {
      return []
    }
    const [facts, reader] = await Promise.all([
      factsOf(read, others),
      readerOf(read, viewer, others[0]!.eventId),
    ])
    const visible = new Map(
      others.filter(other => canView(reader, facts.get(other.id)!)).map(other => [other.id, other]),
    )
    const names = await accountNames(
      read,
      links.map(link => link.createdById),
    )
    return links.flatMap(link => {
      const other = visible.get(otherOf(link))
      return other === undefined
        ? []
        : [
            {
              caseId: other.id,
              codeName: other.codeName,
              status: other.status,
              note:
                link.sealedNote === null
                  ? null
                  : this.cipher.decrypt(link.sealedNote, CASE_LINK_NOTE.at(link.id)),
              linkedByName: link.createdById === null ? null : (names.get(link.createdById) ?? null),
              linkedAt: link.createdAt,
            },
          ]
    })
  }

  /** The cases merged into `caseId`, with who merged each and when: for its timeline. */
  async mergedInto(caseId: string) {
    const merged = await this.db.read.find(CaseFileEntity, {
      where: { mergedIntoId: caseId },
      order: { mergedAt: 'ASC' },
    })
    const names = await accountNames(
      this.db.read,
      merged.map(row => row.mergedById),
    )
    return merged.map(row => ({
      codeName: row.codeName,
      mergedAt: row.mergedAt!,
      mergedByName: row.mergedById === null ? null : (names.get(row.mergedById) ?? null),
    }))
  }
}
