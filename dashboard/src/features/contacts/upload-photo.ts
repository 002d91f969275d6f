import { config } from '@/config'
import { ApiError, NETWORK_ERROR } from '@/graphql/client'
import { routeError } from '@/graphql/route-error'

/** The picture formats the server accepts; it strips their metadata and resizes them. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const

/** Larger files are refused by the server while they stream in. */
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024

/**
 * Uploads a contact's photo: the file itself as the body of a PUT, with the session cookie. Outside
 * GraphQL because the server streams uploads.
 * @returns the photo's new address under /media/
 * @throws ApiError with the server's code (BAD_USER_INPUT for a file that is not a usable picture)
 */
export async function uploadContactPhoto(eventId: string, contactId: string, file: Blob): Promise<string> {
  let response: Response
  try {
    response = await fetch(
      `${config.apiUrl}/events/${encodeURIComponent(eventId)}/contacts/${encodeURIComponent(contactId)}/photo`,
      {
        method: 'PUT',
        credentials: 'same-origin',
        headers: { 'content-type': file.type || 'application/octet-stream' },
        body: file,
      },
    )
  } catch {
    throw new ApiError('The server could not be reached.', NETWORK_ERROR)
  }
  const body = await response.text()
  if (response.ok) {
    try {
      const { photoUrl } = JSON.parse(body) as { photoUrl?: unknown }
      if (typeof photoUrl === 'string') {
        return photoUrl
      }
    } catch {
      // Not JSON: said below, like any other answer without the photo's address.
    }
  }
  throw routeError(response.status, body)
}
