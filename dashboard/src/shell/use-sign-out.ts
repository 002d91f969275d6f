import { ErrorCode } from '@conduct-desk/shared'
import { ref } from 'vue'
import { useRouter } from 'vue-router'
import { execute, isApiError } from '@/graphql/client'
import { SessionSignOutDocument } from '@/graphql/generated/graphql'
import { useNoticeStore } from './notice.store'
import { resetAppState } from './reset-app-state'

/**
 * Sign out: end the session on the server, then forget everything on this device even if the server
 * could not be reached (a shared laptop must not stay signed in), and say which of the two happened.
 */
export function useSignOut() {
  const router = useRouter()
  const isSigningOut = ref(false)

  /** @param redirect where to go after signing in again (an in-app path), if anywhere special. */
  async function signOut(redirect?: string): Promise<void> {
    if (isSigningOut.value) {
      return
    }
    isSigningOut.value = true
    let serverKnows = true
    try {
      await execute(SessionSignOutDocument)
    } catch (error) {
      // UNAUTHENTICATED: the session had already ended there, which is what we wanted.
      serverKnows = isApiError(error, ErrorCode.Unauthenticated)
    }
    resetAppState()
    useNoticeStore().show(serverKnows ? 'signed-out' : 'signed-out-offline')
    isSigningOut.value = false
    await router.replace({ name: 'accounts-sign-in', query: redirect === undefined ? {} : { redirect } })
  }

  return { signOut, isSigningOut }
}
