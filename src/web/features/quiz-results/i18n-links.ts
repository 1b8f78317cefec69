/**
 * Dutch texts of the links to the leaderboard and results (results-links.tsx), part of
 * `quizResults` in i18n.ts. A module of their own because the play page shows them: they
 * are in the first bundle (src/web/i18n/i18n.ts), the rest of this feature's texts are not.
 */
export const linksNl = {
  board: 'Live ranglijst',
  results: 'Uitslag',
};
