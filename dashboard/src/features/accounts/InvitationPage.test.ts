import { ErrorCode, Role } from '@conduct-desk/shared'
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AccountsInvitationQuery } from '@/graphql/generated/graphql'
import { useSessionStore } from '@/shell/session.store'
import { buttonNamed } from '@/testing/button-named'
import { signedIn, signedOut, viewer } from '@/testing/fixtures'
import { mountApp } from '@/testing/mount-app'
import { graphqlError, sentVariables, stubGraphql } from '@/testing/stub-graphql'

type Invitation = AccountsInvitationQuery['invitation']

function invitation(overrides: Partial<Invitation> = {}): Invitation {
  return {
    email: 'tomas.ferreira@example.org',
    eventName: 'Riverside PyCon 2026',
    expiresAt: '2026-06-01T10:00:00Z',
    hasAccount: false,
    isSetup: false,
    needsApproval: true,
    role: Role.Responder,
    ...overrides,
  }
}

/** Opens the page as the link does: the token in the fragment of the browser's address. */
async function openLink(preview: Invitation | ReturnType<typeof graphqlError>, extra = {}) {
  window.history.replaceState(null, '', '/dashboard/invitation#tok-123')
  const fetchMock = stubGraphql({
    SessionViewer: signedOut,
    AccountsInvitation: () => ('errors' in preview ? preview : { data: { invitation: preview } }),
    EventsList: () => ({ data: { myEvents: [] } }),
    ...extra,
  })
  const mounted = await mountApp('/invitation#tok-123')
  return { ...mounted, fetchMock }
}

const labels = (wrapper: Awaited<ReturnType<typeof mountApp>>['wrapper']) =>
  wrapper.findAll('form label').map(label => label.text())

afterEach(() => {
  window.history.replaceState(null, '', '/')
})

