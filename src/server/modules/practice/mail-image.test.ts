import { describe, expect, it } from 'vitest';
import { renderMail } from '../../lib/mail/templates.ts';
import { type MailItem, practiceMail } from './mail.ts';

const imageId = '44444444-4444-4444-8444-444444444444';
const withImage: MailItem = {
  id: '11111111-1111-4111-8111-111111111111',
  optionOrder: [0, 1],
  content: {
    type: 'single',
    stem: 'Welk kanaal laat deze grafiek als drukste zien?',
    stemFormat: 'plain',
    options: [
      { text: 'Telefoon', correct: true },
      { text: 'Chat', correct: false },
    ],
    explanation: 'De hoogste balk is telefoon.',
    pool: 'practice',
    difficulty: 'easy',
    tags: [],
    imageId,
    imageAlt: 'Staafdiagram: telefoon 60 "procent", chat 25, e-mail 15 <b>',
  },
  themeNl: 'Kanalen',
  themeEn: 'Channels',
};

// A trailing slash on the base URL must not give a double slash in the image URL.
const mail = () => practiceMail({ ...mailInput(), baseUrl: 'https://wegwijs.example/' });

describe('practice mail with a question image', () => {
  it('shows the image by its absolute URL with escaped alt text, and answers on the site', () => {
    const { params } = mail();
    expect(params.questions[0]!.image).toEqual({
      url: `https://wegwijs.example/media/${imageId}`,
      alt: withImage.content.imageAlt,
    });
    // Many mail clients block images: the question is answered on the site, not in one click.
    expect(params.questions[0]!.options).toBeUndefined();

    const rendered = renderMail('practice-questions', 'nl', params);
    expect(rendered.html).toContain(
      `<img src="https://wegwijs.example/media/${imageId}" alt="Staafdiagram: telefoon 60 &quot;procent&quot;, chat 25, e-mail 15 &lt;b&gt;"`,
    );
    expect(rendered.html).toMatch(/<img [^>]*style="[^"]*max-width:100%/);
    expect(rendered.text).toContain(
      `[${withImage.content.imageAlt}]\nhttps://wegwijs.example/media/${imageId}`,
    );
  });

  it('leaves questions without an image without an <img>', () => {
    const { imageId: _i, imageAlt: _a, ...content } = withImage.content;
    const { params } = practiceMail({ ...mailInput(), items: [{ ...withImage, content }] });
    expect(params.questions[0]!.image).toBeUndefined();
    expect(renderMail('practice-questions', 'en', params).html).not.toContain('<img');
  });
});

function mailInput() {
  return {
    baseUrl: 'https://wegwijs.example',
    secret: 'test-secret-test-secret-test-secret!',
    person: { id: 'user-1', name: 'Sam', locale: 'en' as const },
    deliveryId: '33333333-3333-4333-8333-333333333333',
    edition: 'Klantcontactquiz 2027',
    entryCheck: false,
    items: [withImage],
    endsOn: '2027-03-10',
    expiresAt: Date.parse('2027-03-10T23:00:00Z'),
  };
}
