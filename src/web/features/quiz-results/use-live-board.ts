import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { boardQueryOptions, liveStreamUrl, resultsKeys } from './api.ts';
import { newerBoard } from './live-board.ts';
import type { LiveBoard } from './types.ts';

/**
 * - `connecting`: the stream is being opened;
 * - `live`: open, boards arrive within seconds of every answer;
 * - `reconnecting`: the connection dropped; the browser (or we) try again;
 * - `polling`: this browser has no EventSource; the board is asked every 10 s.
 */
export type LiveConnection = 'connecting' | 'live' | 'reconnecting' | 'polling';

/** When the browser gives up on a stream (e.g. the server answered 503), we open a new one after this. */
const REOPEN_AFTER_MS = 5000;
const POLL_MS = 10_000;

/**
 * The live board of an edition: first the JSON board, then every `board` event of the
 * Server-Sent Events stream replaces it in the query cache (an older one never replaces a
 * newer one). EventSource reconnects by itself after a network hiccup (the server asks for
 * 3 s); when it gives up, a new stream is opened after a few seconds.
 */
export function useLiveBoard(year: number, viewerId: string | null) {
  const queryClient = useQueryClient();
  const supported = typeof EventSource !== 'undefined';
  const board = useQuery({
    ...boardQueryOptions(year, viewerId),
    refetchInterval: supported ? false : POLL_MS,
  });
  const [connection, setConnection] = useState<LiveConnection>(supported ? 'connecting' : 'polling');
  const [generation, setGeneration] = useState(0);
  const ready = board.isSuccess;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` opens a fresh stream after the browser gave up on the previous one.
  useEffect(() => {
    if (!supported || !ready) return;
    const key = resultsKeys.board(year, viewerId);
    const source = new EventSource(liveStreamUrl(year));
    let reopen: ReturnType<typeof setTimeout> | undefined;
    source.onopen = () => setConnection('live');
    source.addEventListener('board', (event) => {
      try {
        const incoming = JSON.parse((event as MessageEvent<string>).data) as LiveBoard;
        queryClient.setQueryData<LiveBoard>(key, (current) => newerBoard(current, incoming));
        setConnection('live');
      } catch {
        // A broken event is skipped; the next one replaces it within seconds.
      }
    });
    source.onerror = () => {
      setConnection('reconnecting');
      if (source.readyState === EventSource.CLOSED) {
        reopen = setTimeout(() => setGeneration((g) => g + 1), REOPEN_AFTER_MS);
      }
    };
    return () => {
      clearTimeout(reopen);
      source.close();
    };
  }, [supported, ready, year, viewerId, queryClient, generation]);

  return { board, connection };
}
