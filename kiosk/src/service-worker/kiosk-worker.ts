/**
 * The service worker of an enrolled kiosk (ADR 0011), built on its own by vite.config.ts into
 * `dist/sw.js` and served at `/kiosk/sw.js` with scope `/kiosk/`. It keeps the app shell and the
 * event's public data (the enrolment, the event with its contacts, policy, quiet room and numbers,
 * and the contacts' photos) so the screen still helps during a Wi-Fi drop. It never reads, keeps or
 * answers a POST: nothing a visitor types reaches Cache Storage.
 */
import {
  isKeepableAnswer,
  operationOf,
  photoPathsOf,
  PHOTO_PATH,
  requestKind,
  type RequestKind,
} from './cache-rules'
import { CACHE_PREFIX, KIOSK_SCOPE, OFFLINE_COPY_HEADER } from './offline-copy'

/** The built app's files (paths), and a name that changes with them; both written in by the build. */
declare const __KIOSK_SHELL_FILES__: readonly string[]
declare const __KIOSK_BUILD_ID__: string

// The few worker types used here (the app's TypeScript program has the DOM library, not WebWorker's).
interface LifecycleEvent extends Event {
  waitUntil(promise: Promise<unknown>): void
}
interface FetchEvent extends LifecycleEvent {
  readonly request: Request
  respondWith(response: Promise<Response>): void
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: LifecycleEvent) => void): void
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void
  skipWaiting(): Promise<void>
  readonly clients: { claim(): Promise<void> }
  readonly location: { readonly origin: string }
}

const worker = self as unknown as WorkerScope
const SHELL_CACHE = `${CACHE_PREFIX}shell-${__KIOSK_BUILD_ID__}`
const PUBLIC_CACHE = `${CACHE_PREFIX}public-${__KIOSK_BUILD_ID__}`
/** A network that neither answers nor fails (a Wi-Fi without uplink) gets this long, then the copy. */
const NETWORK_WAIT_MS = 4000

function fromNetwork(request: Request): Promise<Response> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The network did not answer in time')), NETWORK_WAIT_MS)
    fetch(request).then(
      response => {
        clearTimeout(timer)
        resolve(response)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error instanceof Error ? error : new Error('The network failed'))
      },
    )
  })
}

async function keptOr(request: Request | string, cacheName: string): Promise<Response> {
  const kept = await (await caches.open(cacheName)).match(request, { ignoreVary: true })
  return kept ?? Response.error()
}

/**
 * Keeps a public answer with the time it was saved, which the app shows ("as they were at 14:05"),
 * then the photos it names, dropping the earlier event answer and photos it no longer names.
 */
async function keepPublicAnswer(request: Request, response: Response): Promise<void> {
  const text = await response.text()
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return
  }
  if (!response.ok || !isKeepableAnswer(body)) {
    return
  }
  const headers = new Headers(response.headers)
  headers.set(OFFLINE_COPY_HEADER, String(Date.now()))
  const cache = await caches.open(PUBLIC_CACHE)
  const isEvent = operationOf(request.url) === 'EventsDetail'
  const photos = isEvent ? photoPathsOf(body) : []
  // The photos first: once the event's copy is there, so are the faces it shows.
  await Promise.allSettled(photos.map(path => cache.add(path)))
  await cache.put(request.url, new Response(text, { status: response.status, headers }))
  if (!isEvent) {
    return
  }
  for (const kept of await cache.keys()) {
    const url = new URL(kept.url)
    const isOtherEvent = operationOf(kept.url) === 'EventsDetail' && kept.url !== request.url
    const isUnusedPhoto = url.pathname.startsWith(PHOTO_PATH) && !photos.includes(url.pathname)
    if (isOtherEvent || isUnusedPhoto) {
      await cache.delete(kept)
    }
  }
}

async function answer(
  kind: Exclude<RequestKind, 'pass'>,
  request: Request,
  keepAlive: (work: Promise<unknown>) => void,
): Promise<Response> {
  switch (kind) {
    case 'shell':
      return (await (await caches.open(SHELL_CACHE)).match(request)) ?? fetch(request)
    case 'page':
      // Every address of the app is the same page; the address it was opened at decides the screen.
      return fromNetwork(request).catch(() => keptOr(KIOSK_SCOPE, SHELL_CACHE))
    case 'photo':
      return fromNetwork(request).catch(() => keptOr(request, PUBLIC_CACHE))
    case 'public-query':
      try {
        const response = await fromNetwork(request)
        keepAlive(keepPublicAnswer(request, response.clone()).catch(() => undefined))
        return response
      } catch {
        return keptOr(request.url, PUBLIC_CACHE)
      }
  }
}

worker.addEventListener('install', event => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then(cache => cache.addAll([...__KIOSK_SHELL_FILES__]))
      .then(() => worker.skipWaiting()),
  )
})

worker.addEventListener('activate', event => {
  event.waitUntil(
    caches
      .keys()
      .then(names =>
        Promise.all(
          names
            .filter(name => name.startsWith(CACHE_PREFIX) && name !== SHELL_CACHE && name !== PUBLIC_CACHE)
            .map(name => caches.delete(name)),
        ),
      )
      .then(() => worker.clients.claim()),
  )
})

worker.addEventListener('fetch', event => {
  const kind = requestKind(event.request, worker.location.origin, __KIOSK_SHELL_FILES__)
  if (kind !== 'pass') {
    event.respondWith(answer(kind, event.request, work => event.waitUntil(work)))
  }
})
