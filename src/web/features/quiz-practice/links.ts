/**
 * What the web app may read from a practice answer link before asking the server. The token
 * (`a.<itemId>.<option or ->.<expires>.<mac>`, see src/server/modules/practice/links.ts) is
 * only trusted by the server; the page just needs to know which way to go.
 */

/**
 * `one-click`: the link stands for an option, so opening it answers (by POST). `open`: the
 * link opens the question, which the person answers on the page (multiple response,
 * ordering, questions with an image, and "next question" links). Anything that does not
 * look like an answer link is treated as `open`: the server then says it is invalid.
 */
export function answerLinkKind(token: string): 'one-click' | 'open' {
  const parts = token.split('.');
  return parts.length === 5 && parts[0] === 'a' && /^\d{1,2}$/.test(parts[2] ?? '') ? 'one-click' : 'open';
}
