import { describe, expect, it } from 'vitest';
import { jsonScript, type Manifest, pageAssets, preloadLinks, withExtras } from './web-page.ts';

const manifest: Manifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_web.js'] },
  '_web.js': { file: 'assets/web.js', imports: ['_runtime.js'], css: ['assets/web.css'] },
  '_runtime.js': { file: 'assets/runtime.js' },
  'page.tsx': {
    file: 'assets/page.js',
    imports: ['_runtime.js', '_web.js', '_shared.js'],
    css: ['assets/page.css'],
  },
  '_shared.js': {
    file: 'assets/shared.js',
    imports: ['_web.js'],
    css: ['assets/page.css', 'assets/shared.css'],
  },
};

describe('a page’s own assets', () => {
  it('are its chunk and static imports, less what the entry loads, each once', () => {
    expect(pageAssets(manifest, ['page.tsx'])).toEqual({
      scripts: ['assets/page.js', 'assets/shared.js'],
      styles: ['assets/page.css', 'assets/shared.css'],
    });
  });

  it('are nothing for a page the build does not know', () => {
    expect(pageAssets(manifest, ['renamed.tsx'])).toEqual({ scripts: [], styles: [] });
  });

  it('become module preloads and style preloads, as Vite’s loader will request them', () => {
    expect(preloadLinks({ scripts: ['assets/a.js'], styles: ['assets/a.css'] })).toEqual([
      '<link rel="modulepreload" crossorigin href="/assets/a.js">',
      '<link rel="preload" as="style" crossorigin href="/assets/a.css">',
    ]);
  });
});

describe('page data in the HTML', () => {
  it('is JSON in which no text can close the element, and reads back the same', () => {
    const data = { text: '</script><script>alert(1)</script> <!-- \u2028 "quoted" & more' };
    const script = jsonScript('x', data);
    const inner = script.slice(script.indexOf('>') + 1, script.lastIndexOf('</script>'));
    expect(inner).not.toContain('<');
    expect(JSON.parse(inner)).toEqual(data);
  });

  it('goes before </head> and </body>, or at the end when the page has none', () => {
    const html = '<html><head><title>t</title></head><body><div id="root"></div></body></html>';
    expect(withExtras(html, { head: ['<link a>'], body: ['<script b></script>'] })).toBe(
      '<html><head><title>t</title><link a>\n</head><body><div id="root"></div><script b></script>\n</body></html>',
    );
    expect(withExtras('<p>', { body: ['<x>'] })).toBe('<p><x>\n');
    expect(withExtras(html, {})).toBe(html);
  });
});
