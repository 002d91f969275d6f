import { ErrorCode } from '@conduct-desk/shared'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { graphqlClient } from '@/graphql/client'
import {
  UrgentHelpCancelDocument,
  UrgentHelpRequestDocument,
  type UrgentHelpRequestMutation,
} from '@/graphql/generated/graphql'
import { problemOf } from '@/graphql/problem-of'
import { useLatestRequest } from '@/graphql/use-latest-request'
import { followProgress, type UrgentHelpProgress } from './urgent-help-progress'

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
export type UrgentCancelStatus = 'idle' | 'sending' | 'failed'

const URGENT_PROBLEMS = { codes: { [ErrorCode.RateLimited]: 'rate-limited' } } as const

/** What the person said when they asked: the report form's red button sends what the form holds. */
export interface UrgentHelpAsk {
  readonly where?: string | null
  readonly excludedContactIds?: readonly string[]
}

/**
 * One visitor's call for urgent help: whether the team was alerted, the alert's token (in memory
 * only, so the place updates the same alert, the screen learns who is coming, and a mistaken tap can
 * be cancelled), and what the server answered. The wipe forgets all of it and stops asking.
 */
export const useUrgentHelpStore = defineStore('urgent-help', () => {
  const status = ref<UrgentHelpStatus>('idle')
  const problem = ref<UrgentHelpProblem>(null)
  /** The last answer from the server; null until one arrives (the screen falls back on the event). */
  const answer = shallowRef<UrgentHelpAnswer | null>(null)
  /** The alert's secret handle; never written anywhere but here. */
  const alertToken = ref<string | null>(null)
  /** Whether someone is on the way, as last heard. */
  const progress = shallowRef<UrgentHelpProgress | null>(null)
  /** The place the team has for this alert, as the person gave it. */
  const place = ref<string | null>(null)
  const placeStatus = ref<UrgentPlaceStatus>('idle')
  const cancelStatus = ref<UrgentCancelStatus>('idle')
  /** The event the help was asked at; the follow-up goes to the same one. */
  const eventSlug = ref<string | null>(null)
  /**
   * An alert is out and nobody has taken it yet: the person is waiting to hear who is coming. (For
   * the shell: a wipe now would hide the answer when it comes.)
   */
  const isWaiting = computed(() => alertToken.value !== null && (progress.value?.status ?? 'OPEN') === 'OPEN')
  // Emptied by each tap and by reset(), so an answer to an earlier tap, or from before a wipe, is dropped.
  const latest = useLatestRequest()
  let stopFollowing: (() => void) | null = null

  /** Starts asking whether someone is coming for the alert `token` names. */
  function follow(slug: string, token: string): void {
    stopFollowing?.()
    eventSlug.value = slug
    alertToken.value = token
    const isLatest = latest.track()
    stopFollowing = followProgress(token, next => {
      if (isLatest()) {
        progress.value = next
      }
    })
  }

  /** An urgent report raised (or joined) an alert: the receipt follows it like a tap's. */
  function followReportAlert(slug: string, token: string): void {
    if (alertToken.value === token) {
      return
    }
    status.value = 'alerted'
    problem.value = null
    progress.value = null
    follow(slug, token)
  }

  function accept(data: UrgentHelpAnswer, slug: string): void {
    answer.value = data
    if (data.alertToken !== alertToken.value) {
      // A new alert (the first, or the earlier one was cancelled): follow that one.
      progress.value = null
      follow(slug, data.alertToken)
    }
  }

  /** One tap on "I need help now": alerts the team at once, with what the person already said. */
  async function request(slug: string, ask: UrgentHelpAsk = {}): Promise<void> {
    latest.dropAll()
    stopFollowing?.()
    eventSlug.value = slug
    status.value = 'sending'
    problem.value = null
    answer.value = null
    alertToken.value = null
    progress.value = null
    cancelStatus.value = 'idle'
    const where = ask.where?.trim() || null
    place.value = where
    placeStatus.value = where === null ? 'idle' : 'sending'
    const input = { eventSlug: slug, where, excludedContactIds: [...(ask.excludedContactIds ?? [])] }
    await latest.send(() => graphqlClient.request(UrgentHelpRequestDocument, { input }), {
      land: data => {
        accept(data.requestUrgentHelp, slug)
        status.value = data.requestUrgentHelp.isTeamAlerted ? 'alerted' : 'unsure'
        problem.value = data.requestUrgentHelp.isTeamAlerted ? null : 'failed'
        placeStatus.value = where === null ? 'idle' : 'sent'
      },
      fail: error => {
        status.value = 'unsure'
        problem.value = problemOf(error, URGENT_PROBLEMS)
        placeStatus.value = where === null ? 'idle' : 'failed'
      },
    })
  }

  /** Tells the team where the person is: an update of the same alert (or the alert, if the tap failed). */
  async function sendPlace(where: string): Promise<void> {
    const given = where.trim()
    const slug = eventSlug.value
    if (given === '' || slug === null || placeStatus.value === 'sending') {
      return
    }
    placeStatus.value = 'sending'
    const input = { eventSlug: slug, where: given, alertToken: alertToken.value }
    await latest.send(() => graphqlClient.request(UrgentHelpRequestDocument, { input }), {
      land: data => {
        accept(data.requestUrgentHelp, slug)
        place.value = given
        placeStatus.value = data.requestUrgentHelp.isTeamAlerted ? 'sent' : 'failed'
        if (data.requestUrgentHelp.isTeamAlerted) {
          // The team now has an alert, even if the first tap did not get through.
          status.value = 'alerted'
          problem.value = null
        }
      },
      fail: () => {
        placeStatus.value = 'failed'
      },
    })
  }

  /** "I tapped by mistake": cancels the alert; the team sees that it was. */
  async function cancel(): Promise<void> {
    const token = alertToken.value
    if (token === null || cancelStatus.value === 'sending') {
      return
    }
    cancelStatus.value = 'sending'
    await latest.send(() => graphqlClient.request(UrgentHelpCancelDocument, { alertToken: token }), {
      land: data => {
        stopFollowing?.()
        progress.value = data.cancelUrgentHelp
        cancelStatus.value = 'idle'
      },
      fail: () => {
        cancelStatus.value = 'failed'
      },
    })
  }

  function reset(): void {
    latest.dropAll()
    stopFollowing?.()
    stopFollowing = null
    eventSlug.value = null
    status.value = 'idle'
    problem.value = null
    answer.value = null
    alertToken.value = null
    progress.value = null
    place.value = null
    placeStatus.value = 'idle'
    cancelStatus.value = 'idle'
  }

  return {
    status,
    problem,
    answer,
    alertToken,
    progress,
    place,
    placeStatus,
    cancelStatus,
    eventSlug,
    isWaiting,
    request,
    followReportAlert,
    sendPlace,
    cancel,
    reset,
  }
})

if (import.meta.hot) {
  import.meta.hot.accept(acceptHMRUpdate(useUrgentHelpStore, import.meta.hot))
}
