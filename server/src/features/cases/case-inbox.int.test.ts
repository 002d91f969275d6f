import { randomUUID } from 'node:crypto'
import { ACKNOWLEDGE_WITHIN_MS, Role } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { createAccount, createContact, createEvent, signedInClient } from '../../../test/factories.js'
import { startTestServer, type TestClient, type TestServer } from '../../../test/test-server.js'
import { CaseFileEntity } from './case-file.entity.js'
import { KEPT_AT_MOST_MS } from './case-inbox-keeper.js'
import { CaseRecusalEntity } from './case-recusal.entity.js'
import { toReportContent } from './report-content.js'

const INBOX = `query($e: ID!, $f: CaseInboxFilterInput, $s: CaseInboxSort, $p: Int) {
  caseInbox(eventId: $e, filter: $f, sort: $s, page: $p) {
    total page pageCount
    counters { open overdueAcknowledge overdue assignedToMe awaitingReview }
    cases { id codeName isUrgent isOverdue acknowledgeBy } } }`

const ASSIGN = 'mutation($c: ID!, $a: ID) { assignCase(caseId: $c, accountId: $a) { id } }'
const RECUSE = 'mutation($c: ID!) { recuseFromCase(caseId: $c) }'

interface Page {
  total: number
  page: number
  pageCount: number
  counters: {
    open: number
    overdueAcknowledge: number
    overdue: number
    assignedToMe: number
    awaitingReview: number
  }
  cases: {
    id: string
    codeName: string
    isUrgent: boolean
    isOverdue: boolean
    acknowledgeBy: string | null
  }[]
}

