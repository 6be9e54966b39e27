import { Text } from '@mantine/core';
import type { CSSProperties } from 'react';
import type { LadderStepView } from './catalog-api.ts';
import classes from './ladder.module.css';

/** Step 0 is not stored: it is where every child should end, the ordinary everyday life. */
export const EVERYDAY_STEP = 'Almindeligt hverdagsliv';

/**
 * The ladder drawn as a staircase, least intrusive at the bottom. Colour follows the track, and
 * the track and category are always written out too.
 */
export function Staircase({ steps, label }: { steps: LadderStepView[]; label: string }) {
  const count = steps.length + 1;
  return (
    <ol className={classes.stairs} aria-label={label}>
      <li className={`${classes.tread} ${classes.everyday}`} style={treadStyle(0, count)}>
        <span className={classes.number}>Trin 0</span>
        <span className={classes.name}>{EVERYDAY_STEP}</span>
        <Text span className={classes.meta}>
          Almene tilbud i dagtilbud, skole og fritid
        </Text>
      </li>
      {steps.map((step) => (
        <li
          key={step.id}
          className={`${classes.tread} ${classes[step.track] ?? ''}`}
          style={treadStyle(step.position, count)}
        >
          <span className={classes.number}>Trin {step.position}</span>
          <span className={classes.name}>{step.name}</span>
          <Text span className={classes.meta}>
            {step.categoryLabel} · Spor: {step.trackLabel}
          </Text>
        </li>
      ))}
    </ol>
  );
}

function treadStyle(index: number, count: number) {
  return { '--tread-index': index, '--tread-count': Math.max(count - 1, 1) } as CSSProperties;
}
