import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

// The built web app's index.html, with extras for one page: preload hints for the page's own
// code (from Vite's build manifest) and data the page would otherwise ask the API for first.
// The files are re-read when they change on disk, so a rebuild while the server runs is
// picked up, as the static file serving does (wildcard lookups in app.ts).

/** One entry of Vite's build manifest (`dist/web/.vite/manifest.json`; the fields used here). */
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  /** Keys of chunks this one imports statically (loaded with it). */
  imports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

/** What a lazy page loads beyond the entry: its chunks (and their static imports) and stylesheets. */
export interface PageAssets {
  scripts: string[];
  styles: string[];
}

/**
 * The script and CSS files of the lazy pages `sources` (manifest keys such as
 * `features/quiz-play/play-page.tsx`) with everything they import statically, less what
 * index.html already loads (the entry chunks and their static imports). Sources missing
 * from the manifest are skipped: a hint is an optimisation, not a requirement.
 */
export function pageAssets(manifest: Manifest, sources: readonly string[]): PageAssets {
  const collect = (roots: readonly string[]) => {
    const scripts: string[] = [];
    const styles: string[] = [];
    const seen = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk || seen.has(key)) return;
      seen.add(key);
      if (chunk.file.endsWith('.js') && !scripts.includes(chunk.file)) scripts.push(chunk.file);
      for (const css of chunk.css ?? []) if (!styles.includes(css)) styles.push(css);
      for (const next of chunk.imports ?? []) visit(next);
    };
    for (const key of roots) visit(key);
    return { scripts, styles };
  };
  const initial = collect(Object.keys(manifest).filter((key) => manifest[key]!.isEntry));
  const page = collect(sources);
  return {
    scripts: page.scripts.filter((file) => !initial.scripts.includes(file)),
    styles: page.styles.filter((file) => !initial.styles.includes(file)),
  };
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `<link>` hints that start loading a page's files with the HTML, instead of after the entry
 * script has run. `crossorigin` as Vite's own loader requests them, so the browser reuses
 * the preloaded responses; CSS is preloaded, not applied (it would block the first paint).
 */
export function preloadLinks(assets: PageAssets): string[] {
  return [
    ...assets.scripts.map(
      (file) => `<link rel="modulepreload" crossorigin href="/${escapeAttribute(file)}">`,
    ),
    ...assets.styles.map(
      (file) => `<link rel="preload" as="style" crossorigin href="/${escapeAttribute(file)}">`,
    ),
  ];
}

/**
 * Data for the page's script: a JSON script element, which the browser never runs (so the
 * Content-Security-Policy allows it). `<` is written as `\u003c`, which JSON.parse turns
 * back into `<`, so no text in the data (`</script>`, `<!--`) can end the element early.
 */
export function jsonScript(id: string, data: unknown): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${escapeAttribute(id)}">${json}</script>`;
}

/** index.html with `head` before `</head>` and `body` before `</body>` (appended when a tag is missing). */
export function withExtras(html: string, extras: { head?: string[]; body?: string[] }): string {
  const insert = (text: string, closing: string, parts: string[] = []) => {
    const block = parts.map((part) => `${part}\n`).join('');
    const at = text.lastIndexOf(closing);
    return at < 0 ? text + block : text.slice(0, at) + block + text.slice(at);
  };
  return insert(insert(html, '</head>', extras.head), '</body>', extras.body);
}

/**
 * index.html without its stylesheet links, and the links: put after content that must be
 * painted before the stylesheets arrive (a stylesheet in the head holds back the first paint
 * of the whole page; one in the body only what follows it).
 */
export function takeStylesheets(html: string): { html: string; links: string[] } {
  const links: string[] = [];
  const rest = html.replace(/[ \t]*<link\b[^>]*\brel="stylesheet"[^>]*>\n?/g, (link) => {
    links.push(link.trim());
    return '';
  });
  return { html: rest, links };
}

interface CachedFile<T> {
  mtimeMs: number;
  size: number;
  value: T;
}

/**
 * Reads the built index.html and the build manifest from `webRoot`, keeping each until the
 * file changes on disk (a stat per request instead of a read and parse).
 */
export function createWebPageFiles(webRoot: string) {
  const cache = new Map<string, CachedFile<unknown>>();
  async function cached<T>(file: string, parse: (text: string) => T): Promise<T> {
    const info = await stat(file);
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === info.mtimeMs && hit.size === info.size) return hit.value as T;
    const value = parse(await readFile(file, 'utf8'));
    cache.set(file, { mtimeMs: info.mtimeMs, size: info.size, value });
    return value;
  }
  return {
    /** The built index.html; throws when there is none (no build, or a rebuild under way). */
    indexHtml: () => cached(path.join(webRoot, 'index.html'), (text) => text),
    /** The build manifest, or null when there is none or it cannot be read. */
    async manifest(): Promise<Manifest | null> {
      try {
        return await cached(
          path.join(webRoot, '.vite/manifest.json'),
          (text) => JSON.parse(text) as Manifest,
        );
      } catch {
        return null;
      }
    },
  };
}

export type WebPageFiles = ReturnType<typeof createWebPageFiles>;
