import type { AppContext } from '../../lib/context.ts';
import { insertEdition, insertObjective, insertTheme } from '../editions/repository.ts';
import { addEvent, insertQuestion, updateQuestion } from '../questions/repository.ts';
import { demoContent } from './content/index.ts';

export const DEMO_EDITION_YEAR = 2027;

/** The year, status and calendar of a demo edition (the content is the same for every one). */
export interface DemoCalendar {
  year: number;
  status: 'registration' | 'results';
  registrationOpensOn: string;
  registrationClosesOn: string;
  practiceStartsOn: string;
  practiceEndsOn: string;
  eventDate: string;
}

const demoCalendar: DemoCalendar = {
  year: DEMO_EDITION_YEAR,
  status: 'registration',
  registrationOpensOn: '2026-11-01',
  registrationClosesOn: '2027-02-26',
  practiceStartsOn: '2027-02-01',
  practiceEndsOn: '2027-03-10',
  eventDate: '2027-03-11',
};

/**
 * The demo edition: real themes, objectives and questions. Most questions are approved
 * (written by the demo expert, approved by the demo reviewer); the last question of each
 * theme stays in review and one more is a draft, so the review workflow has work to show.
 */
export async function seedDemoEdition(
  ctx: AppContext,
  authorId: string,
  reviewerId: string,
  calendar: DemoCalendar = demoCalendar,
): Promise<string> {
  return ctx.db.transaction(async (tx) => {
    const edition = await insertEdition(tx, {
      year: calendar.year,
      name: `Klantcontactquiz ${calendar.year}`,
      status: calendar.status,
      registrationOpensOn: calendar.registrationOpensOn,
      registrationClosesOn: calendar.registrationClosesOn,
      practiceStartsOn: calendar.practiceStartsOn,
      practiceEndsOn: calendar.practiceEndsOn,
      eventDate: calendar.eventDate,
      donationGoalCents: 2_500_000,
    });
    for (const [themeIndex, theme] of demoContent.entries()) {
      const themeRow = await insertTheme(tx, {
        editionId: edition.id,
        titleNl: theme.titleNl,
        titleEn: theme.titleEn,
        descriptionNl: theme.descriptionNl,
        descriptionEn: theme.descriptionEn,
        position: themeIndex + 1,
      });
      const objectiveIds = new Map<string, string>();
      for (const [index, objective] of theme.objectives.entries()) {
        const row = await insertObjective(tx, {
          editionId: edition.id,
          themeId: themeRow.id,
          titleNl: objective.titleNl,
          titleEn: objective.titleEn,
          descriptionNl: objective.descriptionNl,
          descriptionEn: objective.descriptionEn,
          position: index + 1,
        });
        objectiveIds.set(objective.titleNl, row.id);
      }
      for (const [index, question] of theme.questions.entries()) {
        const objectiveId = objectiveIds.get(question.objectiveTitle);
        if (!objectiveId)
          throw new Error(`Demo question refers to unknown objective "${question.objectiveTitle}"`);
        const { themeTitle: _t, objectiveTitle: _o, ...content } = question;
        const { question: row, version } = await insertQuestion(tx, {
          editionId: edition.id,
          objectiveId,
          content,
          authorId,
          action: 'created',
        });
        const isLast = index === theme.questions.length - 1;
        const isDraft = themeIndex === 0 && index === theme.questions.length - 2;
        if (isDraft) continue;
        await addEvent(tx, row.id, version.id, authorId, 'submitted');
        if (isLast) {
          await updateQuestion(tx, row.id, { status: 'in_review' });
          continue;
        }
        await addEvent(tx, row.id, version.id, reviewerId, 'approved');
        await updateQuestion(tx, row.id, { status: 'approved', approvedVersionId: version.id });
      }
    }
    return edition.id;
  });
}
