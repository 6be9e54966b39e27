import { VisuallyHidden } from '@mantine/core';
import { cprAccessibleLabel, formatCprForDisplay } from './format.ts';

/**
 * A CPR number as the role may see it. The dots of a masked number mean nothing read aloud, so
 * screen readers get a sentence instead.
 */
export function Cpr({ cpr, masked }: { cpr: string; masked: boolean }) {
  if (!masked) return <span>{formatCprForDisplay(cpr, false)}</span>;
  return (
    <>
      <span aria-hidden="true">{formatCprForDisplay(cpr, true)}</span>
      <VisuallyHidden>{cprAccessibleLabel(cpr, true)}</VisuallyHidden>
    </>
  );
}
