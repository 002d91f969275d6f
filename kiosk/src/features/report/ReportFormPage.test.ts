import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { graphqlError } from '@/testing/graphql-fetch-stub'
import { buttonNamed, readableText } from '@/testing/mount-kiosk'
import { clickNext, openReport, progress, reportApi as api, stepHeading } from '@/testing/open-report-form'
import { PRIVATE_INPUT } from '@/testing/private-input'
import { useReportStore } from './report.store'

describe('Report something', () => {
  it('asks for what happened first and does not go on without it', async () => {
    const { wrapper } = await openReport()
    expect(progress(wrapper)).toBe('Step 1 of 7')
    expect(stepHeading(wrapper)).toBe('What happened?')
    const box = wrapper.get('textarea#report-description')
    expect(wrapper.get('label[for="report-description"]').text()).toBe('What happened, in your own words')
    expect(box.attributes()).toMatchObject(PRIVATE_INPUT)
    await clickNext(wrapper)
    expect(stepHeading(wrapper)).toBe('What happened?')
    expect(wrapper.get('#report-step-problem').text()).toContain('Please write a few words')
    expect(box.attributes('aria-invalid')).toBe('true')

    await box.setValue('   ')
    await clickNext(wrapper)
    expect(stepHeading(wrapper)).toBe('What happened?')

    await box.setValue('Someone kept touching my shoulder after I said no.')
    await clickNext(wrapper)
    expect(progress(wrapper)).toBe('Step 2 of 7')
    expect(stepHeading(wrapper)).toBe('When and where')
  })

  it('shows the character count only near the limit', async () => {
    const { wrapper } = await openReport()
    await wrapper.get('textarea#report-description').setValue('Short')
    expect(wrapper.find('#report-description-count').exists()).toBe(false)
    await wrapper.get('textarea#report-description').setValue('x'.repeat(18_500))
    expect(wrapper.get('#report-description-count').text()).toBe('18,500 of 20,000 characters')
  })

  it('keeps every answer across steps and a language switch', async () => {
    const { wrapper } = await openReport()
    await wrapper.get('textarea#report-description').setValue('It happened at the party.')
    await clickNext(wrapper)
    await wrapper.get('input#report-when').setValue('Tuesday night')
    await buttonNamed(wrapper, 'Not sure').trigger('click')
    expect(wrapper.find('.urgent-help-button').exists()).toBe(false)
    await wrapper.findAll('[role="group"]')[2]!.findAll('button')[0]!.trigger('click')
    // "Does it need someone right now?" Yes: the urgent button is offered right here.
    expect(wrapper.find('.report-when-step__urgent button').text()).toBe('I need help now')
    await clickNext(wrapper)
    await wrapper.get('textarea#report-people').setValue('A tall man in a red jacket')

    await buttonNamed(wrapper, 'Português').trigger('click')
    await flushPromises()
    expect(stepHeading(wrapper)).toBe('Quem esteve envolvido')
    expect(progress(wrapper)).toBe('Passo 3 de 7')
    expect((wrapper.get('textarea#report-people').element as HTMLTextAreaElement).value).toBe(
      'A tall man in a red jacket',
    )

    await buttonNamed(wrapper, 'Voltar').trigger('click')
    expect((wrapper.get('input#report-when').element as HTMLInputElement).value).toBe('Tuesday night')
    expect(buttonNamed(wrapper, 'Não sei').attributes('aria-pressed')).toBe('true')
    await buttonNamed(wrapper, 'Voltar').trigger('click')
    expect((wrapper.get('textarea#report-description').element as HTMLTextAreaElement).value).toBe(
      'It happened at the party.',
    )
  })

  it('offers the event categories, translated, and an event’s own words as they are', async () => {
    const { wrapper, pinia } = await openReport()
    useReportStore(pinia).answers.description = 'Text'
    useReportStore(pinia).goTo('category')
    await flushPromises()
    const options = wrapper.findAll('.report-choice-group__option').map(option => option.text())
    expect(options).toEqual([
      'Unwanted physical contact',
      'Harassment or intimidation',
      'Noise at the party',
      'Something else',
    ])
  })

  it('never lets a contact be both preferred and excluded', async () => {
    const { wrapper, pinia } = await openReport()
    const report = useReportStore(pinia)
    report.goTo('contacts')
    await flushPromises()
    expect(stepHeading(wrapper)).toBe('Who should handle it')
    const preferred = () => wrapper.findAll('[data-testid="contact-preferred"]')
    const excluded = () => wrapper.findAll('[data-testid="contact-excluded"]')
    expect(preferred().map(button => readableText(button.element))).toEqual(['Amara Okafor', 'Noor Haddad'])

    await preferred()[0]!.trigger('click')
    expect(preferred()[0]!.attributes('aria-pressed')).toBe('true')
    await excluded()[0]!.trigger('click')
    expect(excluded()[0]!.attributes('aria-pressed')).toBe('true')
    expect(preferred()[0]!.attributes('aria-pressed')).toBe('false')
    expect(report.answers.preferredContactIds).toEqual([])
    expect(report.answers.excludedContactIds).toEqual(['c-1'])

    await preferred()[0]!.trigger('click')
    expect(report.answers.preferredContactIds).toEqual(['c-1'])
    expect(report.answers.excludedContactIds).toEqual([])
  })

  it('sends the report, then shows the receipt hidden until tapped and hides it after 15 s', async () => {
    const { wrapper, router, calls, pinia } = await openReport()
    await wrapper.get('textarea#report-description').setValue('  Someone took photos of me.  ')
    for (let step = 0; step < 4; step++) {
      await clickNext(wrapper)
    }
    await wrapper.findAll('[data-testid="contact-excluded"]')[1]!.trigger('click')
    await clickNext(wrapper)
    expect(stepHeading(wrapper)).toBe('How to reach you')
    expect(buttonNamed(wrapper, 'Stay anonymous').attributes('aria-pressed')).toBe('true')
    await clickNext(wrapper)
    expect(stepHeading(wrapper)).toBe('Check and send')
    // The words that will be sent, not a count of them.
    expect(wrapper.get('[data-testid="report-review-what"]').text()).toBe('Someone took photos of me.')
    expect(wrapper.text()).not.toContain('characters written')

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    await buttonNamed(wrapper, 'Send report').trigger('submit')
    await flushPromises()

    expect(calls('ReportSubmit')).toEqual([
      {
        input: {
          eventSlug: 'riverside-pycon-2026',
          description: 'Someone took photos of me.',
          when: null,
          where: null,
          isOngoing: null,
          isUrgent: null,
          peopleInvolved: null,
          witnesses: null,
          category: null,
          contactDetails: null,
          language: 'en',
          preferredContactIds: [],
          excludedContactIds: ['c-2'],
        },
      },
    ])
    expect(router.currentRoute.value.name).toBe('report-receipt')
    expect(wrapper.get('h1').text()).toBe('Your report was sent')
    expect(wrapper.find('[data-testid="report-reference"]').exists()).toBe(false)
    expect(document.body.innerHTML).not.toContain('ABCD-EFGH')
    // The answers are gone from memory once sent; only the receipt remains.
    expect(useReportStore(pinia).answers.description).toBe('')

    await buttonNamed(wrapper, 'Show my receipt').trigger('click')
    expect(wrapper.get('[data-testid="report-reference"]').text()).toBe('R-7K3M-9Q2F')
    expect(wrapper.get('[data-testid="report-passphrase"]').text()).toBe('ABCD-EFGH-JKMN-PQRS-TVWX')
    expect(wrapper.find('svg[role="img"][aria-label="QR code with your receipt"]').exists()).toBe(true)

    vi.advanceTimersByTime(14_900)
    await flushPromises()
    expect(wrapper.find('[data-testid="report-reference"]').exists()).toBe(true)
    vi.advanceTimersByTime(200)
    await flushPromises()
    expect(wrapper.find('[data-testid="report-reference"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="report-receipt-hidden"]').exists()).toBe(true)

    // Done waits for "I have saved my receipt"; then everything is dropped.
    const done = buttonNamed(wrapper, 'Done')
    expect(done.attributes('disabled')).toBeDefined()
    await wrapper.get('input[type="checkbox"]').setValue(true)
    expect(buttonNamed(wrapper, 'Done').attributes('disabled')).toBeUndefined()
    await buttonNamed(wrapper, 'Done').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('home-attract')
    expect(useReportStore(pinia).receipt).toBeNull()
    expect(JSON.stringify(pinia.state.value)).not.toContain('ABCD-EFGH')
  })

  it('says before sending which files are kept as sent, then uploads them with the receipt', async () => {
    // Files are offered on someone's own phone only.
    const { wrapper, fetchMock } = await openReport(api(), { isPersonalDevice: true })
    const real = fetchMock.getMockImplementation()!
    const refusal = { error: { code: 'BAD_USER_INPUT', field: 'file', reason: 'PICTURE_UNREADABLE' } }
    fetchMock.mockImplementation(async (url: string, init?: RequestInit) =>
      url !== '/api/reports/attachments'
        ? real(url, init)
        : (init?.body as File).name.endsWith('.HEIC')
          ? new Response(JSON.stringify(refusal), { status: 400 })
          : new Response(JSON.stringify({ id: 'a-1', kind: 'image' }), { status: 200 }),
    )
    await wrapper.get('textarea#report-description').setValue('Photo attached')
    for (let step = 0; step < 5; step++) {
      await clickNext(wrapper)
    }
    const input = wrapper.get('input[type="file"]')
    const file = new File([new Uint8Array(2048)], 'badge photo.jpg', { type: 'image/jpeg' })
    const pdf = new File([new Uint8Array(512)], 'programme.pdf', { type: 'application/pdf' })
    const heic = new File([new Uint8Array(512)], 'IMG_0002.HEIC', { type: 'image/heic' })
    Object.defineProperty(input.element, 'files', { value: [file, pdf, heic], configurable: true })
    await input.trigger('change')
    expect(wrapper.text()).toContain('badge photo.jpg')
    // Before anything is sent: what is stripped and what is kept, read out with the button too.
    const kept = wrapper.get('#report-files-kept').text()
    expect(kept).toContain('PDFs, audio and video are kept exactly as you send them')
    expect(buttonNamed(wrapper, 'Choose files').attributes('aria-describedby')).toContain('report-files-kept')
    const marks = wrapper.findAll('[data-testid="file-kept-as-sent"]')
    expect(marks.map(mark => mark.element.closest('li')?.textContent)).toEqual([
      expect.stringContaining('programme.pdf'),
    ])
    expect(marks[0]?.text()).toBe('Kept exactly as sent, hidden details included')
    await clickNext(wrapper)
    expect(wrapper.get('[data-testid="report-review-files"]').text()).toBe(
      'badge photo.jpg, programme.pdf, IMG_0002.HEIC',
    )
    await buttonNamed(wrapper, 'Send report').trigger('submit')
    await flushPromises()

    const upload = fetchMock.mock.calls.find(([url]) => url === '/api/reports/attachments')
    expect(upload?.[1]?.headers).toMatchObject({
      'x-report-reference': 'R-7K3M-9Q2F',
      'x-report-passphrase': 'ABCD-EFGH-JKMN-PQRS-TVWX',
      'x-file-name': 'badge%20photo.jpg',
    })
    expect(upload?.[1]?.body).toBe(file)
    expect(wrapper.get('[data-testid="upload-item"]').text()).toContain('badge photo.jpg')
    expect(wrapper.findAll('[data-testid="upload-state"]').map(state => state.text())).toEqual([
      'Sent',
      'Sent',
      "Not sent: this picture can't be opened here. Send a screenshot or a JPEG copy instead",
    ])
  })

  it('goes back to the step of the field the server refused, and says so', async () => {
    const { wrapper, router } = await openReport(
      api({
        ReportSubmit: () => graphqlError('BAD_USER_INPUT', 'Too long', { field: 'contactDetails' }),
      }),
    )
    await wrapper.get('textarea#report-description').setValue('Something')
    for (let step = 0; step < 5; step++) {
      await clickNext(wrapper)
    }
    await buttonNamed(wrapper, 'Let the team contact me').trigger('click')
    await wrapper.get('input#report-contact-details').setValue('me@example.org')
    await clickNext(wrapper)
    await buttonNamed(wrapper, 'Send report').trigger('submit')
    await flushPromises()

    expect(router.currentRoute.value.name).toBe('report-form')
    expect(stepHeading(wrapper)).toBe('How to reach you')
    expect(wrapper.get('#report-step-problem').text()).toContain('Please look at this answer again')
    expect(wrapper.get('input#report-contact-details').attributes('aria-invalid')).toBe('true')
    expect((wrapper.get('input#report-contact-details').element as HTMLInputElement).value).toBe(
      'me@example.org',
    )
  })

  it('says so when the server cannot be reached, and keeps the answers', async () => {
    const { wrapper } = await openReport(api({ ReportSubmit: () => ({ networkError: true }) }))
    await wrapper.get('textarea#report-description').setValue('Something')
    for (let step = 0; step < 6; step++) {
      await clickNext(wrapper)
    }
    await buttonNamed(wrapper, 'Send report').trigger('submit')
    await flushPromises()
    expect(stepHeading(wrapper)).toBe('Check and send')
    expect(wrapper.get('#report-step-problem').text()).toContain("We can't reach the team's server")
  })
})
