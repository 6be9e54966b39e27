export * from './age-fit.ts';
export * from './deadlines.ts';
export * from './ladder.ts';
export * from './months.ts';
export * from './progress.ts';
export * from './quiet.ts';
