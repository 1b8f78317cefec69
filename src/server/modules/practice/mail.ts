/** What a practice mail says: the questions with signed one-click answer links, and how to stop. */
import type { StoredQuestionContent } from '../../db/schema/index.ts';
import type { Locale, PracticeMailQuestion, TemplateParams } from '../../lib/mail/templates.ts';
import { mediaUrl } from '../media/urls.ts';
import {
  answerUrl,
  oneClickUnsubscribeUrl,
  PRACTICE_PAGE,
  signAnswerLink,
  signUnsubscribeLink,
  unsubscribePageUrl,
} from './links.ts';

export interface MailItem {
  id: string;
  optionOrder: number[];
  content: StoredQuestionContent;
  themeNl: string;
  themeEn: string;
}

export interface MailInput {
  baseUrl: string;
  secret: string;
  person: { id: string; name: string; locale: Locale };
  deliveryId: string;
  edition: string;
  entryCheck: boolean;
  items: MailItem[];
  /** YYYY-MM-DD */
  endsOn: string;
  /** Epoch ms: end of the practice period. */
  expiresAt: number;
}

/**
 * Only single-choice and true/false questions without an image fit a one-click mail: the mail
 * shows the image, but many mail clients block images until asked, so the answer is given on the site.
 */
export function isOneClick(content: StoredQuestionContent): boolean {
  return (content.type === 'single' || content.type === 'truefalse') && !content.imageId;
}

/** Plain text for the mail (HTML loses its tags; Markdown reads fine as text). */
export function plainText(text: string, format: StoredQuestionContent['stemFormat']): string {
  if (format !== 'html') return text;
  return text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replaceAll('&nbsp;', ' ')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&')
    .trim();
}

const LETTERS = 'ABCDEFGHIJ';

export function practiceMail(input: MailInput): {
  params: TemplateParams<'practice-questions'>;
  headers: Record<string, string>;
} {
  const { baseUrl, secret, person } = input;
  const link = (itemId: string, option: number | null) =>
    answerUrl(baseUrl, signAnswerLink(secret, person.id, { itemId, option, expiresAt: input.expiresAt }));
  const questions: PracticeMailQuestion[] = input.items.map((item) => ({
    theme: person.locale === 'nl' ? item.themeNl : item.themeEn,
    stem: plainText(item.content.stem, item.content.stemFormat),
    ...(item.content.imageId
      ? { image: { url: mediaUrl(baseUrl, item.content.imageId), alt: item.content.imageAlt ?? '' } }
      : {}),
    ...(isOneClick(item.content)
      ? {
          options: item.optionOrder.map((stored, display) => ({
            label: `${LETTERS[display] ?? display + 1}. ${plainText(item.content.options[stored]!.text, item.content.stemFormat)}`,
            url: link(item.id, display),
          })),
        }
      : {}),
    openUrl: link(item.id, null),
  }));
  const unsubscribeToken = signUnsubscribeLink(secret, person.id, input.deliveryId);
  return {
    params: {
      name: person.name,
      edition: input.edition,
      entryCheck: input.entryCheck,
      questions,
      endsOn: input.endsOn,
      appUrl: `${baseUrl}${PRACTICE_PAGE}`,
      unsubscribeUrl: unsubscribePageUrl(baseUrl, unsubscribeToken),
    },
    headers: {
      // RFC 2369 + RFC 8058: mail clients offer "unsubscribe" and POST to it in one click.
      'List-Unsubscribe': `<${oneClickUnsubscribeUrl(baseUrl, unsubscribeToken)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
