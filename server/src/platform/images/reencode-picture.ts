import type { Metadata, Sharp } from 'sharp'
import { loadSharp } from './load-sharp.js'

/** Refuses pixel floods before decoding them (SECURITY R30): 40 megapixels, every frame counted. */
export const MAX_INPUT_PIXELS = 40_000_000

/** Why a picture cannot be kept: sharp cannot open it, or it is too large to decode safely. */
export class UnusablePictureError extends Error {
  override readonly name = 'UnusablePictureError'
  constructor(readonly problem: 'unreadable' | 'too-large') {
    super(problem === 'too-large' ? 'the picture has too many pixels' : 'the picture cannot be decoded')
  }
}

export interface ReencodedPicture {
  readonly bytes: Buffer
  readonly mimeType: string
  readonly extension: string
}

/**
 * Decodes a picture and encodes it again, so that none of what a camera or phone hides in it
 * survives: EXIF (GPS, device, owner), XMP, IPTC and ICC data are all dropped, because sharp keeps
 * metadata only when asked to and we never ask (`keepExif`/`withMetadata` are banned by lint;
 * SECURITY R31). EXIF orientation is applied first, so the picture still stands the right way up.
 * JPEG, PNG, WebP and GIF keep their format; HEIC/HEIF and AVIF become JPEG (PNG when transparent),
 * which every responder's computer opens.
 * @throws UnusablePictureError when sharp cannot decode it (HEIC needs an HEVC decoder that the
 * prebuilt libvips does not have), or it has over 40 megapixels (judged from the header alone).
 */
export async function reencodePicture(bytes: Buffer): Promise<ReencodedPicture> {
  const sharp = await loadSharp()
  let header: Metadata
  try {
    header = await sharp(bytes, { limitInputPixels: false }).metadata()
  } catch {
    throw new UnusablePictureError('unreadable')
  }
  const isAnimated = header.format === 'gif' && (header.pages ?? 1) > 1
  const frames = isAnimated ? (header.pages ?? 1) : 1
  if ((header.width ?? 0) * (header.height ?? 0) * frames > MAX_INPUT_PIXELS) {
    throw new UnusablePictureError('too-large')
  }
  const decoded = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, animated: isAnimated })
  // GIF has no orientation; rotating every frame of an animation is not worth its risks.
  const upright = isAnimated ? decoded : decoded.rotate()
  const [encoded, mimeType, extension] = encoderFor(header, upright)
  try {
    return { bytes: await encoded.toBuffer(), mimeType, extension }
  } catch {
    throw new UnusablePictureError('unreadable')
  }
}

function encoderFor(header: Metadata, image: Sharp): [Sharp, string, string] {
  switch (header.format) {
    case 'png':
      return [image.png(), 'image/png', 'png']
    case 'webp':
      return [image.webp({ quality: 90 }), 'image/webp', 'webp']
    case 'gif':
      return [image.gif(), 'image/gif', 'gif']
    case 'heif':
      return header.hasAlpha === true
        ? [image.png(), 'image/png', 'png']
        : [image.jpeg({ quality: 90 }), 'image/jpeg', 'jpg']
    case 'jpeg':
      return [image.jpeg({ quality: 90 }), 'image/jpeg', 'jpg']
    default:
      throw new UnusablePictureError('unreadable')
  }
}
