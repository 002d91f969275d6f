import { Role } from '@conduct-desk/shared'
import { describe, expect, it } from 'vitest'
import { signedIn } from '@/testing/fixtures'
import { mountApp } from '@/testing/mount-app'
import { plain, usePageClock } from '@/testing/page-clock'
import { stubGraphql } from '@/testing/stub-graphql'
import { statistics } from './transparency.fixture'

const EVENT = {
  id: 'e1',
  name: 'Riverside PyCon 2026',
  slug: 'riverside-pycon-2026',
  kind: 'CONFERENCE',
  status: 'PUBLISHED',
  startsOn: '2026-06-03',
  endsOn: '2026-06-05',
  timeZone: 'Europe/Lisbon',
  venue: null,
  seriesName: null,
}

function stub(role: Role, dueAt: string) {
  return stubGraphql({
    SessionViewer: signedIn([{ role, eventId: 'e1' }]),
    EventsList: () => ({ data: { myEvents: [{ roles: [role], event: EVENT }] } }),
    TransparencyHome: () => ({
      data: {
        transparencyStatistics: statistics(),
        transparencyReportDraft: { dueAt, published: null },
      },
    }),
  })
}

describe("the chair's home", () => {
  usePageClock('2026-06-23T10:00:00Z')

  it("shows the event's numbers so far, the days left for the full report, and the ways to present and write it", async () => {
    stub(Role.Chair, '2026-07-05T23:00:00Z')

    const { wrapper } = await mountApp('/')

    const card = wrapper.get('article')
    const section = card.get('section[aria-labelledby="transparency-home-e1"]')
    expect(section.get('h3').text()).toBe('Transparency report')
    const facts = section.findAll('dl > div').map(row => [row.get('dt').text(), row.get('dd').text()])
    expect(facts).toEqual([
      ['Reports so far', '3'],
      ['During the event', '2'],
      ['After the event', '1'],
      ['Still open', '1'],
      ['Law enforcement called', '0'],
    ])
    expect(plain(section.text())).toContain(
      'Due in 12 days. The full report is due by the end of July 5, 2026.',
    )
    expect(
      section.findAll('a').map(link => [link.get('.visually-hidden').text(), link.attributes('href')]),
    ).toEqual([
      ['Closing ceremony slides for Riverside PyCon 2026', '/dashboard/events/e1/closing-ceremony'],
      ['Transparency report builder for Riverside PyCon 2026', '/dashboard/events/e1/transparency-report'],
    ])
    // Never a way into cases from a chair's screen.
    expect(card.find('a[href*="/cases"]').exists()).toBe(false)
  })

  it('says plainly when the full report is overdue, in Portuguese too', async () => {
    stub(Role.Organizer, '2026-06-20T23:00:00Z')

    const { wrapper } = await mountApp('/')
    expect(plain(wrapper.get('article').text())).toContain(
      'Overdue by 3 days. The full report was due by the end of June 20, 2026 and is not published yet.',
    )
    wrapper.unmount()

    const { wrapper: portuguese } = await mountApp('/', { locale: 'pt' })
    expect(plain(portuguese.get('article').text())).toContain(
      'Atrasado 3 dias. O relatório completo tinha de sair até ao fim de 20 de junho de 2026',
    )
  })

  it('shows nothing of the report to a responder', async () => {
    const fetchMock = stub(Role.Responder, '2026-07-05T23:00:00Z')

    const { wrapper } = await mountApp('/')

    expect(wrapper.get('article').find('[aria-labelledby^="transparency-home"]').exists()).toBe(false)
    expect(fetchMock.mock.calls.some(call => String(call[1]?.body).includes('TransparencyHome'))).toBe(false)
  })
})
