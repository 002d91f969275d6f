import { describe, expect, it } from 'vitest'
import {
  CASE_STATUSES,
  CaseStatus,
  caseStatusFromName,
  caseStatusName,
  transitionOf,
  type CaseActor,
} from './case-status.js'

const ACTORS: readonly CaseActor[] = ['responder', 'wg']

/** The whole table, written out: from → to → who may, and how. Anything absent is refused. */
const EXPECTED: Record<string, Partial<Record<CaseActor, string>>> = {
  'new→acknowledged': { responder: 'plain' },
  'new→in-review': { responder: 'plain' },
  'new→escalated-to-wg': { responder: 'plain' },
  'acknowledged→in-review': { responder: 'plain' },
  'acknowledged→escalated-to-wg': { responder: 'plain' },
  'in-review→resolution-proposed': { responder: 'proposal' },
  'in-review→escalated-to-wg': { responder: 'plain' },
  'resolution-proposed→in-review': { responder: 'plain' },
  'resolution-proposed→decided': { responder: 'sign-offs' },
  'resolution-proposed→escalated-to-wg': { responder: 'plain' },
  'decided→closed': { responder: 'summary' },
  'decided→in-review': { responder: 'plain' },
  'decided→escalated-to-wg': { responder: 'plain' },
  'closed→in-review': { responder: 'plain' },
  'escalated-to-wg→in-review': { responder: 'plain', wg: 'plain' },
  'escalated-to-wg→closed': { wg: 'summary' },
}

describe('case status transitions', () => {
  const cells = CASE_STATUSES.flatMap(from =>
    CASE_STATUSES.flatMap(to => ACTORS.map(actor => [from, to, actor] as const)),
  )

  it.each(cells)('%s → %s by %s', (from, to, actor) => {
    const expected = EXPECTED[`${from}→${to}`]?.[actor] ?? null
    expect(transitionOf(from, to, actor)?.move ?? null).toBe(expected)
  })

  it('never decides without the sign-offs of two, and never closes without the summary', () => {
    for (const actor of ACTORS) {
      for (const from of CASE_STATUSES) {
        expect(['sign-offs', undefined]).toContain(transitionOf(from, CaseStatus.Decided, actor)?.move)
        expect(['summary', undefined]).toContain(transitionOf(from, CaseStatus.Closed, actor)?.move)
      }
    }
  })
})

describe('case status names', () => {
  it.each(CASE_STATUSES)('%s goes to its GraphQL name and back', status => {
    expect(caseStatusFromName(caseStatusName(status))).toBe(status)
  })

  it('knows nothing of a name it has never seen', () => {
    expect(caseStatusName(CaseStatus.EscalatedToWg)).toBe('ESCALATED_TO_WG')
    expect(caseStatusFromName('ARCHIVED')).toBeNull()
  })
})
