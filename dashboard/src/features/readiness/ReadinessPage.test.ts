import { Role } from '@conduct-desk/shared'
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { ReadinessChecklistQuery } from '@/graphql/generated/graphql'
import { buttonNamed } from '@/testing/button-named'
import { setupFrame, viewer } from '@/testing/fixtures'
import { mountApp, mountAppAs } from '@/testing/mount-app'
import { stubGraphql } from '@/testing/stub-graphql'

type Check = ReadinessChecklistQuery['readiness']['checks'][number]

const check = (key: string, fixIn: string, missing: string[] = []): Check => ({
  key,
  fixIn,
  missing,
  isMet: missing.length === 0,
})

const organizer = () => ({ data: { viewer: viewer([{ role: Role.Organizer, eventId: 'e1' }]) } })

function stub(checks: Check[], extra: Record<string, () => unknown> = {}) {
  return stubGraphql({
    SessionViewer: organizer,
    EventsSetupFrame: () => setupFrame(),
    ReadinessChecklist: () => ({
      data: { readiness: { isReady: checks.every(entry => entry.isMet), checks } },
    }),
    ...(extra as Record<string, () => { data: unknown }>),
  })
}

describe('ReadinessPage', () => {
  it('lists each item, says what is missing in words and links to the section that fixes it', async () => {
    stub([
      check('named-contact', 'contacts', ['photo:Amara Okafor']),
      check('committee-of-two', 'contacts', ['committee:1']),
      check('contacts-briefed', 'contacts', ['Amara Okafor']),
      check('photo-consent', 'photo-consent', ['not-set']),
      check('private-reporting', 'quiet-room'),
      check('policy-published', 'policy', ['not-saved']),
    ])

    const { wrapper } = await mountApp('/events/e1/setup/readiness')

    expect(wrapper.get('h1').text()).toBe('Riverside PyCon 2026')
    expect(wrapper.get('h2').text()).toBe('Readiness')
    const items = wrapper.findAll('.readiness-checklist__item')
    expect(items).toHaveLength(6)
    expect(items[0]!.text()).toContain('Amara Okafor has no photo yet.')
    expect(items[1]!.text()).toContain('The committee has 1 member; it needs at least two.')
    expect(items[2]!.text()).toContain('Amara Okafor has not been briefed yet.')
    expect(items[3]!.text()).toContain('The photo-consent system is not set up.')
    expect(items[4]!.text()).toContain('(met)')
    expect(items[4]!.find('a').exists()).toBe(false)

    const link = items[3]!.get('a')
    expect(link.text()).toBe('Fix in Photo consent')
    expect(link.attributes('href')).toBe('/dashboard/events/e1/setup/photo-consent')
    expect(items[5]!.get('a').attributes('href')).toBe('/dashboard/events/e1/setup/policy')
    expect(wrapper.text()).toContain('5 items still need attention.')
    expect(wrapper.text()).not.toContain('This event is ready.')
  })

  it('shows the all-met state and publishes without asking', async () => {
    let published = false
    stub([check('named-contact', 'contacts'), check('policy-published', 'policy')], {
      ReadinessPublish: () => {
        published = true
        return { data: { publishEvent: { id: 'e1', status: 'PUBLISHED' } } }
      },
    })

    const { wrapper } = await mountApp('/events/e1/setup/readiness')

    expect(wrapper.text()).toContain('All baseline items are met. This event is ready.')
    const publish = buttonNamed(wrapper, 'Publish')
    await publish.trigger('click')
    await flushPromises()
    expect(published).toBe(true)
    expect(wrapper.get('#readiness-message').attributes('role')).toBe('status')
  })

  it('asks before publishing an event that is not ready', async () => {
    let published = false
    stub([check('named-contact', 'contacts', ['no-contacts'])], {
      ReadinessPublish: () => {
        published = true
        return { data: { publishEvent: { id: 'e1', status: 'PUBLISHED' } } }
      },
    })
    const { wrapper } = await mountApp('/events/e1/setup/readiness')

    await buttonNamed(wrapper, 'Publish').trigger('click')
    await flushPromises()
    expect(published).toBe(false)
    expect(wrapper.text()).toContain('Publish although 1 item is not met?')
    await buttonNamed(wrapper, 'Publish anyway').trigger('click')
    await flushPromises()
    expect(published).toBe(true)
  })

  it('keeps responders out of the setup pages', async () => {
    const { router } = await mountAppAs('/events/e1/setup/readiness', [
      { role: Role.Responder, eventId: 'e1' },
    ])

    expect(router.currentRoute.value.name).toBe('shell-not-allowed')
  })

  it('keeps an organizer of another event out', async () => {
    const { router } = await mountAppAs('/events/e1/setup/contacts', [
      { role: Role.Organizer, eventId: 'e2' },
    ])

    expect(router.currentRoute.value.name).toBe('shell-not-allowed')
  })
})
