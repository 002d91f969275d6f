import { ErrorCode } from '@conduct-desk/shared'
import { describe, expect, it } from 'vitest'
import { codeOf, countCodes, countVerifications, inParallel } from '../../../test/attempts.js'
import { testDialects } from '../../../test/databases.js'
import { createEvent } from '../../../test/factories.js'
import { enrolledKioskClient } from '../../../test/kiosks.js'
import type { TestClient, TestServer } from '../../../test/test-server.js'
import { useTestServers } from '../../../test/test-servers.js'
import { RateLimitCounterEntity } from '../../platform/rate-limit/rate-limit-counter.entity.js'

const SUBMIT = 'mutation($i: SubmitReportInput!) { submitReport(input: $i) { reference passphrase } }'
const STATUS = 'query($r: String!, $p: String!) { reportStatus(reference: $r, passphrase: $p) { status } }'
/** Wrong passphrases start with this, so the test counts only their verifications. */
const WRONG = 'ZZZZ-ZZZZ-ZZZZ-ZZZZ'
const wrongPassphrase = (index: number) => `${WRONG}-${String(index).padStart(4, '0')}`
/** A well-formed reference that no report has (references carry 40 random bits). */
const unknownReference = (index: number) => `R-0000-${String(index).padStart(4, '0')}`

interface Receipt {
  readonly reference: string
  readonly passphrase: string
}

async function submitReport(client: TestClient, eventSlug: string): Promise<Receipt> {
  const submitted = await client.gql<{ submitReport: Receipt }>(SUBMIT, {
    i: { eventSlug, description: 'Someone kept following me between talks.' },
  })
  if (submitted.data === null) {
    throw new Error(JSON.stringify(submitted.errors))
  }
  return submitted.data.submitReport
}

const lookUp = (client: TestClient, reference: string, passphrase: string) =>
  client.gql(STATUS, { r: reference, p: passphrase })

const retryAfter = (answer: Awaited<ReturnType<typeof lookUp>>) =>
  answer.errors?.[0]?.extensions?.['retryAfterSeconds']

const countRows = (server: TestServer, scope: string) =>
  server.db.read.countBy(RateLimitCounterEntity, { scope })

// SECURITY R12, R23, R54: receipt lookups are counted before the slow hash check, per requester and
// per reference, shared by every server process, and never one count that closes follow-ups to all.
describe.each(testDialects)('receipt lookups under attack on %s', dialect => {
  const servers = useTestServers(dialect)

  it('lets 20 parallel wrong passphrases for one receipt run at most 10 verifications', async () => {
    const server = await servers.start()
    const event = await createEvent(server.db)
    const receipt = await submitReport(server.client(), event.slug)
    const verifications = countVerifications(WRONG)
    const answers = await inParallel(20, index =>
      lookUp(server.client(), receipt.reference, wrongPassphrase(index)),
    )
    expect(verifications.count()).toBeLessThanOrEqual(10)
    verifications.restore()
    expect(countCodes(answers, ErrorCode.NotFound)).toBeLessThanOrEqual(10)
    expect(countCodes(answers, ErrorCode.RateLimited)).toBe(20 - countCodes(answers, ErrorCode.NotFound))
  })

  it('does not let wrong receipts for one reference block another reference looked up elsewhere', async () => {
    const server = await servers.start()
    const event = await createEvent(server.db)
    const attacked = await submitReport(server.client(), event.slug)
    const other = await submitReport(server.client(), event.slug)
    const venue = server.client()
    for (let guess = 0; guess < 10; guess++) {
      expect(codeOf(await lookUp(venue, attacked.reference, wrongPassphrase(guess)))).toBe(ErrorCode.NotFound)
    }
    expect(codeOf(await lookUp(venue, attacked.reference, attacked.passphrase))).toBe(ErrorCode.RateLimited)

    // An enrolled kiosk at the same address has its own budget, and the other receipt its own count.
    const kiosk = await enrolledKioskClient(server, event.id)
    expect((await lookUp(kiosk, other.reference, other.passphrase)).errors).toBeUndefined()
    expect(codeOf(await lookUp(kiosk, attacked.reference, attacked.passphrase))).toBe(ErrorCode.RateLimited)
  })

  it('gives an enrolled kiosk its own receipt budget when it adds a file, too', async () => {
    const server = await servers.start()
    const event = await createEvent(server.db)
    const kiosk = await enrolledKioskClient(server, event.id)
    const receipt = await submitReport(kiosk, event.slug)
    const venue = server.client()
    for (let guess = 0; guess < 10; guess++) {
      await lookUp(venue, unknownReference(guess), wrongPassphrase(guess))
    }
    expect(codeOf(await lookUp(venue, receipt.reference, receipt.passphrase))).toBe(ErrorCode.RateLimited)
    const upload = await fetch(`${server.url}/api/reports/attachments`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        cookie: kiosk.cookie ?? '',
        'x-report-reference': receipt.reference,
        'x-report-passphrase': receipt.passphrase,
      },
      body: 'What they wrote to me, copied down.',
    })
    expect(upload.status).toBe(200)
  })

  it('pauses a requester for an hour after ten wrong receipts, and never for longer the next time', async () => {
    const server = await servers.start()
    const kiosk = await enrolledKioskClient(server, (await createEvent(server.db)).id)
    for (const round of [0, 1]) {
      for (let guess = 0; guess < 10; guess++) {
        const answer = await lookUp(kiosk, unknownReference(round * 10 + guess), wrongPassphrase(guess))
        expect(codeOf(answer)).toBe(ErrorCode.NotFound)
      }
      const eleventh = await lookUp(kiosk, unknownReference(99 - round), wrongPassphrase(0))
      expect(codeOf(eleventh)).toBe(ErrorCode.RateLimited)
      expect(retryAfter(eleventh)).toBe(3600)
      server.clock.advance(3_600_000)
    }
  })

  it('stores counts of references and kiosks, never of network addresses (R22)', async () => {
    const server = await servers.start()
    const event = await createEvent(server.db)
    for (let guess = 0; guess < 3; guess++) {
      await lookUp(server.client(), unknownReference(guess), wrongPassphrase(guess))
    }
    expect(await countRows(server, 'receipt:reference')).toBe(3)
    expect(await countRows(server, 'receipt:requester')).toBe(0)
    const kiosk = await enrolledKioskClient(server, event.id)
    await lookUp(kiosk, unknownReference(7), wrongPassphrase(7))
    expect(await countRows(server, 'receipt:requester')).toBe(1)

    server.clock.advance(3_600_000 + 1)
    await server.services.sweepRateLimits()
    expect(await server.db.read.count(RateLimitCounterEntity)).toBe(0)
  })

  it.runIf(dialect === 'postgres')(
    'counts wrong passphrases for one reference across two server processes',
    async () => {
      await servers.shareDatabase()
      const [one, two] = [await servers.start(), await servers.start()]
      const event = await createEvent(one.db)
      const receipt = await submitReport(one.client(), event.slug)
      const answers = await inParallel(20, index =>
        lookUp((index % 2 === 0 ? one : two).client(), receipt.reference, wrongPassphrase(index)),
      )
      expect(countCodes(answers, ErrorCode.NotFound)).toBeLessThanOrEqual(10)
      for (const server of [one, two]) {
        const right = await lookUp(server.client(), receipt.reference, receipt.passphrase)
        expect(codeOf(right)).toBe(ErrorCode.RateLimited)
      }
    },
  )
})
