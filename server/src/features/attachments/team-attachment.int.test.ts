import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { AttachmentReason, AuditAction, ErrorCode, Role } from '@conduct-desk/shared'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { signedInResponder } from '../../../test/case-scenario.js'
import { testDialects } from '../../../test/databases.js'
import { createAccount, signedInClient } from '../../../test/factories.js'
import { startWithReport, type ReportScenario } from '../../../test/report-scenario.js'
import type { TestClient } from '../../../test/test-server.js'
import { AuditEntryEntity } from '../../platform/audit/audit-entry.entity.js'
import { AttachmentEntity } from './attachment.entity.js'

type Listed = {
  id: string
  kind: string
  name: string | null
  url: string
  addedBy: string
  addedByName: string | null
  createdAt: string
}
const CASE =
  'query($c: ID!) { case(caseId: $c) { attachments { id kind name url addedBy addedByName createdAt } } }'
/** Everything the reporter's follow-up page can ask for. */
const STATUS = `query($r: String!, $p: String!) { reportStatus(reference: $r, passphrase: $p) {
  reference status submittedOn whatHappened when where progress
  messages { body from sentOn } proposedResolution { proposedOn response text } } }`
const CANARY = 'CANARY-RESPONDER-5b1e'
const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${CANARY}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`

/** A phone photo, as the reporters' upload tests build it: GPS and owner in EXIF, creator in XMP. */
const photoWithGps = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#446688' } })
    .jpeg()
    .withExif({
      IFD0: { Artist: CANARY },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '38/1 42/1 3/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '9/1 8/1 1/1',
      },
    })
    .withXmp(XMP)
    .toBuffer()

describe.each(testDialects)('files a responder adds to a case, on %s', dialect => {
  let scenario: ReportScenario

  beforeEach(async () => {
    scenario = await startWithReport(dialect)
  })
  afterEach(() => scenario.server.stop())

  /** `POST /api/cases/:caseId/attachments` as the dashboard sends it, with `client`'s session. */
  const addFile = (
    client: TestClient | null,
    body: Buffer,
    name: string,
    headers: Record<string, string> = {},
    caseId = scenario.caseId,
  ) =>
    fetch(`${scenario.server.url}/api/cases/${caseId}/attachments`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent(name),
        ...(client?.cookie ? { cookie: client.cookie } : {}),
        ...headers,
      },
      body: new Uint8Array(body),
    })

  const listed = async () =>
    (await scenario.responder.gql<{ case: { attachments: Listed[] } }>(CASE, { c: scenario.caseId })).data
      ?.case.attachments ?? []

  const attachEntries = () =>
    scenario.server.db.read.findBy(AuditEntryEntity, { action: AuditAction.CaseAttach })

  async function expectNothingStored(): Promise<void> {
    expect(await scenario.server.db.read.count(AttachmentEntity)).toBe(0)
    const dir = path.join(scenario.server.dataDir, 'attachments')
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([])
    expect(await attachEntries()).toEqual([])
  }

  it('takes a responder’s photo, strips its GPS, stores it encrypted, marks it as the team’s, and audits it', async () => {
    const photo = await photoWithGps()
    expect((await sharp(photo).metadata()).exif).toBeDefined()
    expect(photo.includes(CANARY)).toBe(true)

    const response = await addFile(scenario.responder, photo, 'screenshot of the chat.jpg')
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ kind: 'image' })

    const [file] = await listed()
    expect(file).toMatchObject({
      kind: 'image',
      name: 'screenshot of the chat.jpg',
      addedBy: 'team',
      addedByName: 'Test Person',
    })
    expect(Date.parse(file!.createdAt)).toBe(scenario.server.clock.now().getTime())
    const download = await scenario.download(file!.url)
    expect(download.status).toBe(200)
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="attachment-1.jpg"')
    expect(download.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'")
    const served = Buffer.from(await download.arrayBuffer())
    const metadata = await sharp(served).metadata()
    expect([metadata.exif, metadata.xmp, metadata.iptc]).toEqual([undefined, undefined, undefined])
    expect(served.includes(CANARY)).toBe(false)
    const dir = path.join(scenario.server.dataDir, 'attachments')
    const [onDisk] = readdirSync(dir)
    const sealed = readFileSync(path.join(dir, onDisk!))
    expect(sealed.includes(served.subarray(0, 64))).toBe(false)
    expect(sealed.includes(CANARY)).toBe(false)

    const row = await scenario.server.db.read.findOneByOrFail(AttachmentEntity, { id: file!.id })
    expect(row).toMatchObject({ reportId: null, addedBy: 'team' })
    const [entry] = await attachEntries()
    expect(entry).toMatchObject({ actorId: row.addedById, objectId: scenario.caseId })
  })

  it('lists the reporter’s and the team’s files side by side, each with who added it', async () => {
    expect((await scenario.upload(Buffer.from('%PDF-1.4 from the reporter'), 'a.pdf')).status).toBe(200)
    scenario.server.clock.advance(60_000)
    expect(
      (await addFile(scenario.responder, Buffer.from('Notes from the hallway.\n'), 'b.txt')).status,
    ).toBe(200)
    expect((await listed()).map(file => [file.name, file.addedBy, file.addedByName])).toEqual([
      ['a.pdf', 'reporter', null],
      ['b.txt', 'team', 'Test Person'],
    ])
  })

  it('never shows the team’s files to the reporter on their follow-up page', async () => {
    await listed() // the team has read the case: the page says so before and after alike
    const before = await scenario.server
      .client()
      .gql(STATUS, { r: scenario.receipt.reference, p: scenario.receipt.passphrase })
    expect(
      (await addFile(scenario.responder, Buffer.from('Internal: CANARY-TEAM-FILE\n'), 'team-only.txt'))
        .status,
    ).toBe(200)
    const [file] = await listed()

    const after = await scenario.server
      .client()
      .gql(STATUS, { r: scenario.receipt.reference, p: scenario.receipt.passphrase })
    expect(after.errors).toBeUndefined()
    expect(after.data).toEqual(before.data)
    const answer = JSON.stringify(after)
    for (const secret of [file!.id, 'team-only.txt', 'CANARY-TEAM-FILE']) {
      expect(answer).not.toContain(secret)
    }
  })

  it('refuses a responder the reporter excluded and one who recused, writing nothing', async () => {
    const recusing = await signedInResponder(scenario.server, scenario.eventId, 'Recusing')
    const recused = await recusing.client.gql('mutation($c: ID!) { recuseFromCase(caseId: $c) }', {
      c: scenario.caseId,
    })
    expect(recused.errors).toBeUndefined()
    const photo = await photoWithGps()
    for (const client of [scenario.excluded, recusing.client]) {
      const response = await addFile(client, photo, 'photo.jpg')
      expect(response.status).toBe(404)
      expect(await response.json()).toMatchObject({ error: { code: ErrorCode.NotFound } })
    }
    await expectNothingStored()
    // The same photo from a responder who may add to the case goes in.
    expect((await addFile(scenario.responder, photo, 'photo.jpg')).status).toBe(200)
  })

  it('refuses a kind of file it does not take, with the reason, writing nothing', async () => {
    for (const [body, name] of [
      [Buffer.from('<!doctype html><script>alert(1)</script>'), 'x.png'],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'x.svg'],
      [Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), 'x.zip'],
      [Buffer.alloc(0), 'empty.txt'],
    ] as const) {
      const response = await addFile(scenario.responder, body, name)
      expect(response.status).toBe(400)
      expect(await response.json()).toMatchObject({
        error: { code: ErrorCode.BadUserInput, field: 'file', reason: AttachmentReason.FileTypeNotAccepted },
      })
    }
    await expectNothingStored()
  })

  it('keeps the GraphQL door’s rules: session, CSRF, Origin, case access, size', async () => {
    const file = Buffer.from('Notes.\n')
    expect((await addFile(null, file, 'a.txt')).status).toBe(401)
    // What a cross-site form could send, and a page of another origin.
    const refused: Record<string, string>[] = [
      { 'content-type': 'text/plain' },
      { 'content-type': 'multipart/form-data; boundary=x' },
      { origin: 'https://evil.example' },
    ]
    for (const headers of refused) {
      const response = await addFile(scenario.responder, file, 'a.txt', headers)
      expect(response.status).toBe(403)
      expect(await response.json()).toMatchObject({ error: { code: ErrorCode.Forbidden } })
    }
    // An organizer of the event is no responder; a case that does not exist looks the same.
    const organizer = await signedInClient(
      scenario.server,
      await createAccount(scenario.server.db, [{ role: Role.Organizer, eventId: scenario.eventId }]),
    )
    expect((await addFile(organizer, file, 'a.txt')).status).toBe(404)
    expect((await addFile(scenario.responder, file, 'a.txt', {}, crypto.randomUUID())).status).toBe(404)
    expect((await addFile(scenario.responder, Buffer.alloc(26 * 1024 * 1024, 65), 'big.txt')).status).toBe(
      413,
    )
    await expectNothingStored()
  })

  it('takes 30 files an hour from one responder, then answers RATE_LIMITED', async () => {
    for (let index = 0; index < 30; index++) {
      expect((await addFile(scenario.responder, Buffer.from(`Note ${index}\n`), 'n.txt')).status).toBe(200)
    }
    const response = await addFile(scenario.responder, Buffer.from('One more\n'), 'n.txt')
    expect(response.status).toBe(429)
    expect(await response.json()).toMatchObject({ error: { code: ErrorCode.RateLimited } })
    expect(await scenario.server.db.read.count(AttachmentEntity)).toBe(30)
  })
})
