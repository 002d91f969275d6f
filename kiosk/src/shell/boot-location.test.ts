import { describe, expect, it } from 'vitest'
import { asksThisKiosk, bootPathFrom, homePathFor, isEventPath } from './boot-location'

describe('bootPathFrom', () => {
  it.each([
    ['/kiosk/e/riverside-pycon-2026', '/e/riverside-pycon-2026'],
    ['/kiosk/e/riverside-pycon-2026/', '/e/riverside-pycon-2026'],
    ['/kiosk/', '/'],
    ['/kiosk/enrol', '/enrol'],
    ['/kiosk/enrol/', '/enrol'],
    ['/kiosk/enrolment', '/'],
    ['/kiosk', '/'],
    ['/kiosk/e/', '/'],
    ['/kiosk/e/Not_A_Slug', '/'],
    ['/kiosk/e/%E0%A4%A', '/'],
    ['/kiosk/e/pycon/contacts', '/'],
    ['/kiosk/e/riverside-pycon-2025/transparency', '/e/riverside-pycon-2025/transparency'],
    ['/kiosk/e/riverside-pycon-2025/transparency/', '/e/riverside-pycon-2025/transparency'],
    ['/kiosk/e/Not_A_Slug/transparency', '/'],
    ['/kiosk/e/pycon/transparency/extra', '/'],
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

describe('homePathFor', () => {
  it('opens the enrolled event from the list or any event address, and leaves set-up alone', () => {
    expect(asksThisKiosk('/')).toBe(true)
    expect(asksThisKiosk('/e/other')).toBe(true)
    expect(asksThisKiosk('/enrol')).toBe(false)
    expect(homePathFor('/', 'pycon')).toBe('/e/pycon')
    expect(homePathFor('/e/other', 'pycon')).toBe('/e/pycon')
    expect(homePathFor('/enrol', 'pycon')).toBe('/enrol')
    expect(homePathFor('/e/other', null)).toBe('/e/other')
  })
})
