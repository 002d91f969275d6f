import { describe, expect, it } from 'vitest'
import { describeViolations, seriousAxeViolations } from '../support/axe.js'
import { useBrowserTests, type TestPage } from '../support/browser.js'
import { BROWSER_LOCALE, messages, type Locale } from '../support/messages.js'
import { openDashboard } from '../support/urgent-help-flow.js'

// Issue 10: the Working Group (or an admin) keeps how responders reach it during events; a responder
// sees it on a case page and in the escalation question. axe (WCAG A/AA) finds nothing serious on
// either screen, in each language. The contexts bypass the CSP only so that axe can be injected.
describe('reaching the Working Group during the event', { timeout: 150_000 }, () => {
  const session = useBrowserTests()

  it.each<{ locale: Locale; prefix: string }>([
    { locale: 'en', prefix: 'wg' },
    { locale: 'pt', prefix: 'admin' },
  ])(
    'in $locale, the $prefix sets the contact and a responder finds it on the case',
    async ({ locale, prefix }) => {
      const running = await session.startServer()
      const d = messages('dashboard', locale)
      const options = { locale: BROWSER_LOCALE[locale], bypassCSP: true }
      const found: string[] = []
      const check = async (tab: TestPage, screen: string) => {
        const violations = await seriousAxeViolations(tab.page)
        if (violations.length > 0) {
          found.push(`${screen}:\n${describeViolations(violations)}`)
        }
      }

      const keeper = session.track(await openDashboard(session.browser, running, prefix, locale, options))
      await keeper.page
        .getByRole('navigation', { name: d('shell.mainNavigation') })
        .getByRole('link', { name: d('shell.nav.workingGroupContact') })
        .click()
      await keeper.page.getByRole('heading', { level: 1, name: d('workingGroupContacts.title') }).waitFor()
      await keeper.page.getByLabel(d('workingGroupContacts.phone')).fill('+351 210 000 000')
      await keeper.page.getByLabel(d('workingGroupContacts.email')).fill('wg-duty@example.org')
      await keeper.page.getByLabel(d('workingGroupContacts.note')).fill('Every day, 8:00–22:00.')
      await keeper.page.getByRole('button', { name: d('workingGroupContacts.save') }).click()
      await keeper.page.getByText(d('workingGroupContacts.saved')).waitFor()
      await check(keeper, 'Working Group contact')

      const responder = session.track(
        await openDashboard(session.browser, running, 'amara.okafor', locale, options),
      )
      const { page } = responder
      await page
        .getByRole('link', { name: new RegExp(`^${d('events.list.casesNamed', { name: '' }).trim()}`) })
        .first()
        .click()
      await page
        .getByRole('list', { name: d('cases.inbox.listLabel') })
        .getByRole('link')
        .first()
        .click()
      const contact = page.locator('[data-wg-contact]')
      await contact.getByRole('link', { name: '+351 210 000 000' }).waitFor()
      await expect(
        contact.getByRole('link', { name: 'wg-duty@example.org' }).getAttribute('href'),
      ).resolves.toBe('mailto:wg-duty@example.org')
      await contact.getByText('Every day, 8:00–22:00.').waitFor()
      await check(responder, 'case page with the Working Group contact')

      await page
        .getByRole('button', { name: d('cases.moves.to', { status: d('cases.statuses.escalated-to-wg') }) })
        .click()
      const question = page.getByRole('group', { name: d('cases.moves.escalate.question') })
      await question.locator('[data-wg-contact]').getByRole('link', { name: '+351 210 000 000' }).waitFor()
      await check(responder, 'escalation question with the Working Group contact')

      expect(found, found.join('\n\n')).toEqual([])
      expect(keeper.errors()).toEqual([])
      expect(responder.errors()).toEqual([])
    },
  )
})
