import { Button, Group, NativeSelect, Paper, TextInput } from '@mantine/core';
import { CATEGORIES, CATEGORY_LABELS, TRACK_LABELS, TRACKS } from '../../core/catalog/types.ts';
import type { EditStep } from './ladder-edit.ts';

interface Props {
  step: EditStep;
  position: number;
  first: boolean;
  last: boolean;
  error: string | undefined;
  onChange: (step: EditStep) => void;
  onMove: (direction: -1 | 1) => void;
  onInsertAfter: () => void;
  onRemove: () => void;
}

/** One step in the editor. Buttons say which step they act on, for screen readers and voice control. */
export function LadderEditorRow({
  step,
  position,
  first,
  last,
  error,
  onChange,
  onMove,
  onInsertAfter,
  onRemove,
}: Props) {
  const which = step.name.trim() ? `trin ${position} «${step.name.trim()}»` : `trin ${position}`;
  return (
    <li>
      <Paper withBorder p="sm">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            id={`step-name-${step.key}`}
            label={`Trin ${position}: navn`}
            required
            maxLength={200}
            value={step.name}
            onChange={(e) => onChange({ ...step, name: e.currentTarget.value })}
            error={error || undefined}
            style={{ flex: '3 1 16rem' }}
          />
          <NativeSelect
            label={`Trin ${position}: kategori`}
            data={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
            value={step.category}
            onChange={(e) => onChange({ ...step, category: e.currentTarget.value as EditStep['category'] })}
            style={{ flex: '1 1 9rem' }}
          />
          <NativeSelect
            label={`Trin ${position}: spor`}
            data={TRACKS.map((t) => ({ value: t, label: TRACK_LABELS[t] }))}
            value={step.track}
            onChange={(e) => onChange({ ...step, track: e.currentTarget.value as EditStep['track'] })}
            style={{ flex: '1 1 11rem' }}
          />
          <Group gap={4} wrap="nowrap">
            <Button
              id={`step-up-${step.key}`}
              variant="default"
              size="sm"
              disabled={first}
              aria-label={`Flyt ${which} op`}
              onClick={() => onMove(-1)}
            >
              Op
            </Button>
            <Button
              id={`step-down-${step.key}`}
              variant="default"
              size="sm"
              disabled={last}
              aria-label={`Flyt ${which} ned`}
              onClick={() => onMove(1)}
            >
              Ned
            </Button>
            <Button variant="default" size="sm" aria-label={`Indsæt efter ${which}`} onClick={onInsertAfter}>
              Indsæt efter
            </Button>
            <Button
              variant="outline"
              color="red.9"
              size="sm"
              aria-label={`Fjern ${which}`}
              onClick={onRemove}
            >
              Fjern
            </Button>
          </Group>
        </Group>
      </Paper>
    </li>
  );
}
