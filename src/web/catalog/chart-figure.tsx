import { Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';
import { Section } from '../ui/section.tsx';
import classes from './analysis.module.css';

interface Props {
  id: string;
  title: string;
  description?: ReactNode;
  /** Controls above the chart (a choice of measure, a filter); hidden on paper. */
  controls?: ReactNode;
  chart: ReactNode;
  /** The same figures as a table, shown on "Vis tal" and always on paper. */
  table: ReactNode;
}

/**
 * A chart with its numbers one click away (product.md: "charts first, with the numbers one click
 * away"). The toggle is a real button with aria-expanded; the table is printed regardless.
 */
export function ChartFigure({ id, title, description, controls, chart, table }: Props) {
  const [open, setOpen] = useState(false);
  const tableId = useId();
  return (
    <Section id={id} title={title}>
      <Stack gap="sm" className={classes.figure}>
        {description && <Text size="sm">{description}</Text>}
        {controls && <div className={classes.noPrint}>{controls}</div>}
        <div className={classes.chart}>{chart}</div>
        <Group className={classes.noPrint}>
          <Button
            variant="default"
            size="compact-sm"
            aria-expanded={open}
            aria-controls={tableId}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Skjul tal' : 'Vis tal'}
            <VisuallyHidden component="span">: {title}</VisuallyHidden>
          </Button>
        </Group>
        <div id={tableId} className={classes.numbers} data-open={open}>
          {table}
        </div>
      </Stack>
    </Section>
  );
}
