import type { Router } from 'vue-router'
import { onUnauthenticated } from '@/graphql/client'
import { useNoticeStore } from './notice.store'
import { resetAppState } from './reset-app-state'
import { useSessionStore } from './session.store'

/**
 * When any request answers UNAUTHENTICATED while someone is signed in, the server ended the session
 * (idle 15 min, 8 h, sign-out elsewhere, role removed: SECURITY R18). Forget everything and go to
 * sign-in with a calm word, coming back to the same page afterwards. A wrong password at sign-in
 * also answers UNAUTHENTICATED, but then nobody is signed in and nothing happens here.
 * @returns a function that stops watching
 */
export function watchSessionExpiry(router: Router): () => void {
  return onUnauthenticated(() => {
    if (!useSessionStore().isSignedIn) {
      return
    }
    const current = router.currentRoute.value
    resetAppState()
    useNoticeStore().show('session-expired')
    void router.replace({
      name: 'accounts-sign-in',
      query: current.meta.public === true || current.fullPath === '/' ? {} : { redirect: current.fullPath },
    })
  })
}
