import type { EventClock } from '@conduct-desk/shared'
import type { ContactsCardContactFragment } from '@/graphql/generated/graphql'

/** Up to two letters for the avatar of someone without a photo: "Tomás Ferreira" → "TF". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const picked = words.length > 1 ? [words[0], words[words.length - 1]] : words
  return picked
    .map(word => Array.from(word ?? '')[0] ?? '')
    .join('')
    .toLocaleUpperCase()
}

/** A stable colour for an initials avatar, 1–4, so the same person keeps theirs across refreshes. */
export function avatarToneOf(id: string): 1 | 2 | 3 | 4 {
  let hash = 0
  for (const char of id) {
    hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  }
  return ((hash % 4) + 1) as 1 | 2 | 3 | 4
}

/**
 * Language names in the UI language ("French" / "Francês"), from BCP 47 tags. A tag the browser does
 * not know is shown as it is rather than dropped: it still tells someone which language to ask for.
 */
export function languageNamesOf(tags: readonly string[], uiLocale: string): string[] {
  let names: Intl.DisplayNames | undefined
  try {
    names = new Intl.DisplayNames([uiLocale], { type: 'language' })
  } catch {
    names = undefined
  }
  return tags.map(tag => {
    let name: string | undefined
    try {
      name = names?.of(tag)
    } catch {
      name = undefined
    }
    const shown = name ?? tag
    return shown.charAt(0).toLocaleUpperCase(uiLocale) + shown.slice(1)
  })
}

export type DutySummary =
  | { readonly kind: 'now'; readonly until: string | null }
  | { readonly kind: 'next'; readonly period: string }
  | { readonly kind: 'none' }

/**
 * What the card says about duty, on the event's clock: on now ("until 19:00", "until midnight"),
 * the next period ("today, 12:00–23:30", "tomorrow, all day"), or nothing.
 */
export function dutySummaryOf(
  contact: Pick<ContactsCardContactFragment, 'onDutyNow' | 'onDuty'>,
  now: number,
  clock: EventClock,
): DutySummary {
  const periods = contact.onDuty
    .map(period => ({ startsAt: Date.parse(period.startsAt), endsAt: Date.parse(period.endsAt) }))
    .filter(period => !Number.isNaN(period.startsAt) && !Number.isNaN(period.endsAt))
    .sort((a, b) => a.startsAt - b.startsAt)

  if (contact.onDutyNow) {
    const current = periods.find(period => period.startsAt <= now && now < period.endsAt)
    return { kind: 'now', until: current ? clock.until(current.endsAt, now) : null }
  }
  const next = periods.find(period => period.startsAt > now)
  if (!next) {
    return { kind: 'none' }
  }
  return { kind: 'next', period: clock.spanWithDay(next.startsAt, next.endsAt, now) }
}
