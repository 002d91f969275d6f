import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testDialects } from '../../../test/databases.js'
import { enrolledKioskClient } from '../../../test/kiosks.js'
import { until } from '../../../test/live.js'
import {
  mailHeader,
  mailText,
  startUrgentScenario,
  type UrgentScenario,
} from '../../../test/urgent-scenario.js'
import { UrgentAlertEntity } from './urgent-alert.entity.js'

const ACKNOWLEDGE =
  'mutation($i: AcknowledgeUrgentAlertInput!) { acknowledgeUrgentAlert(input: $i) { status acknowledgedByName } }'

describe.each(testDialects)('one request is one alert, on %s', dialect => {
  let s: UrgentScenario

  beforeEach(async () => {
    s = await startUrgentScenario(dialect)
  })
  afterEach(() => s.stop())

  it('updates the same alert with the place given afterwards, in one email thread, and "I’m on it" clears it', async () => {
    const kiosk = s.server.client()
    const token = await s.ask({ where: null }, kiosk)
    expect(token).toMatch(/^[\w-]{43}$/)
    const first = await until(() => s.smtp.messages[0], 5000)

    // The same screen tells the team where the person is: the token names the alert it raised.
    const again = await s.ask({ where: '  Hall B, by the stairs ', alertToken: token }, kiosk)
    expect(again).toBe(token)

    const rows = await s.server.db.read.findBy(UrgentAlertEntity, { eventId: s.eventId })
    expect(rows).toHaveLength(1)
    expect(rows[0]?.place).toBe('Hall B, by the stairs')
    const [alert] = await s.alertsOf(s.amara)
    expect(alert).toMatchObject({ status: 'OPEN', place: 'Hall B, by the stairs' })

    const update = await until(() => s.smtp.messages[1], 5000)
    expect(s.smtp.messages).toHaveLength(2)
    expect(mailHeader(first.raw, 'Subject')).toBe('Urgent help requested at Test Conference')
    expect(mailHeader(update.raw, 'Subject')).toBe(
      'Urgent help requested at Test Conference: update, where they are',
    )
    expect(mailText(update.raw)).toContain('they are at Hall B, by the stairs')
    expect(mailText(update.raw)).toContain('This is not a second request.')
    // One thread: the update replies to the first.
    const firstId = mailHeader(first.raw, 'Message-ID')
    expect(firstId).toMatch(/^<urgent-alert-[\w-]+@/)
    expect(mailHeader(update.raw, 'In-Reply-To')).toBe(firstId)
    expect(mailHeader(update.raw, 'References')).toBe(firstId)

    const taken = await s.amara.client.gql(ACKNOWLEDGE, { i: { eventId: s.eventId, alertId: alert?.id } })
    expect(taken.data).toEqual({
      acknowledgeUrgentAlert: { status: 'ACKNOWLEDGED', acknowledgedByName: 'Amara' },
    })
    const seen = await s.alertsOf(s.bruno)
    expect(seen.filter(entry => entry.status === 'OPEN')).toEqual([])
    expect(seen).toEqual([expect.objectContaining({ id: alert?.id, acknowledgedByName: 'Amara' })])
  })

  it('raises a new alert when the token names no alert of this event, or a cancelled one', async () => {
    const token = await s.ask({})
    await s.server.client().gql('mutation($t: String!) { cancelUrgentHelp(alertToken: $t) { status } }', {
      t: token,
    })
    const afterCancel = await s.ask({ where: 'Room 4', alertToken: token })
    const guessed = await s.ask({ where: 'Room 5', alertToken: 'x'.repeat(43) })
    expect(new Set([token, afterCancel, guessed]).size).toBe(3)
    const rows = await s.server.db.read.findBy(UrgentAlertEntity, { eventId: s.eventId })
    expect(rows.map(row => row.place).sort()).toEqual(['Room 4', 'Room 5', null])
  })

  it('limits place updates per alert, and never counts them as new taps', async () => {
    const kiosk = s.server.client()
    const token = await s.ask({}, kiosk)
    for (const place of ['A', 'B', 'C', 'D', 'E']) {
      await s.ask({ where: place, alertToken: token }, kiosk)
    }
    const sixth = await kiosk.gql(
      'mutation($i: UrgentHelpInput!) { requestUrgentHelp(input: $i) { alertToken } }',
      {
        i: { eventSlug: s.slug, where: 'F', alertToken: token },
      },
    )
    expect(sixth.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED')
    // Taps left: two more alerts from this kiosk still get through.
    await s.ask({}, kiosk)
    await s.ask({}, kiosk)
    expect(await s.server.db.read.countBy(UrgentAlertEntity, { eventId: s.eventId })).toBe(3)
  })

  it('carries the location of the enrolled kiosk it came from', async () => {
    const kiosk = await enrolledKioskClient(s.server, s.eventId, 'Registration desk')
    await s.ask({}, kiosk)
    const [alert] = await s.alertsOf(s.amara)
    expect(alert).toMatchObject({ kioskLocation: 'Registration desk', place: null })
    const mail = await until(() => s.smtp.messages[0], 5000)
    expect(mailText(mail.raw)).toContain('at the kiosk at Registration desk')
  })
})
