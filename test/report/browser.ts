// Headless Chromium for the report tests: the Debian package's executable (CHROMIUM overrides),
// driven by playwright-core, which downloads no browser of its own. Screenshots go under
// test-artifacts/ (gitignored) for a person to look at.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts');

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A fresh browser (playwright gives each launch its own temporary profile). */
export function launch(): Promise<Browser> {
  // A missing browser is one line naming the package, not playwright's launch trace.
  if (!existsSync(CHROMIUM)) return Promise.reject(new Error(`no browser at ${CHROMIUM}: install the system package chromium (apt-get install chromium), or set CHROMIUM=/path/to/chromium`));
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}
