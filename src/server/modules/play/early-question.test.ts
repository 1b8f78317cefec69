import { describe, expect, it } from 'vitest';
import { type EarlyQuestion, earlyQuestionHtml } from './early-question.ts';

// The play page's question as plain HTML (before the app's script): what it shows, what its
// form sends, and that no text of an expert's can break out of it.

const question = (over: Partial<EarlyQuestion['question']> = {}): EarlyQuestion => ({
  attemptId: '8b0f6f7e-2f7c-4a55-9d3e-0d7f3c7d2a11',
  module: 'core',
  position: 4,
  total: 30,
  limitMs: 30_000,
  question: {
    type: 'single',
    stem: 'Wat doe je **eerst**?',
    stemFormat: 'markdown',
    imageUrl: null,
    imageAlt: null,
    options: [{ text: 'Luisteren' }, { text: 'Praten' }],
    ...over,
  },
});

const render = (current: EarlyQuestion, locale: 'nl' | 'en' = 'nl', savedNumber?: number) =>
  earlyQuestionHtml({ year: 2027, locale, current, key: 'key-12345678', savedNumber });

describe('the early question', () => {
  it('is a form for the question: its number, time, text, options and what the answer needs', () => {
    const html = render(question())!;
    expect(html).toContain('<form method="post" action="/quiz/2027/play/answer">');
    expect(html).toContain('data-position="4"');
    expect(html).toContain('<h1 class="wq-title">Kernquiz</h1>');
    expect(html).toContain('Vraag 5 van 30');
    expect(html).toContain('Je hebt 30 seconden voor deze vraag.');
    expect(html).toContain('Wat doe je <strong>eerst</strong>?');
    expect(html).toContain('Kies één antwoord.');
    expect(html).toContain('name="attemptId" value="8b0f6f7e-2f7c-4a55-9d3e-0d7f3c7d2a11"');
    expect(html).toContain('name="position" value="4"');
    expect(html).toContain('name="key" value="key-12345678"');
    expect(html.match(/<input type="radio" name="response" value="\d" required>/g)).toHaveLength(2);
    expect(html).toContain('value="1" required><span>Praten</span>');
    expect(html).not.toContain('name="multiple"');
    expect(html).toContain('<button type="submit" class="wq-submit">Antwoord versturen</button>');
  });

  it('uses checkboxes and says so for a question with more right answers', () => {
    const html = render(question({ type: 'multiple' }))!;
    expect(html.match(/<input type="checkbox" name="response"/g)).toHaveLength(2);
    expect(html).not.toContain('required');
    expect(html).toContain('<input type="hidden" name="multiple" value="1">');
    expect(html).toContain('Kies alle juiste antwoorden');
  });

  it('speaks English to someone who chose it, and confirms an answer the form stored', () => {
    const html = render(question(), 'en', 4)!;
    expect(html).toContain('lang="en"');
    expect(html).toContain('Question 5 of 30');
    expect(html).toContain('Core quiz');
    expect(html).toContain('Your answer to question 4 has been saved.');
  });

  it('escapes every text, keeps only web and mail links, and shows the image with its text', () => {
    const hostile = '</legend><script>alert(1)</script><img src=x onerror=alert(1)> "quoted"';
    const html = render(
      question({
        stem: `${hostile}\n\n[site](javascript:alert(1)) [ok](https://example.org)`,
        imageUrl: '/media/abc"def',
        imageAlt: 'Een "grafiek"',
        options: [{ text: hostile }, { text: 'B' }],
      }),
    )!;
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;/legend&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;quoted&quot;');
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('<a href="https://example.org" target="_blank" rel="noopener noreferrer">ok</a>');
    expect(html).toContain('<img class="wq-image" src="/media/abc&quot;def" alt="Een &quot;grafiek&quot;">');
  });

  it('keeps a plain text’s paragraphs and line breaks', () => {
    const html = render(
      question({
        stemFormat: 'plain',
        stem: 'Eerste regel\nTweede regel\n\n**geen** Markdown',
        options: [{ text: 'Kort\n\nen lang' }, { text: 'B' }],
      }),
    )!;
    // An option is one line of a label: its paragraphs joined by line breaks, as in the app.
    expect(html).toContain('<span>Kort<br>en lang</span>');
    expect(html).toContain(
      '<span class="wq-block">Eerste regel<br>Tweede regel</span><span class="wq-block">**geen** Markdown</span>',
    );
  });

  it('leaves ordering questions and HTML texts to the app', () => {
    expect(render(question({ type: 'ordering' }))).toBeNull();
    expect(render(question({ stemFormat: 'html', stem: '<p>Vraag</p>' }))).toBeNull();
  });
});
