import { describe, expect, it } from 'vitest'
import { ManualClock } from '../time/clock.js'
import { TtlCache } from './ttl-cache.js'

describe('TtlCache', () => {
  it('loads once within the time to live, again after it or after clear()', async () => {
    const clock = new ManualClock()
    const cache = new TtlCache<number>(clock, 5000)
    let loads = 0
    const load = () => Promise.resolve(++loads)
    expect(await cache.get('a', load)).toBe(1)
    expect(await cache.get('a', load)).toBe(1)
    clock.advance(5001)
    expect(await cache.get('a', load)).toBe(2)
    cache.clear()
    expect(await cache.get('a', load)).toBe(3)
  })

  it('does not keep a failed load', async () => {
    const cache = new TtlCache<number>(new ManualClock(), 5000)
    await expect(cache.get('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down')
    expect(await cache.get('a', () => Promise.resolve(7))).toBe(7)
  })
})
