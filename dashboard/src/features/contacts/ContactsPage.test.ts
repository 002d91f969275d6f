import { ContactReason, ErrorCode } from '@conduct-desk/shared'
import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { ContactsFieldsFragment } from '@/graphql/generated/graphql'
import { organizerInSetup } from '@/testing/fixtures'
import { mountApp } from '@/testing/mount-app'
import { graphqlError, sentVariables, stubGraphql } from '@/testing/stub-graphql'

const contact: ContactsFieldsFragment = {
  id: 'c1',
  accountId: 'acc-9',
  name: 'Amara Okafor',
  pronouns: 'she/her',
  role: 'COMMITTEE',
  isIndependent: true,
  email: 'amara@example.org',
  identifier: 'orange lanyard',
  languages: ['en', 'pt'],
  onDuty: [{ startsAt: '2026-06-03T08:00:00.000Z', endsAt: '2026-06-03T12:00:00.000Z' }],
  onDutyNow: false,
  briefedOn: '2026-05-20',
  photoUrl: null,
  sortOrder: 0,
}

function stub(
  save: (variables: Record<string, unknown>) => unknown,
  extra: Parameters<typeof stubGraphql>[0] = {},
  listed = contact,
) {
  return stubGraphql({
    ...organizerInSetup(),
    ContactsList: () => ({
      data: {
        event: {
          id: 'e1',
          timeZone: 'Europe/Lisbon',
          startsOn: '2026-06-03',
          endsOn: '2026-06-05',
          contacts: [listed],
        },
      },
    }),
    ContactsTeam: () => ({
      data: { eventTeam: [{ accountId: 'acc-9', name: 'Amara Okafor', email: 'amara@example.org' }] },
    }),
    ContactsSave: save as (variables: Record<string, unknown>) => { data: unknown },
    ...extra,
  })
}

const field = (wrapper: VueWrapper, label: string) => {
  const id = wrapper.findAll('label').find(entry => entry.text().replace(/\s+/g, ' ').trim() === label)
  if (id === undefined) {
    throw new Error(`no label ${label}`)
  }
  return wrapper.get(`#${CSS.escape(id.attributes('for')!)}`)
}

const button = (wrapper: VueWrapper, text: string) => {
  const found = wrapper
    .findAll('button')
    .find(entry =>
      entry.find('.visually-hidden').exists()
        ? entry.get('.visually-hidden').text() === text
        : entry.text().trim() === text,
    )
  if (found === undefined) {
    throw new Error(
      `no button ${text} in ${wrapper
        .findAll('button')
        .map(entry => JSON.stringify(entry.text()))
        .join()}`,
    )
  }
  return found
}

