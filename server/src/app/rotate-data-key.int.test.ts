import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../test/databases.js'
import { startWithReport, type ReportScenario } from '../../test/report-scenario.js'
import {
  addSealedData,
  eventWithOfficeHours,
  readEverything,
  storedCiphertexts,
} from '../../test/sealed-data.js'
import type { TestServer } from '../../test/test-server.js'
import { KEY_FILE, readKeyFile, RETIRED_KEY_FILE } from '../platform/crypto/key-file.js'
import { keyIdOf } from '../platform/crypto/key-ring.js'
import { rotateDataKey } from './rotate-data-key.js'

/** The key id of each encrypted value, once each. */
async function keyIdsInUse(server: TestServer): Promise<string[]> {
  const ids = (await storedCiphertexts(server)).map(({ value }) => value.split('.')[1] ?? value)
  return [...new Set(ids)].sort()
}

describe.each(testDialects)('rotating the data key on %s', dialect => {
  let scenario: ReportScenario
  let server: TestServer
  let before: Awaited<ReturnType<typeof readEverything>>
  let oldKeyId: string
  const said: string[] = []
  const rotate = (options: { batchSize?: number; afterBatch?: () => void } = {}) =>
    server.restart({
      whileStopped: config => rotateDataKey(config, { say: line => said.push(line), ...options }),
    })

  beforeEach(async () => {
    said.length = 0
    scenario = await startWithReport(dialect, {}, eventWithOfficeHours())
    server = scenario.server
    await addSealedData(scenario)
    before = await readEverything(scenario, server)
    oldKeyId = keyIdOf(readKeyFile(server.dataDir)[0]!)
  })
  afterEach(() => server.stop())

  it('re-encrypts every value and every file key under a new key, then retires the old one', async () => {
    const columns = new Set((await storedCiphertexts(server)).map(({ column }) => column))
    // Report content, message bodies, attachment names and file keys, the way to reach a booker
    // (booking codes are no longer sealed: only their hash is kept).
    expect(columns.size).toBe(5)
    expect(before.files.map(file => [file.name, file.status])).toEqual([
      ['badge.png', 200],
      ['chat.txt', 200],
    ])
    expect(before.meetings.map(meeting => meeting.contactMethod)).toEqual(['Signal +351 910 000 000'])
    expect(await keyIdsInUse(server)).toEqual([oldKeyId])

    server = await rotate()

    // Only the new key is left in data.key: everything still reads, and nothing carries the old id.
    const keys = readKeyFile(server.dataDir)
    expect(keys).toHaveLength(1)
    const newKeyId = keyIdOf(keys[0]!)
    expect(newKeyId).not.toBe(oldKeyId)
    expect(await keyIdsInUse(server)).toEqual([newKeyId])
    expect(await readEverything(scenario, server)).toEqual(before)
    const retired = readFileSync(path.join(server.dataDir, RETIRED_KEY_FILE), 'utf8')
    expect(retired).toContain(`key ${oldKeyId}, retired`)
    expect(readFileSync(path.join(server.dataDir, KEY_FILE), 'utf8')).not.toContain(oldKeyId)
    expect(said.join('\n')).toContain(`values are now under data key ${newKeyId}`)
  })

  it('resumes an interrupted rotation, reading both keys meanwhile, without adding a third', async () => {
    const powerCut = new Error('power cut')
    let batches = 0
    await expect(
      rotate({
        batchSize: 1,
        afterBatch: () => {
          if (++batches === 3) {
            throw powerCut
          }
        },
      }),
    ).rejects.toBe(powerCut)

    // Half done: the new key encrypts, the old one still reads, and the server serves all of it.
    server = await server.restart()
    const keys = readKeyFile(server.dataDir)
    expect(keys.map(key => keyIdOf(key))).toEqual([expect.any(String), oldKeyId])
    const newKeyId = keyIdOf(keys[0]!)
    expect(await keyIdsInUse(server)).toEqual([newKeyId, oldKeyId].sort())
    expect(await readEverything(scenario, server)).toEqual(before)

    said.length = 0
    server = await rotate()
    expect(said[0]).toBe(`Moving every value to data key ${newKeyId}; still reading ${oldKeyId}.`)
    expect(readKeyFile(server.dataDir).map(key => keyIdOf(key))).toEqual([newKeyId])
    expect(await keyIdsInUse(server)).toEqual([newKeyId])
    expect(await readEverything(scenario, server)).toEqual(before)
  })

  it('with DATA_KEY set: asks for the new key there, then moves every value and says when the old can go', async () => {
    const oldKey = readKeyFile(server.dataDir)[0]!.toString('base64')
    const newKey = Buffer.alloc(32, 9).toString('base64')
    server = await server.restart({ env: { DATA_KEY: oldKey } })
    await expect(rotate()).rejects.toThrow(/set DATA_KEY to it and DATA_KEY_PREVIOUS/)
    server = await server.restart({ env: { DATA_KEY: newKey, DATA_KEY_PREVIOUS: oldKey } })
    expect(await readEverything(scenario, server)).toEqual(before)

    server = await rotate()
    expect(said.at(-1)).toBe(
      `Nothing needs ${oldKeyId} any more: remove DATA_KEY_PREVIOUS and restart the server.`,
    )
    server = await server.restart({ env: { DATA_KEY: newKey } })
    expect(await keyIdsInUse(server)).toEqual([keyIdOf(Buffer.alloc(32, 9))])
    expect(await readEverything(scenario, server)).toEqual(before)
  })
})
