/**
 * Player page: what a participant's phone loads and how soon it can answer.
 *
 * (a) JavaScript budget: the gzipped size of every JS file the play route
 *     `/quiz/$year/play` loads (the entry chunk, the play page's lazy chunk, and their
 *     static imports), from Vite's build manifest. The build runs first when dist/ is
 *     missing or older than the web sources (the rule of scripts/start.ts).
 * (b) First question interactive: the app on a fresh embedded database with demo data,
 *     an edition whose play window is open now, a confirmed participant whose core quiz is
 *     already started; then Chromium with a throttled mid-range phone profile opens the
 *     play page with an empty cache, and we measure from navigation start until the first
 *     answer option is visible and enabled. Repeated; median and worst are reported.
 *
 * Flags: `--page-runs=N` (default 5; 2 with --quick), `--skip-browser` (size only),
 * `--cpu-slowdown=4`, `--latency-ms`, `--down-kbps`, `--up-kbps` (see PHONE_PROFILE).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext } from 'playwright-core';
import { buildWebAppIfStale, webDist } from '../../scripts/web-build.ts';
import { EARLY_QUESTION_ID } from '../../src/domain/page-data.ts';
import {
  kilobytes,
  type Manifest,
  routeJavaScript,
  type SizedFile,
  summarizeSizes,
} from '../lib/bundle-size.ts';
import { numberFlag } from '../lib/flags.ts';
import type { BudgetCheck, Scenario, ScenarioOutcome } from '../lib/report.ts';

const manifestPath = path.join(webDist, '.vite/manifest.json');
/** The play route's lazy page (src/web/app/router.tsx), as the manifest names it. */
const PLAY_ROUTE_SOURCES = ['features/quiz-play/play-page.tsx'];

const JS_BUDGET_BYTES = 200_000;
const INTERACTIVE_BUDGET_MS = 2000;

/**
 * A mid-range phone on a mobile network: Lighthouse's mobile profile ("Slow 4G" network,
 * 4× CPU slowdown) as DevTools applies it, which is the Lighthouse network figures with
 * its DevTools adjustment factors (latency × 3.75, throughput × 0.9): 150 ms RTT →
 * 562.5 ms, 1.6 Mbit/s down → 1,474.6 kbit/s, 750 kbit/s up → 675 kbit/s. That is also
 * DevTools' own "Fast 3G" preset. Viewport 390 × 844 at DPR 3 (a common phone).
 */
export const PHONE_PROFILE = {
  cpuSlowdown: 4,
  latencyMs: 562.5,
  downloadKbps: 1474.56,
  uploadKbps: 675,
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
};

/** A build with the manifest (older builds lack it), made when stale as `npm start` does. */
function ensureBuild(): Promise<boolean> {
  return buildWebAppIfStale([manifestPath]);
}

