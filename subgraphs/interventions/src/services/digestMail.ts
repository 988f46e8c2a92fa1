import { log } from '@lagesbild/platform';
import { beginScopedRequest } from '@lagesbild/subgraph-kit';
import { createTransport } from 'nodemailer';
import type { DataSource } from 'typeorm';
import { DIGEST_BUILDER, storedDigest, type StoredDigest } from './weeklyDigest.service';

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

/** The mail server's timeouts: a sender holds a claimed mail no longer than this. */
const SMTP_TIMEOUT_MS = 30_000;
/** How long reading a digest, or recording a send, may take. */
const RECORD_TIMEOUT_MS = 60_000;
/** After the nth failed attempt, the next one waits RETRY_DELAYS_S[n - 1] seconds; after the last, none is made. */
export const RETRY_DELAYS_S = [60, 5 * 60, 30 * 60, 2 * 3600, 12 * 3600];
/** A mail claimed this long ago and neither sent nor handed back lost its sender: well past the SMTP timeouts. */
const STOPPED_SENDER_AFTER = '10 minutes';

type Recipient = DigestMailConfig['recipients'][number];

/**
 * Records, in the build's transaction (`dataSource` is the build's), one mail to send for each recipient whose
 * office or county has a digest that week. Nothing is sent here: a build rolled back takes its mails with it, and
 * deliverDigestMails sends only what committed.
 */
export async function recordDigestMailings(
  dataSource: DataSource,
  weekStart: string,
  config: DigestMailConfig | null,
): Promise<void> {
  if (!config || config.recipients.length === 0) return;
  await dataSource.query(
    `INSERT INTO digest_mailing (week_start, area_kind, area_code, recipient)
     SELECT d.week_start, d.area_kind, d.area_code, r.recipient
     FROM unnest($2::text[], $3::text[], $4::text[]) AS r(kind, code, recipient)
     JOIN weekly_digest d ON d.week_start = $1::date AND d.area_kind = r.kind AND d.area_code = r.code
     ON CONFLICT DO NOTHING`,
    [
      weekStart,
      config.recipients.map((recipient) => recipient.kind),
      config.recipients.map((recipient) => recipient.code),
      config.recipients.map((recipient) => recipient.to),
    ],
  );
}

interface ClaimedMailing extends Recipient {
  weekStart: string;
  attempts: number;
  digest: StoredDigest | null;
}

export interface DigestDelivery {
  sent: number;
  failed: number;
  /** When the earliest mail handed back after a failure is due again; null when none waits. */
  nextAttemptAt: Date | null;
}

/**
 * Sends every recorded digest mail that is due, one at a time, through the subgraph's own data source (never a
 * request's: each step is a short transaction of its own, and none is open while the mail server is talked to).
 * Each mail is claimed and the claim committed before it is sent, so that of several replicas, or passes, exactly
 * one sends it, and a restart does not send it again. A failure is logged and the mail handed back for a later
 * attempt (RETRY_DELAYS_S).
 */
