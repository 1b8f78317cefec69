export * from './audit.ts';
export * from './auth.ts';
export * from './mail.ts';
export * from './people.ts';
