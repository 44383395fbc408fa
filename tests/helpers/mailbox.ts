import { SMTPServer } from 'smtp-server'

export type ReceivedMail = { from: string; to: string[]; raw: string; subject: string; text: string }

export type Mailbox = {
  port: number
  messages: ReceivedMail[]
  /** Wait for a message to `address` matching `subject`, received after `since` messages. */
  waitFor: (address: string, subject: RegExp, timeoutMs?: number) => Promise<ReceivedMail>
  close: () => Promise<void>
}

const decodeQuotedPrintable = (text: string) =>
  text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))

/** A real SMTP server on loopback that keeps what it receives, for reading verification and reset mails. */
export async function startMailbox(): Promise<Mailbox> {
  const messages: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const subject = /^Subject: (.*)$/im.exec(raw)?.[1]?.trim() ?? ''
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          raw,
          subject,
          text: decodeQuotedPrintable(raw),
        })
        callback()
      })
    },
  })
  const port: number = await new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port))
  })
  return {
    port,
    messages,
    waitFor: async (address, subject, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline) {
        const found = [...messages].reverse().find((m) => m.to.includes(address.toLowerCase()) && subject.test(m.subject))
        if (found) return found
        await new Promise((r) => setTimeout(r, 50))
      }
      throw new Error(`No mail to ${address} matching ${subject} within ${timeoutMs} ms`)
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
