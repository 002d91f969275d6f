import { AuditReason, ErrorCode, Role } from '@conduct-desk/shared'
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import type { AuditEntriesListQuery } from '@/graphql/generated/graphql'
import { buttonNamed } from '@/testing/button-named'
import { viewer } from '@/testing/fixtures'
import { mountApp } from '@/testing/mount-app'
import { graphqlError, sentVariables, stubGraphql } from '@/testing/stub-graphql'

type Entry = AuditEntriesListQuery['auditEntries']['entries'][number]
const plain = (text: string) => text.replace(/\s+/g, ' ').trim()

const entry = (seq: number, overrides: Partial<Entry> = {}): Entry => ({
  id: `id-${seq}`,
  seq,
  at: '2026-06-03T09:00:00.000Z',
  actorId: 'ana',
  actorName: 'Ana Responder',
  action: 'CASE_READ' as Entry['action'],
  objectType: 'case',
  objectId: 'case-a',
  eventName: 'Riverside PyCon 2026',
  ...overrides,
})

function stub(
  pages: Record<string, { entries: Entry[]; nextCursor: string | null }>,
  role: string = Role.Admin,
) {
  return stubGraphql({
    SessionViewer: () => ({
      data: { viewer: viewer([{ role, eventId: role === Role.Responder ? 'e1' : null }]) },
    }),
    AuditEntriesList: variables => {
      const filter = variables['filter'] as { from: string | null; to: string | null }
      if (filter.from !== null && filter.to !== null && filter.from > filter.to) {
        return graphqlError(ErrorCode.BadUserInput, { reason: AuditReason.RangeReversed })
      }
      const after = (variables['page'] as { after?: string } | null)?.after ?? 'first'
      return { data: { auditEntries: pages[after] } }
    },
  })
}

const calls = (fetchMock: ReturnType<typeof stubGraphql>) =>
  fetchMock.mock.calls.filter(call => String(call[1]?.body).includes('query AuditEntriesList')).length

describe('AuditEntriesPage', () => {
  it('lists who did what about which case, and narrows to a person or a case from the table', async () => {
    const fetchMock = stub({
      first: {
        entries: [
          entry(2, {
            action: 'AUDIT_VIEW' as Entry['action'],
            objectType: 'audit-log',
            objectId: 'all',
            eventName: null,
          }),
          entry(1, { actorId: null, actorName: null, action: 'CASE_OPEN' as Entry['action'] }),
        ],
        nextCursor: null,
      },
    })
    const { wrapper, router } = await mountApp('/audit')
    expect(wrapper.get('h1').text()).toBe('Audit log')
    expect(wrapper.get('main [role="status"]').text()).toBe('2 entries shown.')
    const rows = wrapper.findAll('tbody tr').map(row => row.findAll('td').map(cell => plain(cell.text())))
    expect(rows.map(cells => cells.slice(1))).toEqual([
      ['Ana Responder (only this person)', 'Looked at the audit log', 'The whole audit log', '—'],
      ['The public or the system', 'Opened the case', 'Case case-a (only this case)', 'Riverside PyCon 2026'],
    ])

    await wrapper
      .findAll('tbody a')
      .find(link => link.text().startsWith('Ana Responder'))!
      .trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ person: 'ana' })
    expect(sentVariables(fetchMock)['filter']).toMatchObject({ accountId: 'ana', caseId: null })
    expect(wrapper.text()).toContain('Only what Ana Responder did.')

    await wrapper
      .findAll('tbody a')
      .find(link => link.text().startsWith('Case'))!
      .trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ person: 'ana', case: 'case-a' })
    expect(sentVariables(fetchMock)['filter']).toMatchObject({ accountId: 'ana', caseId: 'case-a' })
  })

  it('asks for older entries with the cursor, and adds them below', async () => {
    const fetchMock = stub({
      first: { entries: [entry(3), entry(2)], nextCursor: '2' },
      '2': { entries: [entry(1)], nextCursor: null },
    })
    const { wrapper } = await mountApp('/audit')
    await buttonNamed(wrapper, 'Show older entries').trigger('click')
    await flushPromises()
    expect(sentVariables(fetchMock)['page']).toEqual({ after: '2' })
    expect(wrapper.findAll('tbody tr')).toHaveLength(3)
    expect(wrapper.get('main [role="status"]').text()).toBe('3 entries shown.')
    expect(wrapper.findAll('button').some(button => button.text() === 'Show older entries')).toBe(false)
    expect(calls(fetchMock)).toBe(2)
  })

  it('filters by case and days, and says in words when the period ends before it starts', async () => {
    const fetchMock = stub({ first: { entries: [], nextCursor: null } })
    const { wrapper, router } = await mountApp('/audit')
    expect(wrapper.get('main [role="status"]').text()).toBe('No entries match.')
    await wrapper.get('input[type="date"]').setValue('2026-06-04')
    await wrapper.findAll('input[type="date"]')[1]!.setValue('2026-06-03')
    await wrapper.find('input:not([type="date"])').setValue(' case-b ')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ case: 'case-b', from: '2026-06-04', to: '2026-06-03' })
    expect(sentVariables(fetchMock)['filter']).toMatchObject({ caseId: 'case-b' })
    expect(wrapper.get('main [role="alert"]').text()).toBe(
      'The start of the period cannot come after its end.',
    )
  })

  it('is in the navigation of admins and the Working Group only', async () => {
    stub({ first: { entries: [], nextCursor: null } }, Role.Wg)
    const { wrapper } = await mountApp('/audit')
    expect(wrapper.findAll('nav a').map(link => link.text())).toContain('Audit log')
    document.body.innerHTML = ''
    vi.unstubAllGlobals()
    const fetchMock = stub({ first: { entries: [], nextCursor: null } }, Role.Responder)
    const responder = await mountApp('/audit')
    expect(responder.router.currentRoute.value.name).not.toBe('audit-entries-list')
    expect(responder.wrapper.findAll('nav a').map(link => link.text())).not.toContain('Audit log')
    expect(calls(fetchMock)).toBe(0)
  })
})
