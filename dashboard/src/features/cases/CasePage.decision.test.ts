import { CaseReason, ErrorCode } from '@conduct-desk/shared'
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import type { CasesDetailQuery } from '@/graphql/generated/graphql'
import { mountApp } from '@/testing/mount-app'
import { plain } from '@/testing/page-clock'
import { graphqlError, sentVariables } from '@/testing/stub-graphql'
import {
  buttonNamed as button,
  caseDetail,
  hasButton,
  mutationCall as callOf,
  stubCase,
  useCasePageHooks,
  workOf as work,
} from './case-page.fixture'

type Detail = CasesDetailQuery['case']
type Proposal = NonNullable<Detail['proposal']>

const PROPOSAL: Proposal = {
  id: 'p1',
  resolution: 'We ask <b>Person B</b> to stay away from you.',
  actions: [],
  proposedAt: '2026-06-03T09:00:00.000Z',
  proposedByName: 'Amara Okafor',
  isSignedOffByViewer: false,
  signOffs: [{ name: 'Amara Okafor', signedAt: '2026-06-03T09:01:00.000Z' }],
  reporterResponse: null,
  respondedAt: null,
  responseNote: null,
  responseRecordedByName: null,
}

useCasePageHooks()

/** A case whose proposal waits for sign-offs and the reporter. */
const proposedCase = (): Detail => ({
  ...caseDetail(),
  status: 'RESOLUTION_PROPOSED',
  allowedMoves: [],
  proposal: PROPOSAL,
})

const stub = (detail: Detail, handlers: Parameters<typeof stubCase>[1] = {}) =>
  stubCase(() => detail, handlers)

