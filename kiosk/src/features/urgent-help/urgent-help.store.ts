import { ErrorCode } from '@conduct-desk/shared'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { ApiCancelledError, ApiError, ApiUnreachableError, graphqlClient } from '@/graphql/client'
import { UrgentHelpRequestDocument, type UrgentHelpRequestMutation } from '@/graphql/generated/graphql'

export type UrgentHelpAnswer = UrgentHelpRequestMutation['requestUrgentHelp']

/**
 * - `idle`: nothing asked yet;
 * - `sending`: the alert is on its way (the screen already shows whom to call);
 * - `alerted`: the server says the team was alerted;
 * - `unsure`: no confirmation (no answer, refused, or not alerted): the screen says to call.
 */
export type UrgentHelpStatus = 'idle' | 'sending' | 'alerted' | 'unsure'
/** Why an alert is unconfirmed, so the screen can say it plainly. */
export type UrgentHelpProblem = 'unreachable' | 'rate-limited' | 'failed' | null
export type UrgentPlaceStatus = 'idle' | 'sending' | 'sent' | 'failed'

function problemOf(error: unknown): Exclude<UrgentHelpProblem, null> {
  if (error instanceof ApiUnreachableError) {
    return 'unreachable'
  }
  return error instanceof ApiError && error.code === ErrorCode.RateLimited ? 'rate-limited' : 'failed'
}

/** One visitor's call for urgent help: whether the team was alerted, and what the server answered. */
export const useUrgentHelpStore = defineStore('urgent-help', () => {
  const status = ref<UrgentHelpStatus>('idle')
  const problem = ref<UrgentHelpProblem>(null)
  /** The last answer from the server; null until one arrives (the screen falls back on the event). */
  const answer = shallowRef<UrgentHelpAnswer | null>(null)
  /** The optional "where are you?" follow-up, sent as a second request. */
  const placeStatus = ref<UrgentPlaceStatus>('idle')
  /** The event the help was asked at; the follow-up goes to the same one. */
  const eventSlug = ref<string | null>(null)

  // Bumped by each tap and by reset(), so an answer to an earlier tap, or from before a wipe, is dropped.
  let generation = 0

  /** One tap on "I need help now": alerts the team at once. */
  async function request(slug: string): Promise<void> {
    const started = ++generation
    eventSlug.value = slug
    status.value = 'sending'
    problem.value = null
    answer.value = null
    placeStatus.value = 'idle'
    try {
      const data = await graphqlClient.request(UrgentHelpRequestDocument, {
        input: { eventSlug: slug, where: null },
      })
      if (started !== generation) {
        return
      }
      answer.value = data.requestUrgentHelp
      status.value = data.requestUrgentHelp.isTeamAlerted ? 'alerted' : 'unsure'
      problem.value = data.requestUrgentHelp.isTeamAlerted ? null : 'failed'
    } catch (error) {
      if (started !== generation || error instanceof ApiCancelledError) {
        return
      }
      status.value = 'unsure'
      problem.value = problemOf(error)
    }
  }

  /** Tells the team where the person is: a second alert, only when they chose to say. */
  async function sendPlace(where: string): Promise<void> {
    const place = where.trim()
    const slug = eventSlug.value
    if (place === '' || slug === null || placeStatus.value === 'sending') {
      return
    }
    const started = generation
    placeStatus.value = 'sending'
    try {
      const data = await graphqlClient.request(UrgentHelpRequestDocument, {
        input: { eventSlug: slug, where: place },
      })
      if (started !== generation) {
        return
      }
      answer.value = data.requestUrgentHelp
      placeStatus.value = data.requestUrgentHelp.isTeamAlerted ? 'sent' : 'failed'
      if (data.requestUrgentHelp.isTeamAlerted) {
        // The team now has an alert, even if the first tap did not get through.
        status.value = 'alerted'
        problem.value = null
      }
    } catch (error) {
      if (started !== generation || error instanceof ApiCancelledError) {
        return
      }
      placeStatus.value = 'failed'
    }
  }

  function reset(): void {
    generation++
    eventSlug.value = null
    status.value = 'idle'
    problem.value = null
    answer.value = null
    placeStatus.value = 'idle'
  }

  return { status, problem, answer, placeStatus, eventSlug, request, sendPlace, reset }
})

if (import.meta.hot) {
  import.meta.hot.accept(acceptHMRUpdate(useUrgentHelpStore, import.meta.hot))
}
