import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, quizStaffGrant, type TestApp } from '../../test/helpers.ts';

const gift = `$CATEGORY: Het klantgesprek/Actief luisteren

// wegwijs: pool=core; difficulty=easy; tags=lsd
::lsd1:: Waar staat de S in LSD voor? {
  =Samenvatten #Goed: samenvatten toont dat je luistert.
  ~Sorry zeggen
  ~Stilte laten vallen
  ####Luisteren, Samenvatten, Doorvragen.
}

::tf1:: Doorvragen helpt om de vraag achter de vraag te vinden. {TRUE
  ####Met open vragen kom je bij de echte behoefte.}
`;

const badGift = `$CATEGORY: Het klantgesprek/Actief luisteren

Onbeantwoorde vraag zonder antwoorden {
  ~Alleen fout
  ~Ook fout
  ####Uitleg
}

Een open vraag die we niet ondersteunen {}

Goede vraag {
  =Ja
  ~Nee
  ####Uitleg
}
`;

describe('importing and exporting question files', () => {
  let t: TestApp;
  let cookie: string;
  let editionId: string;
  beforeAll(async () => {
    t = await createTestApp();
    cookie = (await loginAs(t, [quizStaffGrant])).cookie;
    editionId = (
      await t.app.inject({
        method: 'POST',
        url: '/api/quiz/editions',
        headers: { cookie },
        payload: { year: 2029, name: 'Q 2029' },
      })
    ).json().edition.id;
  });
  afterAll(() => t.close());

  const importFile = (payload: object) =>
    t.app.inject({
      method: 'POST',
      url: `/api/quiz/editions/${editionId}/import`,
      headers: { cookie },
      payload,
    });
  const count = async () =>
    (await t.app.inject({ url: `/api/quiz/editions/${editionId}/questions`, headers: { cookie } })).json()
      .total as number;

  it('previews a GIFT file, then imports it with new themes and objectives as drafts', async () => {
    const preview = await importFile({ format: 'gift', content: gift, dryRun: true });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({
      total: 2,
      valid: 2,
      errors: [],
      created: null,
      creates: {
        themes: ['Het klantgesprek'],
        objectives: [{ theme: 'Het klantgesprek', objective: 'Actief luisteren' }],
      },
    });
    expect(await count()).toBe(0);

    const done = await importFile({ format: 'gift', content: gift, dryRun: false });
    expect(done.statusCode).toBe(201);
    expect(done.json().created).toBe(2);
    const list = await t.app.inject({
      url: `/api/quiz/editions/${editionId}/questions`,
      headers: { cookie },
    });
    expect(list.json().items.map((i: { type: string; status: string }) => [i.type, i.status])).toEqual([
      ['single', 'draft'],
      ['truefalse', 'draft'],
    ]);

    // A second import matches the existing theme and objective instead of creating them again.
    const again = await importFile({ format: 'gift', content: gift, dryRun: true });
    expect(again.json().creates).toEqual({ themes: [], objectives: [] });
  });

  it('refuses a bad file with every error by line and stores nothing, unless asked to skip them', async () => {
    const before = await count();
    const refused = await importFile({ format: 'gift', content: badGift, dryRun: false });
    expect(refused.statusCode).toBe(400);
    const errors = refused.json().error.details.errors as Array<{ line: number; code: string }>;
    expect(errors.map((e) => e.line)).toEqual([3, 9]);
    expect(await count()).toBe(before);

    const partial = await importFile({ format: 'gift', content: badGift, dryRun: false, skipInvalid: true });
    expect(partial.statusCode).toBe(201);
    expect(partial.json().created).toBe(1);
    expect(await count()).toBe(before + 1);
  });

  it('exports CSV that imports again without loss', async () => {
    const exported = await t.app.inject({
      url: `/api/quiz/editions/${editionId}/export?format=csv`,
      headers: { cookie },
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toMatch(/wegwijs-vragen-2029\.csv/);
    const other = (
      await t.app.inject({
        method: 'POST',
        url: '/api/quiz/editions',
        headers: { cookie },
        payload: { year: 2028, name: 'Q 2028' },
      })
    ).json().edition.id;
    const reimport = await t.app.inject({
      method: 'POST',
      url: `/api/quiz/editions/${other}/import`,
      headers: { cookie },
      payload: { format: 'csv', content: exported.body, dryRun: false },
    });
    expect(reimport.statusCode).toBe(201);
    const back = await t.app.inject({
      url: `/api/quiz/editions/${other}/export?format=csv`,
      headers: { cookie },
    });
    expect(back.body).toBe(exported.body);

    const giftExport = await t.app.inject({
      url: `/api/quiz/editions/${editionId}/export?format=gift`,
      headers: { cookie },
    });
    expect(giftExport.body).toContain('$CATEGORY:');
    expect(giftExport.body).toContain('Waar staat de S in LSD voor?');
  });
});
