import { describe, expect, it } from 'vitest';
import {
  parseAnswerLink,
  parseUnsubscribeLink,
  signAnswerLink,
  signUnsubscribeLink,
  verifyAnswerLink,
  verifyUnsubscribeLink,
} from './links.ts';

const secret = 'test-secret-test-secret-test-secret!';
const itemId = '7b1c7f0e-4a4c-4a5e-9a51-8f0f1c2d3e4f';
const expiresAt = Date.parse('2027-03-10T23:00:00Z');

describe('practice links', () => {
  it('signs an answer link for one item, option and person', () => {
    const token = signAnswerLink(secret, 'user-1', { itemId, option: 2, expiresAt });
    expect(token).toMatch(/^a\.[0-9a-f-]{36}\.2\.[0-9a-z]+\.[\w-]{43}$/);
    expect(parseAnswerLink(token)).toMatchObject({ itemId, option: 2, expiresAt });
    expect(verifyAnswerLink(secret, token, 'user-1')).toBe(true);
  });

  it('rejects another person, another secret, and any changed part', () => {
    const token = signAnswerLink(secret, 'user-1', { itemId, option: 0, expiresAt });
    expect(verifyAnswerLink(secret, token, 'user-2')).toBe(false);
    expect(verifyAnswerLink(`${secret}x`, token, 'user-1')).toBe(false);
    const parts = token.split('.');
    const changed = [
      [parts[0], parts[1], '1', parts[3], parts[4]],
      [parts[0], parts[1], parts[2], (Number.parseInt(parts[3]!, 36) + 86_400).toString(36), parts[4]],
      [parts[0], parts[1]!.replace(/^7/, '8'), parts[2], parts[3], parts[4]],
    ].map((p) => p.join('.'));
    for (const t of changed) expect(verifyAnswerLink(secret, t, 'user-1')).toBe(false);
    expect(parseAnswerLink('a.nope')).toBeUndefined();
    expect(parseAnswerLink(`u.${itemId}.x`)).toBeUndefined();
  });

  it('opens a question without an option', () => {
    const token = signAnswerLink(secret, 'user-1', { itemId, option: null, expiresAt });
    expect(parseAnswerLink(token)?.option).toBeNull();
    expect(verifyAnswerLink(secret, token, 'user-1')).toBe(true);
  });

  it('signs unsubscribe links per delivery and person', () => {
    const token = signUnsubscribeLink(secret, 'user-1', itemId);
    expect(parseUnsubscribeLink(token)).toEqual({ deliveryId: itemId });
    expect(verifyUnsubscribeLink(secret, token, 'user-1')).toBe(true);
    expect(verifyUnsubscribeLink(secret, token, 'user-2')).toBe(false);
    // An answer token's signature never works as an unsubscribe token.
    const answer = signAnswerLink(secret, 'user-1', { itemId, option: null, expiresAt });
    expect(verifyUnsubscribeLink(secret, `u.${itemId}.${answer.split('.')[4]}`, 'user-1')).toBe(false);
  });
});
