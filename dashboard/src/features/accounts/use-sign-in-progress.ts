import { useRouter } from 'vue-router'
import type { AccountsSignInProgressFieldsFragment } from '@/graphql/generated/graphql'
import { resetAppState } from '@/shell/reset-app-state'
import { safeRedirect } from '@/shell/route-access'
import { useSessionStore } from '@/shell/session.store'

/**
 * Follows a sign-in step the server answered (after the password, a code, or an invitation): a new
 * session goes home (or back to the page that asked), an account that must set up an authenticator
 * goes to that page, and a code still to give stays where it is.
 */
export function useSignInProgress() {
  const router = useRouter()
  const session = useSessionStore()

  /** @returns true when the person still has to give a code on this page */
  async function follow(progress: AccountsSignInProgressFieldsFragment, redirect: unknown): Promise<boolean> {
    const query = typeof redirect === 'string' ? { redirect } : {}
    if (progress.step === 'SECOND_FACTOR') {
      return true
    }
    if (progress.step === 'SIGNED_IN' && progress.viewer) {
      // Whatever an earlier person left in memory goes before the new viewer arrives.
      resetAppState()
      session.setViewer(progress.viewer)
      // Signed in on a grace period: asked to set up the authenticator now, with a "not now".
      await router.replace(
        progress.viewer.hasTwoFactor ? safeRedirect(redirect) : { name: 'accounts-two-factor', query },
      )
      return false
    }
    await router.replace({ name: 'accounts-two-factor', query })
    return false
  }

  return { follow }
}
