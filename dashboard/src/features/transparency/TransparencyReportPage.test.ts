import { ErrorCode, Role, checkReportPrivacy } from '@conduct-desk/shared'
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { buttonNamed } from '@/testing/button-named'
import { signedIn } from '@/testing/fixtures'
import { mountApp } from '@/testing/mount-app'
import { plain, usePageClock } from '@/testing/page-clock'
import { graphqlError, sentVariables, stubGraphql } from '@/testing/stub-graphql'
import { PRIVACY_CHECK_DEBOUNCE_MS } from './use-privacy-check'
import { builderAnswer } from './transparency.fixture'

const DRAFT = '# Riverside PyCon 2026: transparency report\n\nWe received 3 reports.'
const RECORDED = { names: ['Jürgen Müller'], emails: [], phones: [], handles: [] }

type Handlers = Parameters<typeof stubGraphql>[0]

function stub(handlers: Handlers = {}) {
  return stubGraphql({
    SessionViewer: signedIn([{ role: Role.Chair, eventId: 'e1' }]),
    EventsList: () => ({ data: { myEvents: [] } }),
    TransparencyBuilder: () => builderAnswer(DRAFT),
    // The server's own rule, against the event's recorded names.
    TransparencyPrivacyCheck: variables => ({
      data: { transparencyPrivacyCheck: checkReportPrivacy(String(variables['markdown']), RECORDED) },
    }),
    TransparencySurvey: () => ({ data: { transparencySurvey: [] } }),
    ...handlers,
  })
}

const area = () => document.querySelector<HTMLTextAreaElement>('.markdown-field textarea')!
async function type(text: string): Promise<void> {
  area().value = text
  area().dispatchEvent(new Event('input'))
  await vi.advanceTimersByTimeAsync(PRIVACY_CHECK_DEBOUNCE_MS + 10)
  await flushPromises()
}
const publishButton = () =>
  [...document.querySelectorAll('button')].find(
    button => plain(button.textContent!) === 'Publish the full report',
  )!

describe('TransparencyReportPage', () => {
  usePageClock('2026-06-23T10:00:00Z')

  it('marks a recorded name in place with its reason, takes the caret there, and holds publishing back', async () => {
    const fetchMock = stub()
    const { wrapper } = await mountApp('/events/e1/transparency-report')

    expect(area().value).toBe(DRAFT)
    // A literal "|" in the hint: vue-i18n would read a bare one as the start of a plural.
    expect(wrapper.get('.markdown-field').text()).toContain('| for tables')
    expect(plain(wrapper.text())).toContain('Due in 12 days.')
    expect(wrapper.get('.markdown-field__rendered h1').text()).toBe(
      'Riverside PyCon 2026: transparency report',
    )
    const text = `${DRAFT}\n\nThanks to Jürgen Müller’s team.`
    await type(text)

    expect(wrapper.get('.markdown-field__rendered').text()).toContain('Thanks to Jürgen Müller’s team.')
    expect(plain(wrapper.get('[role="status"].findings__status').text())).toBe(
      'The privacy check found 1 thing to look at: 1 blocks publishing.',
    )
    const mark = wrapper.get('[data-marked-text] mark')
    expect(mark.text()).toBe('Jürgen Müller’s')
    expect(plain(mark.element.nextElementSibling!.textContent!)).toBe(
      "(Blocks publishing: a name recorded on this event's cases or accounts)",
    )
    await buttonNamed(wrapper, 'Show “Jürgen Müller’s” in the text').trigger('click')
    expect(document.activeElement).toBe(area())
    expect(text.slice(area().selectionStart, area().selectionEnd)).toBe('Jürgen Müller’s')

    expect(publishButton().getAttribute('aria-disabled')).toBe('true')
    publishButton().click()
    await flushPromises()
    expect(
      fetchMock.mock.calls.some(call => String(call[1]?.body).includes('mutation TransparencyPublish')),
    ).toBe(false)

    await type(`${DRAFT}\n\nThanks to the whole team.`)
    expect(wrapper.find('[data-marked-text]').exists()).toBe(false)
    expect(publishButton().getAttribute('aria-disabled')).toBeNull()
  })

  it('publishes the full report after a fresh check, and words the server’s privacy refusal', async () => {
    const fetchMock = stub({
      TransparencyPublish: () => graphqlError(ErrorCode.BadUserInput, { reason: 'PRIVACY_CHECK_BLOCKED' }),
    })
    const { wrapper } = await mountApp('/events/e1/transparency-report')
    await type(`${DRAFT}\n\nAll done.`)

    publishButton().click()
    await flushPromises()

    const call = fetchMock.mock.calls.findIndex(entry =>
      String(entry[1]?.body).includes('mutation TransparencyPublish'),
    )
    expect(sentVariables(fetchMock, call)).toEqual({
      input: { eventId: 'e1', kind: 'FULL', markdown: `${DRAFT}\n\nAll done.` },
    })
    expect(plain(wrapper.get('.base-status-message[role="alert"]').text())).toContain(
      'The text still names someone recorded on this event',
    )
  })

  it('saves the draft and says when', async () => {
    const fetchMock = stub({
      TransparencySaveDraft: variables => ({
        data: {
          saveTransparencyDraft: {
            kind: 'FULL',
            markdown: (variables['input'] as { markdown: string }).markdown,
            savedAt: '2026-06-23T10:00:00.000Z',
            dueAt: '2026-07-05T23:00:00.000Z',
            published: null,
          },
        },
      }),
    })
    const { wrapper } = await mountApp('/events/e1/transparency-report')
    expect(wrapper.text()).toContain('Not saved yet')

    await buttonNamed(wrapper, 'Save the draft').trigger('click')
    await flushPromises()

    const call = fetchMock.mock.calls.findIndex(entry =>
      String(entry[1]?.body).includes('mutation TransparencySaveDraft'),
    )
    expect(sentVariables(fetchMock, call)).toEqual({
      input: { eventId: 'e1', kind: 'FULL', markdown: DRAFT },
    })
    expect(wrapper.text()).toContain('Draft saved.')
    expect(wrapper.text()).toContain('Draft saved June 23, 2026')
  })
})
