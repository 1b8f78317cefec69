/**
 * The JavaScript a route needs, from Vite's build manifest (`dist/web/.vite/manifest.json`,
 * written because vite.config.ts sets `build.manifest`). Pure: the caller reads the files
 * and measures them.
 */

/** One entry of Vite's manifest (only the fields used here). */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  /** Keys of chunks this one imports statically (loaded with it). */
  imports?: string[];
  /** Keys of chunks it may load later (not counted). */
  dynamicImports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

/**
 * The JS files loaded for a route: every entry chunk (index.html) and the route's lazy
 * chunks (`routeSources`, manifest keys such as `features/quiz-play/play-page.tsx`),
 * each with everything they import statically, transitively; each file once, in
 * discovery order. Dynamic imports are left out: they load only when used. Throws when a
 * route source or an import is missing from the manifest (a renamed page should fail the
 * benchmark, not shrink it).
 */
export function routeJavaScript(manifest: Manifest, routeSources: readonly string[]): string[] {
  const roots = [...Object.keys(manifest).filter((key) => manifest[key]!.isEntry), ...routeSources];
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest`);
    seen.add(key);
    if (chunk.file.endsWith('.js') && !files.includes(chunk.file)) files.push(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const key of roots) visit(key);
  return files;
}

export interface SizedFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface SizeSummary {
  files: SizedFile[];
  bytes: number;
  gzipBytes: number;
}

/** Totals of per-file sizes, largest gzipped file first. */
export function summarizeSizes(files: readonly SizedFile[]): SizeSummary {
  const sorted = [...files].sort((a, b) => b.gzipBytes - a.gzipBytes || a.file.localeCompare(b.file));
  return {
    files: sorted,
    bytes: sorted.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: sorted.reduce((sum, f) => sum + f.gzipBytes, 0),
  };
}

/** Kilobytes (1,000 bytes, as Vite and Lighthouse report them) with one decimal. */
export function kilobytes(bytes: number): number {
  return Math.round(bytes / 100) / 10;
}
