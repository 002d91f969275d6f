import { AccountReason, ErrorCode, Role } from '@conduct-desk/shared'
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { useSessionStore } from '@/shell/session.store'
import { buttonNamed } from '@/testing/button-named'
import { signedOut, viewer } from '@/testing/fixtures'
import { mountApp } from '@/testing/mount-app'
import { graphqlError, sentVariables, stubGraphql } from '@/testing/stub-graphql'

const ENROLMENT = {
  data: {
    startTotpEnrolment: {
      otpauthUri:
        'otpauth://totp/Conduct%20Desk:amara.okafor%40example.org?issuer=Conduct%20Desk&secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
      manualEntryKey: 'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP',
    },
  },
}
const RECOVERY_CODES = Array.from(
  { length: 10 },
  (_, index) => `AAAA-BBBB-CCCC-${String(index).padStart(4, '0')}`,
)

describe('TwoFactorSetupPage', () => {
  it('shows the QR code and the key, refuses a wrong code, then shows the recovery codes once', async () => {
    const fetchMock = stubGraphql({
      SessionViewer: signedOut,
      AccountsStartTotpEnrolment: () => ENROLMENT,
      AccountsConfirmTotpEnrolment: ({ input }) =>
        (input as { code: string }).code === '654321'
          ? {
              data: {
                confirmTotpEnrolment: {
                  recoveryCodes: RECOVERY_CODES,
                  viewer: viewer([{ role: Role.Admin, eventId: null }]),
                },
              },
            }
          : graphqlError(ErrorCode.BadUserInput, { reason: AccountReason.CodeNotAccepted, field: 'code' }),
      EventsList: () => ({ data: { myEvents: [] } }),
    })
    const { wrapper, router } = await mountApp('/two-factor?redirect=/invite')

    expect(wrapper.get('h1').text()).toBe('Set up two-factor sign-in')
    const qr = wrapper.get('svg[role="img"]')
    expect(qr.attributes('aria-label')).toBe('QR code to add Conduct Desk to your authenticator app')
    expect(qr.get('path').attributes('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/)
    expect(wrapper.get('code').text()).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP')
    // A pending sign-in cannot put it off.
    expect(wrapper.text()).not.toContain('Not now')

    const code = wrapper.get('input[autocomplete="one-time-code"]')
    await code.setValue('111111')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(code.attributes('aria-invalid')).toBe('true')
    expect(wrapper.text()).toContain('This code does not match.')

    await code.setValue('654321')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const confirmCall = fetchMock.mock.calls
      .map(([, init]) => String(init?.body).includes('AccountsConfirmTotpEnrolment'))
      .lastIndexOf(true)
    expect(sentVariables(fetchMock, confirmCall)).toEqual({ input: { code: '654321' } })
    expect(useSessionStore().viewer?.name).toBe('Amara Okafor')
    const list = wrapper.get('ol[aria-label="Recovery codes"]')
    expect(list.findAll('li').map(item => item.text())).toEqual(RECOVERY_CODES)
    expect(document.activeElement?.textContent).toBe('Your recovery codes')
    expect(wrapper.find('svg[role="img"]').exists()).toBe(false)

    const buttons = wrapper.findAll('button').map(button => button.text())
    expect(buttons).toEqual(
      expect.arrayContaining(['Copy codes', 'Print codes', 'I have saved them: continue']),
    )
    await buttonNamed(wrapper, 'I have saved them: continue').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/invite'))
  })

  it('lets a grace-period session put it off, saying until when', async () => {
    stubGraphql({
      SessionViewer: () => ({
        data: {
          viewer: {
            ...viewer([{ role: Role.Responder, eventId: 'e1' }]),
            hasTwoFactor: false,
            twoFactorGraceEndsAt: '2026-06-05T18:00:00.000Z',
          },
        },
      }),
      AccountsStartTotpEnrolment: () => ENROLMENT,
      EventsList: () => ({ data: { myEvents: [] } }),
    })
    const { wrapper, router } = await mountApp('/two-factor', { locale: 'pt' })

    expect(wrapper.text()).toContain('O seu evento permite entrar sem ela até')
    await buttonNamed(wrapper, 'Agora não').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('events-list'))
  })

  it('sends back to sign-in when there is no pending sign-in', async () => {
    stubGraphql({
      SessionViewer: signedOut,
      AccountsStartTotpEnrolment: () =>
        graphqlError(ErrorCode.Unauthenticated, { reason: AccountReason.SignInChallengeEnded }),
    })
    const { wrapper } = await mountApp('/two-factor')

    expect(wrapper.get('[role="alert"]').text()).toContain('This setup has ended')
    expect(wrapper.findAll('a').map(link => link.text())).toContain('Go to sign-in')
  })
})
