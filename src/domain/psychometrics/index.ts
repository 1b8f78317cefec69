/** Psychometrics: Rasch calibration (MML), Warm abilities and the learning-curve ranking. */
export {
  compareLearningGain,
  type LearningGainExclusion,
  type LearningGainExclusionReason,
  type LearningGainFigures,
  type LearningGainOptions,
  type LearningGainPerson,
  type LearningGainResult,
  LOWER_BOUND_SE_MULTIPLIER,
  learningGain,
  MIN_BASELINE_RESPONSES,
  MIN_EVENT_RESPONSES,
  type RankedLearningGain,
  rankLearningGain,
  stackPhases,
} from './learning-gain.ts';
export {
  calibrateRasch,
  DEFAULT_CALIBRATION_OPTIONS,
  type ItemStatus,
  type RaschCalibration,
  type RaschCalibrationOptions,
} from './rasch-mml.ts';
export {
  type CsvError,
  type CsvErrorCode,
  type CsvParseOptions,
  type CsvParseResult,
  createResponseMatrix,
  type MatrixErrorCode,
  parseResponseMatrixCsv,
  type ResponseList,
  type ResponseMatrix,
  ResponseMatrixBuilder,
  ResponseMatrixError,
  rowResponses,
} from './response-matrix.ts';
export {
  centred,
  normalSample,
  type RaschSimulation,
  rootMeanSquaredError,
  simulateAnswers,
  simulateRaschMatrix,
} from './simulate.ts';
export { type AbilityEstimate, estimateAbilities, estimateAbility } from './wle.ts';
