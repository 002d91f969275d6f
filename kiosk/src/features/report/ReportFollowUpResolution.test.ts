import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { answer, graphqlError } from '@/testing/graphql-fetch-stub'
import { buttonNamed, type KioskWrapper } from '@/testing/mount-kiosk'
import { FOLLOW_UP_STATUS, followUpApi, openFollowUp, typeReceipt } from '@/testing/open-follow-up'
import { PRIVATE_INPUT } from '@/testing/private-input'
import { useFollowUpStore } from './follow-up.store'

const TEXT = 'The person will not attend the social events.\n<img src=x onerror="window.__xss=1"> stays text.'

function withProposal(response: string | null = null, yourNote: string | null = null) {
  return {
    ...FOLLOW_UP_STATUS,
    status: 'RESOLUTION_PROPOSED',
    proposedResolution: { text: TEXT, proposedOn: '2026-11-28', response, yourNote },
  }
}

/** The API with a proposal waiting; respondToResolution records the answer once. */
function proposalApi(response: string | null = null) {
  return followUpApi({
    ReportStatus: () => answer({ reportStatus: withProposal(response) }),
    ReportRespond: (_operation, variables) => {
      const input = variables.input as { response: string; note: string | null }
      return answer({ respondToResolution: withProposal(input.response, input.note) })
    },
  })
}

async function openProposal(respond = proposalApi()) {
  const kiosk = await openFollowUp(respond)
  await typeReceipt(kiosk.wrapper, 'R-7K3M-9Q2F', 'ABCD-EFGH-JKMN-PQRS-TVWX')
  return kiosk
}

const card = (wrapper: KioskWrapper) => wrapper.get('[data-testid="report-resolution"]')

async function send(wrapper: KioskWrapper) {
  await buttonNamed(wrapper, 'Send my answer').trigger('submit')
  await flushPromises()
}

