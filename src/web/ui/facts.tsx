import type { ReactNode } from 'react';
import classes from './facts.module.css';

/** Label–value pairs as a description list, which screen readers read as pairs. */
export function Facts({ items }: { items: [label: string, value: ReactNode][] }) {
  return (
    <dl className={classes.facts}>
      {items.map(([label, value]) => (
        <div key={label} className={classes.row}>
          <dt>{label}</dt>
          <dd>{value === '' || value == null ? 'Ikke oplyst' : value}</dd>
        </div>
      ))}
    </dl>
  );
}
