/**
 * `$CATEGORY:` lines carry theme and learning objective as the path "Theme/Objective".
 * Moodle writes a context and a "top" level first (`$course$/top/…`); those are dropped.
 * A literal `/` inside a title is written `//`, as Moodle does.
 */

export type GiftCategory =
  | { ok: true; themeTitle?: string; objectiveTitle?: string }
  | {
      ok: false;
      code: 'gift.category_too_deep' | 'gift.category_empty_level';
      message: string;
      params: Record<string, string | number>;
    };

// `(?!\/)`: a doubled slash is part of a title ("top//down" is the title "top/down").
const CONTEXT_PREFIX = /^\$[a-z]+\$(\/(?!\/)|$)/i;
const TOP_PREFIX = /^top(\/(?!\/)|$)/i;

/** True for a (trimmed) line that starts a category. */
export function isCategoryLine(line: string): boolean {
  return line.startsWith('$CATEGORY:');
}

/**
 * Parses the path after `$CATEGORY:` (escapes already resolved). An empty path (e.g.
 * `$course$/top`) means "no category": the import defaults apply again.
 */
export function parseCategoryPath(rawPath: string): GiftCategory {
  const path = rawPath.trim().replace(CONTEXT_PREFIX, '').replace(TOP_PREFIX, '');
  if (path.trim() === '') return { ok: true };
  const levels = splitPath(path).map((level) => level.trim());
  if (levels.some((level) => level === '')) {
    return {
      ok: false,
      code: 'gift.category_empty_level',
      message: `The category "${rawPath.trim()}" has an empty level.`,
      params: { path: rawPath.trim() },
    };
  }
  if (levels.length > 2) {
    return {
      ok: false,
      code: 'gift.category_too_deep',
      message: `The category "${rawPath.trim()}" has ${levels.length} levels; use "Theme/Objective".`,
      params: { path: rawPath.trim(), levels: levels.length },
    };
  }
  return { ok: true, themeTitle: levels[0], objectiveTitle: levels[1] };
}

function splitPath(path: string): string[] {
  const levels: string[] = [];
  let current = '';
  for (let i = 0; i < path.length; i++) {
    if (path[i] !== '/') current += path[i];
    else if (path[i + 1] === '/') {
      current += '/';
      i++;
    } else {
      levels.push(current);
      current = '';
    }
  }
  levels.push(current);
  return levels;
}

/** `$CATEGORY: Theme / Objective`, with `/` doubled and `\` escaped inside titles. */
export function writeCategoryLine(themeTitle: string, objectiveTitle: string): string {
  const escapeTitle = (title: string) => title.replaceAll('\\', '\\\\').replaceAll('/', '//');
  return `$CATEGORY: ${escapeTitle(themeTitle)} / ${escapeTitle(objectiveTitle)}`;
}
