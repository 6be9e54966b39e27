import { Card, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card whose heading names the region for screen readers. */
export function Section({
  id,
  title,
  children,
  className,
}: {
  id: string;
  title: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id} className={className}>
      <Stack gap="sm">
        <Title order={2} id={id} size="h3">
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}
