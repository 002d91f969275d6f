import { Role } from '@conduct-desk/shared'
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { buttonNamed } from '@/testing/button-named'
import { signedIn } from '@/testing/fixtures'
import { mountApp } from '@/testing/mount-app'
import { usePageClock, plain } from '@/testing/page-clock'
import { sentVariables, stubGraphql } from '@/testing/stub-graphql'

usePageClock('2026-06-03T08:00:00Z')

function stub() {
  let cases: { id: string; channel: string }[] = [{ id: 'c1', channel: 'kiosk' }]
  const summary = (entry: { id: string; channel: string }) => ({
    ...entry,
    codeName: 'x y',
    status: 'NEW',
    createdAt: '2026-06-03T07:00:00.000Z',
    updatedAt: '2026-06-03T07:00:00.000Z',
    category: null,
    isUrgent: false,
    isOngoing: false,
    isRequestedFromViewer: false,
  })
  return stubGraphql({
    SessionViewer: signedIn([{ role: Role.Responder, eventId: 'e1' }]),
    CasesOnSiteEvent: () => ({
      data: {
        event: {
          id: 'e1',
          name: 'Riverside PyCon 2026',
          timeZone: 'Europe/Lisbon',
          reportCategories: ['harassment-or-intimidation', 'other'],
          contacts: [
            { id: 'k1', name: 'Amara Okafor' },
            { id: 'k2', name: 'Tomás Ferreira' },
          ],
        },
      },
    }),
    CasesList: () => ({ data: { cases: cases.map(summary) } }),
    CasesRecordOnSite: () => {
      cases = [...cases, { id: 'c2', channel: 'in-person' }]
      return {
        data: { recordOnSiteReport: { reference: 'R-7K3M-9Q2F', passphrase: 'ABCD-EFGH-JKLM-NPQR-STUV' } },
      }
    },
  })
}

const field = (wrapper: Awaited<ReturnType<typeof mountApp>>['wrapper'], label: string) => {
  const labelElement = wrapper.findAll('label').find(entry => plain(entry.text()).startsWith(label))!
  return wrapper.get(`#${CSS.escape(labelElement.attributes('for')!)}`)
}

describe('OnSiteReportPage', () => {
  it('asks for what happened and whether to act now before saving', async () => {
    const fetchMock = stub()
    const { wrapper } = await mountApp('/events/e1/cases/new-on-site')

    expect(wrapper.get('h1').text()).toBe('On-site report')
    expect(wrapper.text()).toContain('Listen without judging')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(wrapper.get('main [role="alert"]').text()).toContain('Some fields need your attention.')
    expect(field(wrapper, 'What happened').attributes('aria-invalid')).toBe('true')
    expect(wrapper.text()).toContain('Choose whether something needs to happen right now.')
    expect(wrapper.find('input[type="radio"][aria-invalid="true"]').exists()).toBe(true)
    expect(String(fetchMock.mock.calls.map(call => call[1]?.body))).not.toContain('CasesRecordOnSite')
  })

  it('saves the report and shows the receipt only when asked, with a link to the new case', async () => {
    const fetchMock = stub()
    const { wrapper } = await mountApp(
      '/events/e1/cases/new-on-site?where=Room%202.14&when=Wednesday%2C%20June%203',
    )

    expect((field(wrapper, 'Where').element as HTMLInputElement).value).toBe('Room 2.14')
    expect((field(wrapper, 'When').element as HTMLInputElement).value).toBe('Wednesday, June 3')

    await field(wrapper, 'I told them their report is kept confidential').setValue(true)
    await wrapper.findAll('input[type="radio"]')[1]!.setValue(true)
    await field(wrapper, 'What happened').setValue('Someone kept filming them.')
    await field(wrapper, 'Category').setValue('other')
    await wrapper.get('input[type="checkbox"][value="k2"]').setValue(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const call = fetchMock.mock.calls.findIndex(entry => String(entry[1]?.body).includes('CasesRecordOnSite'))
    expect(sentVariables(fetchMock, call)).toEqual({
      input: {
        eventId: 'e1',
        description: 'Someone kept filming them.',
        when: 'Wednesday, June 3',
        where: 'Room 2.14',
        peopleInvolved: null,
        witnesses: null,
        isOngoing: false,
        contactDetails: null,
        category: 'other',
        language: 'en',
        excludedContactIds: ['k2'],
        isConfidentialityExplained: true,
        isImmediateActionNeeded: false,
      },
    })

    expect(wrapper.get('h2').text()).toBe('Receipt for the person')
    expect(document.activeElement).toBe(wrapper.get('h2').element)
    const parts = wrapper.get('#cases-receipt-parts')
    expect((parts.element as HTMLElement).style.display).toBe('none')
    const show = buttonNamed(wrapper, 'Show the receipt')
    expect(show.attributes('aria-expanded')).toBe('false')
    await show.trigger('click')
    expect((parts.element as HTMLElement).style.display).toBe('')
    expect(wrapper.get('[data-receipt-reference]').text()).toBe('R-7K3M-9Q2F')
    expect(wrapper.get('[data-receipt-passphrase]').text()).toBe('ABCD-EFGH-JKLM-NPQR-STUV')
    const open = wrapper.findAll('a').find(link => link.text() === 'Open the new case')!
    expect(open.attributes('href')).toBe('/dashboard/events/e1/cases/c2')
  })
})
