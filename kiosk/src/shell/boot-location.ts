import { SLUG_PATTERN } from '@conduct-desk/shared'

/** Where staff set up a new kiosk: `/kiosk/enrol`. */
export const ENROL_PATH = '/enrol'

/**
 * The in-app path to open first, read once from the address the browser loaded (`/kiosk/e/<slug>` →
 * that event; `/kiosk/e/<slug>/transparency` → its transparency report; `/kiosk/enrol` → kiosk
 * set-up; anything else → the event list). The address is not written back during a visit
 * (SECURITY R25).
 */
export function bootPathFrom(pathname: string, basePath: string): string {
  if (!pathname.startsWith(basePath)) {
    return '/'
  }
  const rest = pathname.slice(basePath.length).replace(/\/+$/, '')
  if (rest === 'enrol') {
    return ENROL_PATH
  }
  const match = /^e\/([^/]+)(\/transparency)?$/.exec(rest)
  if (!match?.[1]) {
    return '/'
  }
  let slug: string
  try {
    slug = decodeURIComponent(match[1])
  } catch {
    return '/'
  }
  if (!SLUG_PATTERN.test(slug)) {
    return '/'
  }
  // An event's published transparency report has an address people share and link to.
  return match[2] === undefined ? `/e/${slug}` : `/e/${slug}/transparency`
}

/** True when the kiosk was opened for one event (a venue screen), not at the event list. */
export function isEventPath(path: string): boolean {
  return path.startsWith('/e/')
}

/** An enrolled kiosk opens its own event, whatever event or list its address names; set-up stays set-up. */
export function asksThisKiosk(bootPath: string): boolean {
  return bootPath === '/' || isEventPath(bootPath)
}

/** The start screen: the enrolled event when there is one and the address allows, else the address's. */
export function homePathFor(bootPath: string, enrolledEventSlug: string | null): string {
  return enrolledEventSlug !== null && asksThisKiosk(bootPath) ? `/e/${enrolledEventSlug}` : bootPath
}

/**
 * After enrolment only, before any visitor: points the address bar at the kiosk's start (`/kiosk/`),
 * so a reload or a restart of the browser opens the enrolled event instead of asking for a code
 * again. No history entry is added; routing stays in memory.
 */
export function replaceBootAddress(basePath: string): void {
  window.history.replaceState(null, '', basePath)
}
