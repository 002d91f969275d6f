/** Why a file was not attached to a report; see `errors/error-reasons.ts`. */
export const AttachmentReason = {
  /** Not one of the kinds we take (judged from the bytes): pictures, PDF, audio, video, plain text. */
  FileTypeNotAccepted: 'FILE_TYPE_NOT_ACCEPTED',
  /** A picture this server cannot open (damaged, or a format such as HEIC it has no decoder for). */
  PictureUnreadable: 'PICTURE_UNREADABLE',
  /** A picture over 40 megapixels: refused before it is decoded (SECURITY R30). */
  PictureTooLarge: 'PICTURE_TOO_LARGE',
} as const

/**
 * Kinds stored exactly as the reporter sent them, hidden details (author, location) included: no
 * safe tool strips them here (SECURITY R31). The kiosk says so before upload; responders see a mark.
 */
export const ATTACHMENT_KINDS_KEPT_AS_SENT = ['pdf', 'audio', 'video'] as const
