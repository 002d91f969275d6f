import { CASE_ACTIONS, CASE_TRANSITIONS } from '@conduct-desk/shared'
import { In, type EntityManager } from 'typeorm'
import type { Viewer } from '../../authorization/viewer.js'
import type { Database } from '../../db/database.js'
import type { FieldCipher } from '../../platform/crypto/field-cipher.js'
import { AccountEntity } from '../accounts/account.entity.js'
import { ContactEntity } from '../contacts/contact.entity.js'
import { CaseActionEntity } from './case-action.entity.js'
import type { CaseGate, OpenedCase } from './case-gate.js'
import type { CaseInboxService } from './case-inbox.service.js'
import type { CaseMessageEntity } from './case-message.entity.js'
import type { CaseEntriesService } from './case-entries.service.js'
import type { CaseMessagesService } from './case-messages.service.js'
import type { CasePeopleService } from './case-people.service.js'
import type { CaseReviewService } from './case-review.service.js'
import { teamOf } from './case-team.js'
import {
  CASE_PROPOSAL_RESOLUTION,
  CASE_PROPOSAL_RESPONSE_NOTE,
  CaseProposalEntity,
} from './case-proposal.entity.js'
import { CaseSignOffEntity } from './case-sign-off.entity.js'
import { CaseStatusChangeEntity } from './case-status-change.entity.js'
import { actorOf } from './case.policy.js'
import type { CaseDetail, CaseMessage } from './case.type.js'
import { INCIDENT_REPORT_CONTENT, IncidentReportEntity } from './incident-report.entity.js'
import { parseReportContent } from './report-content.js'

/** One case as the team works it: its reports, conversation, status history and proposal. */
export class CaseDetailService {
  constructor(
    private readonly db: Database,
    private readonly cipher: FieldCipher,
    private readonly gate: CaseGate,
    private readonly inbox: CaseInboxService,
    private readonly messages: CaseMessagesService,
    private readonly entries: CaseEntriesService,
    private readonly review: CaseReviewService,
    private readonly people: CasePeopleService,
  ) {}

