import { ErrorCode, Role } from '@conduct-desk/shared'
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { execute } from '@/graphql/client'
import { AccountsInviteMemberDocument } from '@/graphql/generated/graphql'
import { buttonNamed } from '@/testing/button-named'
import { viewer } from '@/testing/fixtures'
import { mountApp } from '@/testing/mount-app'
import { graphqlError, sentVariables, stubGraphql } from '@/testing/stub-graphql'

const INVITE = { input: { email: 'new@example.org', role: Role.Responder, eventId: 'e1' } }

/** The app on a signed-in page, with inviteMember refused once for an old authentication. */
async function signedIn(confirm: (input: Record<string, unknown>) => boolean) {
  let asked = 0
  const fetchMock = stubGraphql({
    SessionViewer: () => ({ data: { viewer: viewer([{ role: Role.Organizer, eventId: 'e1' }]) } }),
    AccountsInviteEvents: () => ({ data: { myEvents: [] } }),
    AccountsInviteMember: () =>
      (asked += 1) === 1
        ? graphqlError(ErrorCode.ReauthRequired)
        : {
            data: {
              inviteMember: { url: 'http://x/dashboard/invitation#t', expiresAt: '2026-06-05T18:00:00Z' },
            },
          },
    ShellConfirmIdentity: ({ input }) =>
      confirm(input as Record<string, unknown>)
        ? { data: { confirmIdentity: true } }
        : graphqlError(ErrorCode.BadUserInput, { reason: 'PASSWORD_NOT_ACCEPTED', field: 'password' }),
  })
  const mounted = await mountApp('/invite')
  return { ...mounted, fetchMock, asked: () => asked }
}

describe('TheReauthDialog', () => {
  it('asks for the password when an action answers REAUTH_REQUIRED, then sends the action again', async () => {
    const { wrapper, fetchMock, asked } = await signedIn(
      input => input['password'] === 'my long passphrase here',
    )
    const invited = execute(AccountsInviteMemberDocument, INVITE)
    await flushPromises()

    const dialog = wrapper.get('dialog')
    expect(dialog.attributes('open')).toBeDefined()
    expect(wrapper.get(`#${dialog.attributes('aria-labelledby')}`).text()).toBe('Confirm it is you')
    const field = dialog.get('input[autocomplete="current-password"]')
    expect(wrapper.get(`label[for="${field.attributes('id')}"]`).text()).toBe('Password or code')

    await field.setValue('not it at all, sorry')
    await dialog.get('form').trigger('submit')
    await flushPromises()
    expect(dialog.get('[role="alert"]').text()).toBe('This is not right. Check it and try again.')
    expect(asked()).toBe(1)

    await field.setValue('my long passphrase here')
    await dialog.get('form').trigger('submit')
    await flushPromises()
    await expect(invited).resolves.toMatchObject({ inviteMember: { url: 'http://x/dashboard/invitation#t' } })
    expect(asked()).toBe(2)
    expect(sentVariables(fetchMock)).toEqual(INVITE)
    expect(dialog.attributes('open')).toBeUndefined()
  })

  it('sends a six-digit code as a code, not as a password', async () => {
    const { wrapper, fetchMock } = await signedIn(input => input['code'] === '123 456')
    const invited = execute(AccountsInviteMemberDocument, INVITE)
    await flushPromises()
    await wrapper.get('dialog input').setValue('123 456')
    await wrapper.get('dialog form').trigger('submit')
    await flushPromises()
    await expect(invited).resolves.toBeDefined()
    expect(sentVariables(fetchMock, -2)).toEqual({ input: { code: '123 456' } })
  })

  it('gives the original refusal back when the person cancels, and sends nothing again', async () => {
    const { wrapper, asked } = await signedIn(() => true)
    const invited = execute(AccountsInviteMemberDocument, INVITE)
    await flushPromises()
    const cancel = buttonNamed(wrapper, 'Cancel', 'dialog button')
    await cancel?.trigger('click')
    await expect(invited).rejects.toMatchObject({ code: ErrorCode.ReauthRequired })
    expect(asked()).toBe(1)
  })
})
