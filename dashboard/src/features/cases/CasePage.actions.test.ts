import type { CaseAction } from '@conduct-desk/shared'
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { CasesDetailQuery } from '@/graphql/generated/graphql'
import { mountApp } from '@/testing/mount-app'
import { sentVariables } from '@/testing/stub-graphql'
import {
  buttonNamed as button,
  caseDetail,
  mutationCall as callOf,
  stubCase,
  useCasePageHooks,
  workOf as work,
} from './case-page.fixture'

type Detail = CasesDetailQuery['case']

useCasePageHooks()

const checkbox = (label: string) => {
  const found = [...document.querySelectorAll('label')].find(entry => entry.textContent?.trim() === label)
  return document.getElementById(found?.htmlFor ?? '') as HTMLInputElement
}

describe('CasePage, the actions a resolution takes', () => {
  it('sends the ticked actions with the proposal, by key, and shows them on it', async () => {
    const detail: Detail = { ...caseDetail(), status: 'IN_REVIEW', allowedMoves: ['RESOLUTION_PROPOSED'] }
    const fetchMock = stubCase(() => detail, {
      CasesPropose: variables => {
        const input = variables['input'] as { resolution: string; actions: CaseAction[] }
        return {
          data: {
            proposeResolution: work(detail, {
              status: 'RESOLUTION_PROPOSED',
              allowedMoves: [],
              proposal: {
                id: 'p1',
                resolution: input.resolution,
                actions: input.actions,
                proposedAt: '2026-06-03T09:00:00.000Z',
                proposedByName: 'Amara Okafor',
                isSignedOffByViewer: false,
                signOffs: [],
                reporterResponse: null,
                respondedAt: null,
                responseNote: null,
                responseRecordedByName: null,
              },
            }),
          },
        }
      },
    })
    const { wrapper } = await mountApp('/events/e1/cases/c1')

    const group = wrapper.get('#cases-propose-title').element.parentElement!.querySelector('fieldset')!
    expect(group.querySelector('legend')?.textContent?.trim()).toBe('Actions taken')
    expect(group.querySelectorAll('input[type="checkbox"]')).toHaveLength(13)
    const textarea = wrapper.get('#cases-propose-title').element.parentElement!.querySelector('textarea')!
    textarea.value = 'A verbal warning, and no contact with you.'
    textarea.dispatchEvent(new Event('input'))
    for (const label of ['Verbal warning', 'Asked to avoid contact with specific people']) {
      checkbox(label).checked = true
      checkbox(label).dispatchEvent(new Event('change'))
    }
    await button(wrapper, 'Propose the resolution').trigger('click')
    await flushPromises()

    expect(sentVariables(fetchMock, callOf(fetchMock, 'CasesPropose'))).toEqual({
      input: {
        caseId: 'c1',
        resolution: 'A verbal warning, and no contact with you.',
        actions: ['AVOID_CONTACT', 'VERBAL_WARNING'],
      },
    })
    const shown = wrapper.get('article[aria-labelledby="cases-proposal-title"] [data-proposal-actions]')
    expect(shown.findAll('li').map(item => item.text())).toEqual([
      'Asked to avoid contact with specific people',
      'Verbal warning',
    ])
  })
})
