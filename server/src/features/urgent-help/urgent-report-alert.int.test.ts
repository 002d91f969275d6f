import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { enrolledKioskClient } from '../../../test/kiosks.js'
import { subscribe, until } from '../../../test/live.js'
import {
  ALERT_FIELDS,
  mailText,
  startUrgentScenario,
  type UrgentAlertSeen,
  type UrgentScenario,
} from '../../../test/urgent-scenario.js'
import { UrgentAlertEntity } from './urgent-alert.entity.js'

const SUBMIT = 'mutation($i: SubmitReportInput!) { submitReport(input: $i) { reference urgentAlertToken } }'
const CASES = 'query($e: ID!) { cases(eventId: $e) { id codeName } }'

describe.each(testDialects)('an urgent report raises the same alert, on %s', dialect => {
  let s: UrgentScenario

  beforeEach(async () => {
    s = await startUrgentScenario(dialect)
  })
  afterEach(() => s.stop())

  const report = (input: Record<string, unknown>, client = s.server.client()) =>
    client.gql<{ submitReport: { reference: string; urgentAlertToken: string | null } }>(SUBMIT, {
      i: { eventSlug: s.slug, description: 'He keeps following me', ...input },
    })

  it('raises an alert with its place and its kiosk, linked to its case for responders who may open it', async () => {
    const kiosk = await enrolledKioskClient(s.server, s.eventId, 'Registration desk')
    const sent = await report({ isOngoing: true, isUrgent: true, where: 'Hall B, back row' }, kiosk)
    expect(sent.data?.submitReport.urgentAlertToken).toMatch(/^[\w-]{43}$/)

    const [theCase] = (
      await s.amara.client.gql<{ cases: { id: string; codeName: string }[] }>(CASES, { e: s.eventId })
    ).data!.cases
    expect(await s.alertsOf(s.amara)).toEqual([
      expect.objectContaining({
        status: 'OPEN',
        place: 'Hall B, back row',
        kioskLocation: 'Registration desk',
        caseId: theCase?.id,
        caseCodeName: theCase?.codeName,
      }),
    ])
    // An organizer is alerted too, but may not open cases: no link, no code name.
    expect(await s.alertsOf(s.organizer)).toEqual([
      expect.objectContaining({ place: 'Hall B, back row', caseId: null, caseCodeName: null }),
    ])
    const mail = await until(
      () => s.smtp.messages.find(m => mailText(m.raw).includes('Urgent help requested')),
      5000,
    )
    expect(mail.to.sort()).toEqual(['amara@example.org', 'bruno@example.org'])
    expect(mailText(mail.raw)).toContain('where: Hall B, back row')
    expect(mailText(mail.raw)).not.toContain('following')
  })

  it('raises none for a report that does not need someone right now, nor for one written down in person', async () => {
    await report({ isOngoing: true, isUrgent: false, where: 'Hall B' })
    await report({ isOngoing: false })
    const onSite = await s.amara.client.gql(
      'mutation($i: RecordOnSiteReportInput!) { recordOnSiteReport(input: $i) { reference } }',
      {
        i: {
          eventId: s.eventId,
          description: 'Told in person',
          isUrgent: true,
          isConfidentialityExplained: true,
          isImmediateActionNeeded: false,
        },
      },
    )
    expect(onSite.errors).toBeUndefined()
    expect(await s.server.db.read.countBy(UrgentAlertEntity, { eventId: s.eventId })).toBe(0)
  })

  it('never shows it to a responder the reporter excluded: not in the list, not live, not by email', async () => {
    const live = await subscribe<{ urgentAlertsChanged: UrgentAlertSeen[] }>(
      s.server.url,
      s.bruno.client.cookie,
      `subscription($e: ID!) { urgentAlertsChanged(eventId: $e) { ${ALERT_FIELDS} } }`,
      { e: s.eventId },
    )
    await report({ isUrgent: true, where: 'Hall B', excludedContactIds: [s.bruno.contact!.id] })
    const mail = await until(
      () => s.smtp.messages.find(m => mailText(m.raw).includes('Urgent help requested')),
      5000,
    )
    expect(mail.to).toEqual(['amara@example.org'])
    expect(await s.alertsOf(s.amara)).toHaveLength(1)
    expect(await s.alertsOf(s.bruno)).toEqual([])
    const [alert] = await s.alertsOf(s.amara)
    const taking = await s.bruno.client.gql(
      'mutation($i: AcknowledgeUrgentAlertInput!) { acknowledgeUrgentAlert(input: $i) { id } }',
      { i: { eventId: s.eventId, alertId: alert?.id } },
    )
    expect(taking.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND')
    await new Promise(resolve => setTimeout(resolve, 300))
    expect(live.received).toEqual([])
    await live.close()
  })

  it('joins the alert raised with the form’s red button: one alert, now linked, and kept from whoever the report excludes', async () => {
    const kiosk = s.server.client()
    // The red button inside the form sends the place the form holds, and whom it keeps out so far.
    const token = await s.ask({ where: 'Hall B', excludedContactIds: [] }, kiosk)
    expect(await s.alertsOf(s.bruno)).toHaveLength(1)
    const sent = await report(
      { isUrgent: true, where: 'Hall B', excludedContactIds: [s.bruno.contact!.id], urgentAlertToken: token },
      kiosk,
    )
    expect(sent.data?.submitReport.urgentAlertToken).toBe(token)
    expect(await s.server.db.read.countBy(UrgentAlertEntity, { eventId: s.eventId })).toBe(1)
    const [linked] = await s.alertsOf(s.amara)
    expect(linked?.caseId).not.toBeNull()
    expect(await s.alertsOf(s.bruno)).toEqual([])
  })

  it('keeps a tap alert from the contacts the report form already excludes, emails included', async () => {
    await s.ask({ where: 'Hall B', excludedContactIds: [s.bruno.contact!.id, 'not-a-contact'] })
    const mail = await until(() => s.smtp.messages[0], 5000)
    expect(mail.to).toEqual(['amara@example.org'])
    expect(await s.alertsOf(s.bruno)).toEqual([])
    expect(await s.alertsOf(s.organizer)).toHaveLength(1)
  })
})
