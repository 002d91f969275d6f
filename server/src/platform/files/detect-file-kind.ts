import { loadSharp } from '../images/load-sharp.js'

export type FileKind = 'image' | 'pdf' | 'video' | 'audio' | 'text'

export interface DetectedFile {
  readonly kind: FileKind
  readonly mimeType: string
  readonly extension: string
}

/**
 * What a file is, judged by its bytes only (SECURITY R30): never by its name or the MIME type a
 * client claims. Accepts JPEG, PNG, WebP, PDF, MP4/M4A/MOV and plain UTF-8 text; anything else
 * (HTML, SVG, archives, executables, polyglots that do not decode) is null.
 */
export async function detectFileKind(bytes: Buffer): Promise<DetectedFile | null> {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    return { kind: 'pdf', mimeType: 'application/pdf', extension: 'pdf' }
  }
  if (bytes.subarray(4, 8).toString('latin1') === 'ftyp') {
    const brand = bytes.subarray(8, 12).toString('latin1')
    return brand.startsWith('M4A')
      ? { kind: 'audio', mimeType: 'audio/mp4', extension: 'm4a' }
      : {
          kind: 'video',
          mimeType: brand === 'qt  ' ? 'video/quicktime' : 'video/mp4',
          extension: brand === 'qt  ' ? 'mov' : 'mp4',
        }
  }
  const image = await imageFormat(bytes)
  if (image !== null) {
    return image
  }
  return isPlainText(bytes) ? { kind: 'text', mimeType: 'text/plain; charset=utf-8', extension: 'txt' } : null
}

async function imageFormat(bytes: Buffer): Promise<DetectedFile | null> {
  const sharp = await loadSharp()
  try {
    const { format } = await sharp(bytes, { limitInputPixels: 40_000_000 }).metadata()
    switch (format) {
      case 'jpeg':
        return { kind: 'image', mimeType: 'image/jpeg', extension: 'jpg' }
      case 'png':
        return { kind: 'image', mimeType: 'image/png', extension: 'png' }
      case 'webp':
        return { kind: 'image', mimeType: 'image/webp', extension: 'webp' }
      default:
        return null
    }
  } catch {
    return null
  }
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
