/**
 * Signed links in practice mails. An answer link names one practice item (a question in one
 * mail), optionally the option it answers with, and when it expires; an unsubscribe link
 * names one delivery. The HMAC-SHA256 (keyed from the session secret) also covers the
 * person the item or delivery belongs to, so a link works only for that person's record.
 * A link grants nothing else: it answers one question or changes one person's practice-mail
 * preference, which is why it works without logging in.
 *
 * Format: `a.<itemId>.<option or ->.<expires, epoch seconds base 36>.<mac>` and
 * `u.<deliveryId>.<mac>`, mac = base64url(HMAC(key, purpose|id|userId|option|expires)).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const ANSWER_PAGE = '/oefenen/antwoord';
export const UNSUBSCRIBE_PAGE = '/oefenen/afmelden';
export const PRACTICE_PAGE = '/oefenen';

export interface AnswerLink {
  itemId: string;
  /** Display position of the chosen option; null = open the question to answer it. */
  option: number | null;
  /** Epoch ms; the link stops working at this instant. */
  expiresAt: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function linkKey(secret: string): Buffer {
  // A key of its own, so a practice link MAC can never double as anything else signed with the secret.
  return createHmac('sha256', secret).update('wegwijs practice links v1').digest();
}

function mac(secret: string, parts: Array<string | number>): string {
  return createHmac('sha256', linkKey(secret)).update(parts.join('|')).digest('base64url');
}

function sameMac(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function signAnswerLink(secret: string, userId: string, link: AnswerLink): string {
  const option = link.option === null ? '-' : String(link.option);
  const expires = Math.floor(link.expiresAt / 1000).toString(36);
  return `a.${link.itemId}.${option}.${expires}.${mac(secret, ['a', link.itemId, userId, option, expires])}`;
}

/** The parts of an answer token, unverified: the caller looks up the item's owner and calls `verifyAnswerLink`. */
export function parseAnswerLink(token: string): (AnswerLink & { raw: string[] }) | undefined {
  const parts = token.split('.');
  if (parts.length !== 5 || parts[0] !== 'a') return undefined;
  const [, itemId, option, expires] = parts as [string, string, string, string, string];
  if (!UUID.test(itemId) || !/^(-|\d{1,2})$/.test(option) || !/^[0-9a-z]{1,10}$/.test(expires))
    return undefined;
  return {
    itemId,
    option: option === '-' ? null : Number(option),
    expiresAt: Number.parseInt(expires, 36) * 1000,
    raw: parts,
  };
}

/** True when the token was signed by us for this item and this person. */
export function verifyAnswerLink(secret: string, token: string, userId: string): boolean {
  const parsed = parseAnswerLink(token);
  if (!parsed) return false;
  const [, itemId, option, expires, given] = parsed.raw as [string, string, string, string, string];
  return sameMac(given, mac(secret, ['a', itemId, userId, option, expires]));
}

export function signUnsubscribeLink(secret: string, userId: string, deliveryId: string): string {
  return `u.${deliveryId}.${mac(secret, ['u', deliveryId, userId])}`;
}

export function parseUnsubscribeLink(token: string): { deliveryId: string } | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== 'u' || !UUID.test(parts[1]!)) return undefined;
  return { deliveryId: parts[1]! };
}

export function verifyUnsubscribeLink(secret: string, token: string, userId: string): boolean {
  const parts = token.split('.');
  if (parts.length !== 3) return false;
  return sameMac(parts[2]!, mac(secret, ['u', parts[1]!, userId]));
}

export const answerUrl = (baseUrl: string, token: string) =>
  `${baseUrl}${ANSWER_PAGE}?token=${encodeURIComponent(token)}`;
export const unsubscribePageUrl = (baseUrl: string, token: string) =>
  `${baseUrl}${UNSUBSCRIBE_PAGE}?token=${encodeURIComponent(token)}`;
/** The RFC 8058 one-click endpoint mail clients POST to (List-Unsubscribe header). */
export const oneClickUnsubscribeUrl = (baseUrl: string, token: string) =>
  `${baseUrl}/api/practice/unsubscribe?token=${encodeURIComponent(token)}`;