describe.each(testDialects)('the case inbox of a busy event, on %s', dialect => {
  let server: TestServer
  let eventId: string
  let amara: TestClient
  let amaraAccount: { id: string }
  let excludedContactId: string

  beforeEach(async () => {
    server = await startTestServer(dialect)
    eventId = (await createEvent(server.db)).id
    amaraAccount = await createAccount(server.db, [{ role: Role.Responder, eventId }])
    amara = await signedInClient(server, amaraAccount)
    excludedContactId = (await createContact(server.db, eventId, { accountId: amaraAccount.id })).id
  })
  afterEach(() => server.stop())

  /** Reports arrive as from the kiosk; the requester key is null so no rate limit applies to the set-up. */
  async function report(description: string, extra: { isUrgent?: boolean; excluded?: boolean } = {}) {
    return server.services.reportIntake.submit(
      { id: eventId },
      {
        content: toReportContent({
          description,
          excludedContactIds: extra.excluded ? [excludedContactId] : [],
        }),
        category: null,
        language: 'en',
        isOngoing: false,
        isUrgent: extra.isUrgent ?? false,
        channel: 'web',
        enteredBy: null,
      },
      null,
    )
  }

  const inbox = async (variables: Record<string, unknown> = {}) => {
    const result = await amara.gql<{ caseInbox: Page }>(INBOX, { e: eventId, ...variables })
    expect(result.errors?.map(error => error.message)).toBeUndefined()
    return result.data!.caseInbox
  }

  it('pages 50 at a time, counts only what the viewer may see, and filters in the database', async () => {
    for (let index = 0; index < 55; index += 1) {
      await report(`Report ${index}`, { isUrgent: index % 10 === 0 })
    }
    // Two cases whose reporter excluded Amara: never in her pages, totals or counters.
    await report('Kept from Amara', { excluded: true, isUrgent: true })
    await report('Kept from Amara too', { excluded: true })

    const first = await inbox()
    expect([first.total, first.pageCount, first.cases.length]).toEqual([55, 2, 50])
    expect(first.counters).toEqual({
      open: 55,
      overdueAcknowledge: 0,
      overdue: 0,
      assignedToMe: 0,
      awaitingReview: 0,
    })
    const second = await inbox({ p: 2 })
    expect(second.cases).toHaveLength(5)
    expect(new Set([...first.cases, ...second.cases].map(row => row.id)).size).toBe(55)
    // Every case of the event has a code name of its own.
    expect(new Set([...first.cases, ...second.cases].map(row => row.codeName)).size).toBe(55)

    expect((await inbox({ f: { urgent: true } })).total).toBe(6)
    const one = first.cases[7]!
    const byCodeName = await inbox({ f: { search: one.codeName.split(' ')[1]!.toUpperCase() } })
    expect(byCodeName.cases.map(row => row.codeName)).toContain(one.codeName)
    expect((await inbox({ f: { statuses: ['CLOSED'] } })).total).toBe(0)

    // A day and an hour later, nothing was acknowledged: every new case is overdue.
    server.clock.advance(25 * 3_600_000)
    amara = await signedInClient(server, amaraAccount)
    const late = await inbox({ f: { overdue: true }, s: 'OLDEST' })
    expect([late.total, late.counters.overdueAcknowledge, late.cases[0]?.isOverdue]).toEqual([55, 55, true])
  })

  it('finds a case by its report’s reference', async () => {
    await report('The one we look for')
    const receipt = await report('Another')
    const found = await inbox({ f: { search: receipt.reference.toLowerCase() } })
    expect(found.total).toBe(1)
  })

  it('counts afresh after each change and as targets pass, never a case the viewer is since kept from', async () => {
    for (const description of ['One', 'Two', 'Three']) {
      await report(description)
    }
    const cold = await inbox()
    const { open, assignedToMe, overdueAcknowledge } = cold.counters
    expect([cold.total, open, assignedToMe, overdueAcknowledge]).toEqual([3, 3, 0, 0])
    const [first, second, third] = cold.cases.map(row => row.id)

    expect((await amara.gql(ASSIGN, { c: first, a: amaraAccount.id })).errors).toBeUndefined()
    expect((await inbox()).counters.assignedToMe).toBe(1)
    expect((await amara.gql(RECUSE, { c: second })).errors).toBeUndefined()
    expect([(await inbox()).total, (await inbox()).counters.open]).toEqual([2, 2])
    // A recusal that no change announced still leaves her numbers at once: they are kept under
    // the very cases she is kept from, read afresh on every request.
    await server.db.write(manager =>
      manager.insert(CaseRecusalEntity, {
        id: randomUUID(),
        caseId: third,
        accountId: amaraAccount.id,
        kind: 'declared',
        createdAt: server.clock.now(),
      }),
    )
    const late = await inbox()
    expect([late.total, late.counters.open, late.cases.map(row => row.id)]).toEqual([1, 1, [first]])

    // A change made through another server process is not announced here: it shows within seconds.
    await server.db.write(manager => manager.update(CaseFileEntity, { id: first }, { assignedToId: null }))
    server.clock.advance(KEPT_AT_MOST_MS + 1)
    expect((await inbox()).counters.assignedToMe).toBe(0)

    // Time alone changes the numbers: a day and an hour later, the case is past its first target.
    server.clock.advance(25 * 3_600_000)
    amara = await signedInClient(server, amaraAccount)
    expect((await inbox()).counters.overdueAcknowledge).toBe(1)
  })

  it('keeps a page no longer than until its first case passes a target', async () => {
    await report('Waiting for a first answer')
    server.clock.advance(ACKNOWLEDGE_WITHIN_MS - 5_000)
    amara = await signedInClient(server, amaraAccount)
    expect((await inbox()).cases.map(row => row.isOverdue)).toEqual([false])
    // Six seconds on, well within how long a page is kept, the case is late: the page says so.
    server.clock.advance(6_000)
    const late = await inbox()
    expect([late.cases.map(row => row.isOverdue), late.counters.overdueAcknowledge]).toEqual([[true], 1])
  })

  it('asks the database the same number of times for 5 cases as for 60, and counts them once until one changes', async () => {
    const reader = server.db.read.connection.createQueryRunner()
    const querySpy = vi.spyOn(Object.getPrototypeOf(reader) as { query: () => unknown }, 'query')
    await reader.release()
    const queriesFor = async () => {
      querySpy.mockClear()
      await inbox({ f: { overdue: false } })
      return querySpy.mock.calls.length
    }
    for (let index = 0; index < 5; index += 1) {
      await report(`Small ${index}`)
    }
    const few = await queriesFor()
    for (let index = 0; index < 55; index += 1) {
      await report(`Large ${index}`, { isUrgent: index % 2 === 0 })
    }
    expect(await queriesFor()).toBe(few)
    expect(few).toBeGreaterThan(0)
    // Nothing changed since: the numbers over every case of the event are not counted again.
    expect(await queriesFor()).toBeLessThan(few)
    // After a change, requests that arrive together share one count.
    await report('One more')
    querySpy.mockClear()
    const viewer = {
      accountId: amaraAccount.id,
      email: '',
      name: '',
      roles: [{ role: Role.Responder, eventId }],
    }
    const alone = () => server.services.cases.inbox(viewer, eventId, {}, 'newest', 1)
    await alone()
    const once = querySpy.mock.calls.length
    await report('Yet another')
    querySpy.mockClear()
    await Promise.all([alone(), alone(), alone(), alone()])
    expect(querySpy.mock.calls.length).toBeLessThan(4 * once)
    querySpy.mockRestore()
  })
})
