import { ErrorCode, Role } from '@conduct-desk/shared'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { signedIn, signedOut } from '@/testing/fixtures'
import { mountApp } from '@/testing/mount-app'
import { graphqlError, stubGraphql } from '@/testing/stub-graphql'
import { watchSessionExpiry } from './session-expiry'
import { useSessionStore } from './session.store'

let stopWatching: () => void = () => undefined

afterEach(() => {
  stopWatching()
})

describe('an expired session', () => {
  it('resets the app and sends the viewer to sign in with a calm word, to come back afterwards', async () => {
    stubGraphql({
      SessionViewer: signedIn([{ role: Role.Admin, eventId: null }]),
      // The cookie was valid when the app started; by the time the page asks for data it is not.
      EventsSeries: () => graphqlError(ErrorCode.Unauthenticated),
    })

    const { wrapper, router } = await mountApp('/events/new', {
      beforeNavigation: router => {
        stopWatching = watchSessionExpiry(router)
      },
    })

    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('accounts-sign-in'))
    expect(router.currentRoute.value.query).toEqual({ redirect: '/events/new' })
    expect(useSessionStore().isSignedIn).toBe(false)
    await vi.waitFor(() =>
      expect(wrapper.get('[role="status"]').text()).toBe(
        'Your session has ended, so you were signed out. Sign in again to carry on.',
      ),
    )
  })

  it('leaves a wrong password at sign-in to the sign-in form', async () => {
    stubGraphql({ SessionViewer: signedOut })
    const { router } = await mountApp('/sign-in', {
      beforeNavigation: router => {
        stopWatching = watchSessionExpiry(router)
      },
    })
    const replace = vi.spyOn(router, 'replace')

    stubGraphql({ SessionViewer: () => graphqlError(ErrorCode.Unauthenticated) })
    await useSessionStore()
      .hydrate()
      .catch(() => undefined)

    expect(replace).not.toHaveBeenCalled()
  })
})
