/** Which sessions just ended: one (sign-out), or every session of an account (R18). */
export type SessionEnding = { readonly idHash: string } | { readonly accountId: string }

/**
 * Tells whatever keeps a session open beyond one request (the WebSocket door's sockets) that
 * sessions ended, so it closes them at once rather than on its next check. In process only:
 * other processes notice on their next check (before every event, and when the session times out).
 */
export class SessionEndings {
  private readonly listeners = new Set<(ending: SessionEnding) => void>()

  /** @returns a function that stops listening */
  listen(listener: (ending: SessionEnding) => void): () => void {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  announce(ending: SessionEnding): void {
    for (const listener of this.listeners) {
      listener(ending)
    }
  }
}
