// The forums' pure rules: one import for other areas.
export * from './agenda-rules.ts';
export * from './approval.ts';
export * from './decisions.ts';
export * from './gate.ts';
export * from './kinds.ts';
export * from './rhythm.ts';
export * from './settings.ts';