export async function deliverDigestMails(dataSource: DataSource, config: DigestMailConfig): Promise<DigestDelivery> {
  const transport = createTransport({
    url: config.smtpUrl,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
  const delivery: DigestDelivery = { sent: 0, failed: 0, nextAttemptAt: null };
  await reportStoppedSenders(dataSource);
  try {
    for (let mailing = await claimDue(dataSource); mailing; mailing = await claimDue(dataSource)) {
      const claimed = mailing;
      let failure: string | null = null;
      try {
        // Its digest cannot be gone while the row is there (ON DELETE CASCADE); checked for the type's sake.
        if (!claimed.digest) throw new Error('the digest is gone');
        await transport.sendMail(mailOf(config.from, claimed, claimed.digest));
      } catch (error) {
        failure = (error as Error).message || String(error);
      }
      const retryInS = RETRY_DELAYS_S[claimed.attempts - 1] ?? null;
      await asDigestBuilder(dataSource, (scoped) =>
        scoped.query(
          `UPDATE digest_mailing SET
             sent_at = CASE WHEN $5::text IS NULL THEN now() END,
             claimed_at = CASE WHEN $5::text IS NULL THEN claimed_at END,
             failure = $5::text,
             next_attempt_at = CASE WHEN $5::text IS NOT NULL THEN now() + $6::int * interval '1 second' END
           WHERE week_start = $1::date AND area_kind = $2 AND area_code = $3 AND recipient = $4`,
          [claimed.weekStart, claimed.kind, claimed.code, claimed.to, failure, retryInS],
        ),
      );
      const about = { to: claimed.to, area: claimed.code, week: claimed.weekStart, attempts: claimed.attempts };
      if (failure === null) delivery.sent++;
      else {
        delivery.failed++;
        if (retryInS === null) log.error({ ...about, failure }, 'the weekly digest could not be mailed; no more tries');
        else log.warn({ ...about, failure, retryInS }, 'the weekly digest was not mailed; it is tried again later');
      }
    }
  } finally {
    transport.close();
  }
  delivery.nextAttemptAt = await asDigestBuilder(dataSource, async (scoped) => {
    const [row] = await scoped.query(
      `SELECT min(next_attempt_at) AS "next" FROM digest_mailing WHERE sent_at IS NULL AND claimed_at IS NULL`,
    );
    return (row as { next: Date | null } | undefined)?.next ?? null;
  });
  return delivery;
}

/** Claims the mail due first that nobody holds (a concurrent claim skips it), with its digest; null when none. */
function claimDue(dataSource: DataSource): Promise<ClaimedMailing | null> {
  return asDigestBuilder(dataSource, async (scoped) => {
    const [row] = (await scoped.query(
      // The due row is chosen by a scalar subquery, evaluated once; a subquery in FROM may be scanned again for
      // each row and, skipping the row it just locked, claim a second one.
      `UPDATE digest_mailing m SET claimed_at = now(), attempts = m.attempts + 1
       WHERE (m.week_start, m.area_kind, m.area_code, m.recipient) = (
         SELECT week_start, area_kind, area_code, recipient FROM digest_mailing
         WHERE sent_at IS NULL AND claimed_at IS NULL AND next_attempt_at <= now()
         ORDER BY next_attempt_at, week_start, area_kind, area_code, recipient
         LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING to_char(m.week_start, 'YYYY-MM-DD') AS "weekStart", m.area_kind AS kind, m.area_code AS code,
         m.recipient AS "to", m.attempts`,
    )) as [Omit<ClaimedMailing, 'digest'>[], number];
    const claimed = row[0];
    if (!claimed) return null;
    return { ...claimed, digest: await storedDigest(scoped, claimed, claimed.weekStart) };
  });
}

/**
 * A mail whose sender stopped while sending (a restart, a lost database connection) stays claimed and unsent. It
 * may have arrived, so it is not sent again; but it is not left unsaid either: once its claim is old, it is given
 * that failure, released, and logged as an error, once, for an operator to check with the recipient.
 */
async function reportStoppedSenders(dataSource: DataSource): Promise<void> {
  const [stopped] = await asDigestBuilder(
    dataSource,
    (scoped) =>
      scoped.query(
        `UPDATE digest_mailing SET claimed_at = NULL, next_attempt_at = NULL,
           failure = 'its sender stopped while sending: it may or may not have arrived'
         WHERE sent_at IS NULL AND claimed_at < now() - $1::interval
         RETURNING to_char(week_start, 'YYYY-MM-DD') AS week, area_code AS area, recipient AS "to", attempts`,
        [STOPPED_SENDER_AFTER],
      ) as Promise<[Record<string, unknown>[], number]>,
  );
  for (const mailing of stopped) {
    log.error(mailing, 'the weekly digest may not have been mailed: its sender stopped while sending; no more tries');
  }
}

const retries = new WeakMap<DataSource, NodeJS.Timeout>();

/**
 * A delivery pass now, without waiting for it, and another when the earliest mail handed back is due again: run
 * after a build commits and at each start of day (mails left over from before a restart). Does nothing without
 * SMTP_URL.
 */
export function scheduleDigestMail(
  dataSource: DataSource,
  config: DigestMailConfig | null = readDigestMailConfig(),
  onError: (error: unknown) => void = (error) => log.error({ err: error }, 'the weekly digest mail failed'),
): void {
  if (!config) return;
  clearTimeout(retries.get(dataSource));
  deliverDigestMails(dataSource, config).then(
    ({ nextAttemptAt }) => {
      if (!nextAttemptAt || !dataSource.isInitialized) return;
      const wait = Math.max(1000, nextAttemptAt.getTime() - Date.now());
      // Passes may overlap (the start of day's and the build's): one timer per data source is kept.
      clearTimeout(retries.get(dataSource));
      retries.set(dataSource, setTimeout(() => scheduleDigestMail(dataSource, config, onError), wait).unref());
    },
    (error: unknown) => {
      // A subgraph stopping meanwhile ends its data source; the next start's pass sends what is left.
      if (dataSource.isInitialized) onError(error);
    },
  );
}

function mailOf(from: string, recipient: Recipient, digest: StoredDigest) {
  const lines = (rows: { reference: string; dueOn: string }[]) =>
    rows.map((row) => `  ${row.dueOn}  ${row.reference}`).join('\n') || '  –';
  return {
    from,
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
  };
}

/** `work` in a transaction of its own under the build's national scope, committed when it succeeds. */
async function asDigestBuilder<T>(dataSource: DataSource, work: (scoped: DataSource) => Promise<T>): Promise<T> {
  const request = await beginScopedRequest(dataSource, DIGEST_BUILDER, RECORD_TIMEOUT_MS);
  try {
    const result = await work(request.dataSource);
    await request.finish(true);
    return result;
  } catch (error) {
    await request.finish(false);
    throw error;
  }
}
