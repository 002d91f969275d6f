/**
 * The server package's SMTP sink (a real SMTP server on 127.0.0.1, from its dev dependencies), so
 * browser tests check the mail the built server really sends, with no second copy of the sink.
 */
export { startSmtpSink } from '../../server/test/smtp-sink.js'
export type { ReceivedMail } from '../../server/test/smtp-sink.js'
