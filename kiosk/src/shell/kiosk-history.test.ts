import { describe, expect, it } from 'vitest'
import { createKioskHistory } from './kiosk-history'

describe('kiosk history', () => {
  it('starts where the kiosk was opened', () => {
    expect(createKioskHistory('/e/pycon').location).toBe('/e/pycon')
  })

  it('forgets the visit on restart: nothing to go back to', () => {
    const history = createKioskHistory('/e/pycon')
    const heard: string[] = []
    history.listen(to => heard.push(to))
    history.push('/e/pycon/contacts')
    history.go(-1)
    expect(heard).toEqual(['/e/pycon'])

    history.push('/e/pycon/contacts')
    history.restart('/e/pycon')
    history.go(-1)
    expect(history.location).toBe('/e/pycon')
    // Listeners survive the swap: the router keeps hearing the new history.
    history.push('/e/pycon/contacts')
    history.go(-1)
    expect(heard.at(-1)).toBe('/e/pycon')
  })

  it('knows whether there is an earlier screen to go back to, as the memory history counts them', () => {
    const history = createKioskHistory('/e/pycon')
    expect(history.canGoBack).toBe(false)
    history.push('/e/pycon/report')
    history.push('/e/pycon/report/sent')
    history.replace('/e/pycon/report')
    expect(history.canGoBack).toBe(true)
    history.go(-1)
    expect(history.location).toBe('/e/pycon/report')
    history.go(-1)
    expect(history.location).toBe('/e/pycon')
    expect(history.canGoBack).toBe(false)
    history.go(-1)
    expect(history.canGoBack).toBe(false)
    history.go(1)
    expect(history.location).toBe('/e/pycon/report')
    expect(history.canGoBack).toBe(true)
    history.restart('/e/pycon')
    expect(history.canGoBack).toBe(false)
  })

  it('never touches the address bar', () => {
    const before = window.location.href
    const history = createKioskHistory('/e/pycon')
    history.push('/e/pycon/contacts')
    history.restart('/')
    expect(window.location.href).toBe(before)
  })
})
