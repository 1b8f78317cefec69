import { describe, expect, it } from 'vitest';
import { renderMail } from '../../lib/mail/templates.ts';
import { parseAnswerLink } from './links.ts';
import { isOneClick, type MailItem, plainText, practiceMail } from './mail.ts';

const single: MailItem = {
  id: '11111111-1111-4111-8111-111111111111',
  optionOrder: [2, 0, 1],
  content: {
    type: 'single',
    stem: 'Wat doe je eerst?',
    stemFormat: 'plain',
    options: [
      { text: 'Luisteren', correct: true },
      { text: 'Praten', correct: false },
      { text: 'Ophangen', correct: false },
    ],
    explanation: 'Eerst luisteren.',
    pool: 'practice',
    difficulty: 'easy',
    tags: [],
  },
  themeNl: 'Het klantgesprek',
  themeEn: 'The customer conversation',
};
const ordering: MailItem = {
  ...single,
  id: '22222222-2222-4222-8222-222222222222',
  content: {
    ...single.content,
    type: 'ordering',
    stem: '<p>Zet in volgorde &amp; klik</p>',
    stemFormat: 'html',
  },
};

function mail(locale: 'nl' | 'en' = 'nl') {
  return practiceMail({
    baseUrl: 'https://wegwijs.example',
    secret: 'test-secret-test-secret-test-secret!',
    person: { id: 'user-1', name: 'Sam', locale },
    deliveryId: '33333333-3333-4333-8333-333333333333',
    edition: 'Klantcontactquiz 2027',
    entryCheck: false,
    items: [single, ordering],
    endsOn: '2027-03-10',
    expiresAt: Date.parse('2027-03-10T23:00:00Z'),
  });
}

describe('practice mail', () => {
  it('shows single-choice options as one link each, in the stored display order', () => {
    const { params } = mail();
    const [q1, q2] = params.questions;
    expect(q1!.options!.map((o) => o.label)).toEqual(['A. Ophangen', 'B. Luisteren', 'C. Praten']);
    expect(
      q1!.options!.map((o) => parseAnswerLink(decodeURIComponent(o.url.split('token=')[1]!))?.option),
    ).toEqual([0, 1, 2]);
    expect(q1!.theme).toBe('Het klantgesprek');
    // An ordering question cannot be answered in one click: one link opens it.
    expect(q2!.options).toBeUndefined();
    expect(parseAnswerLink(decodeURIComponent(q2!.openUrl.split('token=')[1]!))).toMatchObject({
      itemId: ordering.id,
      option: null,
    });
    expect(q2!.stem).toBe('Zet in volgorde & klik');
    expect(isOneClick(single.content)).toBe(true);
    expect(isOneClick({ ...single.content, imageId: 'x' })).toBe(false);
  });

  it('carries a one-click List-Unsubscribe and a pause link', () => {
    const { params, headers } = mail();
    expect(headers['List-Unsubscribe']).toMatch(
      /^<https:\/\/wegwijs\.example\/api\/practice\/unsubscribe\?token=u\./,
    );
    expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(params.unsubscribeUrl).toMatch(/^https:\/\/wegwijs\.example\/oefenen\/afmelden\?token=u\./);
  });

  it('renders Dutch and English text and HTML with every link', () => {
    const { params } = mail();
    const nl = renderMail('practice-questions', 'nl', params);
    expect(nl.subject).toBe('2 oefenvragen voor de Klantcontactquiz 2027');
    expect(nl.text).toContain('Vraag 1 van 2 · Het klantgesprek');
    expect(nl.text).toContain('Beantwoord deze vraag op Wegwijs:');
    expect(nl.text).toContain('tot en met 10 maart 2027');
    for (const link of params.questions[0]!.options!) expect(nl.html).toContain(link.url);
    expect(nl.html).toContain('Oefenmails pauzeren of stoppen');
    const en = renderMail('practice-questions', 'en', mail('en').params);
    expect(en.subject).toBe('2 practice questions for the Klantcontactquiz 2027');
    expect(en.text).toContain('Question 2 of 2 · The customer conversation');
  });

  it('turns HTML into plain text', () => {
    expect(plainText('<p>Een<br>twee</p><p>drie &lt;4&gt;</p>', 'html')).toBe('Een\ntwee\ndrie <4>');
    expect(plainText('**vet**', 'markdown')).toBe('**vet**');
  });
});
