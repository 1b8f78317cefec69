export * from './audit.ts';
export * from './auth.ts';
export * from './mail.ts';
export * from './people.ts';
export * from './play.ts';
export * from './quiz-content.ts';
export * from './registration.ts';
