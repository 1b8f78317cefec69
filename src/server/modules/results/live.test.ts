import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { type Database, openDatabase } from '../../db/client.ts';
import { createContext } from '../../lib/context.ts';
import { createTestApp, loginAs, type TestApp } from '../../test/helpers.ts';
import { liveHub } from './live-hub.ts';
import {
  addMember,
  addOrganization,
  addTeam,
  answersFor,
  createResultsEdition,
  manualClock,
  type ResultsEdition,
  recordAttempt,
} from './test-support.ts';

interface Board {
  topPlayers: Array<{ rank: number; name: string | null; teamName: string | null; score: number }>;
  topTeams: Array<{ teamName: string }>;
  me: null | { rank: number | null; score: number | null; name: string | null; display: string };
  phase: string;
}

/** The "board" events of an SSE response, parsed. */
async function* boards(response: Response): AsyncGenerator<Board> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, end).split('\n');
        buffer = buffer.slice(end + 2);
        if (!block.includes('event: board')) continue;
        const data = block.filter((l) => l.startsWith('data: ')).map((l) => l.slice(6));
        yield JSON.parse(data.join('\n')) as Board;
      }
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}

/** The first board that satisfies `predicate` (the test's own time-out ends a wait that never comes). */
async function nextBoard(
  stream: AsyncGenerator<Board>,
  predicate: (board: Board) => boolean,
): Promise<Board> {
  for (;;) {
    const { value, done } = await stream.next();
    if (done) throw new Error('the stream ended');
    if (predicate(value)) return value;
  }
}

describe('live leaderboards across app instances', () => {
  const clock = manualClock('2060-01-01T00:00:00Z');
  let a: TestApp;
  let b: { app: FastifyInstance; database: Database; url: string };
  let edition: ResultsEdition;
  let player: { id: string; cookie: string };

  beforeAll(async () => {
    a = await createTestApp({ clock });
    // A second instance on the same database: the same PGlite, or a new pool on the same server.
    const database =
      a.ctx.database.kind === 'pglite'
        ? await openDatabase({ pglite: a.ctx.database.pglite! })
        : await openDatabase({ databaseUrl: a.ctx.database.url, poolSize: 4 });
    const ctx = createContext(a.config, database, pino({ level: 'silent' }), clock);
    // No periodic refresh on B: only the notification of A's answer can update its streams.
    liveHub(ctx).refreshMs = Number.POSITIVE_INFINITY;
    const app = await buildApp(ctx);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    b = { app, database, url: `http://127.0.0.1:${address.port}` };

    edition = await createResultsEdition(a, { core: 4, manager: 0 });
    const org = await addOrganization(a, 'Live BV');
    const team = await addTeam(a, edition.id, org, 'Team Live');
    const login = await loginAs(a);
    player = { id: login.person.id, cookie: login.cookie };
    await addMember(a, edition.id, team, { userId: player.id, display: 'hidden' });
    const leader = await addMember(a, edition.id, team, { name: 'Anna de Vries', display: 'initials' });
    clock.set(new Date(edition.opensAt.getTime() + 3600_000).toISOString());
    await recordAttempt(a, {
      editionId: edition.id,
      userId: leader,
      startedAt: edition.opensAt,
      answers: answersFor(edition.core, 3),
    });
  });

  afterAll(async () => {
    await b.app.close();
    if (b.database.kind === 'postgres') await b.database.close();
    await a.close();
  });

  it('shows an answer given through instance A in a stream from instance B', async () => {
    const response = await fetch(`${b.url}/api/results/${edition.year}/live`, {
      headers: { cookie: player.cookie },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const stream = boards(response);
    const first = await nextBoard(stream, () => true);
    expect(first.phase).toBe('open');
    expect(first.topPlayers).toEqual([
      {
        rank: 1,
        name: 'A. d. V.',
        teamName: 'Team Live',
        organizationName: 'Live BV',
        score: 3,
        tieBreak: 'decided_by_score',
      },
    ]);
    expect(first.me).toMatchObject({ rank: null, score: null, display: 'hidden', name: null });

    // Play one question through instance A.
    const start = await a.app.inject({
      method: 'POST',
      url: `/api/play/${edition.year}/core/start`,
      headers: { cookie: player.cookie },
    });
    expect(start.statusCode).toBe(201);
    const { attemptId } = start.json();
    const current = (
      await a.app.inject({
        url: `/api/play/attempts/${attemptId}/current`,
        headers: { cookie: player.cookie },
      })
    ).json();
    const choice = current.question.options.findIndex((o: { text: string }) => o.text === 'Goed');
    const answer = await a.app.inject({
      method: 'POST',
      url: `/api/play/attempts/${attemptId}/answers`,
      headers: { cookie: player.cookie },
      payload: { position: current.position, key: randomUUID(), response: choice },
    });
    expect(answer.json()).toMatchObject({ correct: true });

    const updated = await nextBoard(stream, (board) => board.me?.score === 1);
    // Hidden to others, but the player sees their own place.
    expect(updated.me).toMatchObject({ rank: 2, score: 1, name: null });
    expect(updated.topPlayers[1]).toMatchObject({ rank: 2, name: null, teamName: null, score: 1 });
    await stream.return(undefined);
  });

  it("shows a player's new display choice on another instance's stream at once", async () => {
    const response = await fetch(`${b.url}/api/results/${edition.year}/live`, {
      headers: { cookie: player.cookie },
    });
    const stream = boards(response);
    const before = await nextBoard(stream, () => true);
    expect(before.me).toMatchObject({ display: 'hidden', name: null });
    // B keeps its members for MEMBERS_MAX_AGE_MS; the choice made through A must still show.
    const put = await a.app.inject({
      method: 'PUT',
      url: `/api/play/${edition.year}/leaderboard-display`,
      headers: { cookie: player.cookie },
      payload: { display: 'full' },
    });
    expect(put.statusCode).toBe(204);
    const after = await nextBoard(stream, (board) => board.me?.display === 'full');
    expect(after.me?.name).not.toBeNull();
    expect(after.topPlayers.some((p) => p.name === after.me?.name)).toBe(true);
    await stream.return(undefined);
  });

  it('serves the same board as JSON, without a personal part for visitors', async () => {
    const res = await a.app.inject(`/api/results/${edition.year}/leaderboard`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ provisional: true, me: null, counts: { playing: 1, finished: 1 } });
    expect(res.json().topPlayers.map((p: { score: number }) => p.score)).toEqual([3, 1]);
    expect((await a.app.inject('/api/results/1999/leaderboard')).statusCode).toBe(400);
    expect((await a.app.inject('/api/results/2099/leaderboard')).statusCode).toBe(404);
  });
});
