import express, { Router } from 'express'
import { unauthenticated } from '../../platform/errors/domain-error.js'
import { readCookie, sessionCookieName, type SessionCookieOptions } from '../../platform/http/cookies.js'
import { sendDomainError } from '../../platform/http/send-domain-error.js'
import type { SessionService } from '../accounts/session.service.js'
import type { AttachmentService } from './attachment.service.js'

/** SECURITY R29: 25 MB a file, refused while it streams in (Express answers 413 past the limit). */
export const ATTACHMENT_UPLOAD_LIMIT = '25mb'

export interface AttachmentRouteDeps {
  readonly services: {
    readonly attachments: AttachmentService
    readonly sessions: SessionService
  }
  readonly cookie: SessionCookieOptions
  /** Who is asking, for the receipt throttle: the enrolled kiosk, or the address's hash. */
  readonly requesterKeyOf: (request: express.Request) => Promise<string>
}

/**
 * `POST /api/reports/attachments`: the reporter adds a file with their receipt in headers
 * (`x-report-reference`, `x-report-passphrase`, optional `x-file-name`, URI-encoded).
 * `GET /api/cases/:caseId/attachments/:attachmentId`: a responder who may see the case downloads
 * it, always as a download, never rendered (R30): nosniff, attachment disposition, sandbox CSP.
 */
export function attachmentRouter({ services, cookie, requesterKeyOf }: AttachmentRouteDeps): Router {
  const router = Router()
  router.post(
    '/reports/attachments',
    express.raw({ type: () => true, limit: ATTACHMENT_UPLOAD_LIMIT }),
    async (request, response) => {
      try {
        const name = request.header('x-file-name')
        const attachment = await services.attachments.addToReport(
          request.header('x-report-reference') ?? '',
          request.header('x-report-passphrase') ?? '',
          await requesterKeyOf(request),
          Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
          name === undefined ? null : decodeURIComponent(name),
        )
        response.json({ id: attachment.id, kind: attachment.kind })
      } catch (error) {
        sendDomainError(response, error)
      }
    },
  )
  router.get('/cases/:caseId/attachments/:attachmentId', async (request, response) => {
    try {
      const token = readCookie(request.headers.cookie, sessionCookieName(cookie))
      const viewer = token === null ? null : await services.sessions.resolve(token)
      if (viewer === null) {
        throw unauthenticated()
      }
      const file = await services.attachments.read(viewer, request.params.caseId, request.params.attachmentId)
      response.setHeader('Content-Type', file.mimeType)
      response.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`)
      response.setHeader('Content-Security-Policy', "sandbox; default-src 'none'")
      response.setHeader('X-Content-Type-Options', 'nosniff')
      response.send(file.bytes)
    } catch (error) {
      sendDomainError(response, error)
    }
  })
  return router
}
