import { AccountReason, ErrorCode, Role } from '@conduct-desk/shared'
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { useSessionStore } from '@/shell/session.store'
import { signedOut, viewer } from '@/testing/fixtures'
import { mountApp } from '@/testing/mount-app'
import { graphqlError, sentVariables, stubGraphql } from '@/testing/stub-graphql'

async function signIn(
  wrapper: Awaited<ReturnType<typeof mountApp>>['wrapper'],
  password = 'a long enough passphrase',
) {
  await wrapper.get('input[autocomplete="username"]').setValue('amara.okafor@example.org')
  await wrapper.get('input[autocomplete="current-password"]').setValue(password)
  await wrapper.get('form').trigger('submit')
  await flushPromises()
}

describe('SignInPage', () => {
  it('labels its fields for password managers and assistive tech', async () => {
    stubGraphql({ SessionViewer: signedOut })
    const { wrapper } = await mountApp('/sign-in')

    const email = wrapper.get('input[type="email"]')
    expect(email.attributes('autocomplete')).toBe('username')
    expect(wrapper.get(`label[for="${email.attributes('id')}"]`).text()).toBe('Email')
    const password = wrapper.get('input[type="password"]')
    expect(password.attributes('autocomplete')).toBe('current-password')
    expect(wrapper.get(`label[for="${password.attributes('id')}"]`).text()).toBe('Password')
  })

  it('says plainly when the email or password is wrong', async () => {
    stubGraphql({
      SessionViewer: signedOut,
      AccountsSignIn: () => graphqlError(ErrorCode.Unauthenticated),
    })
    const { wrapper, router } = await mountApp('/sign-in')

    await signIn(wrapper)

    expect(wrapper.get('[role="alert"]').text()).toBe(
      'The email or the password is not right. Check both and try again.',
    )
    expect(router.currentRoute.value.name).toBe('accounts-sign-in')
  })

  it('tells how long to wait when the account is throttled', async () => {
    stubGraphql({
      SessionViewer: signedOut,
      AccountsSignIn: () => graphqlError(ErrorCode.RateLimited, { retryAfterSeconds: 42 }),
    })
    const { wrapper } = await mountApp('/sign-in')

    await signIn(wrapper)

    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Too many attempts for this account; try again in 42 seconds.',
    )
  })

  it('tells the same in Portuguese', async () => {
    stubGraphql({
      SessionViewer: signedOut,
      AccountsSignIn: () => graphqlError(ErrorCode.RateLimited, { retryAfterSeconds: 1 }),
    })
    const { wrapper } = await mountApp('/sign-in', { locale: 'pt' })

    await signIn(wrapper)

    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Demasiadas tentativas para esta conta; tente de novo daqui a 1 segundo.',
    )
  })

  it('asks for both fields before sending anything', async () => {
    const fetchMock = stubGraphql({ SessionViewer: signedOut })
    const { wrapper } = await mountApp('/sign-in')

    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const email = wrapper.get('input[type="email"]')
    expect(email.attributes('aria-invalid')).toBe('true')
    expect(wrapper.get(`#${email.attributes('aria-describedby')}`).text()).toBe('Fill in this field.')
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('asks for the code after the password, then goes back to the page that asked for it', async () => {
    const fetchMock = stubGraphql({
      SessionViewer: signedOut,
      AccountsSignIn: () => ({ data: { signIn: { step: 'SECOND_FACTOR', viewer: null } } }),
      AccountsVerifySecondFactor: ({ input }) =>
        (input as { code: string }).code === '123 456'
          ? {
              data: {
                verifySecondFactor: {
                  step: 'SIGNED_IN',
                  viewer: viewer([{ role: Role.Organizer, eventId: 'e1' }]),
                },
              },
            }
          : graphqlError(ErrorCode.BadUserInput, { reason: AccountReason.CodeNotAccepted, field: 'code' }),
      AccountsInviteEvents: () => ({ data: { myEvents: [] } }),
    })
    const { wrapper, router } = await mountApp('/invite')

    await signIn(wrapper, 'correct horse battery staple')

    expect(sentVariables(fetchMock, 1)).toEqual({
      input: { email: 'amara.okafor@example.org', password: 'correct horse battery staple' },
    })
    const code = wrapper.get('input[autocomplete="one-time-code"]')
    expect(wrapper.get(`label[for="${code.attributes('id')}"]`).text()).toBe('Code')
    expect(document.activeElement).toBe(code.element)
    expect(useSessionStore().isSignedIn).toBe(false)

    await code.setValue('000000')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get(`#${code.attributes('aria-describedby')?.split(' ')[0]}`).text()).not.toBe('')
    expect(wrapper.text()).toContain('This code is not right, or it was already used.')

    await code.setValue('123 456')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('accounts-invite'))
    expect(useSessionStore().viewer?.name).toBe('Amara Okafor')
  })

  it('goes back to the password, saying why, when the pending sign-in has ended', async () => {
    stubGraphql({
      SessionViewer: signedOut,
      AccountsSignIn: () => ({ data: { signIn: { step: 'SECOND_FACTOR', viewer: null } } }),
      AccountsVerifySecondFactor: () =>
        graphqlError(ErrorCode.Unauthenticated, { reason: AccountReason.SignInChallengeEnded }),
    })
    const { wrapper } = await mountApp('/sign-in', { locale: 'pt' })
    await signIn(wrapper)
    await wrapper.get('input[autocomplete="one-time-code"]').setValue('123456')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(wrapper.find('input[autocomplete="one-time-code"]').exists()).toBe(false)
    expect(wrapper.get('[role="alert"]').text()).toContain('Este início de sessão terminou')
    expect(wrapper.get('input[autocomplete="current-password"]').element).toBeDefined()
  })

  it('sends an account without an authenticator to set one up, signed out until it does', async () => {
    stubGraphql({
      SessionViewer: signedOut,
      AccountsSignIn: () => ({ data: { signIn: { step: 'ENROL', viewer: null } } }),
      AccountsStartTotpEnrolment: () => graphqlError(ErrorCode.Unauthenticated),
    })
    const { wrapper, router } = await mountApp('/sign-in')
    await signIn(wrapper)
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('accounts-two-factor'))
    expect(useSessionStore().isSignedIn).toBe(false)
  })

  it('shows and hides the password', async () => {
    stubGraphql({ SessionViewer: signedOut })
    const { wrapper } = await mountApp('/sign-in')
    const toggle = wrapper.get('button[aria-controls]')

    expect(toggle.text()).toContain('Show password')
    await toggle.trigger('click')

    expect(wrapper.get('input[autocomplete="current-password"]').attributes('type')).toBe('text')
    expect(toggle.text()).toContain('Hide password')
  })
})