describe('InvitationPage', () => {
  it('takes the token from the fragment and wipes it from the address at once', async () => {
    const { fetchMock, router } = await openLink(invitation())

    expect(sentVariables(fetchMock, 1)).toEqual({ token: 'tok-123' })
    expect(window.location.hash).toBe('')
    await vi.waitFor(() => expect(router.currentRoute.value.hash).toBe(''))
  })

  it('shows what the invitation offers and asks a new person for name and password', async () => {
    const { wrapper } = await openLink(invitation())

    expect(wrapper.get('dl').text()).toContain('Responder')
    expect(wrapper.get('dl').text()).toContain('Riverside PyCon 2026')
    expect(labels(wrapper)).toEqual(['Email', 'Your name', 'Choose a password'])
    expect(wrapper.get('input[type="email"]').attributes('readonly')).toBeDefined()
    expect(wrapper.find('input[autocomplete="new-password"]').exists()).toBe(true)
  })

  it('asks the first administrator for their email too', async () => {
    const { wrapper } = await openLink(
      invitation({ isSetup: true, email: '', eventName: null, role: Role.Admin }),
    )

    expect(wrapper.text()).toContain('sets up the first administrator')
    expect(labels(wrapper)).toEqual(['Email', 'Your name', 'Choose a password'])
    expect(wrapper.get('input[type="email"]').attributes('readonly')).toBeUndefined()
  })

  it('never asks an existing account for its password: it sends the person to sign in, and back', async () => {
    const { wrapper, fetchMock, router } = await openLink(invitation({ hasAccount: true }))

    expect(wrapper.find('input[type="password"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('tomas.ferreira@example.org already has an account')
    expect(wrapper.text()).toContain('a second person on the team approves it')
    await wrapper.get('button.base-button').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('accounts-sign-in'))
    expect(router.currentRoute.value.query).toEqual({ redirect: '/invitation' })

    // Back from signing in, without the fragment: the page still knows which invitation it was.
    await router.push('/invitation')
    await flushPromises()
    expect(sentVariables(fetchMock, fetchMock.mock.calls.length - 1)).toEqual({ token: 'tok-123' })
  })

  it('accepts with one click, and no password, when the invited account is signed in', async () => {
    const me = { ...viewer(), email: 'tomas.ferreira@example.org' }
    const { wrapper, fetchMock, router } = await openLink(invitation({ hasAccount: true }), {
      SessionViewer: () => ({ data: { viewer: me } }),
      AccountsRedeemInvitation: () => ({
        data: { redeemInvitation: { step: 'SIGNED_IN', viewer: me, expiresAt: null, attemptsLeft: null } },
      }),
    })

    expect(wrapper.text()).toContain('You are signed in as tomas.ferreira@example.org')
    const accept = buttonNamed(wrapper, 'Accept the invitation')
    await accept?.trigger('click')
    await flushPromises()
    const redeem = fetchMock.mock.calls.findIndex(call =>
      String(call[1]?.body).includes('AccountsRedeemInvitation'),
    )
    expect(sentVariables(fetchMock, redeem)).toEqual({
      input: { token: 'tok-123', name: '', password: '', email: null },
    })
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('events-list'))
  })

  it('tells someone signed in as another account whom the invitation is for', async () => {
    const { wrapper } = await openLink(invitation({ hasAccount: true }), {
      SessionViewer: signedIn(),
    })

    expect(wrapper.text()).toContain(
      'You are signed in as amara.okafor@example.org, but this invitation is for tomas.ferreira@example.org.',
    )
    expect(wrapper.text()).toContain('Sign out, then sign in as tomas.ferreira@example.org')
  })

  it('explains the password rule while typing and refuses a weak password', async () => {
    const { wrapper, fetchMock } = await openLink(invitation())
    const password = wrapper.get('input[autocomplete="new-password"]')

    await password.setValue('short one')
    const describedBy = password.attributes('aria-describedby')?.split(' ') ?? []
    expect(describedBy.map(id => wrapper.get(`#${id}`).text())).toContain('9 of at least 15 characters.')

    await password.setValue('password12345678')
    expect(wrapper.text()).toContain('This password is too easy to guess.')

    await wrapper.get('input[autocomplete="name"]').setValue('Tomás Ferreira')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(password.attributes('aria-invalid')).toBe('true')
    expect(fetchMock).toHaveBeenCalledTimes(2)

    await password.setValue('river lanterns drift at dawn')
    expect(wrapper.text()).toContain('Long enough, and not an easy guess.')
  })

  it('accepts, then sets up an authenticator before any session starts', async () => {
    const { wrapper, fetchMock, router } = await openLink(invitation(), {
      AccountsRedeemInvitation: () => ({ data: { redeemInvitation: { step: 'ENROL', viewer: null } } }),
      AccountsStartTotpEnrolment: () => ({
        data: {
          startTotpEnrolment: {
            otpauthUri: 'otpauth://totp/Conduct%20Desk:x?secret=ABCDEFGHIJKLMNOP&issuer=Conduct%20Desk',
            manualEntryKey: 'ABCD EFGH IJKL MNOP',
          },
        },
      }),
    })

    await wrapper.get('input[autocomplete="name"]').setValue('Tomás Ferreira')
    await wrapper.get('input[autocomplete="new-password"]').setValue('river lanterns drift at dawn')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(sentVariables(fetchMock, 2)).toEqual({
      input: {
        token: 'tok-123',
        name: 'Tomás Ferreira',
        password: 'river lanterns drift at dawn',
        email: null,
      },
    })
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('accounts-two-factor'))
    expect(useSessionStore().isSignedIn).toBe(false)
  })

  it('accepts and signs in at once when the server says so', async () => {
    const { wrapper, router } = await openLink(invitation(), {
      AccountsRedeemInvitation: () => ({
        data: {
          redeemInvitation: { step: 'SIGNED_IN', viewer: viewer([{ role: Role.Responder, eventId: 'e1' }]) },
        },
      }),
      EventsList: () => ({ data: { myEvents: [] } }),
    })
    await wrapper.get('input[autocomplete="name"]').setValue('Tomás Ferreira')
    await wrapper.get('input[autocomplete="new-password"]').setValue('river lanterns drift at dawn')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('events-list'))
    expect(useSessionStore().viewer?.name).toBe('Amara Okafor')
  })

  it('says when a link can no longer be used', async () => {
    const { wrapper } = await openLink(graphqlError(ErrorCode.NotFound))

    expect(wrapper.get('[role="alert"]').text()).toContain('This invitation can no longer be used.')
    expect(wrapper.find('form').exists()).toBe(false)
  })
})
