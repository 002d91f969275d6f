import { AttachmentReason } from '@conduct-desk/shared'
import { badUserInput } from '../../platform/errors/domain-error.js'
import { detectFileKind, type FileKind } from '../../platform/files/detect-file-kind.js'
import { reencodePicture, UnusablePictureError } from '../../platform/images/reencode-picture.js'

export interface CleanAttachment {
  readonly bytes: Buffer
  readonly kind: FileKind
  readonly mimeType: string
}

/**
 * What is kept of an uploaded file (SECURITY R30, R31): its kind is judged from the bytes, pictures
 * are decoded and re-encoded without any metadata, and PDF, audio, video and plain text are kept
 * exactly as sent (the kiosk tells the reporter so before the upload; responders see a mark).
 * @throws BAD_USER_INPUT with a reason: a kind we do not take, a picture sharp cannot open, or a
 * pixel flood.
 */
export async function cleanAttachment(bytes: Buffer): Promise<CleanAttachment> {
  const detected = await detectFileKind(bytes)
  if (detected === null) {
    throw badUserInput(
      'This kind of file cannot be attached. Pictures (JPEG, PNG, WebP, GIF, AVIF), PDF, audio (M4A, MP3, AAC), video (MP4, MOV) and plain text can.',
      'file',
      AttachmentReason.FileTypeNotAccepted,
    )
  }
  if (detected.kind !== 'image') {
    return { bytes, kind: detected.kind, mimeType: detected.mimeType }
  }
  try {
    const picture = await reencodePicture(bytes)
    return { bytes: picture.bytes, kind: 'image', mimeType: picture.mimeType }
  } catch (error) {
    if (!(error instanceof UnusablePictureError)) {
      throw error
    }
    throw error.problem === 'too-large'
      ? badUserInput(
          'This picture is larger than 40 megapixels. Send a smaller copy or a screenshot of it.',
          'file',
          AttachmentReason.PictureTooLarge,
        )
      : badUserInput(
          'This picture cannot be opened here: it may be damaged, or in a format such as HEIC that this server cannot read. Send a screenshot of it, or a JPEG copy.',
          'file',
          AttachmentReason.PictureUnreadable,
        )
  }
}
