import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { until } from '../../../test/live.js'
import { mailHeader, startUrgentScenario, type UrgentScenario } from '../../../test/urgent-scenario.js'

const PROGRESS =
  'query($t: String!) { urgentHelpProgress(alertToken: $t) { status responderName responder { name pronouns identifier } } }'
const CANCEL = 'mutation($t: String!) { cancelUrgentHelp(alertToken: $t) { status responderName } }'
const ACKNOWLEDGE = 'mutation($i: AcknowledgeUrgentAlertInput!) { acknowledgeUrgentAlert(input: $i) { id } }'

describe.each(testDialects)('the person learns that someone is coming, on %s', dialect => {
  let s: UrgentScenario

  beforeEach(async () => {
    s = await startUrgentScenario(dialect)
  })
  afterEach(() => s.stop())

  it('tells the holder of the token who took the alert, with how to recognise them', async () => {
    const phone = s.server.client()
    const token = await s.ask({}, phone)
    expect((await phone.gql(PROGRESS, { t: token })).data).toEqual({
      urgentHelpProgress: { status: 'OPEN', responderName: null, responder: null },
    })
    const [alert] = await s.alertsOf(s.amara)
    await s.amara.client.gql(ACKNOWLEDGE, { i: { eventId: s.eventId, alertId: alert?.id } })
    expect((await phone.gql(PROGRESS, { t: token })).data).toEqual({
      urgentHelpProgress: {
        status: 'ACKNOWLEDGED',
        responderName: 'Amara',
        responder: { name: 'Amara', pronouns: 'she/her', identifier: 'Orange lanyard' },
      },
    })
  })

  it('reveals nothing without the token: any other string is NOT_FOUND, the same answer every time', async () => {
    await s.ask({ where: 'Hall B' })
    const stranger = s.server.client()
    const answers = await Promise.all(
      ['', 'x'.repeat(43), 'y'.repeat(200)].map(async t => (await stranger.gql(PROGRESS, { t })).errors),
    )
    for (const errors of answers) {
      expect(errors?.map(error => error.extensions?.['code'])).toEqual(['NOT_FOUND'])
      expect(JSON.stringify(errors)).not.toContain('Hall B')
    }
    expect((await stranger.gql(CANCEL, { t: 'x'.repeat(43) })).errors?.[0]?.extensions?.['code']).toBe(
      'NOT_FOUND',
    )
    expect(await s.alertsOf(s.amara)).toEqual([expect.objectContaining({ status: 'OPEN' })])
  })

  it('limits how often one requester asks, once a second being plenty', async () => {
    const phone = s.server.client()
    const token = await s.ask({}, phone)
    for (let poll = 0; poll < 180; poll++) {
      expect((await phone.gql(PROGRESS, { t: token })).errors).toBeUndefined()
    }
    expect((await phone.gql(PROGRESS, { t: token })).errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED')
    s.server.clock.advance(61_000)
    expect((await phone.gql(PROGRESS, { t: token })).errors).toBeUndefined()
  })

  it('"I tapped by mistake" cancels the alert: the team sees it cancelled, and the email thread says so', async () => {
    const phone = s.server.client()
    const token = await s.ask({ where: 'Hall B' }, phone)
    const first = await until(() => s.smtp.messages[0], 5000)
    expect((await phone.gql(CANCEL, { t: token })).data).toEqual({
      cancelUrgentHelp: { status: 'CANCELLED', responderName: null },
    })
    const [alert] = await s.alertsOf(s.bruno)
    expect(alert).toMatchObject({ status: 'CANCELLED', cancelledAt: expect.any(String) as string })
    const update = await until(() => s.smtp.messages[1], 5000)
    expect(mailHeader(update.raw, 'Subject')).toBe(
      'Urgent help requested at Test Conference: update, cancelled',
    )
    expect(mailHeader(update.raw, 'In-Reply-To')).toBe(mailHeader(first.raw, 'Message-ID'))
    // Acknowledging it afterwards changes nothing: the person said they are fine.
    await s.amara.client.gql(ACKNOWLEDGE, { i: { eventId: s.eventId, alertId: alert?.id } })
    expect((await s.alertsOf(s.amara))[0]).toMatchObject({ status: 'CANCELLED', acknowledgedByName: null })
    // Settled alerts leave the list after 15 minutes (read by the service: the session would time out).
    const viewer = await s.server.services.sessions.loadViewer(s.amara.contact?.accountId ?? '')
    s.server.clock.advance(15 * 60_000 + 1000)
    expect(await s.server.services.urgentAlerts.alertsFor(viewer!, s.eventId)).toEqual([])
  })
})
