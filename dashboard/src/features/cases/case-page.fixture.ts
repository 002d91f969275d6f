import { Role } from '@conduct-desk/shared'
import type { VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, vi } from 'vitest'
import type { CasesDetailQuery, CasesWorkFieldsFragment } from '@/graphql/generated/graphql'
import { openLiveConnection } from '@/graphql/subscriptions'
import { fakeLiveConnection } from '@/testing/fake-live-connection'
import { viewer } from '@/testing/fixtures'
import { plain } from '@/testing/page-clock'
import { stubGraphql } from '@/testing/stub-graphql'
import { setCasesLiveConnectionFactory } from './cases.store'

/** What the case page's tests share: a case as the API answers it, the fake server, finding buttons. */

type Detail = CasesDetailQuery['case']
type Handler = (variables: Record<string, unknown>) => object

/** Fake clock and live socket around each test of the case page. */
export function useCasePageHooks(now = '2026-06-03T10:00:00Z'): void {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true, now: new Date(now) })
    setCasesLiveConnectionFactory(fakeLiveConnection().factory)
  })
  afterEach(() => {
    setCasesLiveConnectionFactory(openLiveConnection)
    vi.useRealTimers()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })
}

/** A responder of event e1 reading the case `detail()` gives; `handlers` answer the rest. */
export function stubCase(detail: () => Detail, handlers: Record<string, Handler> = {}) {
  return stubGraphql({
    SessionViewer: () => ({ data: { viewer: viewer([{ role: Role.Responder, eventId: 'e1' }]) } }),
    CasesInbox: () => ({
      data: {
        caseInbox: {
          cases: [],
          counters: { open: 0, overdue: 0, awaitingReview: 0, assignedToMe: 0 },
          page: 1,
          pageCount: 1,
          total: 0,
        },
      },
    }),
    CasesEvent: () => ({
      data: { event: { id: 'e1', name: 'PyCon', timeZone: 'UTC', reportCategories: [] } },
    }),
    CasesDetail: () => ({ data: { case: detail() } }),
    CasesWgContact: () => ({ data: { workingGroupContact: { email: null, phone: null, note: null } } }),
    ...handlers,
  })
}

/** What a case-work mutation answers: the case without what it does not change. */
export function workOf(
  detail: Detail,
  change: Partial<CasesWorkFieldsFragment> = {},
): CasesWorkFieldsFragment {
  const {
    reports: _r,
    messages: _m,
    attachments: _a,
    eventId: _e,
    codeName: _c,
    team: _t,
    people: _p,
    ...rest
  } = detail
  return { ...rest, ...change }
}

export function hasButton(wrapper: VueWrapper, name: string): boolean {
  return wrapper.findAll('button').some(candidate => plain(candidate.text()) === name)
}

export { buttonNamed } from '@/testing/button-named'

/** The index of the fetch call that sent mutation `name`, or -1. */
export function mutationCall(fetchMock: ReturnType<typeof stubGraphql>, name: string): number {
  return fetchMock.mock.calls.findIndex(call => String(call[1]?.body).includes(`mutation ${name}`))
}

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
        reportId: 'r1',
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
        addedBy: 'reporter',
        addedByName: null,
        createdAt: '2026-06-03T07:51:00.000Z',
      },
      {
        id: 'a2',
        kind: 'pdf',
        mimeType: 'application/pdf',
        sizeBytes: 12_000,
        name: 'programme.pdf',
        url: '/attachments/a2',
        isMetadataRemoved: false,
        addedBy: 'team',
        addedByName: 'Tomás Ferreira',
        createdAt: '2026-06-03T08:30:00.000Z',
      },
    ],
    linkedCases: [],
    mergedCases: [],
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
    review: {
      severity: null,
      safetyRisk: null,
      ongoingHarassment: null,
      lawEnforcementCalled: null,
      jurisdiction: null,
      impact: null,
      risk: null,
    },
    team: [
      { accountId: 'a-amara', name: 'Amara Okafor' },
      { accountId: 'a-tomas', name: 'Tomás Ferreira' },
    ],
    people: [],
  }
}
