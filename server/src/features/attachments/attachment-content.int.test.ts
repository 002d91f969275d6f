import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { crc32, deflateSync } from 'node:zlib'
import { AttachmentReason, ErrorCode } from '@conduct-desk/shared'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { startWithReport, type ReportScenario } from '../../../test/report-scenario.js'
import { AttachmentEntity } from './attachment.entity.js'

const CASE =
  'query($c: ID!) { case(caseId: $c) { attachments { kind mimeType sizeBytes url isMetadataRemoved } } }'
const CANARY = 'CANARY-AUTHOR-7f3a'
const GPS = {
  GPSLatitudeRef: 'N',
  GPSLatitude: '38/1 42/1 3/1',
  GPSLongitudeRef: 'W',
  GPSLongitude: '9/1 8/1 1/1',
}
const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${CANARY}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`

/** A picture as a phone takes it: GPS and owner in EXIF, creator in XMP. Test fixtures only. */
const canvas = (width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 3, background: '#446688' } })

/** An AVIF photo with location, as an Android phone or a converter writes it. */
const avifWithGps = () =>
  canvas()
    .avif()
    .withExif({ IFD0: { Artist: CANARY }, IFD3: GPS })
    .withXmp(XMP)
    .toBuffer()

/**
 * An iPhone-style HEIC: the AVIF above with its brand and codec boxes renamed to HEVC's. sharp
 * cannot write HEVC, and its prebuilt libvips cannot decode it either (`sharp.format.heif` reads
 * only `.avif`), so this is what a reporter's HEIC photo meets.
 */
async function heicWithGps(): Promise<Buffer> {
  const bytes = Buffer.from(await avifWithGps())
  for (const [from, to] of [
    ['avif', 'heic'],
    ['av01', 'hvc1'],
    ['av1C', 'hvcC'],
  ] as const) {
    for (let at = bytes.indexOf(from); at !== -1; at = bytes.indexOf(from)) {
      bytes.write(to, at, 'latin1')
    }
  }
  return bytes
}

/** An ISO media box: 32-bit size, four-letter type, body. */
const box = (type: string, body: Buffer = Buffer.alloc(0)) => {
  const header = Buffer.alloc(8)
  header.writeUInt32BE(8 + body.length)
  header.write(type, 4, 'latin1')
  return Buffer.concat([header, body])
}
const ftyp = (brand: string) => box('ftyp', Buffer.from(`${brand}\0\0\0\0isommp41`, 'latin1'))

/** A PNG whose header claims 50,000 × 50,000 pixels (2.5 gigapixels) in a few hundred bytes. */
function pixelFlood(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(50_000, 0)
  header.writeUInt32BE(50_000, 4)
  header.set([8, 2], 8)
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(1000))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

describe.each(testDialects)('what is kept of an attachment on %s', dialect => {
  let scenario: ReportScenario

  beforeEach(async () => {
    scenario = await startWithReport(dialect)
  })
  afterEach(() => scenario.server.stop())

  type Listed = { kind: string; mimeType: string; sizeBytes: number; url: string; isMetadataRemoved: boolean }
  async function stored(): Promise<{ listed: Listed; bytes: Buffer; disposition: string | null }[]> {
    const detail = await scenario.responder.gql<{ case: { attachments: Listed[] } }>(CASE, {
      c: scenario.caseId,
    })
    return Promise.all(
      (detail.data?.case.attachments ?? []).map(async listed => {
        const response = await scenario.download(listed.url)
        const bytes = Buffer.from(await response.arrayBuffer())
        return { listed, bytes, disposition: response.headers.get('content-disposition') }
      }),
    )
  }

  async function expectRefused(response: Response, reason: string): Promise<void> {
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({
      error: { code: ErrorCode.BadUserInput, field: 'file', reason },
    })
  }

  async function expectNothingStored(): Promise<void> {
    expect(await scenario.server.db.read.count(AttachmentEntity)).toBe(0)
    const dir = path.join(scenario.server.dataDir, 'attachments')
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([])
  }

  it('re-encodes an AVIF photo without its GPS, owner or creator', async () => {
    const photo = await avifWithGps()
    expect((await sharp(photo).metadata()).exif).toBeDefined()
    expect(photo.includes(CANARY)).toBe(true)

    expect((await scenario.upload(photo, 'IMG_0001.avif')).status).toBe(200)
    const [file] = await stored()
    expect(file?.listed).toMatchObject({ kind: 'image', mimeType: 'image/jpeg', isMetadataRemoved: true })
    const metadata = await sharp(file!.bytes).metadata()
    expect(metadata).toMatchObject({ format: 'jpeg', width: 64, height: 48 })
    expect([metadata.exif, metadata.xmp, metadata.iptc, metadata.icc]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ])
    expect(file!.bytes.includes(CANARY)).toBe(false)
  })

  it('refuses a HEIC photo this server cannot decode, with a reason, and keeps nothing of it', async () => {
    const photo = await heicWithGps()
    expect(photo.subarray(4, 12).toString('latin1')).toBe('ftypheic')

    await expectRefused(await scenario.upload(photo, 'IMG_0002.HEIC'), AttachmentReason.PictureUnreadable)
    await expectNothingStored()
  })

  it('refuses a file that only has ftyp at byte 4, and keeps a real MP4 exactly as sent, marked', async () => {
    const junk = Buffer.concat([ftyp('isom'), Buffer.from('<script>alert(1)</script>')])
    await expectRefused(await scenario.upload(junk, 'clip.mp4'), AttachmentReason.FileTypeNotAccepted)
    const noMovie = Buffer.concat([ftyp('isom'), box('mdat', Buffer.from('frames'))])
    await expectRefused(await scenario.upload(noMovie, 'clip.mp4'), AttachmentReason.FileTypeNotAccepted)
    await expectNothingStored()

    const video = Buffer.concat([ftyp('isom'), box('moov', box('udta', Buffer.from(CANARY))), box('mdat')])
    expect((await scenario.upload(video, 'clip.mp4')).status).toBe(200)
    const [file] = await stored()
    expect(file?.listed).toMatchObject({ kind: 'video', mimeType: 'video/mp4', isMetadataRemoved: false })
    expect(file?.bytes.equals(video)).toBe(true)
  })

  it('refuses a pixel flood from its header, without decoding it', async () => {
    await expectRefused(await scenario.upload(pixelFlood(), 'huge.png'), AttachmentReason.PictureTooLarge)
    await expectNothingStored()
  })

  it('stands a photo upright by its EXIF orientation before dropping the EXIF', async () => {
    // Orientation 6: the camera was turned; viewers rotate the 64 × 48 pixels by 90° to show them.
    const turned = await canvas().jpeg().withMetadata({ orientation: 6 }).toBuffer()
    expect((await sharp(turned).metadata()).orientation).toBe(6)

    expect((await scenario.upload(turned, 'turned.jpg')).status).toBe(200)
    const [file] = await stored()
    const metadata = await sharp(file!.bytes).metadata()
    expect(metadata).toMatchObject({ width: 48, height: 64 })
    expect([metadata.orientation, metadata.exif]).toEqual([undefined, undefined])
  })

  it('re-encodes a GIF, and keeps PDF, audio and plain text as sent with the right mark', async () => {
    const gif = await canvas().gif().toBuffer()
    const pdf = Buffer.from(`%PDF-1.4\n1 0 obj << /Author (${CANARY}) >> endobj\n%%EOF\n`)
    const m4a = Buffer.concat([ftyp('M4A '), box('moov'), box('mdat')])
    const text = Buffer.from('Messages copied from the chat, 21:14 to 21:40.\n')
    for (const [bytes, name] of [
      [gif, 'a.gif'],
      [pdf, 'a.pdf'],
      [m4a, 'a.m4a'],
      [text, 'a.txt'],
    ] as const) {
      expect((await scenario.upload(bytes, name)).status).toBe(200)
    }
    const files = await stored()
    expect(files.map(file => [file.listed.mimeType, file.listed.isMetadataRemoved])).toEqual([
      ['image/gif', true],
      ['application/pdf', false],
      ['audio/mp4', false],
      ['text/plain; charset=utf-8', true],
    ])
    expect(files[1]?.bytes.equals(pdf)).toBe(true)
    expect(files.map(file => file.disposition?.match(/\.(\w+)"$/)?.[1])).toEqual(['gif', 'pdf', 'm4a', 'txt'])
    expect(files.map(file => file.listed.sizeBytes)).toEqual(files.map(file => file.bytes.length))
  })
})
