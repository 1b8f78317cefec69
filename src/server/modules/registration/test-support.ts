/** Factories and helpers for the registration tests (not a test file itself). */
import { crc32 } from 'node:zlib';
import { desc, eq } from 'drizzle-orm';
import { mailOutbox } from '../../db/schema/index.ts';
import { cookieHeader, loginAs, type TestApp } from '../../test/helpers.ts';

let yearCounter = 0;

/** A fresh edition open for registration (each call a new year). */
export async function openEdition(
  t: TestApp,
  staffCookie: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; year: number }> {
  const year = 2050 + yearCounter++;
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/quiz/editions',
    headers: { cookie: staffCookie },
    payload: {
      year,
      name: `Klantcontactquiz ${year}`,
      eventDate: `${year}-03-12`,
      registrationOpensOn: `${year - 1}-11-01`,
      registrationClosesOn: `${year}-02-26`,
      donationGoalCents: 1_000_000,
      ...overrides,
    },
  });
  if (created.statusCode !== 201) throw new Error(`edition: ${created.statusCode} ${created.body}`);
  const id = created.json().edition.id as string;
  const opened = await t.app.inject({
    method: 'PATCH',
    url: `/api/quiz/editions/${id}`,
    headers: { cookie: staffCookie },
    payload: { status: 'registration' },
  });
  if (opened.statusCode !== 200) throw new Error(`open: ${opened.statusCode} ${opened.body}`);
  return { id, year };
}

/** An organisation (made by staff) with a logged-in coordinator. */
export async function companyWithCoordinator(t: TestApp, staffCookie: string, name: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/admin/organizations',
    headers: { cookie: staffCookie },
    payload: { name },
  });
  const organizationId = res.json().organization.id as string;
  const { cookie, person } = await loginAs(t, [{ role: 'coordinator', programme: null, organizationId }]);
  return { organizationId, cookie, person };
}

export async function createTeam(
  t: TestApp,
  cookie: string,
  editionId: string,
  organizationId: string,
  name: string,
) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/quiz/editions/${editionId}/organizations/${organizationId}/teams`,
    headers: { cookie },
    payload: { name },
  });
  if (res.statusCode !== 201) throw new Error(`team: ${res.statusCode} ${res.body}`);
  return res.json().team.id as string;
}

export function addMember(
  t: TestApp,
  cookie: string,
  teamId: string,
  email: string,
  name = 'Deelnemer',
  role = 'agent',
) {
  return t.app.inject({
    method: 'POST',
    url: `/api/quiz/teams/${teamId}/members`,
    headers: { cookie },
    payload: { name, email, role },
  });
}

/** The newest mail to an address. */
export async function lastMailTo(t: TestApp, email: string) {
  const [mail] = await t.ctx.db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.to, email))
    .orderBy(desc(mailOutbox.createdAt));
  return mail;
}

/** Opens the log-in link in a mail and returns the session cookie. */
export async function followLoginLink(t: TestApp, text: string): Promise<string> {
  const link = text.match(/http:\/\/localhost:3000(\/auth\/verify\?token=\S+)/)?.[1];
  if (!link) throw new Error(`no log-in link in:\n${text}`);
  const verify = await t.app.inject(link);
  return cookieHeader(verify.headers['set-cookie']);
}

export const base64 = (content: string | Buffer) => Buffer.from(content).toString('base64');

/**
 * A minimal .xlsx (one sheet, inline strings) built by hand: an uncompressed ZIP of the
 * four XML parts a reader needs. No package in the project writes spreadsheets.
 */
export function buildXlsx(rows: string[][]): Buffer {
  const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  const column = (i: number) => String.fromCharCode(65 + i);
  const sheetRows = rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells
          .map((c, i) => `<c r="${column(i)}${r + 1}" t="inlineStr"><is><t>${esc(c)}</t></is></c>`)
          .join('')}</row>`,
    )
    .join('');
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const pkgRel = 'http://schemas.openxmlformats.org/package/2006/relationships';
  return zipStored({
    '[Content_Types].xml': `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    '_rels/.rels': `${xml}<Relationships xmlns="${pkgRel}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${xml}<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Deelnemers" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${xml}<Relationships xmlns="${pkgRel}"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `${xml}<worksheet xmlns="${main}"><sheetData>${sheetRows}</sheetData></worksheet>`,
  });
}

/** A ZIP archive with stored (uncompressed) entries. */
function zipStored(files: Record<string, string>): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content, 'utf8');
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(fileName.length, 28);
    entry.writeUInt32LE(offset, 42);
    parts.push(local, fileName, data);
    central.push(entry, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