describe('ContactsPage', () => {
  it('lists contacts with initials, role, languages and on-duty hours in the event’s zone', async () => {
    stub(() => ({}))
    const { wrapper } = await mountApp('/events/e1/setup/contacts')

    const item = wrapper.get('article')
    expect(item.get('h3').text()).toBe('Amara Okafor (she/her)')
    expect(item.text()).toContain('AO')
    expect(item.text()).toContain('Committee member')
    expect(item.text()).toContain('English, Portuguese')
    // 08:00Z is 09:00 in Lisbon in June, said as the shared event clock says it (en-US here).
    expect(item.text().replace(/\s+/g, ' ')).toContain('Wednesday, June 3, 9:00 AM – 1:00 PM')
  })

  it('says "all day" and "until midnight" for on-duty hours, never "00:00–00:00"', async () => {
    stub(
      () => ({}),
      {},
      {
        ...contact,
        onDuty: [
          // Midnight to midnight in Lisbon (UTC+1 in June), then an evening to midnight.
          { startsAt: '2026-06-03T23:00:00.000Z', endsAt: '2026-06-04T23:00:00.000Z' },
          { startsAt: '2026-06-05T18:00:00.000Z', endsAt: '2026-06-05T23:00:00.000Z' },
        ],
      },
    )
    const { wrapper } = await mountApp('/events/e1/setup/contacts')

    const text = wrapper.get('article').text().replace(/\s+/g, ' ')
    expect(text).toContain('Thursday, June 4, all day')
    expect(text).toContain('Friday, June 5, 7:00 PM until midnight')
    expect(text).not.toMatch(/00:00|12:00 AM/)
  })

  it('warns while typing a group address, then shows the server’s refusal on the email field', async () => {
    const fetchMock = stub(() => graphqlError(ErrorCode.BadUserInput, { field: 'email' }))
    const { wrapper } = await mountApp('/events/e1/setup/contacts')

    await button(wrapper, 'Add contact').trigger('click')
    await field(wrapper, 'Name').setValue('Bruno Teixeira')
    const email = field(wrapper, 'Direct email')
    await email.setValue('team@riverside.example')
    const warning = wrapper.get(`#${CSS.escape(email.attributes('id')!)}-status`)
    expect(warning.attributes('role')).toBe('status')
    expect(warning.text()).toContain('shared mailbox')
    expect(email.attributes('aria-describedby')).toContain(warning.attributes('id'))

    await email.setValue('bruno@riverside.example')
    expect(warning.text()).toBe('')
    await field(wrapper, 'Visible identifier').setValue('green badge')
    await button(wrapper, 'Save contact').trigger('click')
    await flushPromises()

    expect(sentVariables(fetchMock)['input']).toMatchObject({
      eventId: 'e1',
      id: null,
      name: 'Bruno Teixeira',
      email: 'bruno@riverside.example',
      identifier: 'green badge',
      role: 'COMMITTEE',
    })
    expect(email.attributes('aria-invalid')).toBe('true')
    const errorId = email
      .attributes('aria-describedby')!
      .split(' ')
      .find(id => id.endsWith('-error'))!
    expect(wrapper.get(`#${CSS.escape(errorId)}`).text()).toContain('Enter an email address')
    expect(document.activeElement).toBe(email.element)
  })

  it('says when another contact already has the address', async () => {
    stub(() => graphqlError(ErrorCode.Conflict, { reason: ContactReason.EmailTaken }))
    const { wrapper } = await mountApp('/events/e1/setup/contacts')

    await button(wrapper, 'Edit Amara Okafor').trigger('click')
    await button(wrapper, 'Save contact').trigger('click')
    await flushPromises()

    expect(wrapper.text()).toContain('Another contact of this event already has this address.')
  })

  it('links a contact to a team member, and says why a contact named in reports keeps its account', async () => {
    const fetchMock = stub(() =>
      graphqlError(ErrorCode.Conflict, { reason: ContactReason.LinkLockedByReports }),
    )
    const { wrapper } = await mountApp('/events/e1/setup/contacts')
    expect(wrapper.get('.facts').text()).toContain('Dashboard accountAmara Okafor')

    await button(wrapper, 'Edit Amara Okafor').trigger('click')
    const account = field(wrapper, 'Dashboard account')
    expect(account.findAll('option').map(option => option.text())).toEqual([
      'Nobody yet: invite them after saving',
      'Amara Okafor (amara@example.org)',
    ])
    await account.setValue('')
    await button(wrapper, 'Save contact').trigger('click')
    await flushPromises()

    expect((sentVariables(fetchMock, -1)['input'] as Record<string, unknown>)['accountId']).toBeNull()
    expect(account.attributes('aria-invalid')).toBe('true')
    expect(wrapper.text()).toContain(
      'Reports name this contact, so whose account it is can no longer change.',
    )
  })

  it('invites a contact without an account and shows the link to hand over', async () => {
    let invited: unknown = null
    stub(
      () => ({}),
      {
        ContactsInvite: variables => {
          invited = variables
          return {
            data: {
              inviteContact: {
                url: 'http://127.0.0.1:4000/dashboard/invitation#tok',
                expiresAt: '2026-06-04T10:00:00Z',
              },
            },
          }
        },
      },
      { ...contact, accountId: null },
    )
    const { wrapper } = await mountApp('/events/e1/setup/contacts')
    expect(wrapper.text()).toContain('No dashboard account')

    await button(wrapper, 'Invite Amara Okafor to the dashboard').trigger('click')
    await flushPromises()

    expect(invited).toEqual({ eventId: 'e1', contactId: 'c1' })
    expect(field(wrapper, 'Invitation link for Amara Okafor').element).toHaveProperty(
      'value',
      'http://127.0.0.1:4000/dashboard/invitation#tok',
    )
    expect(wrapper.text()).toContain('a second organizer approves the responder role under Team')
  })

  it('saves an edited contact with its account, languages and on-duty instants, and confirms', async () => {
    const fetchMock = stub(variables => ({
      data: {
        saveContact: { ...contact, ...(variables['input'] as object), onDutyNow: false, photoUrl: null },
      },
    }))
    const { wrapper } = await mountApp('/events/e1/setup/contacts')

    await button(wrapper, 'Edit Amara Okafor').trigger('click')
    expect(document.activeElement?.textContent?.trim()).toBe('Edit Amara Okafor')
    await field(wrapper, 'From').setValue('10:30')
    await field(wrapper, 'Add a language').setValue('de')
    await button(wrapper, 'Add language').trigger('click')
    await button(wrapper, 'Save contact').trigger('click')
    await flushPromises()

    const input = sentVariables(fetchMock, -2)['input'] as Record<string, unknown>
    expect(input).toMatchObject({ id: 'c1', accountId: 'acc-9', languages: ['en', 'pt', 'de'] })
    expect(input['onDuty']).toEqual([
      { startsAt: '2026-06-03T09:30:00.000Z', endsAt: '2026-06-03T12:00:00.000Z' },
    ])
    const message = wrapper.get('#contacts-message')
    expect(message.attributes('role')).toBe('status')
    expect(message.text()).toBe('Amara Okafor is saved.')
    expect(document.activeElement).toBe(message.element)
  })

  it('deletes only after confirming, and keeps the keyboard in place when kept', async () => {
    const fetchMock = stub(() => ({}))
    let deleted: unknown = null
    const base = fetchMock.getMockImplementation()!
    fetchMock.mockImplementation(async (url, init) => {
      if (String(init?.body).includes('mutation ContactsDelete')) {
        deleted = JSON.parse(String(init?.body)).variables
        return new Response(JSON.stringify({ data: { deleteContact: true } }))
      }
      return base(url, init)
    })
    const { wrapper } = await mountApp('/events/e1/setup/contacts')

    await button(wrapper, 'Delete Amara Okafor').trigger('click')
    expect(document.activeElement?.textContent).toBe('Delete Amara Okafor?')
    await button(wrapper, 'Keep').trigger('click')
    await flushPromises()
    expect(document.activeElement).toBe(button(wrapper, 'Delete Amara Okafor').element)
    expect(deleted).toBeNull()

    await button(wrapper, 'Delete Amara Okafor').trigger('click')
    await button(wrapper, 'Yes, delete').trigger('click')
    await flushPromises()
    expect(deleted).toEqual({ eventId: 'e1', contactId: 'c1' })
    expect(wrapper.get('#contacts-message').text()).toBe('Amara Okafor was deleted.')
  })
})
