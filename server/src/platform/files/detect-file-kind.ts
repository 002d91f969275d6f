import { fileTypeFromBuffer } from 'file-type'
import { isIsoMediaFile } from './is-iso-media-file.js'

export type FileKind = 'image' | 'pdf' | 'video' | 'audio' | 'text'

export interface DetectedFile {
  readonly kind: FileKind
  readonly mimeType: string
  readonly extension: string
}

const image = (mimeType: string, extension: string): DetectedFile => ({ kind: 'image', mimeType, extension })
const video = (mimeType: string, extension: string): DetectedFile => ({ kind: 'video', mimeType, extension })
const audio = (mimeType: string, extension: string): DetectedFile => ({ kind: 'audio', mimeType, extension })

/**
 * The allowlist, keyed by the MIME type `file-type` reads from the magic bytes (SECURITY R30).
 * Pictures are only candidates: they are accepted once sharp has decoded and re-encoded them.
 * TIFF, SVG, BMP and the rest are refused: nobody needs them to show what happened.
 */
const ACCEPTED: Readonly<Record<string, DetectedFile>> = {
  'image/jpeg': image('image/jpeg', 'jpg'),
  'image/png': image('image/png', 'png'),
  'image/webp': image('image/webp', 'webp'),
  'image/gif': image('image/gif', 'gif'),
  'image/avif': image('image/avif', 'avif'),
  'image/heic': image('image/heic', 'heic'),
  'image/heif': image('image/heif', 'heif'),
  'application/pdf': { kind: 'pdf', mimeType: 'application/pdf', extension: 'pdf' },
  'video/mp4': video('video/mp4', 'mp4'),
  'video/x-m4v': video('video/mp4', 'mp4'),
  'video/quicktime': video('video/quicktime', 'mov'),
  'audio/x-m4a': audio('audio/mp4', 'm4a'),
  'audio/mp4': audio('audio/mp4', 'm4a'),
  'audio/mpeg': audio('audio/mpeg', 'mp3'),
  'audio/aac': audio('audio/aac', 'aac'),
}

const TEXT: DetectedFile = { kind: 'text', mimeType: 'text/plain; charset=utf-8', extension: 'txt' }

/** The file name extension for a MIME type this module (or picture re-encoding) decided; `bin` else. */
export function extensionOf(mimeType: string): string {
  const known = [...Object.values(ACCEPTED), TEXT].find(detected => detected.mimeType === mimeType)
  return known?.extension ?? 'bin'
}

/**
 * What a file is, judged by its bytes only (SECURITY R30): never by its name or the MIME type a
 * client claims. `file-type` names the format from its magic bytes; MP4, MOV and M4A must also be a
 * well-formed ISO media file, because `file-type` calls anything with `ftyp` at byte 4 a video.
 * Files it does not recognise may still be plain UTF-8 text. Anything else (HTML, SVG, archives,
 * executables) is null.
 */
export async function detectFileKind(bytes: Buffer): Promise<DetectedFile | null> {
  const found = await fileTypeFromBuffer(bytes)
  if (found === undefined) {
    return isPlainText(bytes) ? TEXT : null
  }
  const detected = ACCEPTED[found.mime] ?? null
  if (detected !== null && (detected.kind === 'video' || detected.mimeType === 'audio/mp4')) {
    return isIsoMediaFile(bytes) ? detected : null
  }
  return detected
}

/** UTF-8 text without control bytes, and not markup a browser would render as a page. */
function isPlainText(bytes: Buffer): boolean {
  if (bytes.length === 0 || bytes.includes(0)) {
    return false
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes)
  if (text.includes('\uFFFD')) {
    return false
  }
  return !/^\s*<(!doctype|html|svg|script|\?xml)/i.test(text)
}
