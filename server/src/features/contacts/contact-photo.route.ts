import { Role } from '@conduct-desk/shared'
import express, { Router } from 'express'
import { assertHoldsAny } from '../../authorization/assert-role.js'
import { sendDomainError } from '../../platform/http/send-domain-error.js'
import { readCookie, sessionCookieName, type SessionCookieOptions } from '../../platform/http/cookies.js'
import type { SessionService } from '../accounts/session.service.js'
import type { ContactAdminService } from './contact-admin.service.js'
import type { ContactService } from './contact.service.js'

/** Photos are small; anything larger is refused while it streams in. */
export const PHOTO_UPLOAD_LIMIT = '10mb'

/**
 * `PUT /api/events/:eventId/contacts/:contactId/photo` with the image bytes as the body. Outside
 * GraphQL because uploads are binary; the body is read into memory up to the limit and refused past
 * it. Same session cookie, same role rule (organizers and admins).
 * A cross-site form cannot send a PUT, and the cookie is SameSite=Strict.
 */
export function contactPhotoRouter(
  services: {
    readonly contactAdmin: ContactAdminService
    readonly contacts: ContactService
    readonly sessions: SessionService
  },
  cookie: SessionCookieOptions,
): Router {
  const router = Router()
  router.put(
    '/events/:eventId/contacts/:contactId/photo',
    express.raw({ type: () => true, limit: PHOTO_UPLOAD_LIMIT }),
    async (request, response) => {
      try {
        const token = readCookie(request.headers.cookie, sessionCookieName(cookie))
        const viewer = token === null ? null : await services.sessions.resolve(token)
        const { eventId, contactId } = request.params
        assertHoldsAny(viewer, [Role.Admin, Role.Organizer], eventId)
        const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0)
        const contact = await services.contactAdmin.setPhoto(eventId, contactId, body)
        response.json({ photoUrl: services.contacts.toPublic(contact).photoUrl })
      } catch (error) {
        sendDomainError(response, error)
      }
    },
  )
  return router
}
