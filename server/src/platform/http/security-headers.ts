import type { RequestHandler } from 'express'
import helmet from 'helmet'

/**
 * Headers on every response (SECURITY R27, R33): a strict CSP without inline script or style, no
 * framing, no referrer, and `no-store` so nothing a visitor saw stays in a shared browser's cache.
 */
export function securityHeaders(): RequestHandler[] {
  return [
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          'default-src': ["'none'"],
          'script-src': ["'self'"],
          'style-src': ["'self'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'font-src': ["'self'"],
          'connect-src': ["'self'"],
          'manifest-src': ["'self'"],
          'frame-ancestors': ["'none'"],
          'base-uri': ["'none'"],
          'form-action': ["'none'"],
        },
      },
      crossOriginEmbedderPolicy: false,
      referrerPolicy: { policy: 'no-referrer' },
      strictTransportSecurity: false,
    }),
    (_request, response, next) => {
      response.setHeader('Cache-Control', 'no-store')
      response.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()')
      next()
    },
  ]
}
