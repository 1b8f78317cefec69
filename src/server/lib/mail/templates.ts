export type Locale = 'nl' | 'en';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

interface MailLink {
  label: string;
  url: string;
}

/** A block with its own heading and a list of links, e.g. a practice question with its answers. */
interface MailSection {
  heading: string;
  paragraphs: string[];
  /** An image under the paragraphs; `label` names it in the text part ("Afbeelding"). */
  image?: MailImage | undefined;
  links: MailLink[];
}

/** An image in a mail: an absolute URL (mail has no page to resolve against) and its alt text. */
export interface MailImage {
  url: string;
  alt: string;
}

interface TemplateText {
  subject: string;
  greeting: string;
  paragraphs: string[];
  sections?: MailSection[];
  action?: MailLink;
  footer: string;
  /** Small print under the footer, e.g. pause or unsubscribe. */
  footerLinks?: MailLink[];
}

/** One practice question in a mail: its answers as one-click links, or one link to answer it on the site. */
export interface PracticeMailQuestion {
  theme: string;
  stem: string;
  /** The question's image, when it has one. */
  image?: MailImage | undefined;
  /** Absent when the question cannot be answered with one click (multiple response, ordering). */
  options?: MailLink[];
  openUrl: string;
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
  'participant-invite': (p: {
    name: string;
    organization: string;
    team: string;
    edition: string;
    /** YYYY-MM-DD, or null when the date is not set yet. */
    eventDate: string | null;
    url: string;
    minutes: number;
    loginUrl: string;
  }): Record<Locale, TemplateText> => ({
    nl: {
      subject: `Je bent aangemeld voor de ${p.edition}`,
      greeting: `Hallo ${p.name},`,
      paragraphs: [
        `${p.organization} heeft je aangemeld voor de ${p.edition}, in team ${p.team}.${p.eventDate ? ` De quiz is op ${formatDate(p.eventDate, 'nl')}; je speelt online, waar je maar wilt.` : ''}`,
        'Bevestig je deelname: log in met de knop hieronder en kies "Ik doe mee". Daar kies je ook je taal en zie je je team.',
        `De knop werkt één keer en is ${p.minutes} minuten geldig. Daarna vraag je met je e-mailadres een nieuwe inloglink aan op ${p.loginUrl}.`,
      ],
      action: { label: 'Deelname bevestigen', url: p.url },
      footer: 'Wegwijs — het leerplatform van de klantcontactsector',
    },
    en: {
      subject: `You have been registered for the ${p.edition}`,
      greeting: `Hello ${p.name},`,
      paragraphs: [
        `${p.organization} has registered you for the ${p.edition}, in team ${p.team}.${p.eventDate ? ` The quiz is on ${formatDate(p.eventDate, 'en')}; you play online, wherever you like.` : ''}`,
        'Please confirm: log in with the button below and choose "I\'m in". There you also choose your language and see your team.',
        `The button works once and is valid for ${p.minutes} minutes. After that, ask for a new log-in link with your e-mail address at ${p.loginUrl}.`,
      ],
      action: { label: 'Confirm my participation', url: p.url },
      footer: 'Wegwijs — the learning platform of the customer-contact sector',
    },
  }),
  'team-short-reminder': (p: {
    name: string;
    organization: string;
    edition: string;
    /** YYYY-MM-DD */
    closesOn: string;
    minimum: number;
    teams: Array<{ name: string; confirmed: number }>;
    url: string;
  }): Record<Locale, TemplateText> => ({
    nl: {
      subject: `Nog een week: ${p.teams.length === 1 ? 'een team heeft' : 'teams hebben'} te weinig deelnemers`,
      greeting: `Hallo ${p.name},`,
      paragraphs: [
        `De aanmelding voor de ${p.edition} sluit op ${formatDate(p.closesOn, 'nl')}. Een team doet mee voor de prijs voor de slimste klantcontactorganisatie met minstens ${p.minimum} bevestigde deelnemers. Bij ${p.organization} is dat nog niet zo voor:`,
        ...p.teams.map((t) => `• ${t.name}: ${t.confirmed} van de ${p.minimum} bevestigd`),
        'Nodig nog collega’s uit, of vraag de uitgenodigde collega’s hun deelname te bevestigen.',
      ],
      action: { label: 'Naar je teams', url: p.url },
      footer: 'Wegwijs — het leerplatform van de klantcontactsector',
    },
    en: {
      subject: `One week left: ${p.teams.length === 1 ? 'a team is' : 'teams are'} short of participants`,
      greeting: `Hello ${p.name},`,
      paragraphs: [
        `Registration for the ${p.edition} closes on ${formatDate(p.closesOn, 'en')}. A team competes for the smartest customer-contact organisation award with at least ${p.minimum} confirmed participants. At ${p.organization} that is not yet the case for:`,
        ...p.teams.map((t) => `• ${t.name}: ${t.confirmed} of ${p.minimum} confirmed`),
        'Invite more colleagues, or ask the invited colleagues to confirm their participation.',
      ],
      action: { label: 'Go to your teams', url: p.url },
      footer: 'Wegwijs — the learning platform of the customer-contact sector',
    },
  }),
  'practice-questions': (p: {
    name: string;
    edition: string;
    entryCheck: boolean;
    questions: PracticeMailQuestion[];
    /** YYYY-MM-DD: the last practice day; the links work until then. */
    endsOn: string;
    appUrl: string;
    unsubscribeUrl: string;
  }): Record<Locale, TemplateText> => {
    const n = p.questions.length;
    const sections = (locale: Locale): MailSection[] =>
      p.questions.map((q, i) => ({
        heading: `${locale === 'nl' ? 'Vraag' : 'Question'} ${i + 1}${n > 1 ? ` ${locale === 'nl' ? 'van' : 'of'} ${n}` : ''} · ${q.theme}`,
        paragraphs: [q.stem],
        image: q.image,
        links: q.options ?? [
          {
            label: locale === 'nl' ? 'Beantwoord deze vraag op Wegwijs' : 'Answer this question on Wegwijs',
            url: q.openUrl,
          },
        ],
      }));
    return {
      nl: {
        subject: p.entryCheck
          ? `Instaptoets ${p.edition}: ${n} vragen om mee te beginnen`
          : `${n === 1 ? 'Je oefenvraag' : `${n} oefenvragen`} voor de ${p.edition}`,
        greeting: `Hallo ${p.name},`,
        paragraphs: p.entryCheck
          ? [
              `Welkom bij het oefenen voor de ${p.edition}. We beginnen met een korte instaptoets: ${n} vragen verspreid over alle thema's. Zo zie je later hoeveel je hebt bijgeleerd.`,
              'Klik op het antwoord dat jij goed vindt. Je ziet meteen of het klopt, met uitleg. Elke vraag kun je één keer beantwoorden.',
            ]
          : [
              `${n === 1 ? 'Hier is je oefenvraag' : `Hier zijn je ${n} oefenvragen`} voor de ${p.edition}. Klik op het antwoord dat jij goed vindt; je ziet meteen of het klopt, met uitleg.`,
            ],
        sections: sections('nl'),
        action: { label: 'Oefenen op Wegwijs', url: p.appUrl },
        footer: `Wegwijs — het leerplatform van de klantcontactsector. De antwoordlinks werken tot en met ${formatDate(p.endsOn, 'nl')} en alleen voor jou.`,
        footerLinks: [{ label: 'Oefenmails pauzeren of stoppen', url: p.unsubscribeUrl }],
      },
      en: {
        subject: p.entryCheck
          ? `Entry check ${p.edition}: ${n} questions to start with`
          : `${n === 1 ? 'Your practice question' : `${n} practice questions`} for the ${p.edition}`,
        greeting: `Hello ${p.name},`,
        paragraphs: p.entryCheck
          ? [
              `Welcome to practising for the ${p.edition}. We start with a short entry check: ${n} questions across all themes, so that later you can see how much you have learned.`,
              'Click the answer you think is right. You see straight away whether it is, with an explanation. Each question can be answered once.',
            ]
          : [
              `${n === 1 ? 'Here is your practice question' : `Here are your ${n} practice questions`} for the ${p.edition}. Click the answer you think is right; you see straight away whether it is, with an explanation.`,
            ],
        sections: sections('en'),
        action: { label: 'Practise on Wegwijs', url: p.appUrl },
        footer: `Wegwijs — the learning platform of the customer-contact sector. The answer links work until ${formatDate(p.endsOn, 'en')} and only for you.`,
        footerLinks: [{ label: 'Pause or stop practice mails', url: p.unsubscribeUrl }],
      },
    };
  },
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
  for (const section of c.sections ?? []) {
    lines.push(section.heading, '', ...section.paragraphs.flatMap((p) => [p, '']));
    if (section.image) lines.push(`[${section.image.alt}]`, section.image.url, '');
    for (const link of section.links) lines.push(`${link.label}:`, link.url);
    lines.push('');
  }
  if (c.action) lines.push(`${c.action.label}:`, c.action.url, '');
  lines.push('--', c.footer);
  for (const link of c.footerLinks ?? []) lines.push(`${link.label}: ${link.url}`);
  return lines.join('\n');
}

