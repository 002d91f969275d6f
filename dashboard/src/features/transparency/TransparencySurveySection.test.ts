import { Role } from '@conduct-desk/shared'
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { buttonNamed } from '@/testing/button-named'
import { signedIn } from '@/testing/fixtures'
import { mountApp } from '@/testing/mount-app'
import { plain, usePageClock } from '@/testing/page-clock'
import { sentVariables, stubGraphql } from '@/testing/stub-graphql'
import { builderAnswer } from './transparency.fixture'

function stub() {
  return stubGraphql({
    SessionViewer: signedIn([{ role: Role.Organizer, eventId: 'e1' }]),
    EventsList: () => ({ data: { myEvents: [] } }),
    TransparencyBuilder: () => builderAnswer('Report'),
    TransparencyPrivacyCheck: () => ({ data: { transparencyPrivacyCheck: [] } }),
    TransparencySurvey: () => ({
      data: { transparencySurvey: [{ question: 'Did you know how to report?', answer: 'Yes', count: 40 }] },
    }),
    TransparencyRecordSurvey: variables => ({
      data: { recordTransparencySurvey: (variables['input'] as { answers: unknown[] }).answers },
    }),
  })
}

async function choose(csv: string): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!
  Object.defineProperty(input, 'files', {
    value: [new File([csv], 'survey.csv', { type: 'text/csv' })],
    configurable: true,
  })
  input.dispatchEvent(new Event('change'))
  await vi.advanceTimersByTimeAsync(10)
  await flushPromises()
}
const questions = () =>
  [...document.querySelectorAll<HTMLInputElement>('.survey input:not([type="file"])')].map(
    input => input.value,
  )

describe('the survey on the report builder', () => {
  usePageClock('2026-06-23T10:00:00Z')

  it('refuses a CSV with bad rows, naming each line, and keeps the answers as they were', async () => {
    stub()
    const { wrapper } = await mountApp('/events/e1/transparency-report')
    expect(questions()).toEqual(['Did you know how to report?', 'Yes', '40'])

    await choose(
      'question,answer,count\nDid you feel safe?,Yes,30\nDid you feel safe?,No\n,Yes,2\nQ,A,lots\n',
    )

    const alert = wrapper.get('.survey-import__errors[role="alert"]')
    expect(plain(alert.text())).toContain(
      'Nothing was taken from the file. Fix these lines and import it again:',
    )
    expect(alert.findAll('li').map(item => plain(item.text()))).toEqual([
      'Line 3: a row has three fields: question, answer, count',
      'Line 4: the question is empty or longer than 200 characters',
      'Line 5: the count is not a whole number of zero or more',
    ])
    expect(questions()).toEqual(['Did you know how to report?', 'Yes', '40'])
  })

  it('takes the rows of a good CSV, then saves them as the edition’s answers', async () => {
    const fetchMock = stub()
    const { wrapper } = await mountApp('/events/e1/transparency-report')

    await choose(
      'Question,Answer,Count\r\n"Did you feel safe, overall?",Yes,30\r\nDid you feel safe?,No,4\r\n',
    )
    expect(wrapper.text()).toContain('2 answers read from the file. Check them, then save.')
    expect(questions()).toEqual(['Did you feel safe, overall?', 'Yes', '30', 'Did you feel safe?', 'No', '4'])

    await buttonNamed(wrapper, 'Save the survey answers').trigger('click')
    await flushPromises()

    const call = fetchMock.mock.calls.findIndex(entry =>
      String(entry[1]?.body).includes('mutation TransparencyRecordSurvey'),
    )
    expect(sentVariables(fetchMock, call)).toEqual({
      input: {
        eventId: 'e1',
        answers: [
          { question: 'Did you feel safe, overall?', answer: 'Yes', count: 30 },
          { question: 'Did you feel safe?', answer: 'No', count: 4 },
        ],
      },
    })
    expect(wrapper.text()).toContain('2 survey answers saved.')
  })
})
