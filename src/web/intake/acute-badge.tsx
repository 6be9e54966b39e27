import { Badge } from '@mantine/core';

/** An acute report, marked the same in the queue, the supervision and at the meeting. */
export function AcuteBadge() {
  return (
    <Badge color="red" variant="filled" tt="none">
      Akut
    </Badge>
  );
}
