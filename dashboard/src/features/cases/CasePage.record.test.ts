import { CaseReason, ErrorCode } from '@conduct-desk/shared'
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { mountApp } from '@/testing/mount-app'
import { plain } from '@/testing/page-clock'
import { graphqlError, sentVariables } from '@/testing/stub-graphql'
import {
  buttonNamed as button,
  caseDetail,
  mutationCall as callOf,
  stubCase as stub,
  useCasePageHooks,
  workOf as work,
} from './case-page.fixture'

useCasePageHooks()

const ACTION = {
  id: 'n1',
  kind: 'IMMEDIATE_ACTION' as const,
  body: 'Paused the talk in room 2.',
  authorName: 'Tomás Ferreira',
  createdAt: '2026-06-03T09:00:00.000Z',
  reviewDueAt: '2026-06-04T09:00:00.000Z',
  reviewedAt: null,
  reviewedByName: null,
}

describe('CasePage, the team’s record', () => {
  it('adds an immediate action to the record, and it shows in the timeline waiting for review', async () => {
    let detail = caseDetail()
    const fetchMock = stub(() => detail, {
      CasesAddEntry: variables => {
        const input = variables['input'] as { kind: 'IMMEDIATE_ACTION'; body: string }
        detail = { ...detail, entries: [{ ...ACTION, kind: input.kind, body: input.body }] }
        return { data: { addCaseEntry: work(detail) } }
      },
    })
    const { wrapper } = await mountApp('/events/e1/cases/c1')

    const form = wrapper.get('.cases-entries form')
    await form.trigger('submit')
    expect(form.get('textarea').attributes('aria-invalid')).toBe('true')
    await form.get('input[value="IMMEDIATE_ACTION"]').setValue(true)
    await form.get('textarea').setValue('Paused the talk in room 2.')
    await form.trigger('submit')
    await flushPromises()

    expect(sentVariables(fetchMock, callOf(fetchMock, 'CasesAddEntry'))).toEqual({
      input: { caseId: 'c1', kind: 'IMMEDIATE_ACTION', body: 'Paused the talk in room 2.' },
    })
    expect(form.text()).toContain('Added to the record.')
    const timeline = plain(wrapper.get('.cases-timeline').text())
    expect(timeline).toContain('Immediate action · Tomás Ferreira')
    expect(timeline).toContain('Waiting for review, due')
  })

  it('says at the top of the case when an immediate action waited more than 24 hours unreviewed', async () => {
    const late = { ...ACTION, id: 'n2', reviewDueAt: '2026-06-03T09:59:00.000Z' }
    const reviewedLate = { ...late, id: 'n3', reviewedAt: '2026-06-03T09:00:00.000Z', reviewedByName: 'Noor' }
    stub(() => ({ ...caseDetail(), entries: [ACTION, late, reviewedLate] }))
    const { wrapper } = await mountApp('/events/e1/cases/c1')

    const alert = wrapper.get('[data-review-overdue]')
    expect(plain(alert.text())).toContain('An immediate action has waited more than 24 hours for review.')
    expect(alert.get('a').attributes('href')).toBe('#cases-timeline-title')
    // Only the late, unreviewed one says so in the timeline; the one still in time waits as before.
    expect(wrapper.findAll('[data-entry-review-overdue]')).toHaveLength(1)
    expect(plain(wrapper.get('.cases-timeline').text())).toContain('Waiting for review, due')
  })

  it('shows no such alert while every immediate action is in time or reviewed', async () => {
    stub(() => ({ ...caseDetail(), entries: [ACTION] }))
    const { wrapper } = await mountApp('/events/e1/cases/c1')
    expect(wrapper.find('[data-review-overdue]').exists()).toBe(false)
  })

  it('marks another responder’s immediate action as reviewed, and words the refusal for one’s own', async () => {
    let answer: object = graphqlError(ErrorCode.Conflict, { reason: CaseReason.ReviewByAnother })
    const detail = { ...caseDetail(), entries: [ACTION] }
    const fetchMock = stub(() => detail, { CasesReviewAction: () => answer })
    const { wrapper } = await mountApp('/events/e1/cases/c1')

    await button(wrapper, 'Mark as reviewed').trigger('click')
    await flushPromises()
    expect(wrapper.get('main [role="alert"]').text()).toBe(
      'Another responder reviews this immediate action: not the one who took it.',
    )

    const reviewed = { ...ACTION, reviewedAt: '2026-06-03T10:00:00.000Z', reviewedByName: 'Amara Okafor' }
    answer = { data: { reviewImmediateAction: work({ ...detail, entries: [reviewed] }) } }
    await button(wrapper, 'Mark as reviewed').trigger('click')
    await flushPromises()
    expect(sentVariables(fetchMock, -1)).toEqual({ caseId: 'c1', entryId: 'n1' })
    expect(plain(wrapper.get('.cases-timeline').text())).toContain('Reviewed by Amara Okafor')
    expect(wrapper.findAll('button').some(found => plain(found.text()) === 'Mark as reviewed')).toBe(false)
  })

  it('saves the review whole, law enforcement as yes or no only', async () => {
    const detail = caseDetail()
    const fetchMock = stub(() => detail, {
      CasesSetReview: () => ({ data: { setCaseReview: work(detail) } }),
    })
    const { wrapper } = await mountApp('/events/e1/cases/c1')

    const section = wrapper.get('.cases-review')
    const selects = section.findAll('select')
    await selects[0]!.setValue('SERIOUS')
    await selects[1]!.setValue('YES')
    await selects[3]!.setValue('NO')
    await section.findAll('textarea')[0]!.setValue('At the venue, during the event.')
    await section.get('form').trigger('submit')
    await flushPromises()

    expect(sentVariables(fetchMock, callOf(fetchMock, 'CasesSetReview'))).toEqual({
      input: {
        caseId: 'c1',
        severity: 'SERIOUS',
        safetyRisk: 'YES',
        ongoingHarassment: null,
        lawEnforcementCalled: false,
        jurisdiction: 'At the venue, during the event.',
        impact: null,
        risk: null,
      },
    })
    expect(section.text()).toContain('Review saved.')
  })

  it('assigns the case to one of its team', async () => {
    const detail = caseDetail()
    const fetchMock = stub(() => detail, {
      CasesAssign: () => ({ data: { assignCase: work({ ...detail, assignedToName: 'Tomás Ferreira' }) } }),
    })
    const { wrapper } = await mountApp('/events/e1/cases/c1')

    const section = wrapper.get('.cases-assign')
    expect(section.findAll('option').map(option => option.text())).toEqual([
      'Nobody',
      'Amara Okafor',
      'Tomás Ferreira',
    ])
    await section.get('select').setValue('a-tomas')
    await section.get('form').trigger('submit')
    await flushPromises()
    expect(sentVariables(fetchMock, callOf(fetchMock, 'CasesAssign'))).toEqual({
      caseId: 'c1',
      accountId: 'a-tomas',
    })
    expect(plain(wrapper.get('.cases-assign').text())).toContain('Led by Tomás Ferreira.')
  })

  it('lists people by code name, adds one, and shows real names only on request', async () => {
    let detail = caseDetail()
    const fetchMock = stub(() => detail, {
      CasesAddPerson: variables => {
        const input = variables['input'] as { role: 'REPORTED'; flags: 'SPEAKER'[] }
        const person = {
          id: 'p1',
          codeName: 'Person A',
          role: input.role,
          flags: input.flags,
          isTeamMember: false,
        }
        detail = { ...detail, people: [person] }
        return { data: { addCasePerson: person } }
      },
      CasesRevealPeople: () => ({
        data: { revealCasePeople: [{ codeName: 'Person A', name: '<b>Jo Bloggs</b>', contact: null }] },
      }),
    })
    const { wrapper } = await mountApp('/events/e1/cases/c1')

    await button(wrapper, 'Add a person').trigger('click')
    const section = wrapper.get('.cases-people')
    await section.get('form').trigger('submit')
    expect(section.get('input[type="text"]').attributes('aria-invalid')).toBe('true')
    await section.get('input[type="text"]').setValue('<b>Jo Bloggs</b>')
    await section.get('input[type="checkbox"]').setValue(true)
    await section.get('form').trigger('submit')
    await flushPromises()
    expect(sentVariables(fetchMock, callOf(fetchMock, 'CasesAddPerson'))).toEqual({
      input: {
        caseId: 'c1',
        name: '<b>Jo Bloggs</b>',
        contact: null,
        role: 'REPORTED',
        flags: ['SPEAKER'],
        accountId: null,
      },
    })
    const people = () => plain(wrapper.get('.cases-people ul').text())
    expect(people()).toBe('Person A · Reported · Speaker')

    await button(wrapper, 'Show real names').trigger('click')
    await flushPromises()
    expect(people()).toContain('Person A — <b>Jo Bloggs</b>')
    expect(wrapper.find('.cases-people b').exists()).toBe(false)
    await button(wrapper, 'Hide real names').trigger('click')
    expect(people()).not.toContain('Jo Bloggs')
  })

  it('links a person involved to a teammate’s account, saying that the teammate will stand aside', async () => {
    // The viewer (acc-1) is not offered: for themselves they declare a conflict.
    const detail = {
      ...caseDetail(),
      team: [
        { accountId: 'acc-1', name: 'Amara Okafor' },
        { accountId: 'a-tomas', name: 'Tomás Ferreira' },
      ],
    }
    const fetchMock = stub(() => detail, {
      CasesAddPerson: () => ({
        data: {
          addCasePerson: { id: 'p1', codeName: 'Person A', role: 'WITNESS', flags: [], isTeamMember: true },
        },
      }),
    })
    const { wrapper } = await mountApp('/events/e1/cases/c1')

    await button(wrapper, 'Add a person').trigger('click')
    const section = wrapper.get('.cases-people')
    const select = section.get('select')
    expect(select.findAll('option').map(option => option.text())).toEqual([
      'No, not on the team',
      'Tomás Ferreira',
    ])
    expect(section.text()).toContain('a linked teammate stands aside from this case at once')
    expect(section.find('[data-stands-aside]').exists()).toBe(false)
    await select.setValue('a-tomas')
    expect(plain(section.get('[data-stands-aside]').text())).toBe(
      'Tomás Ferreira will stand aside from this case as soon as you add this person, and will no longer see it.',
    )
    await section.get('input[type="text"]').setValue('Tomás Ferreira')
    await section.get('form').trigger('submit')
    await flushPromises()
    expect(sentVariables(fetchMock, callOf(fetchMock, 'CasesAddPerson'))).toMatchObject({
      input: { caseId: 'c1', name: 'Tomás Ferreira', accountId: 'a-tomas' },
    })
  })
})
