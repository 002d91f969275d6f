import {
  CaseReason,
  CaseStatus,
  SIGN_OFFS_TO_DECIDE,
  isCaseAction,
  transitionOf,
  type CaseAction,
} from '@conduct-desk/shared'
import { IsNull, type EntityManager } from 'typeorm'
import type { Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import type { FieldCipher } from '../../platform/crypto/field-cipher.js'
import { badUserInput, conflict, forbidden } from '../../platform/errors/domain-error.js'
import { isUniqueViolation } from '../../platform/db/unique-violation.js'
import { newId } from '../../platform/security/tokens.js'
import type { Clock } from '../../platform/time/clock.js'
import { CaseActionEntity } from './case-action.entity.js'
import { CaseFileEntity } from './case-file.entity.js'
import type { CaseGate, OpenedCase } from './case-gate.js'
import type { PublishCaseChange } from './case-inbox.service.js'
import {
  CASE_PROPOSAL_RESOLUTION,
  CASE_PROPOSAL_RESPONSE_NOTE,
  CaseProposalEntity,
  type ReporterResponse,
} from './case-proposal.entity.js'
import { CaseRecusalEntity } from './case-recusal.entity.js'
import { CaseSignOffEntity } from './case-sign-off.entity.js'
import type { CaseEscalationMail } from './case-escalation-mail.js'
import type { PublishEscalation } from './case-escalations.service.js'
import { recordStatusChange } from './case-status-changes.js'
import { actorOf, canSignOff } from './case.policy.js'

/** Someone else moved the case between reading and writing: look again. */
const movedMeanwhile = () =>
  conflict('The case changed meanwhile. Look at it again.', CaseReason.MoveNotAllowed)

/**
 * How a case moves towards a decision nobody makes alone (DESIGN §2): plain status moves, a
 * proposed resolution for the reporter, two sign-offs by two different responders (unique in the
 * database, so parallel taps by one person count once), the reporter's response, and the public
 * summary line before closing. Every step goes through the case gate: rules checked, audited.
 */
export class CaseDecisionsService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly cipher: FieldCipher,
    private readonly gate: CaseGate,
    private readonly publish: PublishCaseChange,
    private readonly escalationMail: CaseEscalationMail,
    private readonly publishEscalation: PublishEscalation,
  ) {}

  /**
   * A move that one person makes (CASE_TRANSITIONS `plain`), or the two that need more: deciding
   * (two sign-offs and the reporter's response) and closing (the public summary line). Proposing is
   * its own operation.
   * @throws CONFLICT with CASE_MOVE_NOT_ALLOWED, CASE_MOVE_NEEDS_ITS_STEP, CASE_SIGN_OFFS_MISSING,
   * CASE_REPORTER_RESPONSE_MISSING or CASE_SUMMARY_MISSING.
   */
  async move(viewer: Viewer, caseId: string, to: CaseStatus): Promise<void> {
    const action = to === CaseStatus.EscalatedToWg ? 'case.escalate' : 'case.status'
    const moved = await this.gate.write(
      viewer,
      caseId,
      action,
      async (manager, opened) => {
        const transition = this.transitionFor(opened, to)
        if (transition.move === 'proposal') {
          throw conflict('Propose a resolution to move the case there.', CaseReason.MoveNeedsItsStep)
        }
        const proposal = await this.openProposal(manager, caseId)
        if (transition.move === 'sign-offs') {
          await this.requireDecidable(manager, proposal)
        } else if (proposal !== null && to === CaseStatus.InReview) {
          // Back to review: the proposal is withdrawn, and a new one starts its sign-offs afresh.
          await manager.update(CaseProposalEntity, { id: proposal.id }, { withdrawnAt: opened.now })
        }
        if (transition.move === 'summary' && !opened.caseFile.publicSummary?.trim()) {
          throw conflict('Write the public summary line before closing.', CaseReason.SummaryMissing)
        }
        await this.land(manager, opened, to, viewer)
        return { caseFile: opened.caseFile, from: opened.caseFile.status }
      },
      // Reopening a closed case is the one change a closed case takes.
      { allowClosed: true },
    )
    if (to === CaseStatus.EscalatedToWg || moved.from === CaseStatus.EscalatedToWg) {
      this.publishEscalation()
    }
    if (to === CaseStatus.EscalatedToWg) {
      await this.escalationMail.escalated(moved.caseFile)
    }
  }

  /**
   * The viewer stands aside from the case (a conflict they need not explain). From their next
   * request on, the case is hidden from them on every path, as if it did not exist.
   */
  recuse(viewer: Viewer, caseId: string): Promise<void> {
    return this.gate.write(
      viewer,
      caseId,
      'case.recuse',
      async (manager, { now }) => {
        await manager.insert(CaseRecusalEntity, {
          id: newId(),
          caseId,
          accountId: viewer.accountId,
          kind: 'declared',
          createdAt: now,
        })
      },
      // Standing aside is always possible, closed case or not.
      { allowClosed: true },
    )
  }

  /**
   * Proposes a resolution, in plain words for the reporter, who sees it on their follow-up page, with
   * the actions it takes (keys, for the transparency report's counts), written in the same audited
   * write as the proposal.
   * @throws BAD_USER_INPUT (field `actions`) when an action is named twice or is not one of CASE_ACTIONS.
   */
  async propose(
    viewer: Viewer,
    caseId: string,
    resolution: string,
    actions: readonly CaseAction[] = [],
  ): Promise<void> {
    if (new Set(actions).size !== actions.length || !actions.every(isCaseAction)) {
      throw badUserInput('Name each action once, from the list of actions.', 'actions')
    }
    return this.gate.write(viewer, caseId, 'case.propose', async (manager, opened) => {
      const transition = this.transitionFor(opened, CaseStatus.ResolutionProposed)
      if (transition.move !== 'proposal') {
        throw conflict('This case cannot take a proposal now.', CaseReason.MoveNotAllowed)
      }
      const id = newId()
      await manager.insert(CaseProposalEntity, {
        id,
        caseId,
        sealedResolution: this.cipher.encrypt(resolution.trim(), CASE_PROPOSAL_RESOLUTION.at(id)),
        proposedById: viewer.accountId,
        createdAt: opened.now,
        withdrawnAt: null,
        reporterResponse: null,
        sealedResponseNote: null,
        responseRecordedById: null,
        respondedAt: null,
      })
      if (actions.length > 0) {
        await manager.insert(
          CaseActionEntity,
          actions.map(action => ({ proposalId: id, action, caseId })),
        )
      }
      await this.land(manager, opened, CaseStatus.ResolutionProposed, viewer)
    })
  }

  /**
   * The viewer signs the open proposal off. Twice by the same person is refused by the database's
   * unique pair, also when both arrive at once.
   * @throws CONFLICT with CASE_NO_OPEN_PROPOSAL or CASE_ALREADY_SIGNED_OFF.
   */
  signOff(viewer: Viewer, caseId: string): Promise<void> {
    return this.gate.write(viewer, caseId, 'case.sign-off', async (manager, opened) => {
      if (actorOf(opened.reader, opened.facts) !== 'responder') {
        throw forbidden('Only the event’s responders sign off a proposed resolution.')
      }
      const proposal = await this.openProposal(manager, caseId)
      if (proposal === null || !canSignOff(opened.reader, opened.facts)) {
        throw conflict('There is no proposal to sign off.', CaseReason.NoOpenProposal)
      }
      try {
        await manager.insert(CaseSignOffEntity, {
          id: newId(),
          proposalId: proposal.id,
          accountId: viewer.accountId,
          createdAt: opened.now,
        })
      } catch (error) {
        throw isUniqueViolation(error)
          ? conflict('You have already signed this proposal off.', CaseReason.AlreadySignedOff)
          : error
      }
    })
  }

  /**
   * The team records the reporter's response given another way, or why they could not be reached.
   * @throws CONFLICT with CASE_NO_OPEN_PROPOSAL or CASE_REPORTER_ALREADY_RESPONDED.
   */
  recordResponse(
    viewer: Viewer,
    caseId: string,
    response: ReporterResponse,
    note: string | null,
  ): Promise<void> {
    if (response === 'unreachable' && !note?.trim()) {
      throw badUserInput(
        'Say why the reporter could not be reached.',
        'note',
        CaseReason.UnreachableNeedsReason,
      )
    }
    return this.gate.write(viewer, caseId, 'case.reporter-response', async (manager, opened) => {
      await this.respond(manager, caseId, response, note, viewer.accountId, opened.now)
    })
  }

  /**
   * The reporter answers the proposal on their follow-up page (after the receipt was checked).
   * Audited without an actor: the reporter is anonymous.
   */
  async respondAsReporter(
    caseFile: Pick<CaseFileEntity, 'id' | 'eventId'>,
    response: Exclude<ReporterResponse, 'unreachable'>,
    note: string | null,
  ): Promise<void> {
    const now = this.clock.now()
    await this.db.write(async manager => {
      await this.respond(manager, caseFile.id, response, note, null, now)
      await this.gate.record(manager, null, 'case.reporter-response', caseFile)
    })
    this.publish(caseFile.eventId, caseFile.id)
  }

  /** The public summary line, for the transparency report; closing needs it. */
  setPublicSummary(viewer: Viewer, caseId: string, summary: string): Promise<void> {
    return this.gate.write(viewer, caseId, 'case.summary', async manager => {
      await manager.update(CaseFileEntity, { id: caseId }, { publicSummary: summary.trim() || null })
    })
  }

  private transitionFor(opened: OpenedCase, to: CaseStatus) {
    const actor = actorOf(opened.reader, opened.facts)
    const transition = actor === null ? null : transitionOf(opened.caseFile.status, to, actor)
    if (transition === null) {
      throw conflict('The case cannot move to that status from where it is.', CaseReason.MoveNotAllowed)
    }
    return transition
  }

  private async land(manager: EntityManager, opened: OpenedCase, to: CaseStatus, viewer: Viewer) {
    if (!(await recordStatusChange(manager, opened.caseFile, to, viewer.accountId, opened.now))) {
      throw movedMeanwhile()
    }
  }

  private openProposal(manager: EntityManager, caseId: string): Promise<CaseProposalEntity | null> {
    return manager.findOne(CaseProposalEntity, {
      where: { caseId, withdrawnAt: IsNull() },
      order: { createdAt: 'DESC' },
    })
  }

  private async requireDecidable(manager: EntityManager, proposal: CaseProposalEntity | null) {
    const signers =
      proposal === null ? 0 : await manager.countBy(CaseSignOffEntity, { proposalId: proposal.id })
    if (signers < SIGN_OFFS_TO_DECIDE) {
      throw conflict('A decision needs two responders’ sign-offs.', CaseReason.SignOffsMissing)
    }
    if (proposal?.reporterResponse === null) {
      throw conflict(
        'Record the reporter’s response, or why they could not be reached.',
        CaseReason.ReporterResponseMissing,
      )
    }
  }

  private async respond(
    manager: EntityManager,
    caseId: string,
    response: ReporterResponse,
    note: string | null,
    recordedById: string | null,
    now: Date,
  ): Promise<void> {
    const proposal = await this.openProposal(manager, caseId)
    if (proposal === null) {
      throw conflict('There is no proposed resolution to respond to.', CaseReason.NoOpenProposal)
    }
    const sealedNote = note?.trim()
      ? this.cipher.encrypt(note.trim(), CASE_PROPOSAL_RESPONSE_NOTE.at(proposal.id))
      : null
    // Conditional on no response yet: the first answer stands, whoever gives it.
    const result = await manager.update(
      CaseProposalEntity,
      { id: proposal.id, reporterResponse: IsNull() },
      {
        reporterResponse: response,
        sealedResponseNote: sealedNote,
        responseRecordedById: recordedById,
        respondedAt: now,
      },
    )
    if (result.affected === 0) {
      throw conflict(
        'The response to this proposal is already recorded.',
        CaseReason.ReporterAlreadyResponded,
      )
    }
  }
}
