import { describe, expect, it } from 'vitest';
import { kilobytes, type Manifest, routeJavaScript, summarizeSizes } from './bundle-size.ts';

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index-a.js',
    isEntry: true,
    imports: ['_react.js'],
    dynamicImports: ['features/play.tsx', 'features/admin.tsx'],
    css: ['assets/index-a.css'],
  },
  '_react.js': { file: 'assets/react-b.js' },
  '_shared.js': { file: 'assets/shared-c.js', imports: ['_react.js'] },
  '_charts.js': { file: 'assets/charts-d.js' },
  'features/play.tsx': { file: 'assets/play-e.js', isDynamicEntry: true, imports: ['_shared.js'] },
  'features/admin.tsx': {
    file: 'assets/admin-f.js',
    isDynamicEntry: true,
    imports: ['_shared.js', '_charts.js'],
  },
  'styles.css': { file: 'assets/styles-g.css' },
};

describe('routeJavaScript', () => {
  it('takes the entry and the route chunk with their static imports, each once, and no lazy chunks', () => {
    expect(routeJavaScript(manifest, ['features/play.tsx'])).toEqual([
      'assets/index-a.js',
      'assets/react-b.js',
      'assets/play-e.js',
      'assets/shared-c.js',
    ]);
  });

  it('leaves out what only other routes import', () => {
    expect(routeJavaScript(manifest, ['features/play.tsx'])).not.toContain('assets/charts-d.js');
    expect(routeJavaScript(manifest, ['features/admin.tsx'])).toContain('assets/charts-d.js');
  });

  it('fails when the route is not in the manifest', () => {
    expect(() => routeJavaScript(manifest, ['features/renamed.tsx'])).toThrow(/not in the build manifest/);
  });
});

describe('summarizeSizes', () => {
  it('sums raw and gzipped bytes and lists the largest first', () => {
    const summary = summarizeSizes([
      { file: 'a.js', bytes: 1000, gzipBytes: 400 },
      { file: 'b.js', bytes: 3000, gzipBytes: 900 },
    ]);
    expect(summary.bytes).toBe(4000);
    expect(summary.gzipBytes).toBe(1300);
    expect(summary.files.map((f) => f.file)).toEqual(['b.js', 'a.js']);
  });

  it('reports kilobytes of 1,000 bytes', () => {
    expect(kilobytes(204_850)).toBe(204.9);
  });
});
