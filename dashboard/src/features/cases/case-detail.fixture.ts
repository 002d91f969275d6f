import type { CasesDetailQuery } from '@/graphql/generated/graphql'

export const HOSTILE = 'He said <script>window.hacked = true</script> and <b>laughed</b>.\nThen left.'

/** A case as the API answers it, for the case page's tests. */
export function caseDetail(): CasesDetailQuery['case'] {
  return {
    id: 'c1',
    eventId: 'e1',
    codeName: 'sunny lantern',
    status: 'NEW',
    createdAt: '2026-06-03T07:50:00.000Z',
    updatedAt: '2026-06-03T07:50:00.000Z',
    channel: 'in-person',
    category: 'harassment-or-intimidation',
    isUrgent: true,
    isOngoing: false,
    isRequestedFromViewer: false,
    reports: [
      {
        id: 'r1',
        channel: 'in-person',
        language: 'en',
        submittedAt: '2026-06-03T07:50:00.000Z',
        category: 'harassment-or-intimidation',
        isUrgent: true,
        isOngoing: false,
        description: HOSTILE,
        when: 'After the keynote',
        where: 'Hall B',
        peopleInvolved: null,
        witnesses: 'Someone with a red scarf',
        contactDetails: null,
        preferredContacts: ['Amara Okafor'],
        isConfidentialityExplained: true,
        isImmediateActionNeeded: false,
        enteredByName: 'Tomás Ferreira',
      },
    ],
    messages: [
      {
        id: 'm1',
        from: 'reporter',
        authorName: null,
        body: 'Thank you.',
        createdAt: '2026-06-03T07:55:00.000Z',
      },
    ],
    attachments: [
      {
        id: 'a1',
        kind: 'image',
        mimeType: 'image/png',
        sizeBytes: 245_000,
        name: '<img src=x onerror=alert(1)>.png',
        url: '/attachments/a1',
        isMetadataRemoved: true,
      },
      {
        id: 'a2',
        kind: 'pdf',
        mimeType: 'application/pdf',
        sizeBytes: 12_000,
        name: 'programme.pdf',
        url: '/attachments/a2',
        isMetadataRemoved: false,
      },
    ],
    allowedMoves: ['ACKNOWLEDGED', 'IN_REVIEW', 'ESCALATED_TO_WG'],
    publicSummary: null,
    acknowledgeBy: '2026-06-04T07:50:00.000Z',
    followUpBy: null,
    isOverdue: false,
    isAwaitingReview: false,
    assignedToName: null,
    severity: null,
    statusChanges: [],
    proposal: null,
    entries: [],
  }
}
