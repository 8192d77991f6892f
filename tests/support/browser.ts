/**
 * Debian's Chromium for the tests that look at what a person sees (the report, the editor), through playwright-core:
 * where it is, whether it is there (without it those tests are skipped, and say so), and how it is started.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`browser test skipped: ${CHROMIUM} is absent (install the Debian package "chromium")`);

/** Headless, without sandbox (CI runs as root) nor GPU, and nothing fetched from the network. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** Chromium with a profile of its own in `dir` (what a page stores survives a reload), its pages of that size. */
export function launchChromiumProfile(dir: string, viewport: { width: number; height: number }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, args: ARGS, viewport });
}
