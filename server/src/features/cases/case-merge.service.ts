import { CaseReason } from '@conduct-desk/shared'
import { IsNull, type EntityManager } from 'typeorm'
import type { Viewer } from '../../authorization/viewer.js'
import { conflict, forbidden } from '../../platform/errors/domain-error.js'
import { newId } from '../../platform/security/tokens.js'
import { CaseAccessEntity } from './case-access.entity.js'
import type { CaseAttachmentsMover } from './case-attachments-mover.js'
import { CaseEntryEntity } from './case-entry.entity.js'
import { CaseFileEntity } from './case-file.entity.js'
import type { CaseGate, OpenedCase } from './case-gate.js'
import { CaseLinkEntity } from './case-link.entity.js'
import { CaseMessageEntity } from './case-message.entity.js'
import { nextPersonCodeName } from './case-people.service.js'
import { CasePersonEntity } from './case-person.entity.js'
import { CaseRecusalEntity } from './case-recusal.entity.js'
import { CaseStatusChangeEntity } from './case-status-change.entity.js'
import { actorOf, canMerge } from './case.policy.js'
import { IncidentReportEntity } from './incident-report.entity.js'

/** Rows that simply change case: the case's reports, conversation, record and status history. */
const MOVED_AS_THEY_ARE = [IncidentReportEntity, CaseMessageEntity, CaseEntryEntity, CaseStatusChangeEntity]

/** Refuses a case the viewer may not merge: not theirs to work on, or past the point of merging. */
function mustBeMergeable(opened: OpenedCase) {
  if (actorOf(opened.reader, opened.facts) !== 'responder') {
    throw forbidden()
  }
  if (!canMerge(opened.reader, opened.facts)) {
    throw conflict(
      'Only cases still being worked on (new, acknowledged, in review) are merged.',
      CaseReason.NotMergeable,
    )
  }
}

/**
 * Merges reports about the same incident into one case (DESIGN §2). Everything of the merged case
 * moves to the case it is merged into, and the reporters' exclusions and the recusals of BOTH hold
 * on it from the same transaction on: whoever could not see one of them cannot see the merged case,
 * on any path. The merged case keeps only its row, pointing at the other.
 */
export class CaseMergeService {
  constructor(
    private readonly gate: CaseGate,
    private readonly attachments: CaseAttachmentsMover,
  ) {}

  /** Merges `caseId` into `intoCaseId`; one audit entry on each. */
  merge(viewer: Viewer, caseId: string, intoCaseId: string): Promise<void> {
    return this.gate.writePair(
      viewer,
      [caseId, intoCaseId],
      'case.merge',
      mustBeMergeable,
      async (manager, [source, target]) => {
        const from = source.caseFile.id
        const to = target.caseFile.id
        await nameReportsOfMessages(manager, [from, to])
        for (const entity of MOVED_AS_THEY_ARE) {
          await manager.update(entity, { caseId: from }, { caseId: to })
        }
        await movePeople(manager, from, to)
        await carryWishes(manager, from, to)
        await carryRecusals(manager, from, to)
        await moveLinks(manager, from, to)
        await this.attachments.moveToCase(manager, from, to)
        // Merges stay one step deep: cases merged into this one before now point at the target.
        await manager.update(CaseFileEntity, { mergedIntoId: from }, { mergedIntoId: to })
        await manager.update(
          CaseFileEntity,
          { id: from },
          { mergedIntoId: to, mergedAt: target.now, mergedById: viewer.accountId },
        )
      },
    )
  }
}

/**
 * Messages that name no report (written before messages did) belong to their case's one report:
 * they are named before the case holds two, so each reporter keeps reading only their own.
 */
async function nameReportsOfMessages(manager: EntityManager, caseIds: readonly string[]) {
  for (const caseId of caseIds) {
    const first = await manager.findOne(IncidentReportEntity, {
      where: { caseId },
      order: { submittedAt: 'ASC' },
    })
    if (first !== null) {
      await manager.update(CaseMessageEntity, { caseId, reportId: IsNull() }, { reportId: first.id })
    }
  }
}

/** The people involved move under the next free code names of the target ("Person C", …). */
async function movePeople(manager: EntityManager, from: string, to: string) {
  const taken = await manager.countBy(CasePersonEntity, { caseId: to })
  const people = await manager.find(CasePersonEntity, {
    where: { caseId: from },
    order: { createdAt: 'ASC', codeName: 'ASC' },
  })
  for (const [index, person] of people.entries()) {
    await manager.update(
      CasePersonEntity,
      { id: person.id },
      { caseId: to, codeName: nextPersonCodeName(taken + index) },
    )
  }
}

/**
 * Each reporter's wishes hold on the merged case. One wish per contact: an exclusion by either
 * reporter wins over the other's preference. The merged case keeps its own rows too (it is still
 * checked when opened by its old id, as the case it points at).
 */
async function carryWishes(manager: EntityManager, from: string, to: string) {
  const existing = new Map(
    (await manager.findBy(CaseAccessEntity, { caseId: to })).map(w => [w.contactId, w]),
  )
  for (const wish of await manager.findBy(CaseAccessEntity, { caseId: from })) {
    const held = existing.get(wish.contactId)
    if (held === undefined) {
      await manager.insert(CaseAccessEntity, { ...wish, id: newId(), caseId: to })
    } else {
      await manager.update(
        CaseAccessEntity,
        { id: held.id },
        {
          kind: held.kind === 'excluded' || wish.kind === 'excluded' ? 'excluded' : 'preferred',
          accountId: held.accountId ?? wish.accountId,
        },
      )
    }
  }
}

/** Whoever stood aside from either case stands aside from the merged one. */
async function carryRecusals(manager: EntityManager, from: string, to: string) {
  const existing = new Set((await manager.findBy(CaseRecusalEntity, { caseId: to })).map(r => r.accountId))
  for (const recusal of await manager.findBy(CaseRecusalEntity, { caseId: from })) {
    if (!existing.has(recusal.accountId)) {
      await manager.insert(CaseRecusalEntity, { ...recusal, id: newId(), caseId: to })
    }
  }
}

/** Links of the merged case become links of the target; a link between the two goes. */
async function moveLinks(manager: EntityManager, from: string, to: string) {
  const links = await manager.find(CaseLinkEntity, {
    where: [{ caseId: from }, { otherCaseId: from }],
  })
  for (const link of links) {
    await manager.delete(CaseLinkEntity, { id: link.id })
    const other = link.caseId === from ? link.otherCaseId : link.caseId
    if (other === to) {
      continue
    }
    const [caseId, otherCaseId] = [other, to].sort() as [string, string]
    if ((await manager.countBy(CaseLinkEntity, { caseId, otherCaseId })) === 0) {
      await manager.insert(CaseLinkEntity, { ...link, caseId, otherCaseId })
    }
  }
}
