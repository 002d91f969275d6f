import { ATTACHMENT_MAX_BYTES } from '@conduct-desk/shared'
import express, { Router } from 'express'
import { badUserInput, unauthenticated } from '../../platform/errors/domain-error.js'
import { readCookie, sessionCookieName, type SessionCookieOptions } from '../../platform/http/cookies.js'
import { sameOriginWrites } from '../../platform/http/same-origin-writes.js'
import { sendDomainError } from '../../platform/http/send-domain-error.js'
import type { SessionService } from '../accounts/session.service.js'
import type { AttachmentService } from './attachment.service.js'

/** SECURITY R29: 25 MB a file, refused while it streams in (Express answers 413 past the limit). */
export const ATTACHMENT_UPLOAD_LIMIT = ATTACHMENT_MAX_BYTES

export interface AttachmentRouteDeps {
  readonly services: {
    readonly attachments: AttachmentService
    readonly sessions: SessionService
  }
  readonly cookie: SessionCookieOptions
  /** Who is asking, for the receipt throttle: the enrolled kiosk, or the address's hash. */
  readonly requesterKeyOf: (request: express.Request) => Promise<string>
  /** This deployment's address: a team upload from a page of another origin is refused. */
  readonly publicUrl: string
}

/** The upload's original name, from the optional URI-encoded `x-file-name` header. */
function fileNameOf(request: express.Request): string | null {
  const name = request.header('x-file-name')
  if (name === undefined) {
    return null
  }
  try {
    return decodeURIComponent(name)
  } catch {
    throw badUserInput('The file name is not URI-encoded.', 'name')
  }
}

const bodyOf = (request: express.Request) => (Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0))

/**
 * `POST /api/reports/attachments`: the reporter adds a file with their receipt in headers
 * (`x-report-reference`, `x-report-passphrase`, optional `x-file-name`, URI-encoded).
 * `POST /api/cases/:caseId/attachments`: a responder who may add to the case adds a file, with the
 * session cookie and the GraphQL door's CSRF and Origin rules (`sameOriginWrites`); the same size
 * limit, cleaning and encryption as the reporter's.
 * `GET /api/cases/:caseId/attachments/:attachmentId`: a responder who may see the case downloads
 * it, always as a download, never rendered (R30): nosniff, attachment disposition, sandbox CSP.
 */
export function attachmentRouter({
  services,
  cookie,
  requesterKeyOf,
  publicUrl,
}: AttachmentRouteDeps): Router {
  const router = Router()
  const viewerOf = async (request: express.Request) => {
    const token = readCookie(request.headers.cookie, sessionCookieName(cookie))
    const viewer = token === null ? null : await services.sessions.resolve(token)
    if (viewer === null) {
      throw unauthenticated()
    }
    return viewer
  }
  router.post(
    '/reports/attachments',
    express.raw({ type: () => true, limit: ATTACHMENT_UPLOAD_LIMIT }),
    async (request, response) => {
      try {
        const attachment = await services.attachments.addToReport(
          request.header('x-report-reference') ?? '',
          request.header('x-report-passphrase') ?? '',
          await requesterKeyOf(request),
          bodyOf(request),
          fileNameOf(request),
        )
        response.json({ id: attachment.id, kind: attachment.kind })
      } catch (error) {
        sendDomainError(response, error)
      }
    },
  )
  router.post(
    '/cases/:caseId/attachments',
    sameOriginWrites(publicUrl),
    express.raw({ type: () => true, limit: ATTACHMENT_UPLOAD_LIMIT }),
    async (request, response) => {
      try {
        const viewer = await viewerOf(request)
        const attachment = await services.attachments.addByTeam(
          viewer,
          String(request.params['caseId']),
          bodyOf(request),
          fileNameOf(request),
        )
        response.json({ id: attachment.id, kind: attachment.kind })
      } catch (error) {
        sendDomainError(response, error)
      }
    },
  )
  router.get('/cases/:caseId/attachments/:attachmentId', async (request, response) => {
    try {
      const viewer = await viewerOf(request)
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
