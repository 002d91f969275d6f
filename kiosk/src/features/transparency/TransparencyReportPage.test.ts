import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useKioskSessionStore } from '@/shell/kiosk-session.store'
import { eventFixture, transparencyReportFixture } from '@/testing/fixtures'
import { answer, pending, stubGraphqlFetch, type GraphqlAnswer } from '@/testing/graphql-fetch-stub'
import { buttonNamed, mountKiosk, type MountKioskOptions } from '@/testing/mount-kiosk'
import type { PublishedTransparencyReport } from './transparency-display'

const LIVE_EVENT = eventFixture({ hasTransparencyReport: true })

/** Opens the live event's home and taps its link to the report, which the API answers with `report`. */
async function openFromHome(
  report: PublishedTransparencyReport | null | GraphqlAnswer,
  options: MountKioskOptions = { isPersonalDevice: true },
) {
  const fetchMock = stubGraphqlFetch(operation => {
    if (operation === 'TransparencyPublishedReport') {
      return report !== null && ('body' in report || 'pending' in report || 'networkError' in report)
        ? report
        : answer({ publishedTransparencyReport: report })
    }
    return answer({ publicEvent: LIVE_EVENT })
  })
  const kiosk = await mountKiosk('/e/riverside-pycon-2026', options)
  await buttonNamed(kiosk.wrapper, 'Read our transparency report').trigger('click')
  await flushPromises()
  return { ...kiosk, fetchMock }
}

