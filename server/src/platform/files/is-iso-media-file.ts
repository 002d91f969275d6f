/** A box type: four printable ASCII characters (`ftyp`, `moov`, `mdat`, `free`…). */
const BOX_TYPE = /^[\x20-\x7e]{4}$/

/**
 * Whether the bytes are a well-formed ISO base media file (MP4, MOV, M4A): a chain of top-level
 * boxes that starts with `ftyp`, whose sizes add up to exactly the file, and that holds a `moov`
 * (the movie's description; without it no player can play it). A file that merely has `ftyp` at
 * byte 4, followed by anything at all, is not.
 */
export function isIsoMediaFile(bytes: Buffer): boolean {
  let offset = 0
  let hasMovie = false
  while (offset < bytes.length) {
    if (offset + 8 > bytes.length) {
      return false
    }
    const type = bytes.toString('latin1', offset + 4, offset + 8)
    if (!BOX_TYPE.test(type) || (offset === 0 && type !== 'ftyp')) {
      return false
    }
    let size = bytes.readUInt32BE(offset)
    let headerSize = 8
    if (size === 1) {
      if (offset + 16 > bytes.length) {
        return false
      }
      size = Number(bytes.readBigUInt64BE(offset + 8))
      headerSize = 16
    } else if (size === 0) {
      size = bytes.length - offset
    }
    if (size < headerSize || offset + size > bytes.length) {
      return false
    }
    hasMovie ||= type === 'moov'
    offset += size
  }
  return hasMovie
}
