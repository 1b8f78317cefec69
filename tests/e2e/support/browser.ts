import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/**
 * Chromium for the browser journeys: the machine's /usr/bin/chromium when present,
 * otherwise the build shipped inside the @sparticuz/chromium npm package (a test tool's
 * own browser download does not work on our machines).
 */
export async function launchBrowser(): Promise<Browser> {
  const flags = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (existsSync('/usr/bin/chromium')) {
    return chromium.launch({ executablePath: '/usr/bin/chromium', args: flags, headless: true });
  }
  const { default: packaged } = await import('@sparticuz/chromium');
  // Not packaged.args: those are tuned for AWS Lambda (--single-process ends the browser with its
  // last page, --disable-web-security would hide real problems).
  return chromium.launch({ executablePath: await packaged.executablePath(), args: flags, headless: true });
}
