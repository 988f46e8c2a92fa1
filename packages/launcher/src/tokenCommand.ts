import { issueDevToken, ROLES, type Role } from '@lagesbild/auth';
import { repoRoot } from '@lagesbild/platform';
import path from 'node:path';
import { parseArgs } from 'node:util';

// `npm run token -- --role regional --county 17`: prints a sign-in token from the development issuer of the
// embedded default, for a demo user. Send it as `Authorization: Bearer <token>`.

const USAGE = `Usage: npm run token -- --role <${ROLES.join('|')}> [--county NN]… [--office XXX] [--expires 8h]
  --county   a county code a regional manager may read (repeat for several)
  --office   the office of an office user, e.g. UME`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      county: { type: 'string', multiple: true },
      office: { type: 'string' },
      expires: { type: 'string', default: '8h' },
    },
  });
  if (!values.role || !(ROLES as readonly string[]).includes(values.role)) throw new Error(USAGE);
  const token = await issueDevToken(process.env.LAGESBILD_DATA_DIR ?? path.join(repoRoot, '.lagesbild'), {
    role: values.role as Role,
    counties: values.county,
    office: values.office,
    expiresIn: values.expires,
  });
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
