import { flushPromises } from '@vue/test-utils'
import { expect } from 'vitest'
import { eventFixture } from './fixtures'
import {
  answer,
  graphqlError,
  sentOperation,
  stubGraphqlFetch,
  type GraphqlResponder,
} from './graphql-fetch-stub'
import { buttonNamed, mountKiosk, type KioskWrapper, type MountKioskOptions } from './mount-kiosk'

/** The receipt the fake API answers a sent report with. */
export const RECEIPT = { reference: 'R-7K3M-9Q2F', passphrase: 'ABCD-EFGH-JKMN-PQRS-TVWX' }

/** The API for the report form: the event, a receipt for each report, NOT_FOUND else; `overrides` win. */
export function reportApi(overrides: Partial<Record<string, GraphqlResponder>> = {}): GraphqlResponder {
  return (operation, variables) => {
    const override = overrides[operation]
    if (override) {
      return override(operation, variables)
    }
    switch (operation) {
      case 'EventsDetail':
        return answer({ publicEvent: eventFixture() })
      case 'ReportSubmit':
        return answer({ submitReport: RECEIPT })
      default:
        return graphqlError('NOT_FOUND')
    }
  }
}

/** Opens the kiosk and taps "Report something"; `calls(operation)` lists what each request sent. */
export async function openReport(respond: GraphqlResponder = reportApi(), options: MountKioskOptions = {}) {
  const fetchMock = stubGraphqlFetch(respond)
  const kiosk = await mountKiosk(undefined, options)
  await buttonNamed(kiosk.wrapper, 'Report something').trigger('click')
  await flushPromises()
  expect(kiosk.router.currentRoute.value.name).toBe('report-form')
  const calls = (operation: string) =>
    fetchMock.mock.calls
      .filter(([url]) => url === '/graphql')
      .map(([url, init]) => sentOperation(url, init))
      .filter(request => new RegExp(`(query|mutation) ${operation}\\b`).test(request.query))
      .map(request => request.variables)
  return { ...kiosk, fetchMock, calls }
}

export const stepHeading = (wrapper: KioskWrapper) => wrapper.get('#report-step-heading').text()
export const progress = (wrapper: KioskWrapper) => wrapper.get('[data-testid="report-progress"]').text()

/** "Next" (or "Send" on the last step): the form's submit. */
export async function clickNext(wrapper: KioskWrapper) {
  await wrapper.get('form.report-form-page__card').trigger('submit')
  await flushPromises()
}
