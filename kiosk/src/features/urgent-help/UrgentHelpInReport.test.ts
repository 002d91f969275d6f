import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { useReportStore } from '@/features/report/report.store'
import { eventFixture, urgentAnswerFixture } from '@/testing/fixtures'
import { answer, stubGraphqlFetch } from '@/testing/graphql-fetch-stub'
import { buttonNamed, mountKiosk } from '@/testing/mount-kiosk'

const RECEIPT = { reference: 'R-7K3M-9Q2F', passphrase: 'ABCD-EFGH-JKMN-PQRS-TVWX' }
const ACKNOWLEDGED = { status: 'ACKNOWLEDGED', responderName: 'Noor Haddad', responder: null }

/** The kiosk with the report form open at "When and where", answers given; records what is sent. */
async function reportAtWhenStep(receipt: Record<string, unknown>) {
  const sent: { operation: string; variables: Record<string, unknown> }[] = []
  stubGraphqlFetch((operation, variables) => {
    sent.push({ operation, variables })
    switch (operation) {
      case 'UrgentHelpRequest':
        return answer({ requestUrgentHelp: urgentAnswerFixture() })
      case 'UrgentHelpProgress':
        return answer({ urgentHelpProgress: ACKNOWLEDGED })
      case 'ReportSubmit':
        return answer({ submitReport: receipt })
      default:
        return answer({ publicEvent: eventFixture() })
    }
  })
  const kiosk = await mountKiosk()
  await buttonNamed(kiosk.wrapper, 'Report something').trigger('click')
  await flushPromises()
  const report = useReportStore(kiosk.pinia)
  Object.assign(report.answers, {
    description: 'He keeps following me',
    where: 'Hall B, back row',
    isUrgent: 'yes',
    excludedContactIds: ['c-1'],
  })
  report.goTo('when')
  await flushPromises()
  const variablesOf = (operation: string) =>
    sent.filter(entry => entry.operation === operation).map(entry => entry.variables)
  return { ...kiosk, report, variablesOf }
}

describe('the red help button inside the report form', () => {
  it('sends the place the form holds and whom it keeps out, and the report then joins that alert', async () => {
    const { wrapper, router, report, variablesOf } = await reportAtWhenStep(RECEIPT)
    await wrapper.get('.report-when-step__urgent button').trigger('click')
    await flushPromises()
    expect(variablesOf('UrgentHelpRequest')).toEqual([
      {
        input: {
          eventSlug: 'riverside-pycon-2026',
          where: 'Hall B, back row',
          excludedContactIds: ['c-1'],
        },
      },
    ])
    expect(router.currentRoute.value.name).toBe('urgent-help-answer')
    // The place is already with the team: the form says so instead of asking again.
    expect((wrapper.get('input#urgent-help-place').element as HTMLInputElement).value).toBe(
      'Hall B, back row',
    )
    expect(wrapper.text()).toContain('The team knows where to find you.')

    await report.submit('riverside-pycon-2026', 'en')
    expect(variablesOf('ReportSubmit')[0]).toMatchObject({ input: { urgentAlertToken: 'alert-token-1' } })
  })

  it('after an urgent report, the receipt says who is on the way', async () => {
    const { wrapper, router, report } = await reportAtWhenStep({
      ...RECEIPT,
      urgentAlertToken: 'report-token',
    })
    expect(await report.submit('riverside-pycon-2026', 'en')).toBe('sent')
    await router.push({ name: 'report-receipt', params: { slug: 'riverside-pycon-2026' } })
    await vi.waitFor(() =>
      expect(wrapper.get('[data-testid="urgent-status"]').text()).toContain('Noor Haddad is on the way'),
    )
  })
})
