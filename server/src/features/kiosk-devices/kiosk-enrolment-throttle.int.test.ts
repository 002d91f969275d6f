import { ErrorCode } from '@conduct-desk/shared'
import { describe, expect, it } from 'vitest'
import { codeOf, countCodes, inParallel } from '../../../test/attempts.js'
import { testDialects } from '../../../test/databases.js'
import { createEvent } from '../../../test/factories.js'
import { useTestServers } from '../../../test/test-servers.js'

const ENROL = 'mutation($c: String!) { enrolKiosk(code: $c) { location } }'
/** Well-formed enrolment codes nobody was given. */
const wrongCode = (index: number) => `ZZZZ${String(index).padStart(4, '0')}`

// SECURITY R12: wrong enrolment codes are counted before the lookup, so parallel guesses cannot
// all pass the check.
describe.each(testDialects)('kiosk enrolment under parallel guesses on %s', dialect => {
  const servers = useTestServers(dialect)

  it('lets 20 parallel wrong codes from one address make at most 10 guesses, then pauses it', async () => {
    const server = await servers.start()
    const event = await createEvent(server.db)
    const answers = await inParallel(20, index => server.client().gql(ENROL, { c: wrongCode(index) }))
    expect(countCodes(answers, ErrorCode.NotFound)).toBeLessThanOrEqual(10)
    expect(countCodes(answers, ErrorCode.RateLimited)).toBe(20 - countCodes(answers, ErrorCode.NotFound))

    const { code } = await server.services.kiosks.createEnrolment(event.id, 'Hall')
    expect(codeOf(await server.client().gql(ENROL, { c: code }))).toBe(ErrorCode.RateLimited)
    server.clock.advance(60_000)
    expect(codeOf(await server.client().gql(ENROL, { c: code }))).toBe('OK')
  })
})
