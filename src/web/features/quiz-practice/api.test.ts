import { describe, expect, it } from 'vitest';
import { choosePracticeYear } from './me-api.ts';
import {
  campaignFormValues,
  campaignSettingsSchema,
  PROGRESS_REFRESH_MS,
  progressRefreshMs,
} from './staff-api.ts';
import type { CampaignProgress } from './types.ts';

describe('campaignSettingsSchema', () => {
  it('turns the form into the API body: weekdays as sorted numbers', () => {
    const values = { ...campaignFormValues(), weekdays: ['5', '1', '3'] };
    expect(campaignSettingsSchema.parse(values)).toEqual({
      weekdays: [1, 3, 5],
      sendTime: '08:30',
      questionsPerSend: 2,
      entryCheckSize: 12,
      mailsPerMinute: 60,
    });
  });

  it('names the field and our message for each problem', () => {
    const result = campaignSettingsSchema.safeParse({
      weekdays: [],
      sendTime: '8:30',
      questionsPerSend: 11,
      entryCheckSize: 1.5,
      mailsPerMinute: '',
    });
    expect(result.success).toBe(false);
    const byPath = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(byPath).toEqual({
      weekdays: 'validation.weekdays',
      sendTime: 'validation.sendTime',
      questionsPerSend: 'validation.questionsPerSend',
      entryCheckSize: 'validation.entryCheckSize',
      mailsPerMinute: 'validation.mailsPerMinute',
    });
  });
});

describe('progressRefreshMs', () => {
  const progress = (status: CampaignProgress['status'], sending: boolean | null) =>
    ({
      status,
      currentSend: sending === null ? null : { sending },
    }) as CampaignProgress;

  it('refreshes quickly while a send goes out, every few seconds while active, calmly otherwise', () => {
    expect(progressRefreshMs(progress('active', true))).toBe(PROGRESS_REFRESH_MS.sending);
    expect(progressRefreshMs(progress('active', false))).toBe(PROGRESS_REFRESH_MS.active);
    expect(progressRefreshMs(progress('paused', null))).toBe(PROGRESS_REFRESH_MS.idle);
    expect(progressRefreshMs(undefined)).toBe(PROGRESS_REFRESH_MS.idle);
  });
});

describe('choosePracticeYear', () => {
  const reg = (year: number, status: 'invited' | 'confirmed' | 'bounced') => ({ status, edition: { year } });

  it('prefers the newest edition the person confirmed for', () => {
    expect(
      choosePracticeYear([reg(2026, 'confirmed'), reg(2027, 'invited'), reg(2025, 'confirmed')], 2027),
    ).toBe(2026);
  });

  it('falls back to the newest registration, then to the current edition, then to none', () => {
    expect(choosePracticeYear([reg(2026, 'invited'), reg(2027, 'invited')], 2028)).toBe(2027);
    expect(choosePracticeYear([], 2027)).toBe(2027);
    expect(choosePracticeYear([], null)).toBeNull();
  });
});
