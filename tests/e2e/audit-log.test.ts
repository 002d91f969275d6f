import { describe, expect, it } from 'vitest'
import { describeViolations, seriousAxeViolations } from '../support/axe.js'
import { useBrowserTests } from '../support/browser.js'
import { BROWSER_LOCALE, messages, type Locale } from '../support/messages.js'
import type { RunningServer } from '../support/start-server.js'
import { openDashboard } from '../support/urgent-help-flow.js'

// Issue 10: the audit log page, reached from the navigation by admins and the Working Group only;
// the table narrows to a person from their name; axe (WCAG A/AA) finds nothing serious, in each
// language. The contexts bypass the CSP only so that axe can be injected.
describe('the audit log page', { timeout: 120_000 }, () => {
  const session = useBrowserTests()
  let server: RunningServer | undefined

  it.each<{ locale: Locale; prefix: string; name: string }>([
    { locale: 'en', prefix: 'admin', name: 'Dana Admin' },
    { locale: 'pt', prefix: 'wg', name: 'Kwame Mensah' },
  ])(
    'in $locale, the $prefix reads who looked, narrows to a person, and axe finds nothing',
    async ({ locale, prefix, name }) => {
      server = await session.startServer()
      const d = messages('dashboard', locale)
      const tab = session.track(
        await openDashboard(session.browser, server, prefix, locale, {
          locale: BROWSER_LOCALE[locale],
          bypassCSP: true,
        }),
      )
      const { page } = tab
      const found: string[] = []
      const check = async (screen: string) => {
        const violations = await seriousAxeViolations(page)
        if (violations.length > 0) {
          found.push(`${screen}:\n${describeViolations(violations)}`)
        }
      }

      await page
        .getByRole('navigation', { name: d('shell.mainNavigation') })
        .getByRole('link', { name: d('shell.nav.audit') })
        .click()
      await page.getByRole('heading', { level: 1, name: d('auditEntries.title') }).waitFor()
      const table = page.getByRole('table', { name: d('auditEntries.tableCaption') })
      // Looking is recorded before the page is read: the first row is this very look.
      const first = table.getByRole('row').nth(1)
      await first.getByRole('cell', { name: d('auditEntries.actions.AUDIT_VIEW') }).waitFor()
      await check('audit log, everything')

      await first.getByRole('link', { name: `${name} ${d('auditEntries.onlyThisPerson')}` }).click()
      await page.getByText(d('auditEntries.onlyPerson', { name })).waitFor()
      await table.getByRole('row').nth(2).waitFor()
      await check('audit log, one person')

      await page.getByLabel(d('auditEntries.fromDay')).fill('2030-01-02')
      await page.getByLabel(d('auditEntries.toDay')).fill('2030-01-01')
      await page.getByRole('button', { name: d('auditEntries.apply') }).click()
      await page
        .getByRole('main')
        .getByRole('alert')
        .getByText(d('errors.reasons.AUDIT_RANGE_REVERSED'))
        .waitFor()
      await check('audit log, a period refused')

      expect(found, found.join('\n\n')).toEqual([])
      expect(tab.errors()).toEqual([])
    },
  )

  it('is not in the navigation of an organizer', async () => {
    server = await session.startServer()
    const d = messages('dashboard', 'en')
    const tab = session.track(await openDashboard(session.browser, server, 'organizer'))
    const nav = tab.page.getByRole('navigation', { name: d('shell.mainNavigation') })
    await nav.getByRole('link', { name: d('shell.nav.events') }).waitFor()
    expect(await nav.getByRole('link', { name: d('shell.nav.audit') }).count()).toBe(0)
  })
})
