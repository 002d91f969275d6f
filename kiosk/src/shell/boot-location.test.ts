import { describe, expect, it } from 'vitest'
import { bootPathFrom, isEventPath } from './boot-location'

describe('bootPathFrom', () => {
  it.each([
    ['/kiosk/e/riverside-pycon-2026', '/e/riverside-pycon-2026'],
    ['/kiosk/e/riverside-pycon-2026/', '/e/riverside-pycon-2026'],
    ['/kiosk/', '/'],
    ['/kiosk', '/'],
    ['/kiosk/e/', '/'],
    ['/kiosk/e/Not_A_Slug', '/'],
    ['/kiosk/e/%E0%A4%A', '/'],
    ['/kiosk/e/pycon/contacts', '/'],
    ['/elsewhere/e/pycon', '/'],
  ])('%s opens %s', (pathname, expected) => {
    expect(bootPathFrom(pathname, '/kiosk/')).toBe(expected)
  })
})

describe('isEventPath', () => {
  it('tells an event screen from the event list', () => {
    expect(isEventPath('/e/pycon')).toBe(true)
    expect(isEventPath('/')).toBe(false)
  })
})
