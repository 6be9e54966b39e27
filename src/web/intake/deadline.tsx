import { Badge } from '@mantine/core';
import type { QueueItem } from './intake-api.ts';

type Deadline = QueueItem['screening'];

const COLOR: Record<Deadline['state'], string> = { overdue: 'red', due_soon: 'yellow', on_track: 'green' };
const PREFIX: Record<Deadline['state'], string> = {
  overdue: 'Overskredet:',
  due_soon: 'Snart:',
  on_track: 'Frist',
};

/** Time left in words (from the server, "om 3 t", "2 t over fristen"); the colour only repeats it. */
export function DeadlineBadge({ deadline }: { deadline: Deadline }) {
  return (
    <Badge
      variant={deadline.state === 'overdue' ? 'filled' : 'outline'}
      color={COLOR[deadline.state]}
      c={deadline.state === 'overdue' ? 'white' : 'black'}
      tt="none"
      size="lg"
      data-state={deadline.state}
    >
      {PREFIX[deadline.state]} {deadline.timeLeft}
    </Badge>
  );
}
