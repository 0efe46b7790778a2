import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedEmail {
  to: string[];
  messageId: string;
  subject: string;
  headers: Record<string, string>;
  /** The text/plain part, decoded. */
  text: string;
}

export interface SmtpSink {
  url: string;
  received: ReceivedEmail[];
  /** The next `count` messages get a temporary failure (451) after their data was sent. */
  failNext(count: number, code?: number): void;
  waitFor(predicate: (received: ReceivedEmail[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** A real SMTP server in the test process that keeps what it accepts (no STARTTLS, no auth). */
export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedEmail[] = [];
  let failures: { count: number; code: number } = { count: 0, code: 451 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (failures.count > 0) {
          failures.count--;
          const error = Object.assign(new Error('Try again later'), { responseCode: failures.code });
          return callback(error);
        }
        received.push(parse(Buffer.concat(chunks).toString('utf8'), session.envelope.rcptTo.map((rcpt) => rcpt.address)));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    failNext(count, code = 451) {
      failures = { count, code };
    },
    waitFor: (predicate, timeoutMs = 20_000) => waitUntil(() => predicate(received), timeoutMs),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs = 20_000, intervalMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

function parse(raw: string, to: string[]): ReceivedEmail {
  const { headers, body } = splitHeaders(raw);
  const textPart = findTextPart(headers, body);
  return { to, messageId: headers['message-id'] ?? '', subject: decodeWords(headers.subject ?? ''), headers, text: textPart };
}

function splitHeaders(raw: string): { headers: Record<string, string>; body: string } {
  const end = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, end).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body: raw.slice(end + 4) };
}

function findTextPart(headers: Record<string, string>, body: string): string {
  const type = headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/.exec(type)?.[1];
  if (!boundary) return decodeBody(body, headers['content-transfer-encoding']);
  for (const part of body.split(`--${boundary}`)) {
    if (!part.includes('\r\n\r\n')) continue;
    const inner = splitHeaders(part.replace(/^\r\n/, ''));
    if ((inner.headers['content-type'] ?? '').startsWith('text/plain')) return decodeBody(inner.body, inner.headers['content-transfer-encoding']);
  }
  return '';
}

function decodeBody(body: string, encoding = '7bit'): string {
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_match, kind: string, text: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
  );
}
