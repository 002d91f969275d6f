import { ErrorCode, REPORT_DESCRIPTION_MAX_LENGTH } from '@conduct-desk/shared'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { ApiCancelledError, ApiError, ApiUnreachableError, graphqlClient } from '@/graphql/client'
import { ReportSubmitDocument, type ReportSubmitMutation } from '@/graphql/generated/graphql'
import { useUrgentHelpStore } from '@/features/urgent-help/urgent-help.store'
import { ATTACHMENTS_MAX, uploadAll, type UploadItem, type UploadState } from './report-attachments'

/** The report form's screens, in order (one question a screen). */
export const REPORT_STEPS = ['what', 'when', 'people', 'category', 'contacts', 'reach', 'review'] as const
export type ReportStep = (typeof REPORT_STEPS)[number]

export type Receipt = ReportSubmitMutation['submitReport']

/**
 * Why a report could not be sent: `field` (the server refused one answer: the form goes back to its
 * screen), `event` (the event is gone), `rate-limited`, `unreachable`, `failed`.
 */
export type SubmitProblem = 'field' | 'event' | 'rate-limited' | 'unreachable' | 'failed'

/** Which screen holds each input the server may name in a BAD_USER_INPUT. */
const STEP_OF_FIELD: Record<string, ReportStep> = {
  description: 'what',
  when: 'when',
  where: 'when',
  isOngoing: 'when',
  isUrgent: 'when',
  peopleInvolved: 'people',
  witnesses: 'people',
  category: 'category',
  preferredContactIds: 'contacts',
  excludedContactIds: 'contacts',
  contactDetails: 'reach',
}

export function stepOfField(field: string | null): ReportStep {
  const key = field?.split('.').pop() ?? ''
  return STEP_OF_FIELD[key] ?? 'review'
}

interface ChosenFile {
  readonly key: number
  readonly file: File
}

function blankAnswers() {
  return {
    description: '',
    when: '',
    where: '',
    /** 'yes', 'no', 'not-sure', or null: not answered. */
    isOngoing: null as string | null,
    /** 'yes', 'no', or null: not answered. */
    isUrgent: null as string | null,
    peopleInvolved: '',
    witnesses: '',
    category: null as string | null,
    preferredContactIds: [] as string[],
    excludedContactIds: [] as string[],
    wantsContact: false,
    contactDetails: '',
  }
}

export type ReportAnswers = ReturnType<typeof blankAnswers>

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim())

/**
 * One visitor's report: the answers while the form is filled in (in memory only, so they survive a
 * language switch but not the wipe), the files chosen, and after sending the receipt (shown once) and
 * how each file's upload went. Done, Quick exit and the idle reset drop everything.
 */
