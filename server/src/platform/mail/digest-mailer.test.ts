import { describe, expect, it } from 'vitest'
import { createLogger } from '../logging/logger.js'
import { ManualClock } from '../time/clock.js'
import { DigestMailer } from './digest-mailer.js'
import type { Mail } from './mailer.js'

function digest() {
  const sent: Mail[] = []
  const clock = new ManualClock()
  const mailer = {
    send: (mail: Mail) => {
      sent.push(mail)
      return Promise.resolve()
    },
  }
  const texts = {
    first: (topic: string) => ({ subject: `first ${topic}`, text: '' }),
    summary: (counts: ReadonlyMap<string, number>) => ({
      subject: `summary ${[...counts].join(' ')}`,
      text: '',
    }),
  }
  return { sent, clock, mailer: new DigestMailer(mailer, clock, 60_000, texts, createLogger('silent')) }
}

describe('DigestMailer', () => {
  it('mails the first event at once and sums up the rest once the interval is over', async () => {
    const { sent, clock, mailer } = digest()
    mailer.add('Ana@Example.org', 'A')
    mailer.add('ana@example.org', 'A')
    mailer.add('ana@example.org', 'B')
    mailer.add('bo@example.org', 'A')
    await mailer.flushDue()
    expect(sent.map(mail => [mail.to, mail.subject])).toEqual([
      [['ana@example.org'], 'first A'],
      [['bo@example.org'], 'first A'],
    ])
    clock.advance(59_999)
    await mailer.flushDue()
    expect(sent).toHaveLength(2)
    clock.advance(1)
    await mailer.flushDue()
    expect(sent.slice(2).map(mail => [mail.to, mail.subject])).toEqual([
      [['ana@example.org'], 'summary A,1 B,1'],
    ])
  })

  it('counts what comes within a minute of a summary for the next one, and starts afresh after a quiet minute', async () => {
    const { sent, clock, mailer } = digest()
    mailer.add('ana@example.org', 'A')
    mailer.add('ana@example.org', 'A')
    clock.advance(60_000)
    await mailer.flushDue()
    mailer.add('ana@example.org', 'A')
    expect(sent).toHaveLength(2)
    clock.advance(60_000)
    await mailer.flushDue()
    expect(sent[2]?.subject).toBe('summary A,1')
    clock.advance(60_000)
    await mailer.flushDue()
    mailer.add('ana@example.org', 'C')
    expect(sent[3]?.subject).toBe('first C')
  })

  it('sends every waiting summary at shutdown', async () => {
    const { sent, mailer } = digest()
    mailer.add('ana@example.org', 'A')
    mailer.add('ana@example.org', 'A')
    await mailer.flushAll()
    expect(sent.map(mail => mail.subject)).toEqual(['first A', 'summary A,1'])
  })
})
