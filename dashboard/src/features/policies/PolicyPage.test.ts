import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { buttonNamed } from '@/testing/button-named'
import { organizerInSetup } from '@/testing/fixtures'
import { mountApp } from '@/testing/mount-app'
import { sentVariables, stubGraphql } from '@/testing/stub-graphql'

function stub() {
  let version = 1
  let extensions = [{ kind: 'venue-rules', text: 'No glass bottles in the main hall.' }]
  const history = [
    {
      version: 1,
      authorName: 'Amara Okafor',
      createdAt: '2026-05-20T10:00:00Z',
      extensions: [...extensions],
    },
  ]
  const fetchMock = stubGraphql({
    ...organizerInSetup(),
    PoliciesPolicy: () => ({
      data: {
        event: {
          id: 'e1',
          policy: { baseline: ['personal-space', 'items', 'photography'], extensions, version },
        },
        policyHistory: [...history].reverse(),
      },
    }),
    PoliciesSave: variables => {
      extensions = (variables['input'] as { extensions: typeof extensions }).extensions
      version += 1
      history.push({ version, authorName: 'Amara Okafor', createdAt: '2026-05-21T09:30:00Z', extensions })
      return { data: { savePolicy: { baseline: [], extensions, version } } }
    },
  })
  return fetchMock
}

describe('PolicyPage', () => {
  it('shows the baseline as text that cannot be edited', async () => {
    stub()
    const { wrapper } = await mountApp('/events/e1/setup/policy')

    const baseline = wrapper.get('[aria-labelledby="policy-baseline-title"]')
    expect(baseline.text()).toContain('cannot be changed')
    expect(baseline.findAll('h4').map(h => h.text())).toEqual([
      'Personal space and touch',
      'What may be brought in',
      'Photos and recordings',
    ])
    expect(baseline.findAll('input, textarea, select, button')).toHaveLength(0)
  })

  it('saves the whole list of additions as a new version and lists it in the history', async () => {
    const fetchMock = stub()
    const { wrapper } = await mountApp('/events/e1/setup/policy')

    expect(wrapper.text()).toContain('Current version: 1.')
    expect(wrapper.get('textarea').element.value).toBe('No glass bottles in the main hall.')

    await buttonNamed(wrapper, 'Add addition').trigger('click')
    const selects = wrapper.findAll('.policy-extensions select')
    await selects[1]!.setValue('accessibility')
    await wrapper.findAll('textarea')[1]!.setValue('Step-free access through the east entrance.')
    await buttonNamed(wrapper, 'Save policy').trigger('click')
    await flushPromises()

    expect(sentVariables(fetchMock, -2)).toEqual({
      input: {
        eventId: 'e1',
        extensions: [
          { kind: 'venue-rules', text: 'No glass bottles in the main hall.' },
          { kind: 'accessibility', text: 'Step-free access through the east entrance.' },
        ],
      },
    })
    const status = wrapper.get('.base-status-message')
    expect(status.attributes('role')).toBe('status')
    expect(status.text()).toBe('Policy saved as version 2.')
    expect(document.activeElement).toBe(status.element)
    expect(wrapper.findAll('summary').map(summary => summary.text())[0]).toMatch(
      /^Version 2, saved by Amara Okafor on May 21, 2026/,
    )
  })

  it('refuses an addition without text, on the field', async () => {
    const fetchMock = stub()
    const { wrapper } = await mountApp('/events/e1/setup/policy')

    await wrapper.get('textarea').setValue('   ')
    await buttonNamed(wrapper, 'Save policy').trigger('click')
    await flushPromises()

    const textarea = wrapper.get('textarea')
    expect(textarea.attributes('aria-invalid')).toBe('true')
    expect(wrapper.get(`#${CSS.escape(textarea.attributes('aria-describedby')!)}`).text()).toBe(
      'Fill in this field.',
    )
    expect(fetchMock.mock.calls.some(call => String(call[1]?.body).includes('PoliciesSave'))).toBe(false)
  })
})
