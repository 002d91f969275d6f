import { flushPromises } from '@vue/test-utils'
import { expect } from 'vitest'
import { eventFixture } from './fixtures'
import { answer, graphqlError, withOverrides, type GraphqlResponder } from './graphql-fetch-stub'
import { buttonNamed, mountKioskAndTap, type KioskWrapper } from './mount-kiosk'

/** What the fake API says of the report the test receipt opens: in review, answered by the team. */
export const FOLLOW_UP_STATUS = {
  reference: 'R-7K3M-9Q2F',
  status: 'IN_REVIEW',
  progress: 'ANSWERED',
  submittedOn: '2026-11-26',
  whatHappened: 'Someone kept filming me.',
  when: null,
  where: null,
  messages: [
    { from: 'you', body: 'Thank you for listening.', sentOn: '2026-11-26' },
    {
      from: 'team',
      body: 'We have spoken with the people involved.\nCan you tell us more?',
      sentOn: '2026-11-27',
    },
  ],
  proposedResolution: null,
}

/** The follow-up page's API: the event, the status above, a reply appended; NOT_FOUND else; `overrides` win. */
export function followUpApi(overrides: Partial<Record<string, GraphqlResponder>> = {}): GraphqlResponder {
  return withOverrides(overrides, (operation, variables) => {
    switch (operation) {
      case 'EventsDetail':
        return answer({ publicEvent: eventFixture() })
      case 'ReportStatus':
        return answer({ reportStatus: FOLLOW_UP_STATUS })
      case 'ReportReply':
        return answer({
          replyToReport: {
            ...FOLLOW_UP_STATUS,
            messages: [
              ...FOLLOW_UP_STATUS.messages,
              { from: 'you', body: String((variables.input as { body: string }).body), sentOn: '2026-11-28' },
            ],
          },
        })
      default:
        return graphqlError('NOT_FOUND')
    }
  })
}

/** Opens "I have a receipt", on someone's own phone by default (a public kiosk offers no file picker). */
export async function openFollowUp(respond: GraphqlResponder = followUpApi(), isPersonalDevice = true) {
  const kiosk = await mountKioskAndTap(respond, ['Report something', 'I have a receipt'], {
    isPersonalDevice,
  })
  expect(kiosk.router.currentRoute.value.name).toBe('report-follow-up')
  return kiosk
}

/** Types a receipt and opens the report. */
export async function typeReceipt(wrapper: KioskWrapper, reference: string, passphrase: string) {
  await wrapper.get('input#report-reference-input').setValue(reference)
  await wrapper.get('input#report-passphrase-input').setValue(passphrase)
  await buttonNamed(wrapper, 'Open my report').trigger('submit')
  await flushPromises()
}
