/**
 * Question settings GIFT has no syntax for travel in a comment line right before the
 * question: `// wegwijs: pool=core; difficulty=medium; time=30; tags=klachten,empathie`.
 * Moodle ignores the line; Moodle's own tag comments (`// [tag:name]`) are read as well.
 */
import { type Difficulty, difficulties, type QuestionPool, questionPools } from '../questions/model.ts';

export interface GiftMeta {
  pool?: QuestionPool;
  difficulty?: Difficulty;
  /** `null` = explicitly none (`time=default`), undefined = not given. */
  timeLimitSeconds?: number | null;
  /** Undefined = not given; `[]` = explicitly none. */
  tags?: string[];
}

export interface MetaProblem {
  code: 'gift.meta_unknown_key' | 'gift.meta_invalid_value' | 'gift.meta_malformed';
  message: string;
  params: Record<string, string>;
}

const META_LINE = /^\/\/\s*wegwijs\s*:(.*)$/i;
const MOODLE_TAG = /\[tag:([^\]]*)\]/g;

/** True for a `// wegwijs:` comment line (trimmed). */
export function isMetaComment(line: string): boolean {
  return META_LINE.test(line);
}

/** Tags from Moodle's `[tag:…]` markers in a comment line. */
export function moodleTags(line: string): string[] {
  return [...line.matchAll(MOODLE_TAG)].map((m) => m[1]!.trim()).filter((t) => t !== '');
}

/** Reads a `// wegwijs:` line into `meta` (later keys win); returns the problems. */
export function parseMetaComment(line: string, meta: GiftMeta): MetaProblem[] {
  const body = META_LINE.exec(line)?.[1] ?? '';
  const problems: MetaProblem[] = [];
  for (const part of body.split(';')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) {
      problems.push({
        code: 'gift.meta_malformed',
        message: `Expected key=value in the wegwijs comment, found "${part.trim()}".`,
        params: { part: part.trim() },
      });
      continue;
    }
    const key = part.slice(0, eq).trim().toLowerCase();
    const value = part.slice(eq + 1).trim();
    const invalid = (allowed: string) =>
      problems.push({
        code: 'gift.meta_invalid_value',
        message: `Invalid ${key} "${value}" in the wegwijs comment; expected ${allowed}.`,
        params: { key, value, allowed },
      });
    switch (key) {
      case 'pool':
        if ((questionPools as readonly string[]).includes(value)) meta.pool = value as QuestionPool;
        else invalid(questionPools.join(', '));
        break;
      case 'difficulty':
        if ((difficulties as readonly string[]).includes(value)) meta.difficulty = value as Difficulty;
        else invalid(difficulties.join(', '));
        break;
      case 'time':
        if (value === '' || value.toLowerCase() === 'default') meta.timeLimitSeconds = null;
        else if (/^\d+$/.test(value)) meta.timeLimitSeconds = Number(value);
        else invalid('a whole number of seconds or "default"');
        break;
      case 'tags':
        meta.tags = value
          .split(',')
          .map((t) => t.trim())
          .filter((t) => t !== '');
        break;
      default:
        problems.push({
          code: 'gift.meta_unknown_key',
          message: `Unknown key "${key}" in the wegwijs comment; known keys are pool, difficulty, time and tags.`,
          params: { key },
        });
    }
  }
  return problems;
}

/** The comment line for a question; every key is written so the import needs no defaults. */
export function writeMetaComment(q: {
  pool: QuestionPool;
  difficulty: Difficulty;
  timeLimitSeconds?: number;
  tags: readonly string[];
}): string {
  const time = q.timeLimitSeconds === undefined ? 'default' : String(q.timeLimitSeconds);
  return `// wegwijs: pool=${q.pool}; difficulty=${q.difficulty}; time=${time}; tags=${q.tags.join(',')}`;
}
