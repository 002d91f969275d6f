import nodemailer, { type Transporter } from 'nodemailer'
import type { Logger } from '../logging/logger.js'

export interface Mail {
  readonly to: readonly string[]
  readonly subject: string
  readonly text: string
  /**
   * Threading: `messageId` names a first message (`<local@domain>`); a follow-up names it in
   * `inReplyTo`, so mail clients show both in one thread.
   */
  readonly messageId?: string
  readonly inReplyTo?: string
}

/** Sends email. Callers write messages that carry no personal data; the mailer adds none. */
export interface Mailer {
  send(mail: Mail): Promise<void>
}

/**
 * SMTP through nodemailer when SMTP_URL is set; otherwise each message is written to the log
 * (subject and recipient count only) so a demo without a mail server still shows what was sent.
 */
export function createMailer(smtpUrl: string | null, from: string, log: Logger): Mailer {
  if (smtpUrl === null) {
    return {
      send: mail => {
        log.info({ subject: mail.subject, recipients: mail.to.length }, 'email not sent: SMTP_URL is unset')
        return Promise.resolve()
      },
    }
  }
  const transport: Transporter = nodemailer.createTransport(smtpUrl)
  return {
    async send(mail) {
      if (mail.to.length === 0) {
        return
      }
      await transport.sendMail({
        from,
        bcc: [...mail.to],
        subject: mail.subject,
        text: mail.text,
        ...(mail.messageId === undefined ? {} : { messageId: mail.messageId }),
        ...(mail.inReplyTo === undefined ? {} : { inReplyTo: mail.inReplyTo, references: [mail.inReplyTo] }),
      })
    },
  }
}
