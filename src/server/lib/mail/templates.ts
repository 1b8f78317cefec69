export type Locale = 'nl' | 'en';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

interface TemplateText {
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer: string;
}

/**
 * Mail templates in Dutch and English. Each returns plain text for the text part;
 * the HTML part is generated from the same text, so both always say the same thing.
 */
const templates = {
  'magic-link': (p: { name: string; url: string; minutes: number }): Record<Locale, TemplateText> => ({
    nl: {
      subject: 'Je inloglink voor Wegwijs',
      greeting: `Hallo ${p.name},`,
      paragraphs: [
        'Klik op de knop hieronder om in te loggen bij Wegwijs.',
        `De link werkt één keer en is ${p.minutes} minuten geldig. Heb je niet om deze link gevraagd? Dan kun je deze mail negeren.`,
      ],
      action: { label: 'Inloggen bij Wegwijs', url: p.url },
      footer: 'Wegwijs — het leerplatform van de klantcontactsector',
    },
    en: {
      subject: 'Your Wegwijs log-in link',
      greeting: `Hello ${p.name},`,
      paragraphs: [
        'Click the button below to log in to Wegwijs.',
        `The link works once and is valid for ${p.minutes} minutes. Did you not ask for it? Then you can ignore this e-mail.`,
      ],
      action: { label: 'Log in to Wegwijs', url: p.url },
      footer: 'Wegwijs — the learning platform of the customer-contact sector',
    },
  }),
  'coordinator-invite': (p: {
    name: string;
    organization: string;
    url: string;
    minutes: number;
  }): Record<Locale, TemplateText> => ({
    nl: {
      subject: `Je bent coördinator van ${p.organization} op Wegwijs`,
      greeting: `Hallo ${p.name},`,
      paragraphs: [
        `Je bent toegevoegd als coördinator van ${p.organization} op Wegwijs. Als coördinator meld je teams aan en nodig je collega's uit.`,
        `Log in met de knop hieronder (${p.minutes} minuten geldig). Later vraag je altijd een nieuwe inloglink aan op de inlogpagina.`,
      ],
      action: { label: 'Inloggen bij Wegwijs', url: p.url },
      footer: 'Wegwijs — het leerplatform van de klantcontactsector',
    },
    en: {
      subject: `You are a coordinator of ${p.organization} on Wegwijs`,
      greeting: `Hello ${p.name},`,
      paragraphs: [
        `You have been added as a coordinator of ${p.organization} on Wegwijs. As a coordinator you register teams and invite colleagues.`,
        `Log in with the button below (valid for ${p.minutes} minutes). You can always ask for a new log-in link on the log-in page.`,
      ],
      action: { label: 'Log in to Wegwijs', url: p.url },
      footer: 'Wegwijs — the learning platform of the customer-contact sector',
    },
  }),
};

export type TemplateName = keyof typeof templates;
export type TemplateParams<N extends TemplateName> = Parameters<(typeof templates)[N]>[0];

export function renderMail<N extends TemplateName>(
  name: N,
  locale: Locale,
  params: TemplateParams<N>,
): RenderedMail {
  const content = (templates[name] as (p: TemplateParams<N>) => Record<Locale, TemplateText>)(params)[locale];
  return { subject: content.subject, text: toText(content), html: toHtml(content, locale) };
}

function toText(c: TemplateText): string {
  const lines = [c.greeting, '', ...c.paragraphs.flatMap((p) => [p, ''])];
  if (c.action) lines.push(`${c.action.label}:`, c.action.url, '');
  lines.push('--', c.footer);
  return lines.join('\n');
}

function toHtml(c: TemplateText, locale: Locale): string {
  const action = c.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(c.action.url)}" style="background:#1c6b4f;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(c.action.label)}</a></p>
<p style="font-size:13px;color:#555">${escapeHtml(c.action.url)}</p>`
    : '';
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(c.subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#1a1a1a;max-width:560px;margin:0 auto;padding:24px">
<p>${escapeHtml(c.greeting)}</p>
${c.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${action}
<hr style="border:none;border-top:1px solid #ddd;margin-top:32px">
<p style="font-size:13px;color:#555">${escapeHtml(c.footer)}</p>
</body></html>`;
}

export function escapeHtml(s: string): string {
  return s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
