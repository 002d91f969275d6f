/**
 * What the kiosk's service worker and the app agree on (docs/decisions/0011-kiosk-phones-and-network-cuts.md).
 * No DOM, no worker types: both sides import it.
 */

/**
 * The public GraphQL queries the worker keeps a copy of, by operation name, and nothing else: which
 * event this screen is enrolled for, and that event with its contacts, policy, quiet room and numbers.
 * The app sends them as GET (`graphqlClient.read`); everything a visitor sends is a POST, which the
 * worker never reads, keeps or answers.
 */
export const OFFLINE_QUERIES: readonly string[] = ['EnrolmentThisKiosk', 'EventsDetail']

/** Set on an answer that came from the offline copy (the network failed): when it was saved, epoch ms. */
export const OFFLINE_COPY_HEADER = 'conduct-desk-offline-copy'

/** Where the app lives; the worker's scope, and the one page it keeps. */
export const KIOSK_SCOPE = '/kiosk/'

/** The worker script, served by the server beside the app with `Service-Worker-Allowed: /kiosk/`. */
export const SERVICE_WORKER_PATH = '/kiosk/sw.js'

/** Every cache the worker opens starts with this, so the app can find and delete them all. */
export const CACHE_PREFIX = 'conduct-desk-kiosk-'