describe('the proposed resolution on the follow-up page', () => {
  it.each([
    ['NEW', 'Your report has arrived.', 'Someone from the team will read it'],
    ['ACKNOWLEDGED', 'The team has acknowledged your report', 'They will look into what happened'],
    ['IN_REVIEW', 'The team is looking into what happened.', 'ask what you think before anything is done'],
    [
      'RESOLUTION_PROPOSED',
      'The team is deciding what to do',
      'Nothing is done before they have heard from you',
    ],
    ['DECIDED', 'The team has decided what to do.', 'They will now carry it out'],
    ['CLOSED', 'Your report is closed', 'you can still write to the team below'],
    ['ESCALATED_TO_WG', 'the Code of Conduct Working Group, is helping', 'keep writing to them here'],
  ])('says %s in plain words, and what happens next', async (status, now, next) => {
    const { wrapper } = await openFollowUp(
      followUpApi({ ReportStatus: () => answer({ reportStatus: { ...FOLLOW_UP_STATUS, status } }) }),
    )
    await typeReceipt(wrapper, 'R-7K3M-9Q2F', 'ABCD-EFGH-JKMN-PQRS-TVWX')
    expect(wrapper.get('[data-testid="report-status"]').text()).toContain(now)
    expect(wrapper.get('[data-testid="report-next"]').text()).toContain(next)
    // No status name or other jargon reaches the reporter.
    expect(wrapper.text()).not.toMatch(/[A-Z]{2,}_[A-Z]+|escalat/i)
    expect(wrapper.find('[data-testid="report-resolution"]').exists()).toBe(false)
  })

  it('shows the proposal as the team wrote it, as text, and takes “I have concerns” with a note', async () => {
    const { wrapper, calls } = await openProposal()
    expect(card(wrapper).get('h2').text()).toBe('What the team suggests')
    expect(card(wrapper).text()).toContain('Suggested on November 28, 2026')
    const text = card(wrapper).get('[data-testid="report-resolution-text"]')
    expect(text.text()).toBe(TEXT)
    expect(text.find('img').exists()).toBe(false)
    expect(wrapper.get('textarea#report-resolution-note').attributes()).toMatchObject(PRIVATE_INPUT)
    expect(wrapper.get('label[for="report-resolution-note"]').text()).toBe(
      'Anything you want the team to know (optional)',
    )

    // An answer is chosen first; nothing is sent without one.
    await send(wrapper)
    expect(wrapper.get('#report-resolution-problem').text()).toBe(
      'Please choose “This works for me” or “I have concerns” first.',
    )
    expect(calls('ReportRespond')).toEqual([])

    await buttonNamed(wrapper, 'I have concerns').trigger('click')
    expect(buttonNamed(wrapper, 'I have concerns').attributes('aria-pressed')).toBe('true')
    expect(wrapper.get('#report-resolution-problem').text()).toBe('')
    await wrapper.get('textarea#report-resolution-note').setValue('  It also happened at lunch.  ')
    await send(wrapper)
    expect(calls('ReportRespond')).toEqual([
      {
        input: {
          reference: 'R-7K3M-9Q2F',
          passphrase: 'ABCD-EFGH-JKMN-PQRS-TVWX',
          response: 'CONCERNS',
          note: 'It also happened at lunch.',
        },
      },
    ])
    const answered = wrapper.get('[data-testid="report-resolution-answer"]')
    expect(answered.get('[role="status"].success').text()).toBe(
      'Thank you. Your answer was sent to the team.',
    )
    expect(answered.text()).toContain('Your answer: I have concerns')
    expect(answered.text()).toContain('What you added:')
    expect(answered.get('[data-testid="report-resolution-your-note"]').text()).toBe(
      'It also happened at lunch.',
    )
    expect(document.activeElement).toBe(answered.element)
    expect(card(wrapper).find('form').exists()).toBe(false)
  })

  it('sends “This works for me” without a note as no note', async () => {
    const { wrapper, calls } = await openProposal()
    await buttonNamed(wrapper, 'This works for me').trigger('click')
    await send(wrapper)
    expect(calls('ReportRespond')).toEqual([
      { input: expect.objectContaining({ response: 'AGREES', note: null }) },
    ])
    expect(wrapper.get('[data-testid="report-resolution-answer"]').text()).toContain(
      'Your answer: This works for me',
    )
  })

  it('shows an answer given before, and says so when the team could not reach the reporter', async () => {
    const before = await openProposal(proposalApi('AGREES'))
    expect(card(before.wrapper).find('form').exists()).toBe(false)
    expect(card(before.wrapper).text()).toContain('Your answer: This works for me')
    expect(card(before.wrapper).find('[role="status"]').exists()).toBe(false)
    before.wrapper.unmount()
    document.body.innerHTML = ''

    const { wrapper } = await openProposal(proposalApi('UNREACHABLE'))
    expect(card(wrapper).find('form').exists()).toBe(false)
    expect(wrapper.get('[data-testid="report-resolution-unreachable"]').text()).toBe(
      'The team could not reach you to ask what you think, and has noted that. You can still write to them under Messages below.',
    )
    // They can still write: the message form is there.
    expect(wrapper.find('textarea#report-reply').exists()).toBe(true)
  })

  it.each([
    [
      'CASE_REPORTER_ALREADY_RESPONDED',
      'An answer to this suggestion was already recorded. This page now shows it.',
      withProposal('AGREES'),
    ],
    [
      'CASE_NO_OPEN_PROPOSAL',
      'The team has taken this suggestion back to look at it again.',
      { ...FOLLOW_UP_STATUS, status: 'IN_REVIEW' },
    ],
  ])('words %s in its own words and shows the report as it is now', async (reason, words, now) => {
    let current: unknown = withProposal()
    const { wrapper, calls } = await openProposal(
      followUpApi({
        ReportStatus: () => answer({ reportStatus: current }),
        ReportRespond: () => {
          current = now
          return graphqlError('CONFLICT', 'The server’s English', { reason })
        },
      }),
    )
    await buttonNamed(wrapper, 'I have concerns').trigger('click')
    await send(wrapper)
    expect(calls('ReportStatus')).toHaveLength(2)
    expect(wrapper.text()).not.toContain('The server’s English')
    expect(wrapper.get('#report-resolution-problem').text()).toContain(words)
    expect(card(wrapper).find('form').exists()).toBe(false)
    if (now.proposedResolution === null) {
      expect(card(wrapper).find('[data-testid="report-resolution-text"]').exists()).toBe(false)
      expect(wrapper.get('[data-testid="report-status"]').text()).toBe(
        'The team is looking into what happened.',
      )
    } else {
      expect(card(wrapper).text()).toContain('Your answer: This works for me')
    }
  })

  it('says when the server cannot be reached, and keeps the answer and note to try again', async () => {
    const { wrapper } = await openProposal(
      followUpApi({
        ReportStatus: () => answer({ reportStatus: withProposal() }),
        ReportRespond: () => ({ networkError: true }),
      }),
    )
    await buttonNamed(wrapper, 'I have concerns').trigger('click')
    await wrapper.get('textarea#report-resolution-note').setValue('Please call me.')
    await send(wrapper)
    expect(wrapper.get('#report-resolution-problem').text()).toContain("We can't reach the team's server")
    expect(buttonNamed(wrapper, 'I have concerns').attributes('aria-pressed')).toBe('true')
    expect((wrapper.get('textarea#report-resolution-note').element as HTMLTextAreaElement).value).toBe(
      'Please call me.',
    )
  })

  it('keeps the answer and the proposal nowhere once the page is left', async () => {
    const { wrapper, pinia, router } = await openProposal()
    await buttonNamed(wrapper, 'I have concerns').trigger('click')
    await wrapper.get('textarea#report-resolution-note').setValue('NOTE-CANARY')
    await send(wrapper)
    expect(sessionStorage.length + localStorage.length).toBe(0)
    await buttonNamed(wrapper, 'Done').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('home-attract')
    expect(useFollowUpStore(pinia).status).toBeNull()
    expect(JSON.stringify(pinia.state.value)).not.toMatch(/NOTE-CANARY|social events/)
    expect(document.body.innerHTML).not.toMatch(/NOTE-CANARY|social events/)
  })

  it('speaks Portuguese too', async () => {
    const { wrapper } = await openProposal()
    await buttonNamed(wrapper, 'Português').trigger('click')
    expect(card(wrapper).get('h2').text()).toBe('O que a equipa sugere')
    expect(wrapper.get('[data-testid="report-status"]').text()).toBe(
      'A equipa está a decidir o que fazer e sugeriu um caminho.',
    )
    expect(buttonNamed(wrapper, 'Tenho dúvidas').exists()).toBe(true)
  })
})
