import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createKioskI18n, type Locale } from '@/i18n'
import { contactFixture } from '@/testing/fixtures'
import type { ContactsCardContactFragment } from '@/graphql/generated/graphql'
import ContactsCard from './ContactsCard.vue'

const NOW = Date.parse('2026-11-26T10:00:00Z')

function mountCard(contact: ContactsCardContactFragment, locale: Locale = 'en') {
  return mount(ContactsCard, {
    props: { contact, timeZone: 'Europe/Lisbon', now: NOW },
    global: { plugins: [createKioskI18n(locale)] },
  })
}

describe('ContactsCard', () => {
  it('shows who the contact is, how to recognise them and how to reach them', () => {
    const card = mountCard(contactFixture())
    expect(card.get('h2').text()).toBe('Amara Okafor')
    const text = card.text()
    expect(text).toContain('she/her')
    expect(text).toContain('Code of Conduct committee')
    expect(text).toContain('Independent of the organizers')
    expect(text).toContain('English, French')
    expect(text).toContain('Orange lanyard with a CoC badge')
    expect(card.get('.contacts-card__email-text').text()).toBe('amara.okafor@example.org')
  })

  it('offers the email as a QR code to scan', () => {
    const card = mountCard(contactFixture())
    const qr = card.get('svg[role="img"]')
    expect(qr.attributes('aria-label')).toBe('QR code to write an email to Amara Okafor')
    expect(qr.get('path').attributes('d')).toMatch(/^M\d/)
  })

  it('shows the on-duty badge, with the end of the shift in the event time zone', () => {
    const card = mountCard(
      contactFixture({
        onDutyNow: true,
        onDuty: [{ startsAt: '2026-11-26T08:00:00Z', endsAt: '2026-11-26T17:00:00Z' }],
      }),
    )
    expect(card.get('[data-testid="on-duty-badge"]').text()).toBe('On duty now')
    expect(card.text()).toMatch(/until 5:00\sPM/)
  })

  it('says "until midnight" for a shift that ends as the day ends, never "until 12:00 AM"', () => {
    const card = mountCard(
      contactFixture({
        onDutyNow: true,
        onDuty: [{ startsAt: '2026-11-26T00:00:00Z', endsAt: '2026-11-27T00:00:00Z' }],
      }),
    )
    expect(card.text()).toContain('until midnight')
    expect(card.text()).not.toMatch(/12:00\sAM|00:00/)
    const pt = mountCard(
      contactFixture({
        onDutyNow: true,
        onDuty: [{ startsAt: '2026-11-26T00:00:00Z', endsAt: '2026-11-27T00:00:00Z' }],
      }),
      'pt',
    )
    expect(pt.text()).toContain('até à meia-noite')
  })

  it('shows no badge when off duty, but says when they are next on', () => {
    const card = mountCard(
      contactFixture({
        onDutyNow: false,
        onDuty: [{ startsAt: '2026-11-27T08:00:00Z', endsAt: '2026-11-27T12:00:00Z' }],
      }),
    )
    expect(card.find('[data-testid="on-duty-badge"]').exists()).toBe(false)
    // The 27th seen from the 26th, on the event's clock.
    expect(card.get('.contacts-card__duty').text().replace(/\s+/g, ' ')).toBe(
      'Next on duty: tomorrow, 8:00 AM – 12:00 PM',
    )
  })

  it('shows initials when there is no photo, and the photo with an alt text when there is', () => {
    const withoutPhoto = mountCard(contactFixture({ name: 'Tomás Ferreira', photoUrl: null }))
    expect(withoutPhoto.find('img').exists()).toBe(false)
    expect(withoutPhoto.get('.contacts-avatar--initials').text()).toBe('TF')

    const withPhoto = mountCard(contactFixture({ photoUrl: '/media/amara.jpg' }))
    expect(withPhoto.get('img').attributes()).toMatchObject({
      src: '/media/amara.jpg',
      alt: 'Photo of Amara Okafor',
    })
  })

  it('translates the role and names the languages in the UI language', () => {
    const card = mountCard(contactFixture({ role: 'LEAD_ORGANIZER', languages: ['pt', 'ar'] }), 'pt')
    expect(card.text()).toContain('Organização principal')
    expect(card.text()).toContain('Português, Árabe')
  })
})
