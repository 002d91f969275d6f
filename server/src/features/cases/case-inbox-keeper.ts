/** What one event keeps per key; a busy event's responders, their filters and pages stay far below it. */
const KEPT_PER_EVENT = 200

/**
 * The longest anything is kept. A change publishes only inside its own process (README, PostgreSQL
 * with several processes), so another process learns of it at the latest after this long.
 */
export const KEPT_AT_MOST_MS = 10_000

/** A value as read, with the instants between which it holds. */
export interface Kept<T> {
  readonly value: T
  readonly readAt: number
  /** It holds until then (at most KEPT_AT_MOST_MS after `readAt`): e.g. when the next case crosses a target. */
  readonly validUntil: number
}

interface EventKept<T> {
  /** Moves on at every change of a case of the event, so a read begun before it is never kept. */
  generation: number
  readonly kept: Map<string, Kept<T>>
  /** Reads under way: requests that miss together share one (a server just started, a busy page). */
  readonly reading: Map<string, Promise<Kept<T>>>
}

/**
 * What the inbox read about an event's cases, kept until a case of the event changes (`forget`,
 * called by the same change publication that `caseInboxChanged` uses), its `validUntil` passes, or
 * KEPT_AT_MOST_MS have passed.
 *
 * The caller's key must hold everything the value depends on besides the event's cases: the viewer,
 * and the very list of cases they are kept from (recusals and exclusions, read afresh on every
 * request), so that what was read while a case was visible to someone is never shown to them once it
 * is not, even if a change forgot to say so (SECURITY R10, R52).
 */
export class CaseInboxKeeper<T> {
  private readonly events = new Map<string, EventKept<T>>()

  async get(eventId: string, key: string, now: Date, read: () => Promise<Kept<T>>): Promise<Kept<T>> {
    const event = this.eventOf(eventId)
    const at = now.getTime()
    const holds = (kept: Kept<T>) =>
      at >= kept.readAt && at <= Math.min(kept.validUntil, kept.readAt + KEPT_AT_MOST_MS)
    const kept = event.kept.get(key)
    if (kept !== undefined && holds(kept)) {
      return kept
    }
    const underWay = event.reading.get(key)
    if (underWay !== undefined) {
      const shared = await underWay
      if (holds(shared)) {
        return shared
      }
    }
    const generation = event.generation
    const reading = read()
    event.reading.set(key, reading)
    try {
      const fresh = await reading
      if (event.generation === generation) {
        event.kept.delete(key)
        event.kept.set(key, fresh)
        if (event.kept.size > KEPT_PER_EVENT) {
          event.kept.delete(event.kept.keys().next().value!)
        }
      }
      return fresh
    } finally {
      if (event.reading.get(key) === reading) {
        event.reading.delete(key)
      }
    }
  }

  /** A case of the event changed: what was kept of it is read afresh at the next request. */
  forget(eventId: string): void {
    const event = this.eventOf(eventId)
    event.generation += 1
    event.kept.clear()
    event.reading.clear()
  }

  private eventOf(eventId: string): EventKept<T> {
    let event = this.events.get(eventId)
    if (event === undefined) {
      event = { generation: 0, kept: new Map(), reading: new Map() }
      this.events.set(eventId, event)
    }
    return event
  }
}