/** What the page saves: each download's file name and its text (Blob + download link, captured). */
function captureDownloads() {
  const blobs = new Map<string, Blob>()
  const saved: { name: string; type: string; text: Promise<string> }[] = []
  vi.spyOn(URL, 'createObjectURL').mockImplementation(blob => {
    const url = `blob:kiosk/${blobs.size}`
    blobs.set(url, blob as Blob)
    return url
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href)
    if (blob) {
      saved.push({ name: this.download, type: blob.type, text: blob.text() })
    }
  })
  return saved
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('transparency report page', () => {
  it('is linked from the event home only when a report is published', async () => {
    stubGraphqlFetch(() => answer({ publicEvent: eventFixture() }))
    const { wrapper } = await mountKiosk('/e/riverside-pycon-2026')
    expect(wrapper.text()).not.toContain('Read our transparency report')
  })

  it('shows the report: its kind and day, the text as rendered by the server, numbers, history and addenda', async () => {
    const { wrapper, router, fetchMock } = await openFromHome(transparencyReportFixture())
    expect(router.currentRoute.value.name).toBe('transparency-report')
    const sent = fetchMock.mock.calls.map(([, init]) => String(init?.body))
    expect(sent.some(body => body.includes('"eventSlug":"riverside-pycon-2026"'))).toBe(true)

    expect(wrapper.get('h1').text()).toBe('Transparency report')
    expect(wrapper.text()).toContain('Riverside PyCon 2025')
    const kind = wrapper.get('[data-testid="transparency-kind"]')
    expect(kind.text()).toContain('Full report')
    expect(kind.text()).toContain('Published on July 10, 2025')
    // The day only: no time of day anywhere (SECURITY R41).
    expect(kind.get('time').attributes('datetime')).toBe('2025-07-10')
    expect(wrapper.text()).not.toMatch(/16:30|4:30/)

    // The report's own headings sit under the page's h1, one level down: one h1 on the page.
    expect(wrapper.findAll('h1')).toHaveLength(1)
    const text = wrapper.get('[data-testid="transparency-text"]')
    expect(text.findAll('h2, h3').map(heading => [heading.element.tagName, heading.text()])).toEqual([
      ['H2', 'Transparency report: Riverside PyCon 2025'],
      ['H3', 'How to report'],
    ])
    expect(text.get('a').attributes('href')).toBe('https://example.org/kiosk')

    const totals = wrapper.get('[data-testid="transparency-totals"]').text()
    expect(totals).toContain('3 reports to the Code of Conduct team.')
    expect(totals).toContain('2 during the event, 1 after it.')
    expect(totals).toContain('Law enforcement was not called.')
    expect(totals).toContain('does not mean that nothing happened')

    const history = wrapper.get('[data-testid="transparency-history"]')
    expect(history.get('caption').text()).toBe('This edition and earlier ones')
    expect(history.findAll('thead th').map(cell => [cell.text(), cell.attributes('scope')])).toEqual([
      ['Edition', 'col'],
      ['Attendees in person', 'col'],
      ['Attendees online', 'col'],
      ['Reports', 'col'],
      ['During the event', 'col'],
      ['After the event', 'col'],
    ])
    const rows = history.findAll('tbody tr')
    expect(rows.map(row => row.findAll('th, td').map(cell => cell.text()))).toEqual([
      ['Riverside PyCon 2024', '440', 'not recorded', '0', '0', '0'],
      ['Riverside PyCon 2025', '500', '150', '3', '2', '1'],
    ])
    expect(rows[0]?.get('th').attributes('scope')).toBe('row')
    expect(rows[1]?.classes()).toContain('transparency-table__this')

    const captions = wrapper.findAll('caption').map(caption => caption.text())
    expect(captions).toEqual([
      'This edition and earlier ones',
      'What it was about',
      'What the team did',
      'How it was reported',
      'Where each report stands',
    ])
    // Keys in the kiosk's words; an event's own category words as they are.
    for (const words of [
      'Harassment or intimidation',
      'Noise | at the party',
      'Told to stop',
      'At a kiosk',
      'Closed',
    ]) {
      expect(wrapper.text()).toContain(words)
    }

    const addenda = wrapper.findAll('[data-testid="transparency-addendum"]')
    expect(addenda.map(addendum => addendum.get('h3').text())).toEqual(['Addendum of August 3, 2025'])
    expect(addenda[0]?.get('p').element.textContent).toBe('One more report came in.\nIt is closed.')
  })

  it('says "so far" on the initial report, and never shows a bare zero', async () => {
    const report = transparencyReportFixture({
      kind: 'INITIAL',
      addenda: [],
      statistics: {
        ...transparencyReportFixture().statistics,
        reports: 0,
        reportsDuringEvent: 0,
        reportsAfterEvent: 0,
        byCategory: [],
        byAction: [],
        byChannel: [],
        byStatus: [],
      },
    })
    const { wrapper } = await openFromHome(report)
    expect(wrapper.get('[data-testid="transparency-kind"]').text()).toContain(
      'Initial report: the numbers so far',
    )
    expect(wrapper.get('[data-testid="transparency-so-far"]').text()).toContain('Reporting stays open')
    const totals = wrapper.get('[data-testid="transparency-totals"]').text()
    expect(totals).toContain('No one has reported anything to the Code of Conduct team so far.')
    expect(totals).not.toMatch(/\b0\b/)
    expect(totals).toContain('a low number does not mean that nothing happened')
    expect(wrapper.findAll('caption')).toHaveLength(1)
    expect(wrapper.find('[data-testid="transparency-addendum"]').exists()).toBe(false)
  })

  it('says kindly that nothing is published yet', async () => {
    const { wrapper } = await openFromHome(null)
    expect(wrapper.get('h1').text()).toBe('Not published yet')
    expect(wrapper.text()).toContain('within a month after the event')
    expect(wrapper.text()).not.toMatch(/\b0\b/)
    await buttonNamed(wrapper, 'Back').trigger('click')
    await flushPromises()
    expect(wrapper.get('h1').text()).toBe('Riverside PyCon 2026')
  })

  it('downloads Markdown, HTML and plain text built from the report, named after the event and kind', async () => {
    const saved = captureDownloads()
    const { wrapper } = await openFromHome(transparencyReportFixture())
    await buttonNamed(wrapper, 'Markdown (.md)').trigger('click')
    await buttonNamed(wrapper, 'Web page (.html)').trigger('click')
    await buttonNamed(wrapper, 'Plain text for a newsletter (.txt)').trigger('click')

    expect(saved.map(file => [file.name, file.type])).toEqual([
      ['riverside-pycon-2025-transparency-report-full.md', 'text/markdown;charset=utf-8'],
      ['riverside-pycon-2025-transparency-report-full.html', 'text/html;charset=utf-8'],
      ['riverside-pycon-2025-transparency-report-full.txt', 'text/plain;charset=utf-8'],
    ])
    const [markdown = '', html = '', text = ''] = await Promise.all(saved.map(file => file.text))
    expect(markdown).toContain('# Riverside PyCon 2025: transparency report')
    expect(markdown).toContain('_Full report, published on July 10, 2025_')
    expect(markdown).toContain('Talk to any contact, or use [the kiosk](https://example.org/kiosk).')
    expect(markdown).toContain('| Riverside PyCon 2025 | 500 | 150 | 3 | 2 | 1 |')
    expect(markdown).toContain('| Noise \\| at the party | 1 |')
    expect(markdown).toContain('### Addendum of August 3, 2025\n\nOne more report came in.')
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/)
    expect(html).toContain('<title>Riverside PyCon 2025: transparency report</title>')
    expect(html).toContain('<a href="https://example.org/kiosk">the kiosk</a>')
    expect(html.match(/<h1>/g)).toHaveLength(1)
    expect(html).toContain('<h2>Transparency report: Riverside PyCon 2025</h2>\n<h3>How to report</h3>')
    expect(html).toContain('<th scope="row">Riverside PyCon 2024</th><td>440</td><td>not recorded</td>')
    expect(text).toContain('Riverside PyCon 2025: transparency report\n=====')
    expect(text).toContain('the kiosk (https://example.org/kiosk)')
    expect(text).toContain(
      '- Riverside PyCon 2025: Attendees in person 500; Attendees online 150; Reports 3;',
    )
    expect(text).not.toMatch(/<[a-z]/)
  })

  it('on a public kiosk offers no download, print or link away, but the address for one’s own phone', async () => {
    const saved = captureDownloads()
    const open = vi.spyOn(window, 'open').mockImplementation(() => null)
    const { wrapper } = await openFromHome(transparencyReportFixture(), {})
    expect(() => buttonNamed(wrapper, 'Markdown (.md)')).toThrow()
    expect(() => buttonNamed(wrapper, 'Print or save as PDF')).toThrow()
    expect(wrapper.get('[role="img"]').attributes('aria-label')).toMatch(
      /^QR code with the address \S+\/e\/riverside-pycon-2025\/transparency$/,
    )

    const link = wrapper.get('[data-testid="transparency-text"] a')
    const click = new MouseEvent('click', { bubbles: true, cancelable: true })
    link.element.dispatchEvent(click)
    await flushPromises()
    expect(click.defaultPrevented).toBe(true)
    expect(open).not.toHaveBeenCalled()
    expect(wrapper.get('[role="status"].notice').text()).toContain('https://example.org/kiosk')
    expect(saved).toEqual([])
  })

  it('on someone’s own phone opens the report’s links in a new tab', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null)
    const { wrapper } = await openFromHome(transparencyReportFixture())
    await wrapper.get('[data-testid="transparency-text"] a').trigger('click')
    expect(open).toHaveBeenCalledWith('https://example.org/kiosk', '_blank', 'noopener,noreferrer')
  })

  it('is listed with the events, past editions too, and opens from there', async () => {
    stubGraphqlFetch(operation => {
      if (operation === 'EventsList') {
        return answer({
          publicEvents: [{ ...eventFixture(), isLive: false }],
          publicTransparencyReports: [
            {
              eventSlug: 'riverside-pycon-2025',
              eventName: 'Riverside PyCon 2025',
              startsOn: '2025-06-05',
              endsOn: '2025-06-07',
              kind: 'FULL',
            },
          ],
        })
      }
      return answer({ publishedTransparencyReport: transparencyReportFixture() })
    })
    const { wrapper, router } = await mountKiosk('/')
    expect(wrapper.get('#transparency-list-heading').text()).toBe('Transparency reports')
    await buttonNamed(wrapper, 'Riverside PyCon 2025 June 5 – 7, 2025 Full report').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value).toMatchObject({
      name: 'transparency-report',
      params: { eventSlug: 'riverside-pycon-2025' },
    })
    expect(wrapper.find('[data-testid="transparency-history"]').exists()).toBe(true)
    // A past edition has no home any more: Back returns to the list.
    await buttonNamed(wrapper, 'Back').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('events-list')
  })

  it('drops a report still loading when the kiosk is wiped', async () => {
    const { wrapper, shell } = await openFromHome(pending)
    expect(wrapper.get('h1').text()).toBe('Loading…')
    await shell.wipe()
    await flushPromises()
    expect(wrapper.get('h1').text()).toBe('Riverside PyCon 2026')
    expect(wrapper.text()).not.toContain('Transparency report')
  })

  it('speaks Portuguese', async () => {
    const { wrapper, pinia } = await openFromHome(transparencyReportFixture())
    useKioskSessionStore(pinia).setLocale('pt')
    await flushPromises()
    expect(wrapper.get('h1').text()).toBe('Relatório de transparência')
    expect(wrapper.get('[data-testid="transparency-kind"]').text()).toContain(
      'Publicado a 10 de julho de 2025',
    )
    expect(wrapper.get('[data-testid="transparency-history"] caption').text()).toBe(
      'Esta edição e as anteriores',
    )
    expect(wrapper.text()).toContain('Pedido para parar')
    expect(wrapper.text()).toContain('3 relatos à equipa do Código de Conduta.')
  })
})
