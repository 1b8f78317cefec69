/**
 * The question CSV format in one import: reading (question-csv-parse.ts), writing
 * (question-csv-write.ts) and the template's columns (question-csv-columns.ts).
 */

export { questionCsvHeader, requiredQuestionCsvColumns } from './question-csv-columns.ts';
export { parseQuestionCsv } from './question-csv-parse.ts';
export { type QuestionCsvWriteOptions, writeQuestionCsv } from './question-csv-write.ts';
