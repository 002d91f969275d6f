import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { ErrorCode, Role } from '@conduct-desk/shared'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { createAccount, createContact, createEvent, signedInClient } from '../../../test/factories.js'
import { startTestServer, type TestClient, type TestServer } from '../../../test/test-server.js'
import { AttachmentEntity } from './attachment.entity.js'

const SUBMIT = 'mutation($i: SubmitReportInput!) { submitReport(input: $i) { reference passphrase } }'
const CASE = 'query($c: ID!) { case(caseId: $c) { attachments { id kind mimeType name url } } }'

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const file = path.join(dir, name)
    return statSync(file).isDirectory() ? filesUnder(file) : [file]
  })
}

describe.each(testDialects)('attachments on %s', dialect => {
  let server: TestServer
  let receipt: { reference: string; passphrase: string }
  let responder: TestClient
  let excluded: TestClient
  let caseId: string

  beforeEach(async () => {
    server = await startTestServer(dialect)
    const event = await createEvent(server.db)
    const signedIn = async (name: string) => {
      const account = await createAccount(server.db, [{ role: Role.Responder, eventId: event.id }])
      const contact = await createContact(server.db, event.id, { name, accountId: account.id })
      const client = await signedInClient(server, account)
      return { client, contact }
    }
    const a = await signedIn('Allowed')
    const b = await signedIn('Kept Out')
    responder = a.client
    excluded = b.client
    const submitted = await server
      .client()
      .gql<{ submitReport: { reference: string; passphrase: string } }>(SUBMIT, {
        i: { eventSlug: event.slug, description: 'With evidence', excludedContactIds: [b.contact.id] },
      })
    receipt = submitted.data!.submitReport
    const inbox = await responder.gql<{ cases: { id: string }[] }>(
      'query($e: ID!) { cases(eventId: $e) { id } }',
      { e: event.id },
    )
    caseId = inbox.data?.cases[0]?.id ?? ''
  })
  afterEach(() => server.stop())

  const upload = (body: Buffer, name: string, passphrase = receipt.passphrase) =>
    fetch(`${server.url}/api/reports/attachments`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'x-report-reference': receipt.reference,
        'x-report-passphrase': passphrase,
        'x-file-name': encodeURIComponent(name),
      },
      body: new Uint8Array(body),
    })

  it('takes a photo with the receipt, strips its GPS, stores it encrypted, and serves it only as a download', async () => {
    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#446688' } })
      .jpeg()
      .withExif({
        IFD0: { Artist: 'CANARY-AUTHOR' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '38/1 42/1 3/1' },
      })
      .toBuffer()
    const response = await upload(photo, 'screenshot of the chat.jpg')
    expect(response.status).toBe(200)
    const detail = await responder.gql<{
      case: { attachments: { kind: string; mimeType: string; name: string; url: string }[] }
    }>(CASE, { c: caseId })
    const [attachment] = detail.data?.case.attachments ?? []
    expect(attachment).toMatchObject({
      kind: 'image',
      mimeType: 'image/jpeg',
      name: 'screenshot of the chat.jpg',
    })
    const download = await fetch(`${server.url}${attachment?.url}`, {
      headers: { cookie: responder.cookie ?? '' },
    })
    expect(download.status).toBe(200)
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="attachment-1.jpg"')
    expect(download.headers.get('x-content-type-options')).toBe('nosniff')
    expect(download.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'")
    const served = Buffer.from(await download.arrayBuffer())
    expect((await sharp(served).metadata()).exif).toBeUndefined()
    expect(served.includes(Buffer.from('CANARY-AUTHOR'))).toBe(false)
    const onDisk = filesUnder(path.join(server.dataDir, 'attachments'))
    expect(onDisk).toHaveLength(1)
    expect(readFileSync(onDisk[0]!).includes(served.subarray(0, 64))).toBe(false)
  })

  it('refuses HTML passed off as a picture, SVG, and a wrong receipt, writing nothing', async () => {
    for (const [body, name] of [
      [Buffer.from('<!doctype html><script>alert(1)</script>'), 'x.png'],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'x.svg'],
      [Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), 'x.zip'],
    ] as const) {
      const response = await upload(body, name)
      expect(response.status).toBe(400)
      expect(await response.json()).toMatchObject({ error: { code: ErrorCode.BadUserInput } })
    }
    const wrong = await upload(Buffer.from('%PDF-1.4 text'), 'x.pdf', '0000-0000-0000-0000-0000')
    expect(wrong.status).toBe(404)
    expect(await server.db.read.count(AttachmentEntity)).toBe(0)
  })

  it('hides a case’s files from a contact the reporter excluded, and from the signed-out', async () => {
    await upload(Buffer.from('%PDF-1.4 PLAINTEXT-CANARY'), 'notes.pdf')
    const detail = await responder.gql<{ case: { attachments: { url: string }[] } }>(CASE, { c: caseId })
    const url = detail.data?.case.attachments[0]?.url ?? ''
    expect((await fetch(`${server.url}${url}`, { headers: { cookie: excluded.cookie ?? '' } })).status).toBe(
      404,
    )
    expect((await fetch(`${server.url}${url}`)).status).toBe(401)
    const hits = filesUnder(server.dataDir).filter(file =>
      readFileSync(file).includes(Buffer.from('PLAINTEXT-CANARY')),
    )
    expect(hits).toEqual([])
  })

  it('refuses a file over 25 MB', async () => {
    const response = await upload(Buffer.alloc(26 * 1024 * 1024, 65), 'big.txt')
    expect(response.status).toBe(413)
    expect(await server.db.read.count(AttachmentEntity)).toBe(0)
  })
})
