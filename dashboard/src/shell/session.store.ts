import { Role } from '@conduct-desk/shared'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { execute } from '@/graphql/client'
import { SessionViewerDocument, type SessionViewerFieldsFragment } from '@/graphql/generated/graphql'

export type SessionViewer = SessionViewerFieldsFragment

/** Who is signed in, as the server said at start-up or at sign-in; the server still decides every request. */
export const useSessionStore = defineStore('session', () => {
  const viewer = shallowRef<SessionViewer | null>(null)
  /** False until the server has told us whether a session cookie is valid. */
  const isHydrated = ref(false)
  let hydrating: Promise<void> | null = null

  const isSignedIn = computed(() => viewer.value !== null)

  /**
   * Asks the server who the cookie belongs to, once; concurrent callers share the request. A failed
   * request leaves the store unhydrated so the next navigation asks again.
   * @throws ApiError when the server cannot be reached
   */
  function hydrate(): Promise<void> {
    if (isHydrated.value) {
      return Promise.resolve()
    }
    hydrating ??= execute(SessionViewerDocument)
      .then(data => {
        viewer.value = data.viewer
        isHydrated.value = true
      })
      .finally(() => {
        hydrating = null
      })
    return hydrating
  }

  /** After signIn or redeemInvitation answered with the new viewer. */
  function setViewer(next: SessionViewer): void {
    viewer.value = next
    isHydrated.value = true
  }

  /**
   * Whether the viewer holds `role`: deployment-wide roles anywhere; event roles for `eventId`, or
   * for any event when none is named. Mirrors the server's rule so menus match what it allows.
   */
  function holds(role: Role, eventId?: string): boolean {
    return (
      viewer.value?.roles.some(
        held =>
          held.role === role && (held.eventId === null || eventId === undefined || held.eventId === eventId),
      ) ?? false
    )
  }

  const spansAllEvents = computed(() => holds(Role.Admin) || holds(Role.Wg))

  /** Forgets the viewer. Whoever calls this knows nobody is signed in any more, so no need to ask. */
  function reset(): void {
    viewer.value = null
    isHydrated.value = true
    hydrating = null
  }

  return { viewer, isHydrated, isSignedIn, spansAllEvents, hydrate, setViewer, holds, reset }
})

if (import.meta.hot) {
  import.meta.hot.accept(acceptHMRUpdate(useSessionStore, import.meta.hot))
}
