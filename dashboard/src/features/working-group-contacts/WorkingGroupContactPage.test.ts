import { ErrorCode, Role } from '@conduct-desk/shared'
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { viewer } from '@/testing/fixtures'
import { mountApp } from '@/testing/mount-app'
import { graphqlError, sentVariables, stubGraphql } from '@/testing/stub-graphql'

const SAVED = {
  email: 'wg@example.org',
  phone: '+351 210 000 000',
  note: 'Every day until 22:00.',
  updatedAt: '2026-06-03T10:00:00.000Z',
}

function stub(role: Role, set: (variables: Record<string, unknown>) => object = () => ({})) {
  return stubGraphql({
    SessionViewer: () => ({ data: { viewer: viewer([{ role, eventId: null }]) } }),
    WorkingGroupContactsShow: () => ({
      data: { workingGroupContact: { email: 'old@example.org', phone: null, note: null, updatedAt: null } },
    }),
    WorkingGroupContactsSet: set,
  })
}

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const field = (label: string) => {
  const id = [...document.querySelectorAll('label')].find(entry =>
    entry.textContent?.trim().startsWith(label),
  )
  return document.getElementById(id?.htmlFor ?? '') as HTMLInputElement
}

describe('WorkingGroupContactPage', () => {
  it('lets the Working Group keep its contact, empty parts sent as unset', async () => {
    const fetchMock = stub(Role.Wg, () => ({ data: { setWorkingGroupContact: SAVED } }))
    const { wrapper } = await mountApp('/working-group/contact')

    expect(wrapper.get('h1').text()).toBe('Working Group contact')
    expect(wrapper.find('nav a[href="/dashboard/working-group/contact"]').exists()).toBe(true)
    expect(field('Email').value).toBe('old@example.org')
    field('Email').value = '  '
    field('Email').dispatchEvent(new Event('input'))
    field('Phone').value = '+351 210 000 000'
    field('Phone').dispatchEvent(new Event('input'))
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(sentVariables(fetchMock, -1)).toEqual({
      input: { email: null, phone: '+351 210 000 000', note: null },
    })
    expect(wrapper.text()).toContain('Contact saved.')
  })

  it('says on the field what is wrong with a phone, before and after the server', async () => {
    const fetchMock = stub(Role.Admin, () => graphqlError(ErrorCode.BadUserInput, { field: 'email' }))
    const { wrapper } = await mountApp('/working-group/contact')

    field('Phone').value = 'call me'
    field('Phone').dispatchEvent(new Event('input'))
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(field('Phone').getAttribute('aria-invalid')).toBe('true')
    expect(
      fetchMock.mock.calls.some(([, init]) => String(init?.body).includes('WorkingGroupContactsSet')),
    ).toBe(false)

    field('Phone').value = ''
    field('Phone').dispatchEvent(new Event('input'))
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(field('Email').getAttribute('aria-invalid')).toBe('true')
    expect(wrapper.text()).toContain('Enter an email address.')
  })

  it('is not open to a responder', async () => {
    stub(Role.Responder)
    const { router } = await mountApp('/working-group/contact')
    expect(router.currentRoute.value.name).toBe('shell-not-allowed')
  })
})