describe('CasePage, the way to a decision', () => {
  it('puts status moves, reports, messages, the team’s entries and the files in one timeline, oldest first', async () => {
    const detail: Detail = {
      ...caseDetail(),
      statusChanges: [{ at: '2026-06-03T07:52:00.000Z', byName: 'Noor', from: 'NEW', to: 'IN_REVIEW' }],
      entries: [
        {
          id: 'n1',
          kind: 'IMMEDIATE_ACTION',
          body: 'Asked <i>Person B</i> to leave hall B.',
          authorName: 'Tomás Ferreira',
          createdAt: '2026-06-03T07:51:00.000Z',
          reviewDueAt: '2026-06-04T07:51:00.000Z',
          reviewedAt: null,
          reviewedByName: null,
        },
      ],
    }
    stub(detail)
    const { wrapper } = await mountApp('/events/e1/cases/c1')

    const titles = wrapper.findAll('.cases-timeline > ol > li h3').map(title => plain(title.text()))
    expect(titles).toEqual([
      'Report',
      'Immediate action · Tomás Ferreira',
      'The reporter added a file',
      'Status: New → In review',
      'Reporter',
      'Tomás Ferreira added a file',
    ])
    expect(plain(wrapper.get('.cases-timeline').text())).toContain('Noor')
    expect(wrapper.get('.cases-timeline').text()).toContain('Asked <i>Person B</i> to leave hall B.')
    expect(wrapper.find('.cases-timeline i').exists()).toBe(false)
    expect(plain(wrapper.get('.cases-timeline').text())).toContain('Waiting for review, due')
  })

  it('offers the viewer’s allowed moves, and escalates to the Working Group only after asking', async () => {
    let detail = caseDetail()
    const fetchMock = stub(detail, {
      CasesDetail: () => ({ data: { case: detail } }),
      CasesMove: variables => {
        // The page reads the case again after a move.
        detail = { ...detail, status: (variables['input'] as { to: Detail['status'] }).to, allowedMoves: [] }
        return { data: { moveCase: { status: detail.status, case: { id: 'c1' } } } }
      },
    })
    const { wrapper } = await mountApp('/events/e1/cases/c1')

    expect(hasButton(wrapper, 'Move to “In review”')).toBe(true)
    await flushPromises()
    const moves = wrapper.get('.cases-moves')
    expect(plain(moves.text())).toContain('Escalating alerts the Working Group live and by email')
    // Unset, the way to reach the Working Group is the event's usual one.
    expect(plain(moves.get('[data-wg-contact]').text())).toContain(
      "The Working Group has not set its contact here yet. Reach it through your event's organizers",
    )
    await button(wrapper, 'Move to “Escalated to the Working Group”').trigger('click')
    expect(callOf(fetchMock, 'CasesMove')).toBe(-1)
    expect(document.activeElement?.textContent).toBe('Escalate this case to the Working Group?')
    await button(wrapper, 'Escalate to the Working Group').trigger('click')
    await flushPromises()

    expect(sentVariables(fetchMock, callOf(fetchMock, 'CasesMove'))).toEqual({
      input: { caseId: 'c1', to: 'ESCALATED_TO_WG' },
    })
    expect(plain(wrapper.get('.case-page__title').text())).toContain('Escalated to the Working Group')
  })

  it('shows how to reach the Working Group, as it keeps it, on the case and in the escalation question', async () => {
    stub(caseDetail(), {
      CasesWgContact: () => ({
        data: {
          workingGroupContact: {
            email: 'wg-duty@example.org',
            phone: '+351 210 000 000',
            note: 'Every day, 8:00–22:00 Lisbon time.',
          },
        },
      }),
    })
    const { wrapper } = await mountApp('/events/e1/cases/c1')
    await flushPromises()

    const contact = wrapper.get('.cases-moves [data-wg-contact]')
    expect(contact.get('h4').text()).toBe('Reaching the Working Group during the event')
    expect(contact.get('a[href="tel:+351210000000"]').text()).toBe('+351 210 000 000')
    expect(contact.get('a[href="mailto:wg-duty@example.org"]').text()).toBe('wg-duty@example.org')
    expect(contact.text()).toContain('Every day, 8:00–22:00 Lisbon time.')
    expect(contact.text()).not.toContain('has not set its contact')

    await button(wrapper, 'Move to “Escalated to the Working Group”').trigger('click')
    await flushPromises()
    const question = wrapper.get('.base-confirm')
    expect(plain(question.text())).toContain('To talk to them now, use their contact below.')
    expect(question.get('[data-wg-contact] a[href="tel:+351210000000"]').text()).toBe('+351 210 000 000')
    expect(wrapper.findAll('[data-wg-contact]')).toHaveLength(1)
  })

  it('says in the page’s words why a move was refused (one responder alone cannot decide)', async () => {
    const detail: Detail = {
      ...caseDetail(),
      status: 'RESOLUTION_PROPOSED',
      allowedMoves: ['IN_REVIEW', 'DECIDED', 'ESCALATED_TO_WG'],
      proposal: PROPOSAL,
    }
    stub(detail, {
      CasesMove: () => graphqlError(ErrorCode.Conflict, { reason: CaseReason.SignOffsMissing }),
    })
    const { wrapper } = await mountApp('/events/e1/cases/c1')

    await button(wrapper, 'Move to “Decided”').trigger('click')
    await flushPromises()
    const alert = wrapper.get('.cases-moves [role="alert"]')
    expect(alert.text()).toBe('A decision needs the sign-offs of two different responders.')
    expect(document.activeElement).toBe(alert.element)
  })

  it('proposes a resolution, telling the responder that the reporter reads it', async () => {
    const detail: Detail = { ...caseDetail(), status: 'IN_REVIEW', allowedMoves: ['RESOLUTION_PROPOSED'] }
    const fetchMock = stub(detail, {
      CasesPropose: () => ({
        data: {
          proposeResolution: work(detail, {
            status: 'RESOLUTION_PROPOSED',
            allowedMoves: [],
            proposal: { ...PROPOSAL, signOffs: [] },
          }),
        },
      }),
    })
    const { wrapper } = await mountApp('/events/e1/cases/c1')

    expect(hasButton(wrapper, 'Move to “Resolution proposed”')).toBe(false)
    const form = wrapper.get('#cases-propose-title').element.parentElement!
    const textarea = form.querySelector('textarea')!
    expect(form.textContent).toContain('The reporter reads this on their follow-up page')
    await button(wrapper, 'Propose the resolution').trigger('click')
    expect(textarea.getAttribute('aria-invalid')).toBe('true')
    expect(callOf(fetchMock, 'CasesPropose')).toBe(-1)

    textarea.value = '  We ask Person B to stay away from you.  '
    textarea.dispatchEvent(new Event('input'))
    await button(wrapper, 'Propose the resolution').trigger('click')
    await flushPromises()
    expect(sentVariables(fetchMock, callOf(fetchMock, 'CasesPropose'))).toEqual({
      input: { caseId: 'c1', resolution: 'We ask Person B to stay away from you.', actions: [] },
    })
    expect(wrapper.get('#cases-proposal-title').text()).toBe('Proposed resolution')
    expect(wrapper.text()).toContain('Nobody has signed it off yet.')
    // The form is gone; the outcome stays, outside it, and takes focus.
    expect(wrapper.find('#cases-propose-title').exists()).toBe(false)
    expect(document.activeElement?.textContent).toContain('Resolution proposed.')
  })

  it('shows the proposal as text with its sign-offs; Sign off goes once the viewer signed', async () => {
    const detail = proposedCase()
    const fetchMock = stub(detail, {
      CasesSignOff: () => ({
        data: {
          signOffResolution: work(detail, {
            proposal: {
              ...PROPOSAL,
              isSignedOffByViewer: true,
              signOffs: [...PROPOSAL.signOffs, { name: 'Noor', signedAt: '2026-06-03T10:00:00.000Z' }],
            },
          }),
        },
      }),
    })
    const { wrapper } = await mountApp('/events/e1/cases/c1')

    const card = wrapper.get('article[aria-labelledby="cases-proposal-title"]')
    expect(card.text()).toContain('We ask <b>Person B</b> to stay away from you.')
    expect(card.find('b').exists()).toBe(false)
    await button(wrapper, 'Sign off').trigger('click')
    await flushPromises()

    expect(sentVariables(fetchMock, callOf(fetchMock, 'CasesSignOff'))).toEqual({ caseId: 'c1' })
    expect(hasButton(wrapper, 'Sign off')).toBe(false)
    expect(plain(card.text())).toContain('Noor,')
    expect(card.text()).toContain('You signed this proposal off.')
  })

  it('records that the reporter could not be reached only with the reason', async () => {
    const detail = proposedCase()
    const fetchMock = stub(detail, {
      CasesRecordResponse: variables => {
        const input = variables['input'] as { note: string }
        return {
          data: {
            recordReporterResponse: work(detail, {
              proposal: {
                ...PROPOSAL,
                reporterResponse: 'UNREACHABLE',
                responseNote: input.note,
                responseRecordedByName: 'Amara Okafor',
                respondedAt: '2026-06-03T10:00:00.000Z',
              },
            }),
          },
        }
      },
    })
    const { wrapper } = await mountApp('/events/e1/cases/c1')

    await wrapper.get('input[type="radio"][value="UNREACHABLE"]').setValue(true)
    const note = wrapper.get('article textarea')
    expect(plain(wrapper.get(`label[for="${note.attributes('id')}"]`).text())).toContain(
      'Why the reporter could not be reached',
    )
    await button(wrapper, "Record the reporter's response").trigger('click')
    await flushPromises()
    expect(note.attributes('aria-invalid')).toBe('true')
    expect(callOf(fetchMock, 'CasesRecordResponse')).toBe(-1)

    await note.setValue('No contact details; nobody came to the desk.')
    await button(wrapper, "Record the reporter's response").trigger('click')
    await flushPromises()
    expect(sentVariables(fetchMock, callOf(fetchMock, 'CasesRecordResponse'))).toEqual({
      input: { caseId: 'c1', response: 'UNREACHABLE', note: 'No contact details; nobody came to the desk.' },
    })
    expect(plain(wrapper.text())).toContain('Could not be reached')
    expect(plain(wrapper.text())).toContain('Recorded by Amara Okafor for the team')
    expect(document.activeElement?.textContent).toContain(
      'The reporter’s response is recorded.'.replace('’', "'"),
    )
  })

  it('saves the public summary line, saying it is published and must never name anyone', async () => {
    const detail: Detail = { ...caseDetail(), status: 'DECIDED', allowedMoves: ['CLOSED', 'IN_REVIEW'] }
    const fetchMock = stub(detail, {
      CasesSetSummary: variables => ({
        data: {
          setCasePublicSummary: work(detail, {
            publicSummary: (variables['input'] as { summary: string }).summary,
          }),
        },
      }),
    })
    const { wrapper } = await mountApp('/events/e1/cases/c1')

    const section = wrapper.get('.cases-summary')
    expect(section.text()).toContain('Published in the transparency report. It must never name anyone')
    await section.get('input').setValue('A speaker was asked to change two slides.')
    await section.get('form').trigger('submit')
    await flushPromises()
    expect(sentVariables(fetchMock, callOf(fetchMock, 'CasesSetSummary'))).toEqual({
      input: { caseId: 'c1', summary: 'A speaker was asked to change two slides.' },
    })
    expect(section.text()).toContain('Summary line saved.')
  })

  it('stands aside after a confirmation, then says so in the inbox', async () => {
    const fetchMock = stub(caseDetail(), { CasesRecuse: () => ({ data: { recuseFromCase: true } }) })
    const { wrapper, router } = await mountApp('/events/e1/cases/c1')

    await button(wrapper, 'I have a conflict').trigger('click')
    expect(callOf(fetchMock, 'CasesRecuse')).toBe(-1)
    await button(wrapper, 'Stand aside').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('cases-inbox'))
    await flushPromises()

    expect(sentVariables(fetchMock, callOf(fetchMock, 'CasesRecuse'))).toEqual({ caseId: 'c1' })
    const notice = wrapper.get('.base-status-message')
    expect(notice.text()).toContain('You stood aside from “sunny lantern”.')
    expect(document.activeElement).toBe(notice.element)
  })
})
