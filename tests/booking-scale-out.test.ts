import { randomBytes } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { createTestDatabase, testDialects, type TestDatabase } from './support/databases.js'
import { startServer, type RunningServer } from './support/start-server.js'

const BOOK = 'mutation($i: BookSlotInput!) { bookSlot(input: $i) { code } }'

async function post(url: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  })
  return (await response.json()) as {
    data?: Record<string, unknown> | null
    errors?: { extensions?: { code?: string } }[]
  }
}

// Several server processes behind a load balancer share one PostgreSQL database; the database's
// unique index, not any one process, keeps a slot from being booked twice.
describe.runIf(testDialects.includes('postgres'))(
  'office hours with two server processes on PostgreSQL',
  () => {
    const servers: RunningServer[] = []
    let database: TestDatabase | undefined

    afterEach(async () => {
      await Promise.all(servers.splice(0).map(server => server.stop()))
      await database?.drop()
    })

    it('books one slot exactly once out of 200 attempts spread over both processes', async () => {
      database = await createTestDatabase('postgres')
      // Processes of one deployment share its data key, as DATA_KEY gives them.
      const env = { RATE_LIMIT: '0', DATA_KEY: randomBytes(32).toString('base64') }
      servers.push(await startServer({ databaseUrl: database.databaseUrl, env }))
      servers.push(await startServer({ databaseUrl: database.databaseUrl, env: { ...env, DEMO: '0' } }))
      const [first, second] = servers
      const slug = first?.demo()?.liveEventSlug ?? ''
      const from = new Date()
      const to = new Date(from.getTime() + 13 * 86_400_000)
      const slots = await post(
        first?.url ?? '',
        'query($s: String!, $f: DateTime!, $t: DateTime!) { officeHourSlots(eventSlug: $s, from: $f, to: $t) { id available } }',
        {
          s: slug,
          f: from.toISOString(),
          t: to.toISOString(),
        },
      )
      const slot = (slots.data?.['officeHourSlots'] as { id: string; available: boolean }[]).find(
        candidate => candidate.available,
      )
      expect(slot).toBeDefined()

      const answers = await Promise.all(
        Array.from({ length: 200 }, (_, index) =>
          post((index % 2 === 0 ? first : second)?.url ?? '', BOOK, { i: { slotId: slot?.id } }),
        ),
      )
      const booked = answers.filter(answer => answer.errors === undefined)
      expect(booked).toHaveLength(1)
      expect(answers.filter(answer => answer.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(199)

      const code = (booked[0]?.data?.['bookSlot'] as { code: string }).code
      const seenByOther = await post(
        second?.url ?? '',
        'query($c: String!) { bookingByCode(code: $c) { slot { id } } }',
        { c: code },
      )
      expect(seenByOther.data).toEqual({ bookingByCode: { slot: { id: slot?.id } } })
    })
  },
)
