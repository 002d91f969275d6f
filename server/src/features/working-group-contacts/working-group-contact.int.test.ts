import { ErrorCode, Role } from '@conduct-desk/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { createAccount, createEvent, signedInClient } from '../../../test/factories.js'
import { startTestServer, type TestClient, type TestServer } from '../../../test/test-server.js'

const READ = '{ workingGroupContact { email phone note updatedAt } }'
const SET = `mutation($i: SetWorkingGroupContactInput!) {
  setWorkingGroupContact(input: $i) { email phone note updatedAt } }`

describe.each(testDialects)('the Working Group’s contact for responders, on %s', dialect => {
  let server: TestServer
  let wg: TestClient
  let responder: TestClient

  beforeEach(async () => {
    server = await startTestServer(dialect)
    const event = await createEvent(server.db)
    wg = await signedInClient(server, await createAccount(server.db, [{ role: Role.Wg }]))
    responder = await signedInClient(
      server,
      await createAccount(server.db, [{ role: Role.Responder, eventId: event.id }]),
    )
  })
  afterEach(async () => {
    await server.stop()
  })

  it('is unset until the Working Group sets it, and then every responder reads it', async () => {
    const before = await responder.gql<{ workingGroupContact: unknown }>(READ)
    expect(before.data?.workingGroupContact).toEqual({
      email: null,
      phone: null,
      note: null,
      updatedAt: null,
    })

    const set = await wg.gql<{ setWorkingGroupContact: { updatedAt: string } }>(SET, {
      i: {
        email: 'wg-duty@example.org',
        phone: '+351 210 000 000',
        note: 'Every day, 8:00–22:00 Lisbon time.',
      },
    })
    expect(set.errors).toBeUndefined()
    expect(set.data?.setWorkingGroupContact.updatedAt).toBe(server.clock.now().toISOString())
    const after = await responder.gql<{ workingGroupContact: unknown }>(READ)
    expect(after.data?.workingGroupContact).toEqual({
      email: 'wg-duty@example.org',
      phone: '+351 210 000 000',
      note: 'Every day, 8:00–22:00 Lisbon time.',
      updatedAt: server.clock.now().toISOString(),
    })

    // Set whole again: what is left empty becomes unset.
    await wg.gql(SET, { i: { phone: '+351 210 000 001', note: '  ' } })
    const partial = await responder.gql<{
      workingGroupContact: { email: string | null; note: string | null }
    }>(READ)
    expect(partial.data?.workingGroupContact).toMatchObject({
      email: null,
      phone: '+351 210 000 001',
      note: null,
    })
  })

  it('refuses a malformed address or phone, or a responder editing it, and keeps what was there', async () => {
    await wg.gql(SET, { i: { email: 'wg@example.org' } })
    for (const input of [{ email: 'not an address' }, { phone: 'call me' }, { note: 'x'.repeat(501) }]) {
      const refused = await wg.gql(SET, { i: input })
      expect(refused.errors?.[0]?.extensions?.code).toBe(ErrorCode.BadUserInput)
    }
    const byResponder = await responder.gql(SET, { i: { email: 'me@example.org' } })
    expect(byResponder.errors?.[0]?.extensions?.code).toBe(ErrorCode.Forbidden)
    const kept = await responder.gql<{ workingGroupContact: { email: string } }>(READ)
    expect(kept.data?.workingGroupContact.email).toBe('wg@example.org')
  })
})