export const useReportStore = defineStore('report', () => {
  const answers = ref(blankAnswers())
  const step = ref<ReportStep>('what')
  /** The screen the server sent the person back to, to say so there. */
  const fieldProblem = ref<ReportStep | null>(null)
  /** Files live only here, as File objects: no blob URLs, nothing written anywhere. */
  const files = shallowRef<readonly ChosenFile[]>([])
  const receipt = shallowRef<Receipt | null>(null)
  const uploads = ref<UploadItem[]>([])
  const isSending = ref(false)

  let generation = 0
  let nextFileKey = 1
  let uploadController: AbortController | null = null

  const stepIndex = computed(() => REPORT_STEPS.indexOf(step.value))
  const isDescriptionValid = computed(() => {
    const text = answers.value.description.trim()
    return text !== '' && answers.value.description.length <= REPORT_DESCRIPTION_MAX_LENGTH
  })
  const isUploading = computed(() =>
    uploads.value.some(item => item.state === 'waiting' || item.state === 'sending'),
  )

  function goTo(next: ReportStep): void {
    step.value = next
  }

  function next(): void {
    const following = REPORT_STEPS[stepIndex.value + 1]
    if (following) {
      step.value = following
    }
  }

  function back(): void {
    const previous = REPORT_STEPS[stepIndex.value - 1]
    if (previous) {
      step.value = previous
    }
  }

  /** A contact is wanted or not wanted, never both: choosing one side takes them off the other. */
  function toggleContact(list: 'preferred' | 'excluded', contactId: string): void {
    const own = list === 'preferred' ? 'preferredContactIds' : 'excludedContactIds'
    const other = list === 'preferred' ? 'excludedContactIds' : 'preferredContactIds'
    const current = answers.value[own]
    answers.value[own] = current.includes(contactId)
      ? current.filter(id => id !== contactId)
      : [...current, contactId]
    answers.value[other] = answers.value[other].filter(id => id !== contactId)
  }

  function addFiles(chosen: readonly File[]): number {
    const room = ATTACHMENTS_MAX - files.value.length
    const added = chosen.slice(0, Math.max(0, room)).map(file => ({ key: nextFileKey++, file }))
    files.value = [...files.value, ...added]
    return chosen.length - added.length
  }

  function removeFile(key: number): void {
    files.value = files.value.filter(chosen => chosen.key !== key)
  }

  function setUploadState(key: number, state: UploadState): void {
    uploads.value = uploads.value.map(item => (item.key === key ? { ...item, state } : item))
  }

  /** Sends the report; on success the files follow, one by one, with the receipt. */
  async function submit(eventSlug: string, language: string): Promise<'sent' | SubmitProblem> {
    if (isSending.value) {
      return 'failed'
    }
    const started = generation
    const a = answers.value
    // Help asked for with the form's red button: an urgent report joins that alert, not a second one.
    const urgent = useUrgentHelpStore()
    isSending.value = true
    fieldProblem.value = null
    try {
      const data = await graphqlClient.request(ReportSubmitDocument, {
        input: {
          eventSlug,
          description: a.description.trim(),
          when: orNull(a.when),
          where: orNull(a.where),
          isOngoing: a.isOngoing === 'yes' ? true : a.isOngoing === 'no' ? false : null,
          isUrgent: a.isUrgent === 'yes' ? true : a.isUrgent === 'no' ? false : null,
          peopleInvolved: orNull(a.peopleInvolved),
          witnesses: orNull(a.witnesses),
          category: a.category,
          contactDetails: a.wantsContact ? orNull(a.contactDetails) : null,
          language,
          preferredContactIds: a.preferredContactIds,
          excludedContactIds: a.excludedContactIds,
          ...(urgent.alertToken !== null && urgent.eventSlug === eventSlug
            ? { urgentAlertToken: urgent.alertToken }
            : {}),
        },
      })
      if (started !== generation) {
        return 'failed'
      }
      receipt.value = data.submitReport
      // The answers have gone to the team; they are not kept here any longer than needed.
      answers.value = blankAnswers()
      step.value = 'what'
      startUploads(data.submitReport)
      if (data.submitReport.urgentAlertToken) {
        urgent.followReportAlert(eventSlug, data.submitReport.urgentAlertToken)
      }
      return 'sent'
    } catch (error) {
      if (started !== generation || error instanceof ApiCancelledError) {
        return 'failed'
      }
      if (error instanceof ApiUnreachableError) {
        return 'unreachable'
      }
      if (error instanceof ApiError) {
        switch (error.code) {
          case ErrorCode.BadUserInput:
            fieldProblem.value = stepOfField(error.field)
            step.value = fieldProblem.value
            return 'field'
          case ErrorCode.NotFound:
            return 'event'
          case ErrorCode.RateLimited:
            return 'rate-limited'
        }
      }
      return 'failed'
    } finally {
      if (started === generation) {
        isSending.value = false
      }
    }
  }

  function startUploads(forReceipt: Receipt): void {
    const chosen = files.value
    files.value = []
    if (chosen.length === 0) {
      return
    }
    uploads.value = chosen.map(({ key, file }) => ({
      key,
      name: file.name,
      size: file.size,
      state: 'waiting',
    }))
    const controller = new AbortController()
    uploadController = controller
    void uploadAll(chosen, forReceipt, controller.signal, setUploadState)
  }

  function clearFieldProblem(): void {
    fieldProblem.value = null
  }

  function reset(): void {
    generation++
    uploadController?.abort()
    uploadController = null
    answers.value = blankAnswers()
    step.value = 'what'
    fieldProblem.value = null
    files.value = []
    receipt.value = null
    uploads.value = []
    isSending.value = false
  }

  return {
    answers,
    step,
    stepIndex,
    fieldProblem,
    files,
    receipt,
    uploads,
    isSending,
    isDescriptionValid,
    isUploading,
    goTo,
    next,
    back,
    toggleContact,
    addFiles,
    removeFile,
    submit,
    clearFieldProblem,
    reset,
  }
})

if (import.meta.hot) {
  import.meta.hot.accept(acceptHMRUpdate(useReportStore, import.meta.hot))
}
