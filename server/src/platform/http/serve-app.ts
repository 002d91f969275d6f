import path from 'node:path'
import express, { Router } from 'express'

export interface ServeAppOptions {
  /**
   * The app's service worker script, at the app's root (`sw.js`): served as JavaScript, never from a
   * cache, with `Service-Worker-Allowed` naming the app's own path, so its scope can be no wider.
   */
  readonly serviceWorker?: string
}

/**
 * Serves a built single-page app: hashed assets cached for a year (they never change under the same
 * name), everything else answered with index.html so deep links work. index.html keeps `no-store`.
 */
export function serveApp(dir: string, options: ServeAppOptions = {}): Router {
  const router = Router()
  router.use(
    '/assets',
    express.static(path.join(dir, 'assets'), {
      index: false,
      fallthrough: false,
      setHeaders: response => response.setHeader('Cache-Control', 'public, max-age=31536000, immutable'),
    }),
  )
  const worker = options.serviceWorker
  if (worker !== undefined) {
    router.get(`/${worker}`, (request, response, next) => {
      const headers = {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Service-Worker-Allowed': `${request.baseUrl}/`,
      }
      // Not built: the JSON 404 of json-errors.ts, never index.html under a script's name.
      response.sendFile(path.join(dir, worker), { headers }, error => {
        if (error) {
          next(error)
        }
      })
    })
  }
  router.use(express.static(dir, { index: false, cacheControl: false }))
  router.get('/{*splat}', (_request, response) => response.sendFile(path.join(dir, 'index.html')))
  return router
}
