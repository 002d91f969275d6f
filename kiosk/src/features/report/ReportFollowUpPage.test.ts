import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { answer, graphqlError } from '@/testing/graphql-fetch-stub'
import { buttonNamed, type KioskWrapper } from '@/testing/mount-kiosk'
import {
  FOLLOW_UP_STATUS as STATUS,
  followUpApi as api,
  openFollowUp,
  typeReceipt,
} from '@/testing/open-follow-up'
import { PRIVATE_INPUT } from '@/testing/private-input'
import { useFollowUpStore } from './follow-up.store'

type Wrapper = KioskWrapper

const problemOf = (wrapper: Wrapper) => wrapper.get('#report-receipt-problem').text()

describe('Follow up on a report', () => {
  it('groups the receipt as typed, in capitals, and keeps nothing for the browser', async () => {
    const { wrapper } = await openFollowUp()
    expect(wrapper.get('h1').text()).toBe('Follow up on your report')
    expect(wrapper.get('label[for="report-reference-input"]').text()).toBe('Reference')
    expect(wrapper.get('label[for="report-passphrase-input"]').text()).toBe('Passphrase')
    for (const input of wrapper.findAll('input')) {
      expect(input.attributes()).toMatchObject(PRIVATE_INPUT)
    }
    const reference = wrapper.get('input#report-reference-input')
    await reference.setValue('r7k3m9q2f')
    expect((reference.element as HTMLInputElement).value).toBe('R-7K3M-9Q2F')
    const passphrase = wrapper.get('input#report-passphrase-input')
    await passphrase.setValue('abcdefghjkmnpqrstvwx')
    expect((passphrase.element as HTMLInputElement).value).toBe('ABCD-EFGH-JKMN-PQRS-TVWX')
  })

  it('shows the status in plain words and the messages, dates only; a reply is added', async () => {
    const { wrapper, calls } = await openFollowUp()
    await typeReceipt(wrapper, '7k3m 9q2f', 'abcd efgh jkmn pqrs tvwx')
    expect(calls('ReportStatus')).toEqual([
      { reference: 'R-7K3M-9Q2F', passphrase: 'ABCD-EFGH-JKMN-PQRS-TVWX' },
    ])
    expect(wrapper.get('[data-testid="report-status"]').text()).toBe(
      'The team is looking into what happened.',
    )
    expect(wrapper.text()).toContain('Sent on November 26, 2026')
    // The person can read back what the report says, behind a fold on a shared screen.
    const ownWords = wrapper.get('[data-testid="report-own-words"]')
    expect(ownWords.element.tagName).toBe('DETAILS')
    expect(ownWords.attributes('open')).toBeUndefined()
    expect(ownWords.text()).toContain('Someone kept filming me.')
    const messages = wrapper.findAll('[data-testid="report-message"]').map(message => message.text())
    expect(messages).toHaveLength(2)
    expect(messages[0]).toContain('You · November 26, 2026')
    expect(messages[1]).toContain('The team · November 27, 2026')
    expect(messages[1]).toContain('Can you tell us more?')
    // The passphrase is not left on screen.
    expect(document.body.innerHTML).not.toContain('ABCD-EFGH')
    // Before a file is chosen, "Add files" says which kinds are kept as sent, hidden details too.
    const hint = buttonNamed(wrapper, 'Add files').attributes('aria-describedby') ?? ''
    expect(wrapper.get(`#${hint}`).text()).toContain(
      'PDFs, audio and video are kept exactly as you send them',
    )

    await buttonNamed(wrapper, 'Send message').trigger('submit')
    expect(wrapper.get('#report-reply-problem').text()).toBe('Please write something first.')
    expect(calls('ReportReply')).toEqual([])

    expect(wrapper.get('label[for="report-reply"]').text()).toBe('Add information or answer the team')
    await wrapper.get('textarea#report-reply').setValue('He was wearing a blue badge.')
    await buttonNamed(wrapper, 'Send message').trigger('submit')
    await flushPromises()
    expect(calls('ReportReply')).toEqual([
      {
        input: {
          reference: 'R-7K3M-9Q2F',
          passphrase: 'ABCD-EFGH-JKMN-PQRS-TVWX',
          body: 'He was wearing a blue badge.',
        },
      },
    ])
    expect(wrapper.findAll('[data-testid="report-message"]')).toHaveLength(3)
    expect(wrapper.get('[role="status"].success').text()).toBe('Your message was sent. Thank you.')
    expect((wrapper.get('textarea#report-reply').element as HTMLTextAreaElement).value).toBe('')
  })

  it.each([
    ['RECEIVED', 'NEW', 'Your report has arrived. The team will read it soon.', false],
    ['READ', 'NEW', 'The team has read your report.', false],
    ['ANSWERED', 'ACKNOWLEDGED', 'The team has acknowledged your report and is taking care of it.', true],
  ])('follows what the team did: %s', async (progress, status, text, isAnswered) => {
    const { wrapper } = await openFollowUp(
      api({ ReportStatus: () => answer({ reportStatus: { ...STATUS, status, progress } }) }),
    )
    await typeReceipt(wrapper, '7k3m 9q2f', 'abcd efgh jkmn pqrs tvwx')
    expect(wrapper.get('[data-testid="report-status"]').text()).toBe(text)
    expect(wrapper.find('[data-testid="report-answered"]').exists()).toBe(isAnswered)
  })

  it('says no report matches, without saying which part was wrong', async () => {
    const { wrapper } = await openFollowUp(
      api({ ReportStatus: () => graphqlError('NOT_FOUND', 'Not found') }),
    )
    await typeReceipt(wrapper, 'R-7K3M-9Q2F', 'ABCD-EFGH-JKMN-PQRS-TVWX')
    expect(problemOf(wrapper)).toBe(
      'No report matches this reference and passphrase. Please check both and try again.',
    )
    expect(wrapper.get('input#report-reference-input').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('input#report-passphrase-input').attributes('aria-invalid')).toBe('true')
  })

  it('checks the shape of a receipt before asking, and says when too many were tried or the server is away', async () => {
    const { wrapper, calls } = await openFollowUp(api({ ReportStatus: () => graphqlError('RATE_LIMITED') }))
    await typeReceipt(wrapper, 'R-7K3M', 'ABCD')
    expect(calls('ReportStatus')).toEqual([])
    expect(problemOf(wrapper)).toContain('A reference looks like R-7K3M-9Q2F')

    await typeReceipt(wrapper, 'R-7K3M-9Q2F', 'ABCD-EFGH-JKMN-PQRS-TVWX')
    expect(problemOf(wrapper)).toContain('Too many receipts were tried from here.')

    vi.unstubAllGlobals()
    document.body.innerHTML = ''
    const away = await openFollowUp(api({ ReportStatus: () => ({ networkError: true }) }))
    await typeReceipt(away.wrapper, 'R-7K3M-9Q2F', 'ABCD-EFGH-JKMN-PQRS-TVWX')
    expect(problemOf(away.wrapper)).toContain("We can't reach the team's server")
  })

  it('forgets the receipt and the conversation when the page is left', async () => {
    const { wrapper, router, pinia } = await openFollowUp()
    await typeReceipt(wrapper, 'R-7K3M-9Q2F', 'ABCD-EFGH-JKMN-PQRS-TVWX')
    expect(useFollowUpStore(pinia).credentials).not.toBeNull()
    await buttonNamed(wrapper, 'Done').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('home-attract')
    expect(JSON.stringify(pinia.state.value)).not.toContain('ABCD-EFGH')
    expect(useFollowUpStore(pinia).status).toBeNull()
  })

  it('offers no file picker on a public kiosk, and says to add files on one’s own phone', async () => {
    const { wrapper } = await openFollowUp(api(), false)
    await typeReceipt(wrapper, 'R-7K3M-9Q2F', 'ABCD-EFGH-JKMN-PQRS-TVWX')
    expect(wrapper.find('input[type="file"]').exists()).toBe(false)
    expect(wrapper.findAll('button').map(button => button.text())).not.toContain('Add files')
    expect(wrapper.get('[data-testid="report-files-on-phone"]').text()).toContain('on your own phone')
  })
})