  /**
   * One case, decrypted; the read is audited. A case merged into another answers as that one.
   * @throws NOT_FOUND when it does not exist or is hidden from the viewer (the same answer).
   */
  async detail(viewer: Viewer, requestedId: string): Promise<CaseDetail> {
    const opened = await this.gate.read(viewer, requestedId)
    const { caseFile } = opened
    const caseId = caseFile.id
    const read = this.db.read
    const [[summary], reports, messages, changes, proposal, entries, team, people] = await Promise.all([
      this.inbox.summaries(viewer, caseFile.eventId, [caseFile]),
      read.find(IncidentReportEntity, { where: { caseId }, order: { submittedAt: 'ASC' } }),
      this.messages.of(caseId),
      read.find(CaseStatusChangeEntity, { where: { caseId }, order: { createdAt: 'ASC' } }),
      read.findOne(CaseProposalEntity, { where: { caseId }, order: { createdAt: 'DESC' } }),
      this.entries.of(caseId),
      teamOf(read, caseFile, opened.facts),
      this.people.list(caseId),
    ])
    const live = proposal === null || proposal.withdrawnAt !== null ? null : proposal
    const [signOffs, actions] =
      live === null
        ? [[], []]
        : await Promise.all([
            read.find(CaseSignOffEntity, { where: { proposalId: live.id }, order: { createdAt: 'ASC' } }),
            read.find(CaseActionEntity, { where: { proposalId: live.id } }),
          ])
    const contents = reports.map(report =>
      parseReportContent(this.cipher.decrypt(report.sealedContent, INCIDENT_REPORT_CONTENT.at(report.id))),
    )
    const contactNames = await namesOf(
      read,
      ContactEntity,
      contents.flatMap(content => content.preferredContactIds),
    )
    const names = await namesOf(read, AccountEntity, [
      ...reports.map(report => report.enteredById),
      ...messages.map(message => message.authorId),
      ...changes.map(change => change.actorId),
      ...signOffs.map(signOff => signOff.accountId),
      live?.proposedById ?? null,
      live?.responseRecordedById ?? null,
      ...entries.flatMap(entry => [entry.authorId, entry.reviewedById]),
    ])
    const nameOf = (id: string | null) => (id === null ? null : (names.get(id) ?? null))
    return {
      ...summary!,
      eventId: caseFile.eventId,
      publicSummary: caseFile.publicSummary,
      allowedMoves: allowedMoves(opened),
      reports: reports.map((report, index) => {
        const content = contents[index]!
        return {
          id: report.id,
          channel: report.channel,
          language: report.language,
          submittedAt: report.submittedAt,
          category: report.category,
          isUrgent: report.isUrgent,
          isOngoing: report.isOngoing,
          description: content.description,
          when: content.when,
          where: content.where,
          peopleInvolved: content.peopleInvolved,
          witnesses: content.witnesses,
          contactDetails: content.contactDetails,
          preferredContacts: content.preferredContactIds.map(id => contactNames.get(id) ?? ''),
          isConfidentialityExplained: content.onSite?.isConfidentialityExplained ?? null,
          isImmediateActionNeeded: content.onSite?.isImmediateActionNeeded ?? null,
          enteredByName: nameOf(report.enteredById),
        }
      }),
      messages: messages.map(message => toCaseMessage(message, names)),
      entries: entries.map(entry => ({
        id: entry.id,
        kind: entry.kind,
        body: entry.body,
        authorName: nameOf(entry.authorId),
        createdAt: entry.createdAt,
        reviewDueAt: entry.reviewDueAt,
        reviewedAt: entry.reviewedAt,
        reviewedByName: nameOf(entry.reviewedById),
      })),
      review: {
        severity: caseFile.severity,
        safetyRisk: caseFile.safetyRisk,
        ongoingHarassment: caseFile.ongoingHarassment,
        lawEnforcementCalled: caseFile.lawEnforcementCalled,
        ...this.review.wordsOf(caseFile),
      },
      team: team.map(member => ({ accountId: member.accountId, name: member.name })),
      people: people.map(person => ({ ...person, isTeamMember: person.accountId !== null })),
      statusChanges: changes.map(change => ({
        from: change.fromStatus,
        to: change.toStatus,
        byName: nameOf(change.actorId),
        at: change.createdAt,
      })),
      proposal:
        live === null
          ? null
          : {
              id: live.id,
              resolution: this.cipher.decrypt(live.sealedResolution, CASE_PROPOSAL_RESOLUTION.at(live.id)),
              proposedByName: nameOf(live.proposedById),
              proposedAt: live.createdAt,
              // In the order of DESIGN §5, whatever order they were chosen in.
              actions: CASE_ACTIONS.filter(action => actions.some(chosen => chosen.action === action)),
              signOffs: signOffs.map(signOff => ({
                name: nameOf(signOff.accountId) ?? '',
                signedAt: signOff.createdAt,
              })),
              isSignedOffByViewer: signOffs.some(signOff => signOff.accountId === viewer.accountId),
              reporterResponse: live.reporterResponse,
              responseNote:
                live.sealedResponseNote === null
                  ? null
                  : this.cipher.decrypt(live.sealedResponseNote, CASE_PROPOSAL_RESPONSE_NOTE.at(live.id)),
              responseRecordedByName: nameOf(live.responseRecordedById),
              respondedAt: live.respondedAt,
            },
    }
  }
}

/** Where the viewer may move the case from its status now (CASE_TRANSITIONS, for their actor kind). */
function allowedMoves({ reader, facts, caseFile }: OpenedCase) {
  const actor = actorOf(reader, facts)
  return CASE_TRANSITIONS.filter(
    transition => transition.from === caseFile.status && actor !== null && transition.by.includes(actor),
  ).map(transition => transition.to)
}

async function namesOf(
  read: EntityManager,
  entity: typeof ContactEntity | typeof AccountEntity,
  ids: readonly (string | null)[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(id => id !== null))]
  const rows = unique.length === 0 ? [] : await read.findBy(entity, { id: In(unique) })
  return new Map(rows.map(row => [row.id, row.name]))
}

/** A message as the team reads it, with its author's name. */
export function toCaseMessage(
  message: CaseMessageEntity & { body: string },
  names: ReadonlyMap<string, string>,
): CaseMessage {
  return {
    id: message.id,
    from: message.authorKind,
    authorName: message.authorId === null ? null : (names.get(message.authorId) ?? null),
    reportId: message.reportId,
    body: message.body,
    createdAt: message.createdAt,
  }
}
