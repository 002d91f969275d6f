import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  readonly to: string[]
  readonly raw: string
}

/** A real SMTP server on 127.0.0.1 that keeps what it receives, for tests of outgoing mail. */
export async function startSmtpSink(): Promise<{
  url: string
  messages: ReceivedMail[]
  stop(): Promise<void>
}> {
  const messages: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        messages.push({
          to: session.envelope.rcptTo.map(rcpt => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        })
        callback()
      })
    },
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.server.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    stop: () => new Promise<void>(resolve => server.close(() => resolve())),
  }
}

/** A received message as text: quoted-printable soft line breaks joined again. */
export const textOf = (mail: ReceivedMail): string => mail.raw.replace(/=\r?\n/g, '')
