import {
  CASE_MESSAGE_MAX_LENGTH,
  CaseReason,
  ErrorCode,
  RESPONSE_NOTE_MAX_LENGTH,
  normalizeReceiptPart,
} from '@conduct-desk/shared'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { graphqlClient } from '@/graphql/client'
import type { ProblemWords } from '@/graphql/problem-of'
import { useLatestRequest } from '@/graphql/use-latest-request'
import { useMutation } from '@/graphql/use-mutation'
import {
  ReportReplyDocument,
  ReportRespondDocument,
  ReportStatusDocument,
  type ReportFollowUpStatusFragment,
} from '@/graphql/generated/graphql'
import { ATTACHMENTS_MAX, uploadAll, type UploadItem, type UploadState } from './report-attachments'

export type FollowUpStatus = ReportFollowUpStatusFragment

/** The receipt as typed in, normalised. */
interface Receipt {
  readonly reference: string
  readonly passphrase: string
}

/** The reporter's own answers to a proposed resolution (the team records "could not be reached"). */
export type ResolutionAnswer = 'AGREES' | 'CONCERNS'

/**
 * Why a receipt, a reply or an answer did not work: `malformed` (not the shape of a receipt: not
 * sent), `not-found` (no report matches the pair: never which part), `rate-limited`, `unreachable`,
 * `too-long` (a reply or note over the limit), `already-answered` (the proposal has its answer),
 * `no-proposal` (the team withdrew it meanwhile), `failed`.
 */
export type FollowUpProblem =
  | 'malformed'
  | 'not-found'
  | 'rate-limited'
  | 'unreachable'
  | 'too-long'
  | 'already-answered'
  | 'no-proposal'
  | 'failed'

const FOLLOW_UP_PROBLEMS: ProblemWords<FollowUpProblem> = {
  reasons: {
    [CaseReason.ReporterAlreadyResponded]: 'already-answered',
    [CaseReason.NoOpenProposal]: 'no-proposal',
  },
  fields: { body: 'too-long', note: 'too-long' },
  codes: {
    [ErrorCode.NotFound]: 'not-found',
    [ErrorCode.RateLimited]: 'rate-limited',
    [ErrorCode.BadUserInput]: 'malformed',
  },
}

/**
 * "I have a receipt": the receipt typed in (normalised), what became of the report, and files added
 * from here. Only in memory; leaving the page, Done, Quick exit and the idle reset drop it all.
 */
export const useFollowUpStore = defineStore('report-follow-up', () => {
  const uploads = ref<UploadItem[]>([])
  const credentials = shallowRef<Receipt | null>(null)
  const status = shallowRef<FollowUpStatus | null>(null)

  // Emptied by reset(), so an answer that arrives after the page was left (or a wipe) is dropped.
  const latest = useLatestRequest()
  let nextFileKey = 1
  let uploadController: AbortController | null = null

  const isUploading = computed(() =>
    uploads.value.some(item => item.state === 'waiting' || item.state === 'sending'),
  )

  const finding = useMutation({
    latest,
    send: (reference: string, passphrase: string) =>
      graphqlClient.request(ReportStatusDocument, { reference, passphrase }),
    land: (data, reference, passphrase) => {
      credentials.value = { reference, passphrase }
      status.value = data.reportStatus
      return 'found' as const
    },
    problems: FOLLOW_UP_PROBLEMS,
  })

  const replying = useMutation({
    latest,
    send: (receipt: Receipt, body: string) =>
      graphqlClient.request(ReportReplyDocument, { input: { ...receipt, body } }),
    land: data => {
      status.value = data.replyToReport
      return 'sent' as const
    },
    problems: FOLLOW_UP_PROBLEMS,
  })

  const responding = useMutation({
    latest,
    send: (receipt: Receipt, response: ResolutionAnswer, note: string) =>
      graphqlClient.request(ReportRespondDocument, {
        input: { ...receipt, response, note: note === '' ? null : note },
      }),
    land: data => {
      status.value = data.respondToResolution
      return 'sent' as const
    },
    problems: FOLLOW_UP_PROBLEMS,
    // The proposal changed meanwhile (answered, or withdrawn): show what it is now.
    onProblem: (problem, _details, receipt) => {
      if (problem === 'already-answered' || problem === 'no-proposal') {
        void finding.run(receipt.reference, receipt.passphrase)
      }
    },
  })

  async function lookUp(referenceTyped: string, passphraseTyped: string): Promise<'found' | FollowUpProblem> {
    const reference = normalizeReceiptPart(referenceTyped, 'reference')
    const passphrase = normalizeReceiptPart(passphraseTyped, 'passphrase')
    if (reference === null || passphrase === null) {
      return 'malformed'
    }
    return finding.run(reference, passphrase)
  }

  /** Sends the trimmed `words` with the receipt typed in, once they fit `maxLength`. */
  function withReceipt(
    words: string,
    maxLength: number,
    send: (receipt: Receipt, text: string) => Promise<'sent' | FollowUpProblem>,
  ): Promise<'sent' | FollowUpProblem> {
    const receipt = credentials.value
    const text = words.trim()
    if (receipt === null) {
      return Promise.resolve('not-found')
    }
    if (text.length > maxLength) {
      return Promise.resolve('too-long')
    }
    return send(receipt, text)
  }

  function reply(body: string): Promise<'sent' | FollowUpProblem> {
    return withReceipt(body, CASE_MESSAGE_MAX_LENGTH, (receipt, text) => replying.run(receipt, text))
  }

  /** Answers the proposed resolution, once; the note is optional. */
  function respond(answer: ResolutionAnswer, note: string): Promise<'sent' | FollowUpProblem> {
    return withReceipt(note, RESPONSE_NOTE_MAX_LENGTH, (receipt, text) =>
      responding.run(receipt, answer, text),
    )
  }

  function setUploadState(key: number, state: UploadState): void {
    uploads.value = uploads.value.map(item => (item.key === key ? { ...item, state } : item))
  }

  /** Sends files chosen on the follow-up page straight away, one after another. */
  function addFiles(chosen: readonly File[]): void {
    const receipt = credentials.value
    if (receipt === null || chosen.length === 0) {
      return
    }
    const queued = chosen.slice(0, ATTACHMENTS_MAX).map(file => ({ key: nextFileKey++, file }))
    uploads.value = [
      ...uploads.value,
      ...queued.map(({ key, file }) => ({
        key,
        name: file.name,
        size: file.size,
        state: 'waiting' as const,
      })),
    ]
    uploadController ??= new AbortController()
    void uploadAll(queued, receipt, uploadController.signal, setUploadState)
  }

  /** Leaves the report: the receipt, the conversation and the file list are dropped. */
  function reset(): void {
    latest.dropAll()
    uploadController?.abort()
    uploadController = null
    credentials.value = null
    status.value = null
    uploads.value = []
  }

  return { credentials, status, uploads, isUploading, lookUp, reply, respond, addFiles, reset }
})

if (import.meta.hot) {
  import.meta.hot.accept(acceptHMRUpdate(useFollowUpStore, import.meta.hot))
}
