import { SLUG_PATTERN } from '@conduct-desk/shared'

/**
 * The in-app path to open first, read once from the address the browser loaded (`/kiosk/e/<slug>` →
 * that event; anything else → the event list). The address is never written back (SECURITY R25).
 */
export function bootPathFrom(pathname: string, basePath: string): string {
  if (!pathname.startsWith(basePath)) {
    return '/'
  }
  const rest = pathname.slice(basePath.length).replace(/\/+$/, '')
  const match = /^e\/([^/]+)$/.exec(rest)
  if (!match?.[1]) {
    return '/'
  }
  let slug: string
  try {
    slug = decodeURIComponent(match[1])
  } catch {
    return '/'
  }
  return SLUG_PATTERN.test(slug) ? `/e/${slug}` : '/'
}

/** True when the kiosk was opened for one event (a venue screen), not at the event list. */
export function isEventPath(path: string): boolean {
  return path.startsWith('/e/')
}
