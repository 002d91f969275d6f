import { describe, expect, it } from 'vitest'
import { parseConfig } from './config'

const base = { BASE_URL: '/kiosk/' } as Parameters<typeof parseConfig>[0]

describe('parseConfig', () => {
  it('defaults to a 90 s idle reset with a warning 15 s before, refreshing every minute', () => {
    expect(parseConfig(base)).toMatchObject({
      graphqlUrl: '/graphql',
      basePath: '/kiosk/',
      idleResetSeconds: 90,
      idleWarningSeconds: 15,
      eventRefreshSeconds: 60,
    })
  })

  it('takes configured values', () => {
    expect(
      parseConfig({ ...base, VITE_IDLE_RESET_SECONDS: '120', VITE_IDLE_WARNING_SECONDS: '30' }),
    ).toMatchObject({
      idleResetSeconds: 120,
      idleWarningSeconds: 30,
    })
  })

  it('refuses values that would break the idle reset', () => {
    expect(() => parseConfig({ ...base, VITE_IDLE_RESET_SECONDS: 'soon' })).toThrow(/VITE_IDLE_RESET_SECONDS/)
    expect(() =>
      parseConfig({ ...base, VITE_IDLE_RESET_SECONDS: '10', VITE_IDLE_WARNING_SECONDS: '15' }),
    ).toThrow(/smaller/)
  })
})
