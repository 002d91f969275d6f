import { config } from '@/config'
import { ApiError, NETWORK_ERROR } from '@/graphql/client'
import { routeError } from '@/graphql/route-error'

/** What the file picker offers; the server judges the kind from the bytes whatever the picker says. */
export const CASE_FILE_ACCEPT =
  'image/*,application/pdf,audio/*,video/mp4,video/quicktime,.m4a,.mov,.mp4,text/plain,.txt'

/**
 * Adds a file to a case as a responder: the bytes as the body of a POST with the session cookie
 * (outside GraphQL because the server streams uploads). XMLHttpRequest rather than fetch, for the
 * upload's progress, which fetch does not report.
 * @param onProgress the share sent so far, 0 to 1
 * @returns the new attachment's id
 * @throws ApiError with the server's code and reason (BAD_USER_INPUT with FILE_TYPE_NOT_ACCEPTED…),
 * or NETWORK_ERROR when the server could not be reached
 */
export function uploadCaseFile(
  caseId: string,
  file: File,
  onProgress: (share: number) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open('POST', `${config.apiUrl}/cases/${encodeURIComponent(caseId)}/attachments`)
    // Not a type a cross-site form can send: the server refuses those (its CSRF rule).
    request.setRequestHeader('content-type', 'application/octet-stream')
    request.setRequestHeader('x-file-name', encodeURIComponent(file.name))
    request.upload.addEventListener('progress', event => {
      if (event.lengthComputable && event.total > 0) {
        onProgress(event.loaded / event.total)
      }
    })
    request.addEventListener('error', () =>
      reject(new ApiError('The server could not be reached.', NETWORK_ERROR)),
    )
    request.addEventListener('load', () => {
      if (request.status >= 200 && request.status < 300) {
        try {
          const { id } = JSON.parse(request.responseText) as { id?: unknown }
          if (typeof id === 'string') {
            resolve(id)
            return
          }
        } catch {
          // Not JSON: refused below like any answer without the file's id.
        }
      }
      reject(routeError(request.status, request.responseText))
    })
    request.send(file)
  })
}
