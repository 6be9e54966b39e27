import { Badge, type BadgeProps, type ElementProps } from '@mantine/core';

/**
 * A badge whose words carry the meaning: black words in a coloured outline, so the colour only
 * repeats what they say (WCAG 1.4.1) and the contrast holds on any colour (1.4.3).
 */
export function WordBadge(props: BadgeProps & ElementProps<'div'>) {
  return <Badge variant="outline" c="black" tt="none" {...props} />;
}
