import { badUserInput } from '../errors/domain-error.js'
import { loadSharp } from './load-sharp.js'
import { MAX_INPUT_PIXELS } from './reencode-picture.js'

/** Formats accepted, judged by the bytes themselves, never by a file name or a client's MIME type. */
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'heif', 'avif', 'gif', 'tiff'])
export const PHOTO_SIZE_PX = 480

/**
 * Turns an uploaded portrait into a square JPEG the kiosk can show: orientation applied, resized,
 * and re-encoded so that no EXIF, GPS, XMP, IPTC or ICC data survives (sharp drops all metadata
 * unless asked to keep it, and we never ask; SECURITY R31).
 * @throws BAD_USER_INPUT when the bytes are not an image of an accepted format.
 */
export async function processPhoto(input: Buffer): Promise<Buffer> {
  const sharp = await loadSharp()
  let format: string | undefined
  try {
    format = (await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata()).format
  } catch {
    throw badUserInput('This file is not a picture we can use. Upload a JPEG, PNG or WebP photo.', 'photo')
  }
  if (format === undefined || !ACCEPTED_FORMATS.has(format)) {
    throw badUserInput('This file is not a picture we can use. Upload a JPEG, PNG or WebP photo.', 'photo')
  }
  try {
    return await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, animated: false })
      .rotate()
      .resize(PHOTO_SIZE_PX, PHOTO_SIZE_PX, { fit: 'cover', position: 'attention' })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer()
  } catch {
    throw badUserInput('This picture could not be read; it may be damaged or too large.', 'photo')
  }
}
