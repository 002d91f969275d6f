import { ErrorCode, Role } from '@conduct-desk/shared'
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { viewerWithoutEvents } from '@/testing/fixtures'
import { mountApp } from '@/testing/mount-app'
import { graphqlError, stubGraphql } from '@/testing/stub-graphql'

describe('InvitePage', () => {
  it.each(['en', 'pt'] as const)(
    'words a refused invitation in the page language (%s), never in the server English',
    async locale => {
      stubGraphql({
        ...viewerWithoutEvents([{ role: Role.Admin, eventId: null }]),
        AccountsInviteEvents: () => ({ data: { myEvents: [] } }),
        AccountsInviteMember: () =>
          graphqlError(ErrorCode.BadUserInput, { field: 'role' }, 'Unknown role ghost.'),
      })
      const { wrapper } = await mountApp('/invite', { locale })

      await wrapper.find('input[type="email"]').setValue('tomas.ferreira@example.org')
      await wrapper.find('form select').setValue(Role.Wg)
      await wrapper.find('form').trigger('submit')
      await flushPromises()

      expect(wrapper.text()).not.toContain('Unknown role')
      expect(wrapper.find('[role="alert"]:not(:empty)').text()).toContain(
        locale === 'en'
          ? 'Some of what you entered was not accepted'
          : 'Parte do que escreveu não foi aceite',
      )
    },
  )
})
