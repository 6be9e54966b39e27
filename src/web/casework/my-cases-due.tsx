import { Badge } from '@mantine/core';
import { dueInWords, isPast } from './my-cases-values.ts';

/**
 * A case deadline's time left in words. Overdue says "Overskredet" in the text; the red only
 * repeats it (WCAG 1.4.1). Filled red with white text and outlined black text both pass 4.5:1.
 */
export function DueBadge({ dueOn, on, overdue }: { dueOn: string; on: string; overdue?: boolean }) {
  const late = overdue ?? isPast(dueOn, on);
  const words = dueInWords(dueOn, on);
  return (
    <Badge
      variant={late ? 'filled' : 'outline'}
      color={late ? 'red.9' : 'gray.7'}
      c={late ? 'white' : 'black'}
      tt="none"
      size="lg"
      data-state={late ? 'overdue' : 'open'}
    >
      {late ? `Overskredet: ${words}` : words}
    </Badge>
  );
}
