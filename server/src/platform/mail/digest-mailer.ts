import type { Logger } from '../logging/logger.js'
import type { Clock } from '../time/clock.js'
import type { Mail, Mailer } from './mailer.js'

/** The words of a digest's two kinds of email. */
export interface DigestTexts {
  /** The email sent at once when nothing went to this recipient within the interval. */
  first(topic: string): Omit<Mail, 'to'>
  /** The summary of what came since: how many per topic, in arrival order. */
  summary(counts: ReadonlyMap<string, number>): Omit<Mail, 'to'>
}

interface Recipient {
  lastSentAt: number
  /** What arrived since the last email, counted per topic. */
  readonly pending: Map<string, number>
}

/**
 * At most one email per recipient per interval, so a flood of events cannot flood anyone's inbox:
 * the first event is told at once, and those that follow within the interval are counted and told in
 * one summary when it ends. Time comes from the injected clock; `flushDue` runs from a timer and
 * `flushAll` at shutdown, so nothing counted is lost. Per process: each server process keeps its own.
 */
export class DigestMailer {
  private readonly recipients = new Map<string, Recipient>()

  constructor(
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    private readonly intervalMs: number,
    private readonly texts: DigestTexts,
    private readonly log: Logger,
  ) {}

  /** Counts one event about `topic` for `address`; emails at once if the interval allows. */
  add(address: string, topic: string): void {
    const key = address.trim().toLowerCase()
    const now = this.clock.now().getTime()
    const recipient = this.recipients.get(key)
    if (
      recipient === undefined ||
      (recipient.pending.size === 0 && now - recipient.lastSentAt >= this.intervalMs)
    ) {
      this.recipients.set(key, { lastSentAt: now, pending: new Map() })
      void this.send(key, this.texts.first(topic))
      return
    }
    recipient.pending.set(topic, (recipient.pending.get(topic) ?? 0) + 1)
  }

  /** Sends the summaries whose interval has ended, and forgets recipients with nothing left to say. */
  async flushDue(): Promise<void> {
    const now = this.clock.now().getTime()
    const sending: Promise<void>[] = []
    for (const [key, recipient] of this.recipients) {
      if (now - recipient.lastSentAt < this.intervalMs) {
        continue
      }
      if (recipient.pending.size === 0) {
        this.recipients.delete(key)
        continue
      }
      sending.push(this.sendSummary(key, recipient, now))
    }
    await Promise.all(sending)
  }

  /** Sends every summary now, whatever the interval: the process is stopping. */
  async flushAll(): Promise<void> {
    const now = this.clock.now().getTime()
    await Promise.all(
      [...this.recipients].flatMap(([key, recipient]) =>
        recipient.pending.size === 0 ? [] : [this.sendSummary(key, recipient, now)],
      ),
    )
  }

  private sendSummary(key: string, recipient: Recipient, now: number): Promise<void> {
    const mail = this.texts.summary(new Map(recipient.pending))
    recipient.pending.clear()
    recipient.lastSentAt = now
    return this.send(key, mail)
  }

  private async send(address: string, mail: Omit<Mail, 'to'>): Promise<void> {
    try {
      await this.mailer.send({ ...mail, to: [address] })
    } catch (error) {
      this.log.error({ err: error, subject: mail.subject }, 'digest email failed')
    }
  }
}
