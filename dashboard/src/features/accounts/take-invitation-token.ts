import type { Router } from 'vue-router'

/** A token kept in memory while its person signs in to accept it; never in the URL or storage. */
let heldToken: string | null = null

/**
 * Keeps the token for the round trip through the sign-in page, which comes back to
 * `/invitation` (an address that has an account accepts signed in as it).
 */
export function holdInvitationToken(token: string): void {
  heldToken = token
}

/**
 * Takes the invitation token from the URL fragment (`/dashboard/invitation#<token>`) and removes it
 * from the address bar and the router's own record right away, so it is not left in the browser's
 * history, a screen share or a screenshot. The fragment never reaches the server or its logs.
 * Without a fragment, it takes the token held for the sign-in round trip, once.
 * @returns the token, or null when the page was opened (or reloaded) without one
 */
export function takeInvitationToken(router: Router): string | null {
  const raw = window.location.hash.replace(/^#/, '')
  if (raw === '') {
    const held = heldToken
    heldToken = null
    return held
  }
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search)
  const current = router.currentRoute.value
  if (current.hash !== '') {
    // The router keeps its own copy of the URL (and writes it into the next entry's history state).
    void router.replace({ path: current.path, query: current.query, hash: '' })
  }
  try {
    return decodeURIComponent(raw).trim() || null
  } catch {
    return raw.trim() || null
  }
}
