import { describe, expect, it } from 'vitest'
import { describeViolations, seriousAxeViolations } from '../support/axe.js'
import { useBrowserTests, type TestPage } from '../support/browser.js'
import {
  controlsUnderQuickExit,
  enrolKiosk,
  PHONE,
  PORTRAIT_KIOSK,
  tourKioskScreens,
} from '../support/kiosk-screens.js'
import { BROWSER_LOCALE, messages, type Locale } from '../support/messages.js'
import type { RunningServer } from '../support/start-server.js'

const SCREENS = [
  { name: 'a phone (390 × 844)', options: PHONE, isEnrolled: false },
  { name: 'a portrait venue kiosk (1080 × 1920)', options: PORTRAIT_KIOSK, isEnrolled: true },
] as const

// Every kiosk screen on the two screens it is used on, in both languages (issue 9): axe finds no
// serious or critical WCAG A/AA issue, and the Quick exit button never covers a control. The
// contexts bypass the CSP only so that axe can be injected (see support/axe.ts).
describe('kiosk screens on a phone and a portrait kiosk', { timeout: 240_000 }, () => {
  const session = useBrowserTests()
  let server: RunningServer | undefined
  let tab: TestPage | undefined

  const cases = SCREENS.flatMap(screen => (['en', 'pt'] as Locale[]).map(locale => ({ ...screen, locale })))
  it.each(cases)('on $name in $locale: no serious axe issue, nothing under Quick exit', async screen => {
    // A fresh server for each: each pass books a meeting and sends a report from the same address.
    server = await session.startServer()
    tab = await session.open({
      ...screen.options,
      locale: BROWSER_LOCALE[screen.locale],
      bypassCSP: true,
    })
    const { page } = tab
    if (screen.isEnrolled) {
      await enrolKiosk(page, server, 'Hall B entrance', screen.locale)
    }
    const exit = messages('kiosk', screen.locale)('exit.label')
    const found: string[] = []
    await tourKioskScreens(page, server, screen.locale, async name => {
      const violations = await seriousAxeViolations(page)
      if (violations.length > 0) {
        found.push(`${name}:\n${describeViolations(violations)}`)
      }
      const covered = await controlsUnderQuickExit(page, exit)
      if (covered.length > 0) {
        found.push(`${name}: under Quick exit: ${covered.join(', ')}`)
      }
    })
    expect(found, found.join('\n\n')).toEqual([])
  })
})
