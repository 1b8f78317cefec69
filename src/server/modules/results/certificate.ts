/**
 * The participation certificate (PDF, A4 landscape) in the participant's language. The
 * standard PDF fonts only encode WinAnsi (Latin-1 plus a few signs): Dutch and most
 * Western European letters (é, ë, ï, ö, ç, ß …) print as they are; other letters fall
 * back to their base letter (Ł → L), and anything else to "?".
 */
import { PDFDocument, type PDFFont, rgb, StandardFonts } from 'pdf-lib';

export interface CertificateInput {
  locale: 'nl' | 'en';
  name: string;
  editionName: string;
  /** YYYY-MM-DD (Amsterdam calendar date). */
  eventDate: string;
  teamName: string;
  organizationName: string;
  score: number;
  questionCount: number;
  /** Official place in the smartest-employee ranking (only once published). */
  rank: { rank: number; of: number } | null;
}

const FALLBACKS: Record<string, string> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  ø: 'o',
  Ø: 'O',
};

/** Text the font can encode: unsupported letters become their base letter, else "?". */
export function encodableText(text: string, font: PDFFont): string {
  const supported = new Set(font.getCharacterSet());
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (supported.has(code)) {
      out += char;
      continue;
    }
    const base = FALLBACKS[char] ?? char.normalize('NFD').replace(/\p{M}/gu, '');
    out += [...base].every((c) => supported.has(c.codePointAt(0)!)) && base !== '' ? base : '?';
  }
  return out;
}

const formatNumber = (value: number, locale: 'nl' | 'en') =>
  new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(value);

const formatDate = (date: string, locale: 'nl' | 'en') =>
  new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));

function lines(input: CertificateInput) {
  const score = formatNumber(input.score, input.locale);
  const date = formatDate(input.eventDate, input.locale);
  if (input.locale === 'nl') {
    return {
      title: 'Certificaat van deelname',
      intro: 'Hierbij verklaren wij dat',
      took: `heeft deelgenomen aan de ${input.editionName} op ${date}`,
      team: `namens ${input.organizationName} (team ${input.teamName})`,
      score: `Score: ${score} van de ${input.questionCount} vragen goed`,
      rank: input.rank ? `Plaats ${input.rank.rank} van ${input.rank.of} bij Slimste medewerker` : null,
      footer: 'Wegwijs - het leerplatform van de klantcontactsector',
    };
  }
  return {
    title: 'Certificate of participation',
    intro: 'This is to certify that',
    took: `took part in the ${input.editionName} on ${date}`,
    team: `for ${input.organizationName} (team ${input.teamName})`,
    score: `Score: ${score} of ${input.questionCount} questions right`,
    rank: input.rank ? `Place ${input.rank.rank} of ${input.rank.of} for Smartest employee` : null,
    footer: 'Wegwijs - the learning platform of the customer-contact sector',
  };
}

export async function renderCertificate(input: CertificateInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([842, 595]);
  const { width, height } = page.getSize();
  const accent = rgb(0.05, 0.33, 0.55);
  page.drawRectangle({
    x: 24,
    y: 24,
    width: width - 48,
    height: height - 48,
    borderColor: accent,
    borderWidth: 3,
  });

  const centred = (text: string, y: number, size: number, font: PDFFont, color = rgb(0.1, 0.1, 0.1)) => {
    const safe = encodableText(text, font);
    let fontSize = size;
    while (fontSize > 10 && font.widthOfTextAtSize(safe, fontSize) > width - 120) fontSize -= 1;
    page.drawText(safe, {
      x: (width - font.widthOfTextAtSize(safe, fontSize)) / 2,
      y,
      size: fontSize,
      font,
      color,
    });
  };
  const text = lines(input);
  centred(text.title, height - 110, 34, bold, accent);
  centred(text.intro, height - 180, 16, regular);
  centred(input.name, height - 240, 36, bold);
  centred(text.took, height - 290, 16, regular);
  centred(text.team, height - 318, 14, regular);
  centred(text.score, height - 380, 18, bold);
  if (text.rank) centred(text.rank, height - 410, 16, regular);
  centred(text.footer, 60, 11, regular, rgb(0.35, 0.35, 0.35));

  doc.setTitle(encodableText(`${text.title} - ${input.name}`, regular));
  doc.setAuthor('Wegwijs');
  doc.setLanguage(input.locale === 'nl' ? 'nl-NL' : 'en-GB');
  // Fixed dates keep the file a pure function of its input.
  const fixed = new Date(`${input.eventDate}T12:00:00Z`);
  doc.setCreationDate(fixed);
  doc.setModificationDate(fixed);
  return doc.save();
}
