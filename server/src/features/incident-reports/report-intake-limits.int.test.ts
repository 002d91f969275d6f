import { ErrorCode } from '@conduct-desk/shared'
import { describe, expect, it } from 'vitest'
import { codeOf, countCodes, inParallel } from '../../../test/attempts.js'
import { testDialects } from '../../../test/databases.js'
import { createEvent } from '../../../test/factories.js'
import { enrolledKioskClient } from '../../../test/kiosks.js'
import type { TestClient } from '../../../test/test-server.js'
import { useTestServers } from '../../../test/test-servers.js'

const SUBMIT = 'mutation($i: SubmitReportInput!) { submitReport(input: $i) { reference } }'

const submit = (client: TestClient, eventSlug: string, description: string) =>
  client.gql(SUBMIT, { i: { eventSlug, description } })

// SECURITY R29, R54: ten reports an hour per requester, where an enrolled kiosk is its own
// requester: junk from the venue's shared address never closes reporting at the kiosk.
describe.each(testDialects)('reporting limits on %s', dialect => {
  const servers = useTestServers(dialect)

  it('lets an enrolled kiosk submit while 50 junk reports arrive from the same address', async () => {
    const server = await servers.start()
    const event = await createEvent(server.db)
    const kiosk = await enrolledKioskClient(server, event.id)
    const [junk, fromKiosk] = await Promise.all([
      inParallel(50, index => submit(server.client(), event.slug, `junk ${index}`)),
      submit(kiosk, event.slug, 'Someone grabbed my arm at the party.'),
    ])
    expect(codeOf(fromKiosk)).toBe('OK')
    expect(countCodes(junk, 'OK')).toBe(10)
    expect(countCodes(junk, ErrorCode.RateLimited)).toBe(40)
    expect(codeOf(await submit(kiosk, event.slug, 'And again later.'))).toBe('OK')
  })

  it.runIf(dialect === 'postgres')(
    'holds a kiosk to ten reports an hour across two server processes',
    async () => {
      await servers.shareDatabase()
      const [one, two] = [await servers.start(), await servers.start()]
      const event = await createEvent(one.db)
      const kiosk = await enrolledKioskClient(one, event.id)
      const onTwo = two.client()
      onTwo.cookie = kiosk.cookie
      const answers = await inParallel(12, index =>
        submit(index % 2 === 0 ? kiosk : onTwo, event.slug, `report ${index}`),
      )
      expect(countCodes(answers, 'OK')).toBe(10)
      expect(countCodes(answers, ErrorCode.RateLimited)).toBe(2)
    },
  )
})
