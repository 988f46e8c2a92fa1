import 'reflect-metadata';
import { log } from '@lagesbild/platform';
import { startSubgraph } from '@lagesbild/subgraph-kit';
import { ADMIN, useSubgraphOnOwnDatabase } from '@lagesbild/test-utils';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { DataSource } from 'typeorm';
import { createInterventionsDataSource } from '../data-source';
import {
  deliverDigestMails,
  readDigestMailConfig,
  RETRY_DELAYS_S,
  type DigestMailConfig,
} from '../services/digestMail';
import { runWeeklyDigestJob } from '../services/weeklyDigestJob';
import { interventionsSubgraph } from '../subgraph';

// Issue 15: the weekly digest's mails are recorded with its build and sent only once it has committed: a build
// rolled back mails nobody. Each mail is sent at most once, across passes and replicas; a mail the server refuses is
// logged, handed back and sent on a later pass, without sending the others again. A real SMTP server (smtp-server)
// on loopback; the subgraph over a database of its own, since a test here adds a trigger that refuses the commit.

const REFUSED = 'refused@example.se';
let refusing = true;
const received: string[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  onRcptTo(address, _session, callback) {
    if (address.address !== REFUSED || !refusing) return callback();
    callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 450 }));
  },
  onData(stream, session, callback) {
    stream.resume();
    stream.on('end', () => {
      received.push(...session.envelope.rcptTo.map((address) => address.address));
      callback();
    });
  },
});

const subgraph = useSubgraphOnOwnDatabase('interventions', (env) => startSubgraph(interventionsSubgraph, env));
let dataSource: DataSource;
let config: DigestMailConfig;
const saved = { SMTP_URL: process.env.SMTP_URL, DIGEST_RECIPIENTS: process.env.DIGEST_RECIPIENTS };

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  // The subgraph runs in this process and reads the mail settings when it builds.
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  process.env.DIGEST_RECIPIENTS = `UME=ume@example.se, 01=${REFUSED}`;
  config = readDigestMailConfig()!;
  dataSource = await createInterventionsDataSource(subgraph().databaseUrl).initialize();
});
afterAll(async () => {
  await dataSource?.destroy();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  Object.assign(process.env, saved);
  for (const [name, value] of Object.entries(saved)) if (value === undefined) delete process.env[name];
});
beforeEach(async () => {
  await subgraph().sql('DELETE FROM digest_week');
  received.length = 0;
  refusing = true;
});

const count = async (table: string) =>
  Number((await subgraph().sql<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0].n);

async function mailings() {
  return subgraph().sql<Record<string, unknown>>(
    `SELECT area_code, recipient, attempts, sent_at IS NOT NULL AS sent, failure,
       next_attempt_at > now() + interval '50 seconds' AS retry_later
     FROM digest_mailing ORDER BY area_code`,
  );
}

