// The browser for the dashboard's browser tests, found once per test run (jest's globalSetup for this project) and
// handed to the test workers in CHROMIUM_PATH. It is the Chromium that @sparticuz/chromium ships inside its npm
// package, so `npm install` brings it on any Linux x64 machine; CHROMIUM_PATH set beforehand picks another browser.
// ESM, outside jest's module sandbox, because the package is ESM-only.
import chromium from '@sparticuz/chromium';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const packageDir = path.join(path.dirname(fileURLToPath(import.meta.resolve('@sparticuz/chromium'))), '..');
const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));

/**
 * Unpacks the package's Chromium into a folder named after its version and the user, and returns the binary's path.
 * The package itself unpacks to the temp folder's `chromium`, which every checkout and version on the machine would
 * share, and which a run stopped half-way would leave truncated; so it unpacks into a folder of its own first, and
 * that folder takes its final name only once complete.
 */
async function unpackedChromium() {
  const dir = path.join(os.tmpdir(), `lagesbild-chromium-${version}-${os.userInfo().uid}`);
  const binary = path.join(dir, 'chromium');
  if (existsSync(binary)) return binary;
  const partial = mkdtempSync(`${dir}-partial-`);
  const tmpdir = process.env.TMPDIR;
  process.env.TMPDIR = partial; // the package unpacks into os.tmpdir()
  try {
    await chromium.executablePath(path.join(packageDir, 'bin'));
  } finally {
    if (tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdir;
  }
  // The package's fonts.conf names /tmp/fonts; this one names the unpacked fonts and keeps the machine's own.
  writeFileSync(
    path.join(partial, 'fonts.conf'),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
      `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n` +
      `  <dir>${path.join(dir, 'fonts', 'fonts')}</dir>\n  <cachedir>${path.join(dir, 'fonts-cache')}</cachedir>\n` +
      `</fontconfig>\n`,
  );
  try {
    renameSync(partial, dir);
  } catch (error) {
    // Another run finished unpacking first; its copy is the same.
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(binary)) throw error;
  }
  return binary;
}

export default async function browserSetup() {
  if (process.env.CHROMIUM_PATH) return;
  const binary = await unpackedChromium();
  process.env.CHROMIUM_PATH = binary;
  process.env.FONTCONFIG_FILE ??= path.join(path.dirname(binary), 'fonts.conf');
}
