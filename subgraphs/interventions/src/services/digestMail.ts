import { createTransport } from 'nodemailer';
import type { DataSource } from 'typeorm';
import { storedDigest } from './weeklyDigest.service';

// E-mail delivery of the weekly digest (issue 15), optional: only when SMTP_URL is set. Each office or county whose
// mailbox DIGEST_RECIPIENTS names gets its digest's figures and lists in plain text.

export interface DigestMailConfig {
  smtpUrl: string;
  from: string;
  /** Office id (letters, "UME") or county code (digits, "01") → address. */
  recipients: { kind: 'office' | 'county'; code: string; to: string }[];
}

/** The mail settings from the environment, or null when SMTP_URL is unset; a malformed list is refused in words. */
export function readDigestMailConfig(env: NodeJS.ProcessEnv = process.env): DigestMailConfig | null {
  const smtpUrl = env.SMTP_URL;
  if (!smtpUrl) return null;
  const recipients = (env.DIGEST_RECIPIENTS ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const match = /^([A-Za-z]{3}|\d{2})=(\S+@\S+)$/.exec(entry);
      if (!match) {
        throw new Error(
          `DIGEST_RECIPIENTS: "${entry}" is not office=address or county=address (UME=a@b.se, 01=c@d.se).`,
        );
      }
      const kind: 'office' | 'county' = /^\d/.test(match[1]) ? 'county' : 'office';
      return { kind, code: match[1].toUpperCase(), to: match[2] };
    });
  return { smtpUrl, from: env.DIGEST_MAIL_FROM ?? 'Lägesbild <lagesbild@localhost>', recipients };
}

/** Sends this week's digests (read through `dataSource`, under a national scope) to their recipients. */
export async function mailWeeklyDigests(dataSource: DataSource, config: DigestMailConfig | null): Promise<number> {
  if (!config || config.recipients.length === 0) return 0;
  const transport = createTransport(config.smtpUrl);
  try {
    let sent = 0;
    for (const recipient of config.recipients) {
      const digest = await storedDigest(dataSource, recipient, null);
      if (!digest) continue;
      const lines = (rows: { reference: string; dueOn: string }[]) =>
        rows.map((row) => `  ${row.dueOn}  ${row.reference}`).join('\n') || '  –';
      await transport.sendMail({
        from: config.from,
        to: recipient.to,
        subject: `Veckosammanställning ${digest.weekStart}, ${recipient.code}: ${digest.overdueCount} försenade uppföljningar`,
        text: [
          `Veckosammanställning för ${recipient.code}, veckan från ${digest.weekStart} (sammanställd ${digest.builtOn}).`,
          '',
          `Försenade uppföljningar: ${digest.overdueCount}`,
          `Uppföljningar inom 14 dagar: ${digest.dueSoonCount}`,
          `Skolor med störst behov som inte nåtts: ${digest.highNeedNotReachedCount}`,
          '',
          'Försenade:',
          lines(digest.overdue),
          '',
          'Inom 14 dagar:',
          lines(digest.dueSoon),
        ].join('\n'),
      });
      sent++;
    }
    return sent;
  } finally {
    transport.close();
  }
}
