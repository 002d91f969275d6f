import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { CasesDetailQuery } from '@/graphql/generated/graphql'
import { mountApp } from '@/testing/mount-app'
import { plain } from '@/testing/page-clock'
import { sentVariables } from '@/testing/stub-graphql'
import {
  buttonNamed as button,
  caseDetail,
  mutationCall as callOf,
  stubCase,
  useCasePageHooks,
} from './case-page.fixture'

type Detail = CasesDetailQuery['case']

useCasePageHooks()

const LINKED: Detail['linkedCases'][number] = {
  caseId: 'c2',
  codeName: 'quiet harbour',
  status: 'IN_REVIEW',
  note: 'Same <b>person</b> named.',
  linkedByName: 'Noor',
  linkedAt: '2026-06-03T09:00:00.000Z',
}

const related = (detail: Detail) => ({
  id: detail.id,
  linkedCases: detail.linkedCases,
  mergedCases: detail.mergedCases,
})

describe('CasePage, related cases', () => {
  it('lists linked cases as links, the note as text, and a merge in the timeline; unlinks one', async () => {
    const detail: Detail = {
      ...caseDetail(),
      linkedCases: [LINKED],
      mergedCases: [{ codeName: 'amber kite', mergedByName: 'Noor', mergedAt: '2026-06-03T09:30:00.000Z' }],
    }
    const fetchMock = stubCase(() => detail, {
      CasesUnlink: () => ({ data: { unlinkCases: related({ ...detail, linkedCases: [] }) } }),
    })
    const { wrapper } = await mountApp('/events/e1/cases/c1')

    const section = wrapper.get('.cases-related')
    expect(section.get('h2').text()).toBe('Related cases')
    expect(section.get('a').attributes('href')).toBe('/dashboard/events/e1/cases/c2')
    expect(plain(section.text())).toContain('quiet harbour · In review')
    expect(section.get('.cases-related__note').text()).toBe('Same <b>person</b> named.')
    expect(section.find('b').exists()).toBe(false)
    expect(plain(wrapper.get('.cases-timeline').text())).toContain('Case “amber kite” merged into this one')

    await button(wrapper, 'Unlink').trigger('click')
    await flushPromises()
    expect(sentVariables(fetchMock, callOf(fetchMock, 'CasesUnlink'))).toEqual({
      caseId: 'c1',
      otherCaseId: 'c2',
    })
    expect(plain(wrapper.get('.cases-related').text())).toContain('No linked cases.')
  })

  it('finds a case by code name, links it, and merges after a confirmation that says what happens', async () => {
    const detail = caseDetail()
    const fetchMock = stubCase(() => detail, {
      CasesRelatedSearch: () => ({
        data: {
          caseInbox: {
            cases: [
              { id: 'c1', codeName: 'sunny lantern', status: 'NEW' },
              { id: 'c2', codeName: 'quiet harbour', status: 'IN_REVIEW' },
            ],
          },
        },
      }),
      CasesLink: () => ({ data: { linkCases: related({ ...detail, linkedCases: [LINKED] }) } }),
      CasesMerge: () => ({ data: { mergeCases: { id: 'c2' } } }),
      // The target case, once the page goes there.
      CasesDetail: variables => ({ data: { case: { ...detail, id: String(variables['caseId']) } } }),
    })
    const { wrapper, router } = await mountApp('/events/e1/cases/c1')

    await wrapper.get('.cases-related input').setValue('harbour')
    await wrapper.get('.cases-related form').trigger('submit')
    await flushPromises()
    expect(sentVariables(fetchMock, -1)).toEqual({ eventId: 'e1', search: 'harbour' })
    // The case itself is not offered.
    const options = wrapper.findAll('.cases-related select option').map(option => option.text())
    expect(options).toEqual(['quiet harbour · In review'])

    await button(wrapper, 'Link').trigger('click')
    await flushPromises()
    expect(sentVariables(fetchMock, callOf(fetchMock, 'CasesLink'))).toEqual({
      input: { caseId: 'c1', otherCaseId: 'c2', note: null },
    })
    expect(wrapper.get('.cases-related a').text()).toBe('quiet harbour')

    await wrapper.get('.cases-related form').trigger('submit')
    await flushPromises()
    await button(wrapper, 'Merge into…').trigger('click')
    const confirm = plain(wrapper.get('.cases-related').text())
    expect(confirm).toContain('Merge “sunny lantern” into “quiet harbour”?')
    expect(confirm).toContain('cannot see “quiet harbour”')
    expect(confirm).toContain('This cannot be undone.')
    expect(callOf(fetchMock, 'CasesMerge')).toBe(-1)

    await button(wrapper, 'Merge').trigger('click')
    await flushPromises()
    expect(sentVariables(fetchMock, callOf(fetchMock, 'CasesMerge'))).toEqual({
      caseId: 'c1',
      intoCaseId: 'c2',
    })
    expect(router.currentRoute.value.params['caseId']).toBe('c2')
    expect(wrapper.get('.case-page__header').text()).toContain(
      '“sunny lantern” was merged into “quiet harbour”.',
    )
  })

  it('asks which reporter a message is for when the case holds several reports', async () => {
    const base = caseDetail()
    const detail: Detail = {
      ...base,
      reports: [base.reports[0]!, { ...base.reports[0]!, id: 'r2', submittedAt: '2026-06-03T08:10:00.000Z' }],
    }
    const fetchMock = stubCase(() => detail, {
      CasesSendMessage: () => ({
        data: {
          sendCaseMessage: {
            id: 'm9',
            from: 'team',
            authorName: 'Amara',
            body: 'Hello',
            createdAt: '2026-06-03T10:00:00.000Z',
            reportId: 'r2',
          },
        },
      }),
    })
    const { wrapper } = await mountApp('/events/e1/cases/c1')

    const select = wrapper.get('.cases-conversation select')
    expect(select.findAll('option').map(option => plain(option.text()))).toEqual([
      expect.stringContaining('Report 1'),
      expect.stringContaining('Report 2'),
    ])
    await select.setValue('r2')
    await wrapper.get('.cases-conversation textarea').setValue('Hello')
    await wrapper.get('.cases-conversation form').trigger('submit')
    await flushPromises()
    expect(sentVariables(fetchMock, callOf(fetchMock, 'CasesSendMessage'))).toEqual({
      input: { caseId: 'c1', body: 'Hello', reportId: 'r2' },
    })
  })
})
