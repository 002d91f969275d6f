import { ErrorCode, SLUG_PATTERN } from '@conduct-desk/shared'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { graphqlClient } from '@/graphql/client'
import type { ProblemWords } from '@/graphql/problem-of'
import { useLatestRequest } from '@/graphql/use-latest-request'
import { useMutation } from '@/graphql/use-mutation'
import {
  EnrolmentEnrolKioskDocument,
  EnrolmentThisKioskDocument,
  type EnrolmentThisKioskQuery,
} from '@/graphql/generated/graphql'

export type KioskEnrolment = NonNullable<EnrolmentThisKioskQuery['thisKiosk']>

/** Why a code did not work, in words the screen can say. */
export type EnrolmentProblem = 'malformed' | 'not-found' | 'rate-limited' | 'unreachable' | 'failed'

/** Enrolment codes: 8 letters and digits. Typing is forgiving (case, spaces, dashes); this is what is sent. */
export const ENROLMENT_CODE_LENGTH = 8

export function normalizeEnrolmentCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, ENROLMENT_CODE_LENGTH)
}

const ENROLMENT_PROBLEMS: ProblemWords<EnrolmentProblem> = {
  codes: {
    [ErrorCode.BadUserInput]: 'malformed',
    [ErrorCode.NotFound]: 'not-found',
    [ErrorCode.RateLimited]: 'rate-limited',
  },
}

/** An answer naming an event we could not open is no enrolment at all. */
function usable(kiosk: KioskEnrolment | null): KioskEnrolment | null {
  return kiosk !== null && SLUG_PATTERN.test(kiosk.eventSlug) ? kiosk : null
}

/**
 * Which event and place this screen was set up for. Device configuration, not visitor data: it is
 * what the server's HttpOnly device cookie says, it tells nobody what a visitor did, and wiping it
 * would turn an enrolled kiosk back into an anonymous one at every idle reset (wrong event, no
 * location on alerts, no per-kiosk limits). So it is listed in `DEVICE_STORES`, not `APP_STORES`,
 * and has no `reset()`: the wipe leaves it alone. The code typed to enrol is never kept here.
 */
export const useEnrolmentStore = defineStore('enrolment', () => {
  const enrolment = shallowRef<KioskEnrolment | null>(null)
  /** `unknown`: not asked, or no answer (a phone, or the server is away); the address decides. */
  const checkStatus = ref<'unknown' | 'checking' | 'checked'>('unknown')
  /**
   * Someone's own phone or computer: the server answered, and this browser is no enrolled kiosk.
   * Without an answer the screen counts as a public kiosk, the safer guess: its idle reset never
   * pauses, and Quick exit keeps it on the kiosk instead of leaving for a blank page.
   */
  const isPersonalDevice = computed(() => checkStatus.value === 'checked' && enrolment.value === null)

  /** Asks the server whether this browser is an enrolled kiosk (its cookie is sent with the request). */
  async function check(): Promise<void> {
    checkStatus.value = 'checking'
    try {
      // A public read: an enrolled kiosk that starts during a network cut learns its event from its copy.
      const { data } = await graphqlClient.read(EnrolmentThisKioskDocument)
      enrolment.value = usable(data.thisKiosk)
      checkStatus.value = 'checked'
    } catch {
      // Unreachable, refused or cancelled: start from the address; the next boot asks again.
      checkStatus.value = 'unknown'
    }
  }

  const enrolling = useMutation({
    // Never dropped: this store outlives the wipe (above), and an enrolment that lands is the screen's.
    latest: useLatestRequest(),
    send: (code: string) => graphqlClient.request(EnrolmentEnrolKioskDocument, { code }),
    land: data => {
      const enrolled = usable(data.enrolKiosk)
      if (enrolled === null) {
        return 'failed'
      }
      enrolment.value = enrolled
      checkStatus.value = 'checked'
      return enrolled
    },
    problems: ENROLMENT_PROBLEMS,
  })

  /** Sends a typed code; on success the server sets the device cookie and this store knows the event. */
  async function enrol(typed: string): Promise<KioskEnrolment | EnrolmentProblem> {
    const code = normalizeEnrolmentCode(typed)
    return code.length === ENROLMENT_CODE_LENGTH ? enrolling.run(code) : 'malformed'
  }

  return { enrolment, checkStatus, isPersonalDevice, check, enrol }
})

if (import.meta.hot) {
  import.meta.hot.accept(acceptHMRUpdate(useEnrolmentStore, import.meta.hot))
}
