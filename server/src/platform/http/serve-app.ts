import path from 'node:path'
import express, { Router } from 'express'

/**
 * Serves a built single-page app: hashed assets cached for a year (they never change under the same
 * name), everything else answered with index.html so deep links work. index.html keeps `no-store`.
 */
export function serveApp(dir: string): Router {
  const router = Router()
  router.use(
    '/assets',
    express.static(path.join(dir, 'assets'), {
      index: false,
      fallthrough: false,
      setHeaders: response => response.setHeader('Cache-Control', 'public, max-age=31536000, immutable'),
    }),
  )
  router.use(express.static(dir, { index: false, cacheControl: false }))
  router.get('/{*splat}', (_request, response) => response.sendFile(path.join(dir, 'index.html')))
  return router
}
