// Data the server puts in a page's HTML so the web app need not ask for it first: each is
// a `<script type="application/json" id=…>` element holding exactly what the named API
// endpoint would return (src/server/app.ts writes them, src/web/lib/embedded.ts reads each
// once). Only the play page has them (docs/performance.md, player page).

/** Id of the element with what `GET /api/session` returns. */
export const SESSION_DATA_ID = 'wegwijs-session';
/** Id of the element with what `GET /api/play/:year?include=current` returns. */
export const PLAY_STATE_DATA_ID = 'wegwijs-play-state';
/** Id of the play page's question as plain HTML, shown until the app takes over. */
export const EARLY_QUESTION_ID = 'wegwijs-early-question';
