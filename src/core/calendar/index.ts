// The Danish calendar for deadlines: one import for other areas.
export * from './deadlines.ts';
export * from './holidays.ts';
export * from './time-left.ts';
export * from './working-days.ts';
export * from './zone.ts';
