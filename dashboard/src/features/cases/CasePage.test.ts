import { ErrorCode } from '@conduct-desk/shared'
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { mountApp } from '@/testing/mount-app'
import { plain } from '@/testing/page-clock'
import { graphqlError, sentVariables } from '@/testing/stub-graphql'
import { HOSTILE, caseDetail as detail, stubCase, useCasePageHooks } from './case-page.fixture'

useCasePageHooks('2026-06-03T08:00:00Z')

const stub = (handlers: Parameters<typeof stubCase>[1] = {}) => stubCase(detail, handlers)

describe('CasePage', () => {
  it('shows the report as text: markup the reporter typed stays visible and creates no element', async () => {
    stub()
    const { wrapper } = await mountApp('/events/e1/cases/c1')

    expect(wrapper.get('h1').text()).toBe('sunny lantern')
    const description = wrapper.get('[data-report-description]')
    expect(description.text()).toBe(HOSTILE)
    expect(description.find('script').exists()).toBe(false)
    expect(description.find('b').exists()).toBe(false)
    expect(document.querySelector('main script, main img')).toBeNull()
    expect((window as unknown as { hacked?: boolean }).hacked).toBeUndefined()

    const text = plain(wrapper.text())
    const facts = wrapper
      .findAll('.cases-report dl > div')
      .map(row => `${plain(row.get('dt').text())}: ${plain(row.get('dd').text())}`)
    expect(text).toContain('Status: New')
    expect(text).toContain('Urgent')
    expect(text).toContain('Hall B')
    expect(text).toContain('After the keynote')
    expect(facts).toContain('How to reach the reporter: Anonymous')
    expect(facts).toContain('Contacts they asked for: Amara Okafor')
    expect(facts).toContain('Written down by: Tomás Ferreira')
    expect(facts).toContain('Confidentiality explained: Yes')
    expect(facts).toContain('Immediate action needed: No')

    const [link, pdfLink] = wrapper.findAll('a[download]')
    expect(link?.attributes('href')).toBe('/attachments/a1')
    expect(wrapper.text()).toContain('<img src=x onerror=alert(1)>.png')
    expect(text).toContain('Image · 245 kB')
    // The PDF was kept as sent: marked, and its link says why (SECURITY R31).
    const marks = wrapper.findAll('[data-testid="attachment-metadata-kept"]')
    expect(marks.map(mark => mark.element.closest('li')?.textContent)).toEqual([
      expect.stringContaining('programme.pdf'),
    ])
    expect(marks[0]?.text()).toBe('Metadata not removed')
    expect(link?.attributes('aria-describedby')).toBeUndefined()
    const note = wrapper.get(`#${pdfLink?.attributes('aria-describedby')}`)
    expect(note.text()).toContain('kept exactly as they were sent')
    expect(wrapper.get('.cases-timeline').text()).toContain('Thank you.')
  })

  it('says the same thing for a case that does not exist and one hidden from the viewer', async () => {
    stub({ CasesDetail: () => graphqlError(ErrorCode.NotFound) })
    const { wrapper } = await mountApp('/events/e1/cases/c9')

    expect(wrapper.get('h1').text()).toBe('Case')
    expect(wrapper.get('main [role="alert"]').text()).toBe(
      'This case does not exist or is not available to you.',
    )
  })

  it('sends a message to the reporter and shows it in the conversation', async () => {
    let messages = detail().messages
    const fetchMock = stub({
      CasesDetail: () => ({ data: { case: { ...detail(), messages } } }),
      CasesSendMessage: variables => {
        const input = variables['input'] as { body: string }
        const sent = {
          id: 'm2',
          from: 'team',
          authorName: 'Amara Okafor',
          body: input.body,
          createdAt: '2026-06-03T08:00:00.000Z',
          reportId: 'r1',
        }
        messages = [...messages, sent]
        return { data: { sendCaseMessage: sent } }
      },
    })
    const { wrapper } = await mountApp('/events/e1/cases/c1')

    const form = wrapper.get('.cases-conversation form')
    await form.trigger('submit')
    expect(wrapper.get('.cases-conversation textarea').attributes('aria-invalid')).toBe('true')

    const label = wrapper.get(
      'label[for="' + wrapper.get('.cases-conversation textarea').attributes('id') + '"]',
    )
    expect(plain(label.text())).toBe('Message to the reporter')
    await wrapper.get('.cases-conversation textarea').setValue('  We have read your report.  ')
    await form.trigger('submit')
    await flushPromises()

    const sendCall = fetchMock.mock.calls.findIndex(call =>
      String(call[1]?.body).includes('CasesSendMessage'),
    )
    expect(sentVariables(fetchMock, sendCall)).toEqual({
      input: { caseId: 'c1', body: 'We have read your report.' },
    })
    expect(wrapper.get('.base-status-message').text()).toContain('Message sent.')
    expect(plain(wrapper.get('.cases-timeline').text())).toContain('Amara Okafor, for the team')
    expect(wrapper.get<HTMLTextAreaElement>('.cases-conversation textarea').element.value).toBe('')
  })
})