function toHtml(c: TemplateText, locale: Locale): string {
  const action = c.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(c.action.url)}" style="background:#1c6b4f;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(c.action.label)}</a></p>
<p style="font-size:13px;color:#555">${escapeHtml(c.action.url)}</p>`
    : '';
  const sections = (c.sections ?? [])
    .map(
      (section) => `<div style="border:1px solid #ddd;border-radius:8px;padding:16px;margin:20px 0">
<p style="margin:0 0 8px;font-size:13px;color:#555;font-weight:600">${escapeHtml(section.heading)}</p>
${section.paragraphs.map((p) => `<p style="margin:0 0 12px">${escapeHtml(p)}</p>`).join('\n')}
${section.image ? mailImage(section.image) : ''}
${section.links.map((l) => `<p style="margin:8px 0"><a href="${escapeHtml(l.url)}" style="display:block;border:1px solid #1c6b4f;color:#1c6b4f;padding:10px 14px;border-radius:6px;text-decoration:none">${escapeHtml(l.label)}</a></p>`).join('\n')}
</div>`,
    )
    .join('\n');
  const footerLinks = (c.footerLinks ?? [])
    .map(
      (l) =>
        `<p style="font-size:13px;color:#555"><a href="${escapeHtml(l.url)}" style="color:#555">${escapeHtml(l.label)}</a></p>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(c.subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#1a1a1a;max-width:560px;margin:0 auto;padding:24px">
<p>${escapeHtml(c.greeting)}</p>
${c.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${sections}
${action}
<hr style="border:none;border-top:1px solid #ddd;margin-top:32px">
<p style="font-size:13px;color:#555">${escapeHtml(c.footer)}</p>
${footerLinks}
</body></html>`;
}

/** A question image: never wider than the mail, alt text for clients that block images. */
function mailImage(image: MailImage): string {
  return `<p style="margin:0 0 12px"><img src="${escapeHtml(image.url)}" alt="${escapeHtml(image.alt)}" style="display:block;max-width:100%;height:auto;border:0;border-radius:4px"></p>`;
}

/** A YYYY-MM-DD calendar date written out, e.g. "11 maart 2027" or "11 March 2027". */
function formatDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

export function escapeHtml(s: string): string {
  return s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
