import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { useKioskSessionStore } from '@/shell/kiosk-session.store'
import { eventFixture } from '@/testing/fixtures'
import { answer, stubGraphqlFetch } from '@/testing/graphql-fetch-stub'
import { buttonNamed, mountKiosk } from '@/testing/mount-kiosk'
import type { KioskEvent } from '@/features/events/event.store'

async function openCodeOfConduct(event: KioskEvent = eventFixture()) {
  stubGraphqlFetch(() => answer({ publicEvent: event }))
  const kiosk = await mountKiosk()
  await buttonNamed(kiosk.wrapper, 'Our Code of Conduct').trigger('click')
  await flushPromises()
  expect(kiosk.router.currentRoute.value.name).toBe('policy-code-of-conduct')
  return kiosk
}

describe('Code of Conduct page', () => {
  it('shows the baseline every event shares, in the kiosk’s own words', async () => {
    const { wrapper } = await openCodeOfConduct()
    expect(wrapper.get('h1').text()).toBe('Our Code of Conduct')
    const baseline = wrapper.get('[aria-labelledby="policy-baseline-heading"]')
    expect(baseline.get('h2').text()).toBe('What every event shares')
    expect(baseline.text()).toContain('The same at every event')
    expect(baseline.findAll('h3').map(heading => heading.text())).toEqual([
      'Personal space and touch',
      'What you can bring',
      'Photos and recordings',
    ])
    expect(baseline.text()).toContain('needs their consent first')
  })

  it('shows the event’s extensions by kind, as plain text with their line breaks', async () => {
    const { wrapper } = await openCodeOfConduct(
      eventFixture({
        policy: {
          baseline: ['personal-space', 'items', 'photography'],
          version: 3,
          extensions: [
            { kind: 'weapons', text: 'No knives of any kind.' },
            { kind: 'venue-rules', text: 'No food in the main hall.\nWater is fine. <b>not bold</b>' },
          ],
        },
      }),
    )
    const extensions = wrapper.get('[aria-labelledby="policy-extensions-heading"]')
    expect(extensions.findAll('h3').map(heading => heading.text())).toEqual(['Venue rules', 'Weapons'])
    const venue = extensions.get('[data-kind="venue-rules"] p')
    expect(venue.element.textContent).toBe('No food in the main hall.\nWater is fine. <b>not bold</b>')
    expect(venue.find('b').exists()).toBe(false)
    expect(venue.classes()).toContain('policy-extensions__text')
  })

  it('says so when the event adds nothing', async () => {
    const { wrapper } = await openCodeOfConduct(
      eventFixture({
        policy: { baseline: ['personal-space', 'items', 'photography'], version: 0, extensions: [] },
      }),
    )
    expect(wrapper.text()).toContain('This event has not added anything to the baseline.')
  })

  it('explains the photo-consent system: the mode in plain words, each marker by name, colour and meaning', async () => {
    const { wrapper } = await openCodeOfConduct()
    const photo = wrapper.get('[aria-labelledby="policy-photo-consent-heading"]')
    expect(photo.text()).toContain('This event is opt-in')
    const markers = photo.findAll('.policy-photo-consent__marker')
    expect(markers.map(marker => [marker.get('dt').text(), marker.get('dd').text()])).toEqual([
      ['Green lanyard', 'Photos are fine'],
      ['Red lanyard', 'Please do not photograph me'],
      ['Camera sticker', 'Ask me first'],
    ])
    const swatches = photo.findAll('[data-testid="marker-swatch"]')
    expect(swatches.map(swatch => swatch.get('rect').attributes('fill'))).toEqual(['#2e7d4a', 'red'])
    expect(swatches.every(swatch => swatch.attributes('aria-hidden') === 'true')).toBe(true)
  })

  it('explains opt-out, and asks people to ask when no system is set up', async () => {
    const optOut = await openCodeOfConduct(
      eventFixture({
        photoConsent: {
          mode: 'opt-out',
          markers: [{ marker: 'Red dot', meaning: 'No photos', color: 'javascript:alert(1)' }],
        },
      }),
    )
    expect(optOut.wrapper.text()).toContain('This event is opt-out')
    expect(optOut.wrapper.find('[data-testid="marker-swatch"]').exists()).toBe(false)
    optOut.wrapper.unmount()
    document.body.innerHTML = ''

    const none = await openCodeOfConduct(eventFixture({ photoConsent: null }))
    expect(none.wrapper.text()).toContain('have not described their photo-consent markers yet')
  })

  it('shows the quiet room as a quiet place to talk', async () => {
    const { wrapper } = await openCodeOfConduct()
    const room = wrapper
      .findAll('section')
      .find(section => section.find('h2').text() === 'A quiet place to talk')
    expect(room?.get('[data-testid="quiet-room-location"]').text()).toBe('Room 2.14, second floor')
    expect(room?.text()).toContain('Take the lift by the main entrance.')
  })

  it('speaks Portuguese', async () => {
    const { wrapper, pinia } = await openCodeOfConduct()
    useKioskSessionStore(pinia).setLocale('pt')
    await flushPromises()
    expect(wrapper.get('h1').text()).toBe('O nosso Código de Conduta')
    expect(wrapper.text()).toContain('Espaço pessoal e toque')
    expect(wrapper.text()).toContain('Regras do local')
  })
})
