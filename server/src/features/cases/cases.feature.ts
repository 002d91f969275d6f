import type { Feature } from '../../platform/feature/feature.js'
import { CaseAccessEntity } from './case-access.entity.js'
import { CaseActionEntity } from './case-action.entity.js'
import { CASE_ENTRY_BODY, CaseEntryEntity } from './case-entry.entity.js'
import { CASE_REVIEW, CaseFileEntity } from './case-file.entity.js'
import { CASE_MESSAGE_BODY, CaseMessageEntity } from './case-message.entity.js'
import {
  CASE_PROPOSAL_RESOLUTION,
  CASE_PROPOSAL_RESPONSE_NOTE,
  CaseProposalEntity,
} from './case-proposal.entity.js'
import { CASE_PERSON_IDENTITY, CasePersonEntity } from './case-person.entity.js'
import { CaseRecusalEntity } from './case-recusal.entity.js'
import { CaseSignOffEntity } from './case-sign-off.entity.js'
import { CaseStatusChangeEntity } from './case-status-change.entity.js'
import { CaseEscalationsResolver } from './case-escalations.resolver.js'
import { CaseLinksResolver } from './case-links.resolver.js'
import { CASE_LINK_NOTE, CaseLinkEntity } from './case-link.entity.js'
import { CaseRecordResolver } from './case-record.resolver.js'
import { CaseResolver } from './case.resolver.js'
import { INCIDENT_REPORT_CONTENT, IncidentReportEntity } from './incident-report.entity.js'

/**
 * Cases: the team's record of reports, and the only feature that writes it (the report rows, the
 * reporter's wishes, the conversation, status changes, recusals, proposals and sign-offs).
 */
export const casesFeature: Feature = {
  name: 'cases',
  entities: [
    CaseFileEntity,
    IncidentReportEntity,
    CaseAccessEntity,
    CaseMessageEntity,
    CaseStatusChangeEntity,
    CaseRecusalEntity,
    CaseProposalEntity,
    CaseSignOffEntity,
    CaseActionEntity,
    CaseEntryEntity,
    CasePersonEntity,
    CaseLinkEntity,
  ],
  resolvers: [CaseResolver, CaseRecordResolver, CaseEscalationsResolver, CaseLinksResolver],
  sealedColumns: [
    INCIDENT_REPORT_CONTENT,
    CASE_MESSAGE_BODY,
    CASE_PROPOSAL_RESOLUTION,
    CASE_PROPOSAL_RESPONSE_NOTE,
    CASE_ENTRY_BODY,
    CASE_REVIEW,
    CASE_PERSON_IDENTITY,
    CASE_LINK_NOTE,
  ],
}
