import { KIOSK_SCOPE, OFFLINE_QUERIES } from './offline-copy'

/**
 * What the kiosk's service worker does with a request (ADR 0011). Anything not named here is left
 * alone: the worker neither answers nor keeps it, and it never looks at a POST, which is how
 * everything a visitor types (IncidentReports, bookings, follow-ups, urgent help) leaves the kiosk.
 * - `page`: a page of the app: the network first, else the kept app shell;
 * - `shell`: a file of the built app: the kept copy first (hashed names never change);
 * - `public-query`: one of the `OFFLINE_QUERIES`, as a GET: the network first, its copy kept;
 * - `photo`: a contact's photo: the network first, else the copy kept with the event;
 * - `pass`: not the worker's business.
 */
export type RequestKind = 'page' | 'shell' | 'public-query' | 'photo' | 'pass'

export interface RequestFacts {
  readonly method: string
  readonly url: string
  readonly mode: string
}

/** Where contact photos are served from: the only part of `/media/` the worker may keep. */
export const PHOTO_PATH = '/media/contacts/'

/** The name of the query a GET to `/graphql` carries, if it declares exactly the name it claims. */
function publicQueryName(url: URL): string | null {
  const name = url.searchParams.get('operationName') ?? ''
  const query = url.searchParams.get('query') ?? ''
  if (!OFFLINE_QUERIES.includes(name)) {
    return null
  }
  // Only a query, and the one named: `query EventsDetail(`, never a mutation under a borrowed name.
  return new RegExp(`^\\s*query\\s+${name}\\b`).test(query) && !/\bmutation\b/.test(query) ? name : null
}

export function requestKind(
  request: RequestFacts,
  origin: string,
  shellFiles: readonly string[],
): RequestKind {
  if (request.method !== 'GET') {
    return 'pass'
  }
  const url = new URL(request.url)
  if (url.origin !== origin) {
    return 'pass'
  }
  if (request.mode === 'navigate') {
    return url.pathname.startsWith(KIOSK_SCOPE) ? 'page' : 'pass'
  }
  if (shellFiles.includes(url.pathname)) {
    return 'shell'
  }
  if (url.pathname === '/graphql') {
    return publicQueryName(url) === null ? 'pass' : 'public-query'
  }
  return url.pathname.startsWith(PHOTO_PATH) ? 'photo' : 'pass'
}

/** The operation a kept GraphQL request was for (`EventsDetail`), read from its address. */
export function operationOf(url: string): string | null {
  return new URL(url).searchParams.get('operationName')
}

/**
 * The contact photos an `EventsDetail` answer shows: same-origin paths under `/media/contacts/`,
 * which the worker keeps with the event so the directory has its faces during a network cut.
 */
export function photoPathsOf(body: unknown): string[] {
  const contacts = (body as { data?: { publicEvent?: { contacts?: unknown } } } | null)?.data?.publicEvent
    ?.contacts
  if (!Array.isArray(contacts)) {
    return []
  }
  const paths = contacts
    .map(contact => (contact as { photoUrl?: unknown }).photoUrl)
    .filter((photoUrl): photoUrl is string => typeof photoUrl === 'string' && photoUrl.startsWith(PHOTO_PATH))
  return [...new Set(paths)]
}

/** True for a GraphQL answer worth keeping: data, and no errors. */
export function isKeepableAnswer(body: unknown): boolean {
  return (
    typeof body === 'object' &&
    body !== null &&
    'data' in body &&
    (body as { data: unknown }).data !== null &&
    !('errors' in body)
  )
}