/** (a) The play route's JavaScript, gzipped as a server would send it (zlib default level 6). */
function measureJavaScript() {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const files: SizedFile[] = routeJavaScript(manifest, PLAY_ROUTE_SOURCES).map((file) => {
    const content = readFileSync(path.join(webDist, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content).length };
  });
  return summarizeSizes(files);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Today in Europe/Amsterdam (the play window is a calendar day there). */
function amsterdamDate(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

const YEAR = 2041;
const PARTICIPANT = { name: 'Bente Bench', email: 'bente.bench@kcnoord.demo' };
/** Six single-choice core questions with long limits, so a question stays open for all runs. */
const QUESTIONS_CSV = [
  'type;theme;objective;pool;time_limit;stem;option_1;option_2;option_3;option_4;correct;explanation',
  ...Array.from(
    { length: 6 },
    (_, i) =>
      `single;Het klantgesprek;Luisteren;core;300;Benchmarkvraag ${i + 1}: welke vraag is een **open** vraag?;Wat kan ik voor je doen?;Klopt dat?;Heb je een klantnummer?;Is dit uw adres?;1;Een open vraag nodigt uit tot vertellen.`,
  ),
].join('\n');

type Api = <T>(method: string, path: string, body?: unknown) => Promise<T>;

function apiClient(baseUrl: string, cookie: string): Api {
  return async <T>(method: string, route: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${route}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${route} → ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
}

async function passwordLogin(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'wegwijs-demo' }),
  });
  if (response.status !== 200) throw new Error(`password login for ${email}: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/**
 * Staff create an edition open today with approved questions and put the participant in
 * a team (as tests/e2e/play.test.ts does); the participant logs in through the demo
 * mailbox's link, confirms and starts the core quiz. Returns the logged-in browser state.
 */
async function prepareParticipant(baseUrl: string, browser: Browser) {
  const staff = apiClient(baseUrl, await passwordLogin(baseUrl, 'staf@wegwijs.demo'));
  const expert = apiClient(baseUrl, await passwordLogin(baseUrl, 'expert@wegwijs.demo'));
  const reviewer = apiClient(baseUrl, await passwordLogin(baseUrl, 'reviewer@wegwijs.demo'));
  const { edition } = await staff<{ edition: { id: string } }>('POST', '/api/quiz/editions', {
    year: YEAR,
    name: `Klantcontactquiz ${YEAR}`,
    eventDate: amsterdamDate(),
    windowStart: '00:00',
    windowEnd: '23:59',
    defaultTimeLimitSeconds: 60,
  });
  await staff('PATCH', `/api/quiz/editions/${edition.id}`, { status: 'registration' });
  await expert('POST', `/api/quiz/editions/${edition.id}/import`, {
    format: 'csv',
    content: QUESTIONS_CSV,
    dryRun: false,
  });
  const { items } = await expert<{ items: Array<{ id: string }> }>(
    'GET',
    `/api/quiz/editions/${edition.id}/questions?pageSize=50`,
  );
  for (const { id } of items) {
    await expert('POST', `/api/quiz/questions/${id}/submit`, {});
    await reviewer('POST', `/api/quiz/questions/${id}/approve`, {});
  }
  const { items: organizations } = await staff<{ items: Array<{ id: string }> }>(
    'GET',
    '/api/admin/organizations?q=Noord',
  );
  const { team } = await staff<{ team: { id: string } }>(
    'POST',
    `/api/quiz/editions/${edition.id}/organizations/${organizations[0]!.id}/teams`,
    { name: 'Team Benchmark' },
  );
  await staff('POST', `/api/quiz/teams/${team.id}/members`, { ...PARTICIPANT, role: 'agent' });

  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const { openLoginLinkFromMailbox } = await import('../../tests/e2e/support/mailbox.ts');
    await openLoginLinkFromMailbox(page, baseUrl, /Je bent aangemeld voor de Klantcontactquiz/);
    const mine = await page.request.get(`${baseUrl}/api/me/quiz-registrations`);
    const registrations = ((await mine.json()) as { items: Array<{ memberId: string }> }).items;
    for (const { memberId } of registrations) {
      const confirmed = await page.request.post(`${baseUrl}/api/me/quiz-registrations/${memberId}/confirm`, {
        data: {},
      });
      if (confirmed.status() !== 200) throw new Error(`confirm: ${confirmed.status()}`);
    }
    const started = await page.request.post(`${baseUrl}/api/play/${YEAR}/core/start`, { data: {} });
    if (started.status() !== 201) throw new Error(`start: ${started.status()} ${await started.text()}`);
    return await context.storageState();
  } finally {
    await context.close();
  }
}

/**
 * Runs in the page before any of its scripts: notes the moment (ms since navigation start)
 * the first answer option is shown — in the document, visible, enabled, and painted: the
 * time is taken in the first animation frame after that, since a stylesheet still loading
 * holds back painting (and animation frames) although the option is already laid out. The
 * option may be the server's plain form (src/server/modules/play/early-question.ts) or the
 * app's; \`__appFormMs\` is when the app's own form is there (the plain one gone), which is
 * when the app itself answers to input.
 */
const DETECT_INTERACTIVE = `(() => {
  const shown = () => {
    const option = document.querySelector('fieldset input[type=radio], fieldset input[type=checkbox]');
    if (!option || option.disabled || option.closest('fieldset:disabled')) return false;
    const box = option.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && option.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  let waiting = false;
  const observer = new MutationObserver(() => {
    if (window.__firstOptionMs === undefined && !waiting && shown()) {
      waiting = true;
      requestAnimationFrame(() => { window.__firstOptionMs = performance.now(); });
    }
    if (window.__appFormMs === undefined && !document.getElementById('${EARLY_QUESTION_ID}') &&
        document.getElementById('root')?.querySelector('fieldset input') && shown()) {
      requestAnimationFrame(() => { window.__appFormMs = performance.now(); });
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
})();`;

interface RunResult {
  interactiveMs: number;
  /** When the app's own form is shown (the same as interactiveMs without the plain form). */
  appFormMs: number;
  /** Bytes the page received over the network (compressed where the server compressed). */
  transferBytes: number;
  requests: number;
  /** Each request: path, start and end in ms after the navigation request, bytes received. */
  waterfall: Array<{ path: string; startMs: number; endMs: number; bytes: number }>;
}

async function measureOnce(
  browser: Browser,
  baseUrl: string,
  storageState: Awaited<ReturnType<BrowserContext['storageState']>>,
  profile: typeof PHONE_PROFILE,
): Promise<RunResult> {
  // A new context each time: empty HTTP cache, as on a participant's first visit.
  const context = await browser.newContext({
    storageState,
    viewport: profile.viewport,
    deviceScaleFactor: profile.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(DETECT_INTERACTIVE);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latencyMs,
      downloadThroughput: (profile.downloadKbps * 1024) / 8,
      uploadThroughput: (profile.uploadKbps * 1024) / 8,
    });
    const started = new Map<string, { path: string; at: number }>();
    const waterfall: RunResult['waterfall'] = [];
    let origin: number | null = null;
    cdp.on(
      'Network.requestWillBeSent',
      (event: { requestId: string; timestamp: number; request: { url: string } }) => {
        origin ??= event.timestamp;
        started.set(event.requestId, { path: new URL(event.request.url).pathname, at: event.timestamp });
      },
    );
    cdp.on(
      'Network.loadingFinished',
      (event: { requestId: string; timestamp: number; encodedDataLength: number }) => {
        const request = started.get(event.requestId);
        if (!request || origin === null) return;
        waterfall.push({
          path: request.path,
          startMs: Math.round((request.at - origin) * 1000),
          endMs: Math.round((event.timestamp - origin) * 1000),
          bytes: event.encodedDataLength,
        });
      },
    );
    await page.goto(`${baseUrl}/quiz/${YEAR}/play`, { waitUntil: 'commit', timeout: 60_000 });
    const handle = await page.waitForFunction(
      () => (window as unknown as { __firstOptionMs?: number }).__firstOptionMs,
      undefined,
      { timeout: 60_000, polling: 100 },
    );
    const interactiveMs = (await handle.jsonValue()) as number;
    const appForm = await page.waitForFunction(
      () => (window as unknown as { __appFormMs?: number }).__appFormMs,
      undefined,
      { timeout: 60_000, polling: 100 },
    );
    const appFormMs = (await appForm.jsonValue()) as number;
    const finished = waterfall
      .filter((r) => r.endMs <= interactiveMs + 50)
      .sort((a, b) => a.startMs - b.startMs);
    return {
      interactiveMs,
      appFormMs,
      transferBytes: finished.reduce((sum, r) => sum + r.bytes, 0),
      requests: finished.length,
      waterfall: finished,
    };
  } finally {
    await context.close();
  }
}

export const run: Scenario = async (options) => {
  const built = await ensureBuild();
  const js = measureJavaScript();
  const budget: BudgetCheck[] = [];
  const top = js.files.slice(0, 5).map((f) => `${path.basename(f.file)} ${kilobytes(f.gzipBytes)} kB`);
  budget.push({
    target: 'play route JavaScript (gzipped)',
    limit: `≤ ${kilobytes(JS_BUDGET_BYTES)} kB`,
    measured: `${kilobytes(js.gzipBytes)} kB in ${js.files.length} files`,
    met: js.gzipBytes <= JS_BUDGET_BYTES,
    note:
      js.gzipBytes <= JS_BUDGET_BYTES
        ? undefined
        : `${kilobytes(js.gzipBytes - JS_BUDGET_BYTES)} kB over; largest: ${top.join(', ')}. See docs/performance.md (player page).`,
  });
  const metrics: Record<string, unknown> = {
    buildRan: built,
    jsFiles: js.files.length,
    jsBytes: js.bytes,
    jsGzipBytes: js.gzipBytes,
    jsGzipKb: kilobytes(js.gzipBytes),
    jsBreakdown: js.files.map((f) => ({
      file: f.file,
      kb: kilobytes(f.bytes),
      gzipKb: kilobytes(f.gzipBytes),
    })),
  };
  const { flags, quick } = options;
  const profileFlag = (key: string, value: number) =>
    numberFlag(flags, key, { full: value, quick: value }, quick, { min: 0 });
  const profile = {
    ...PHONE_PROFILE,
    cpuSlowdown: profileFlag('cpu-slowdown', PHONE_PROFILE.cpuSlowdown),
    latencyMs: profileFlag('latency-ms', PHONE_PROFILE.latencyMs),
    downloadKbps: profileFlag('down-kbps', PHONE_PROFILE.downloadKbps),
    uploadKbps: profileFlag('up-kbps', PHONE_PROFILE.uploadKbps),
  };
  const runs = numberFlag(flags, 'page-runs', { full: 5, quick: 2 }, quick, { min: 1, max: 50 });
  const parameters = { route: '/quiz/$year/play', runs, profile, database: 'pglite (fresh, demo data)' };

  if (flags['skip-browser'] === undefined || flags['skip-browser'] === 'false') {
    const { startE2eServer } = await import('../../tests/e2e/support/server.ts');
    const { launchBrowser } = await import('../../tests/e2e/support/browser.ts');
    const server = await startE2eServer();
    const browser = await launchBrowser();
    try {
      const storageState = await prepareParticipant(server.url, browser);
      const results: RunResult[] = [];
      for (let i = 0; i < runs; i++)
        results.push(await measureOnce(browser, server.url, storageState, profile));
      const times = results.map((r) => Math.round(r.interactiveMs));
      const med = median(times);
      const worst = Math.max(...times);
      metrics.interactiveMs = times;
      metrics.interactiveMedianMs = med;
      metrics.interactiveWorstMs = worst;
      metrics.appFormMs = results.map((r) => Math.round(r.appFormMs));
      metrics.appFormMedianMs = median(metrics.appFormMs as number[]);
      metrics.transferKb = kilobytes(median(results.map((r) => r.transferBytes)));
      metrics.requests = median(results.map((r) => r.requests));
      // The fastest run's requests up to the first interactive option, for the docs.
      metrics.waterfall = results.reduce((a, b) => (a.interactiveMs <= b.interactiveMs ? a : b)).waterfall;
      budget.push({
        target: 'first question interactive, throttled phone (median of runs)',
        limit: `≤ ${INTERACTIVE_BUDGET_MS} ms`,
        measured: `median ${med} ms, worst ${worst} ms (${runs} runs); the app's own form at ${metrics.appFormMedianMs} ms`,
        met: med <= INTERACTIVE_BUDGET_MS,
        note:
          med <= INTERACTIVE_BUDGET_MS
            ? undefined
            : `${med - INTERACTIVE_BUDGET_MS} ms over; ${metrics.transferKb} kB transferred in ${metrics.requests} requests at ${profile.latencyMs} ms latency. See docs/performance.md (player page).`,
      });
    } finally {
      await browser.close();
      await server.close();
    }
  }
  const outcome: ScenarioOutcome = { name: 'player-page', parameters, metrics, budget };
  return outcome;
};
