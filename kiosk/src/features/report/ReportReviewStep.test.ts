import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { openReport } from '@/testing/open-report-form'
import { useReportStore } from './report.store'

describe('Report something: check and send', () => {
  it('shows on the review the words that will be sent, every answer in the order it was asked', async () => {
    const { wrapper, pinia } = await openReport()
    const report = useReportStore(pinia)
    Object.assign(report.answers, {
      description: 'He kept filming me\nafter I said no.',
      when: 'Tuesday, after lunch',
      where: 'Room B',
      isOngoing: 'yes',
      peopleInvolved: 'A man in a red jacket',
      wantsContact: true,
      contactDetails: 'me@example.org',
    })
    report.goTo('review')
    await flushPromises()
    const rows = wrapper.findAll('.report-review-step__row').map(row => ({
      term: row.get('dt').text(),
      value: row.get('dd').text(),
    }))
    expect(rows.map(row => row.value)).toEqual([
      'He kept filming me\nafter I said no.',
      'Tuesday, after lunch',
      'Room B',
      'Yes',
      'Not answered',
      'A man in a red jacket',
      'Not answered',
      'Not answered',
      'Not answered',
      'Not answered',
      'me@example.org',
    ])
    expect(rows[0]?.term).toBe('What happened?')
    // The person's own text keeps its line breaks; it is shown in the page's body type.
    expect(wrapper.get('[data-testid="report-review-what"]').classes()).toContain('report-review-step__words')
  })

  it('offers no file picker on a public kiosk, and says to add files on one’s own phone', async () => {
    const { wrapper, pinia } = await openReport()
    useReportStore(pinia).answers.description = 'Text'
    useReportStore(pinia).goTo('reach')
    await flushPromises()
    expect(wrapper.find('input[type="file"]').exists()).toBe(false)
    expect(wrapper.get('[data-testid="report-files-on-phone"]').text()).toContain('on your own phone')
    useReportStore(pinia).goTo('review')
    await flushPromises()
    expect(wrapper.find('[data-testid="report-review-files"]').exists()).toBe(false)
  })
})
