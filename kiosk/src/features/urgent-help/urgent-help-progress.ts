import { ApiCancelledError, ApiError, graphqlClient } from '@/graphql/client'
import {
  UrgentHelpProgressDocument,
  type UrgentHelpProgressFieldsFragment,
} from '@/graphql/generated/graphql'

export type UrgentHelpProgress = UrgentHelpProgressFieldsFragment

/** Once a second: the person learns that someone is coming within two seconds of "I'm on it". */
export const PROGRESS_POLL_MS = 1_000
/** After a failed ask (offline, refused), a slower pace, or the server's own wait. */
const RETRY_MS = 5_000

/**
 * Asks whether someone is on the way, once a second, until someone is or the alert is cancelled;
 * `onProgress` hears every answer. Returns the function that stops it (the wipe calls it).
 */
export function followProgress(
  alertToken: string,
  onProgress: (progress: UrgentHelpProgress) => void,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null
  let isStopped = false
  const next = (ms: number) => {
    if (!isStopped) {
      timer = setTimeout(() => void ask(), ms)
    }
  }
  async function ask(): Promise<void> {
    try {
      const data = await graphqlClient.request(UrgentHelpProgressDocument, { alertToken })
      if (isStopped) {
        return
      }
      onProgress(data.urgentHelpProgress)
      if (data.urgentHelpProgress.status === 'OPEN') {
        next(PROGRESS_POLL_MS)
      }
    } catch (error) {
      if (error instanceof ApiCancelledError) {
        return
      }
      const wait = error instanceof ApiError ? (error.details.retryAfterSeconds ?? 0) * 1000 : 0
      next(Math.max(RETRY_MS, wait))
    }
  }
  next(0)
  return () => {
    isStopped = true
    if (timer !== null) {
      clearTimeout(timer)
    }
  }
}

/** "her", "his" or "their" from pronouns as contacts write them ("she/her", "ele/dele"), else null. */
export function possessiveOf(pronouns: string | null | undefined): 'her' | 'his' | 'their' | null {
  const first =
    pronouns
      ?.trim()
      .toLowerCase()
      .split(/[\s/,]+/)[0] ?? ''
  if (first === 'she' || first === 'ela') {
    return 'her'
  }
  if (first === 'he' || first === 'ele') {
    return 'his'
  }
  return first === 'they' || first === 'elu' ? 'their' : null
}
