/** Links inside the sandboxed frame would otherwise try to open inside the frame itself. */
export function withLinksInNewTab(html: string): string {
  const base = '<base target="_blank">';
  const head = html.match(/<head(\s[^>]*)?>/i);
  if (head?.index !== undefined) {
    const at = head.index + head[0].length;
    return html.slice(0, at) + base + html.slice(at);
  }
  // Without a <head>, put it first, but after a doctype so the frame stays in standards mode.
  const doctype = html.match(/^\s*<!doctype[^>]*>/i)?.[0] ?? '';
  return doctype + base + html.slice(doctype.length);
}
