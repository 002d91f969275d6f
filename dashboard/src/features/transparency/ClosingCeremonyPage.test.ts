import { ErrorCode, Role } from '@conduct-desk/shared'
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { buttonNamed } from '@/testing/button-named'
import { signedIn } from '@/testing/fixtures'
import { mountApp as mountAppOnce } from '@/testing/mount-app'
import { plain, usePageClock } from '@/testing/page-clock'
import { graphqlError, sentVariables, stubGraphql } from '@/testing/stub-graphql'
import { EVENT, statistics } from './transparency.fixture'

const MARKDOWN = '# Riverside PyCon 2026: initial transparency report\n\n3 reports so far.'

function stub(stats = statistics(), publish = () => ({}) as object) {
  return stubGraphql({
    SessionViewer: signedIn([{ role: Role.Chair, eventId: 'e1' }]),
    EventsList: () => ({ data: { myEvents: [] } }),
    TransparencyCeremony: () => ({
      data: {
        event: EVENT,
        transparencyReportDraft: {
          markdown: MARKDOWN,
          summaryLines: ['A verbal warning was given.', 'Law enforcement was called.'],
          statistics: stats,
          published: null,
        },
      },
    }),
    TransparencyPublish: publish,
  })
}

// The slides listen on the window: each test's app goes away with it, so keys reach only the next one.
let unmount = () => {}
afterEach(() => unmount())
const mountApp = async (...args: Parameters<typeof mountAppOnce>) => {
  const mounted = await mountAppOnce(...args)
  unmount = () => mounted.wrapper.unmount()
  return mounted
}

const press = async (key: string, target: EventTarget = document.body) => {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
  await flushPromises()
}
const slideTitle = () => document.querySelector('#ceremony-slide-title')?.textContent?.trim()
const counter = () => plain(document.querySelector('[data-slide-counter]')?.textContent ?? '')

describe('ClosingCeremonyPage', () => {
  usePageClock('2026-06-05T17:00:00Z')

  it('turns slides with the keys a keyboard and a clicker send, one slide at a time', async () => {
    stub()
    await mountApp('/events/e1/closing-ceremony')

    expect(document.querySelector('h1')?.textContent).toBe('Closing ceremony')
    expect(slideTitle()).toBe('Riverside PyCon 2026: Code of Conduct report, so far')
    expect(counter()).toBe('Slide 1 of 9 Riverside PyCon 2026: Code of Conduct report, so far')
    await press('ArrowRight')
    expect(slideTitle()).toBe('Reports so far')
    expect(plain(document.querySelector('.ceremony-slide')!.textContent!)).toContain('3 reports so far')
    await press('PageDown')
    expect(slideTitle()).toBe('Reports so far, by kind')
    await press(' ')
    expect(slideTitle()).toBe('Actions taken so far')
    await press('PageUp')
    await press('ArrowLeft')
    expect(slideTitle()).toBe('Reports so far')
    await press('End')
    expect(slideTitle()).toBe('Reporting stays open')
    expect(counter()).toContain('Slide 9 of 9')
    await press('ArrowRight')
    expect(counter()).toContain('Slide 9 of 9')
    await press('Home')
    expect(counter()).toContain('Slide 1 of 9')
    // Keys typed into a field are the field's own.
    const select = document.querySelector('select')!
    await press('ArrowRight', select)
    expect(counter()).toContain('Slide 1 of 9')
  })

  it('draws each chart with a real table of the same numbers, words and not keys', async () => {
    stub()
    const { wrapper } = await mountApp('/events/e1/closing-ceremony')
    await press('PageDown')
    await press('PageDown')

    expect(document.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true')
    const table = document.querySelector('table')!
    expect(table.querySelector('caption')?.textContent?.trim()).toBe('Reports so far, by kind')
    const rows = [...table.querySelectorAll('tbody tr')]
    expect(rows.map(row => [...row.children].map(cell => cell.textContent?.trim()))).toEqual([
      ['Unwanted physical contact', '2'],
      ['Something else', '1'],
    ])
    expect(table.classList.contains('visually-hidden')).toBe(true)
    await buttonNamed(wrapper, 'Show the numbers as a table').trigger('click')
    expect(table.classList.contains('visually-hidden')).toBe(false)
  })

  it('never shows a bare zero: with no reports yet it says none so far and how to report', async () => {
    stub(
      statistics({
        reports: 0,
        reportsDuringEvent: 0,
        reportsAfterEvent: 0,
        openCases: 0,
        byCategory: [],
        byAction: [],
        byChannel: [],
        byStatus: [],
        history: [],
      }),
    )
    await mountApp('/events/e1/closing-ceremony')

    await press('ArrowRight')
    expect(slideTitle()).toBe('No reports so far')
    const text = plain(document.querySelector('.ceremony-slide')!.textContent!)
    expect(text).toContain('reporting stays open')
    expect(text).toContain('/kiosk/e/riverside-pycon-2026')
    expect(text).not.toMatch(/\b0\b/)
    expect(counter()).toContain('Slide 2 of 3')
  })

  it('publishes the slides as the initial report with the draft’s text, then gives the public page', async () => {
    const fetchMock = stub(statistics(), () => ({
      data: {
        publishTransparencyReport: {
          eventSlug: 'riverside-pycon-2026',
          kind: 'INITIAL',
          publishedAt: '2026-06-05T17:01:00.000Z',
          addenda: [],
        },
      },
    }))
    const { wrapper } = await mountApp('/events/e1/closing-ceremony')
    await press('End')

    await buttonNamed(wrapper, 'Publish as the initial report').trigger('click')
    await flushPromises()

    const call = fetchMock.mock.calls.findIndex(entry =>
      String(entry[1]?.body).includes('mutation TransparencyPublish'),
    )
    expect(sentVariables(fetchMock, call)).toEqual({
      input: { eventId: 'e1', kind: 'INITIAL', markdown: MARKDOWN },
    })
    const slide = plain(document.querySelector('.ceremony-slide')!.textContent!)
    expect(slide).toContain('Published as the initial report.')
    expect(document.querySelector('.ceremony-slide a')?.getAttribute('href')).toMatch(
      /\/kiosk\/e\/riverside-pycon-2026\/transparency$/,
    )
  })

  it('words a refusal in the page’s language', async () => {
    stub(statistics(), () => graphqlError(ErrorCode.BadUserInput, { reason: 'PRIVACY_CHECK_BLOCKED' }))
    const { wrapper } = await mountApp('/events/e1/closing-ceremony', { locale: 'pt' })
    await press('End')

    await buttonNamed(wrapper, 'Publicar como relatório inicial').trigger('click')
    await flushPromises()

    const alerts = [...document.querySelectorAll('[role="alert"]')].map(alert => alert.textContent)
    expect(alerts.join()).toContain('O texto ainda nomeia alguém')
  })
})