async function until(done: () => Promise<boolean> | boolean): Promise<void> {
  for (let tries = 0; !(await done()); tries++) {
    if (tries > 100) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test('a build whose commit fails mails nobody', async () => {
  await subgraph().sql(`
    CREATE FUNCTION refuse_digest() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'the digest is refused at commit'; END $$`);
  await subgraph().sql(`
    CREATE CONSTRAINT TRIGGER refuse_digest AFTER INSERT ON weekly_digest
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_digest()`);
  try {
    await expect(runWeeklyDigestJob(dataSource, config)).rejects.toThrow('refused at commit');
  } finally {
    await subgraph().sql('DROP TRIGGER refuse_digest ON weekly_digest');
    await subgraph().sql('DROP FUNCTION refuse_digest()');
  }
  expect(await count('digest_week')).toBe(0);
  expect(await count('digest_mailing')).toBe(0);
  expect(await deliverDigestMails(dataSource, config)).toEqual({ sent: 0, failed: 0, nextAttemptAt: null });
  expect(received).toEqual([]);
});

test('the build mails after its commit; a refused mail is tried again later, and nothing is sent twice', async () => {
  const build = await subgraph().queryAs<{ buildWeeklyDigest: { built: boolean } }>(
    ADMIN,
    'mutation { buildWeeklyDigest { built } }',
  );
  expect(build.errors).toBeUndefined();
  expect(build.data!.buildWeeklyDigest.built).toBe(true);
  // Sent after the answer, by the pass the commit started.
  await until(async () => (await mailings()).every((mailing) => mailing.sent || mailing.failure));
  expect(received).toEqual(['ume@example.se']);
  expect(await mailings()).toEqual([
    {
      area_code: '01',
      recipient: REFUSED,
      attempts: 1,
      sent: false,
      failure: expect.stringMatching(/450/),
      retry_later: true,
    },
    { area_code: 'UME', recipient: 'ume@example.se', attempts: 1, sent: true, failure: null, retry_later: null },
  ]);
  // Not yet due: a pass now sends nothing.
  expect(await deliverDigestMails(dataSource, config)).toMatchObject({ sent: 0, failed: 0 });
  // Once due, and the mailbox is back, it is sent; the mail already sent is not sent again.
  refusing = false;
  await subgraph().sql(`UPDATE digest_mailing SET next_attempt_at = now() WHERE failure IS NOT NULL`);
  expect(await deliverDigestMails(dataSource, config)).toEqual({ sent: 1, failed: 0, nextAttemptAt: null });
  expect(received).toEqual(['ume@example.se', REFUSED]);
  expect((await mailings()).map(({ sent, attempts }) => ({ sent, attempts }))).toEqual([
    { sent: true, attempts: 2 },
    { sent: true, attempts: 1 },
  ]);
  // A second build of the week records and sends nothing.
  expect((await runWeeklyDigestJob(dataSource, config)).built).toBe(false);
  expect(await deliverDigestMails(dataSource, config)).toMatchObject({ sent: 0 });
  expect(received).toHaveLength(2);
});

test('two replicas delivering at once send each mail once; a mail claimed by a sender that stopped is reported, not resent', async () => {
  refusing = false;
  expect((await runWeeklyDigestJob(dataSource, config)).built).toBe(true);
  expect(received).toEqual([]);
  const [first, second] = await Promise.all([
    deliverDigestMails(dataSource, config),
    deliverDigestMails(dataSource, config),
  ]);
  expect(first.sent + second.sent).toBe(2);
  expect(received.sort()).toEqual([REFUSED, 'ume@example.se']);
  // A sender that claimed the mail and stopped before it could record the outcome: it may have been sent.
  await subgraph().sql(`UPDATE digest_mailing SET sent_at = NULL WHERE recipient = 'ume@example.se'`);
  const errors = jest.spyOn(log, 'error');
  try {
    // Just claimed: it may still be being sent.
    expect(await deliverDigestMails(dataSource, config)).toMatchObject({ sent: 0 });
    expect(errors).not.toHaveBeenCalled();
    // Claimed long ago: its sender is gone. It is marked and logged once, and still not sent again.
    await subgraph().sql(
      `UPDATE digest_mailing SET claimed_at = now() - interval '1 hour' WHERE recipient = 'ume@example.se'`,
    );
    expect(await deliverDigestMails(dataSource, config)).toMatchObject({ sent: 0, nextAttemptAt: null });
    expect(await deliverDigestMails(dataSource, config)).toMatchObject({ sent: 0 });
    expect(errors.mock.calls).toEqual([
      [expect.objectContaining({ to: 'ume@example.se', area: 'UME' }), expect.stringMatching(/sender stopped/)],
    ]);
  } finally {
    errors.mockRestore();
  }
  expect((await mailings()).find((mailing) => mailing.recipient === 'ume@example.se')).toMatchObject({
    sent: false,
    failure: expect.stringMatching(/may or may not have arrived/),
    retry_later: null,
  });
  expect(received).toHaveLength(2);
});

test('after the last attempt a mail the server keeps refusing is left, with its failure', async () => {
  expect((await runWeeklyDigestJob(dataSource, config)).built).toBe(true);
  for (let attempt = 0; attempt <= RETRY_DELAYS_S.length; attempt++) {
    await subgraph().sql(`UPDATE digest_mailing SET next_attempt_at = now() WHERE next_attempt_at IS NOT NULL`);
    await deliverDigestMails(dataSource, config);
  }
  const refused = (await mailings()).find((mailing) => mailing.recipient === REFUSED);
  expect(refused).toMatchObject({ attempts: RETRY_DELAYS_S.length + 1, sent: false, retry_later: null });
  expect(refused!.failure).toMatch(/450/);
  expect(await deliverDigestMails(dataSource, config)).toEqual({ sent: 0, failed: 0, nextAttemptAt: null });
  expect(received).toEqual(['ume@example.se']);
});
