import { AttachmentReason, readApiErrorDetails } from '@conduct-desk/shared'

/** Where a reporter's files go, with the receipt in headers (the server's attachment route). */
export const ATTACHMENT_UPLOAD_PATH = '/api/reports/attachments'
/** The server takes at most this many files a report, and 25 MB a file. */
export const ATTACHMENTS_MAX = 10
export const ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024
/** What the file picker offers: pictures, PDF, audio and video (MP4, M4A, MOV) and plain text. */
export const ATTACHMENT_ACCEPT =
  'image/*,application/pdf,audio/*,video/mp4,video/quicktime,.m4a,.mov,.mp4,text/plain,.txt'

/**
 * What the server keeps exactly as sent, hidden details included (SECURITY R31): PDF, audio and
 * video. Guessed here from the name and the browser's type only to warn before the upload; the
 * server decides from the bytes.
 */
export function isKeptAsSent(file: { readonly name: string; readonly type: string }): boolean {
  return (
    /^(application\/pdf|audio\/|video\/)/.test(file.type) ||
    /\.(pdf|mp4|m4v|mov|m4a|mp3|aac)$/i.test(file.name)
  )
}

/**
 * Where one file stands: waiting its turn, sending, sent, or refused and why:
 * `type` (not a kind of file we take), `unreadable` (a picture the server cannot open, such as
 * HEIC), `too-many-pixels` (over 40 megapixels), `too-large` (over 25 MB), `full` (10 files
 * already), `not-found` (the receipt did not match), `unreachable`, `failed`.
 */
export type UploadState =
  | 'waiting'
  | 'sending'
  | 'sent'
  | 'type'
  | 'unreadable'
  | 'too-many-pixels'
  | 'too-large'
  | 'full'
  | 'not-found'
  | 'unreachable'
  | 'failed'

export interface UploadItem {
  readonly key: number
  readonly name: string
  readonly size: number
  readonly state: UploadState
}

const STATUS_PROBLEMS: Record<number, UploadState> = {
  400: 'type',
  404: 'not-found',
  409: 'full',
  413: 'too-large',
}

const REASON_PROBLEMS: Partial<Record<string, UploadState>> = {
  [AttachmentReason.PictureUnreadable]: 'unreadable',
  [AttachmentReason.PictureTooLarge]: 'too-many-pixels',
}

/** A refused file's state, from the reason in the error body when there is one. */
async function problemOf(response: Response): Promise<UploadState> {
  const byStatus = STATUS_PROBLEMS[response.status] ?? (response.status >= 502 ? 'unreachable' : 'failed')
  if (response.status !== 400) {
    return byStatus
  }
  try {
    const body = (await response.json()) as { error?: unknown }
    const { reason } = readApiErrorDetails(body.error)
    return (reason === null ? undefined : REASON_PROBLEMS[reason]) ?? byStatus
  } catch {
    return byStatus
  }
}

/** Sends one file with the receipt; never throws. Aborted uploads (the wipe) answer `failed`. */
export async function uploadAttachment(
  file: File,
  receipt: { readonly reference: string; readonly passphrase: string },
  signal: AbortSignal,
): Promise<UploadState> {
  if (file.size > ATTACHMENT_MAX_BYTES) {
    return 'too-large'
  }
  try {
    const response = await fetch(ATTACHMENT_UPLOAD_PATH, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'x-report-reference': receipt.reference,
        'x-report-passphrase': receipt.passphrase,
        'x-file-name': encodeURIComponent(file.name),
      },
      body: file,
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    })
    return response.ok ? 'sent' : await problemOf(response)
  } catch {
    return signal.aborted ? 'failed' : 'unreachable'
  }
}

/** "2.4 MB", "380 KB": sizes as people read them, in the visitor's language. */
export function formatFileSize(bytes: number, locale: string): string {
  const format = (value: number, unit: 'kilobyte' | 'megabyte') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value)
  if (bytes >= 1024 * 1024) {
    return format(bytes / (1024 * 1024), 'megabyte')
  }
  return format(Math.max(1, Math.round(bytes / 1024)), 'kilobyte')
}

/**
 * Sends files one after another and reports each one's state through `update`. A shared helper for
 * the receipt (right after the report is sent) and the follow-up page ("Add files").
 */
export async function uploadAll(
  files: readonly { readonly key: number; readonly file: File }[],
  receipt: { readonly reference: string; readonly passphrase: string },
  signal: AbortSignal,
  update: (key: number, state: UploadState) => void,
): Promise<void> {
  for (const { key, file } of files) {
    if (signal.aborted) {
      return
    }
    update(key, 'sending')
    const state = await uploadAttachment(file, receipt, signal)
    if (signal.aborted) {
      return
    }
    update(key, state)
  }
}
