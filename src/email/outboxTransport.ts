import fs from 'node:fs'
import path from 'node:path'
import nodemailer, { type Transporter } from 'nodemailer'

/**
 * With no SMTP server configured, mail is written as .eml files a developer can open
 * (the start banner prints the folder), instead of being dropped.
 */
export function outboxTransport(dir: string): Transporter {
  fs.mkdirSync(dir, { recursive: true })
  return nodemailer.createTransport({
    name: 'practica-outbox',
    version: '1',
    send(mail, callback) {
      const chunks: Buffer[] = []
      const stream = mail.message.createReadStream()
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('error', callback)
      stream.on('end', () => {
        const messageId = mail.message.messageId()
        const safeId = messageId.replace(/[^A-Za-z0-9@._-]/g, '')
        const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${safeId}.eml`)
        fs.promises.writeFile(file, Buffer.concat(chunks)).then(
          () => callback(null, { envelope: mail.message.getEnvelope(), messageId, response: file } as never),
          (error: Error) => callback(error, undefined as never),
        )
      })
    },
  })
}
