import { ADMIN, officeUser, queryTestDatabase, regionalUser, useTestPlatform } from '@lagesbild/test-utils';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

// Issue 15: with SMTP_URL set, each office and county that DIGEST_RECIPIENTS names is mailed its weekly digest once
// the week's build has committed. A real SMTP server (smtp-server) on loopback receives the mail; its figures are checked
// against the overdue list the same office and county read through the gateway.

interface Received {
  to: string[];
  text: string;
}

const received: Received[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      received.push({
        to: session.envelope.rcptTo.map((address) => address.address),
        text: decodeBody(Buffer.concat(chunks).toString('latin1')),
      });
      callback();
    });
  },
});

/** The mail's body, quoted-printable decoded (nodemailer encodes å, ä and ö so). */
function decodeBody(raw: string): string {
  const body = raw.slice(raw.indexOf('\r\n\r\n') + 4).replace(/=\r\n/g, '');
  const bytes = body.replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8').replace(/\r\n/g, '\n');
}

const env: NodeJS.ProcessEnv = {
  DIGEST_RECIPIENTS: 'UME=ume@example.se, 01=stockholm@example.se',
  DIGEST_MAIL_FROM: 'Lägesbild <lagesbild@example.se>',
};

// Before the platform starts (hooks run in order), so that its services are given the server's address.
beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const platform = useTestPlatform({ env });

const BUILD = 'mutation { buildWeeklyDigest { built } }';

test('the week’s build mails each named office and county its digest, with the follow-up page’s figures', async () => {
  // Whatever the start-up build sent is left behind: the week is built afresh here.
  expect((await platform().queryAs(ADMIN, BUILD)).errors).toBeUndefined();
  // Its mails are sent after its commit: they are waited for, so that none arrives after the count starts.
  const unsent = 'SELECT count(*)::int AS n FROM digest_mailing WHERE sent_at IS NULL AND failure IS NULL';
  for (let tries = 0; tries < 100; tries++) {
    const [{ n }] = await queryTestDatabase<{ n: number }>('interventions', unsent);
    if (n === 0) break;
    await new Promise((done) => setTimeout(done, 100));
  }
  await queryTestDatabase('interventions', 'DELETE FROM digest_week');
  received.length = 0;
  const build = await platform().queryAs<{ buildWeeklyDigest: { built: boolean } }>(ADMIN, BUILD);
  expect(build.data?.buildWeeklyDigest.built).toBe(true);
  // The mails are sent once the build has committed, after the answer.
  for (let tries = 0; received.length < 2 && tries < 100; tries++) await new Promise((done) => setTimeout(done, 100));
  const ume = await platform().queryAs<{ office: { overdueFollowUps: { totalCount: number } } }>(
    officeUser('UME'),
    '{ office(id: "UME") { overdueFollowUps(first: 1) { totalCount } } }',
  );
  const stockholm = await platform().queryAs<{ county: { overdueFollowUps: { totalCount: number } } }>(
    regionalUser('01'),
    '{ county(code: "01") { overdueFollowUps(first: 1) { totalCount } } }',
  );
  const expected = {
    'ume@example.se': ume.data!.office.overdueFollowUps.totalCount,
    'stockholm@example.se': stockholm.data!.county.overdueFollowUps.totalCount,
  };
  expect(received.map((mail) => mail.to).sort()).toEqual([['stockholm@example.se'], ['ume@example.se']]);
  for (const mail of received) {
    const count = expected[mail.to[0] as keyof typeof expected];
    expect(count).toBeGreaterThan(0);
    expect(mail.text).toContain(`Försenade uppföljningar: ${count}\n`);
  }
  // A second build of the same week sends nothing.
  expect((await platform().queryAs(ADMIN, BUILD)).data).toEqual({ buildWeeklyDigest: { built: false } });
  await new Promise((done) => setTimeout(done, 500));
  expect(received).toHaveLength(2);
});
