import { Alert, Button, Group, Stack, Text, Textarea, VisuallyHidden } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { RestoredDraft } from '../ui/restored-draft.tsx';
import { errorMessage } from '../ui/states.tsx';
import { useDraft } from '../ui/use-draft.ts';
import { LADDER_KEY, type LadderView, OFFERS_KEY, saveLadder } from './catalog-api.ts';
import classes from './ladder.module.css';
import {
  type EditStep,
  fromLadder,
  insertAfter,
  move,
  newStepKey,
  remove,
  toRequest,
  validateSteps,
} from './ladder-edit.ts';
import { LadderEditorRow } from './ladder-editor-row.tsx';

export const ladderDraftKey = (version: number) => `trappen.ladder-draft.v${version}`;

interface Draft {
  steps: EditStep[];
  note: string;
}

/**
 * The admin's editor: rename, insert, move and remove steps, then save the whole ladder as a new
 * version. The server refuses (409) to remove a step that still has active offers; its message
 * says which, and the edits stay so the user can change course.
 */
export function LadderEditor({ ladder, onDone }: { ladder: LadderView; onDone: (message: string) => void }) {
  const client = useQueryClient();
  const initial: Draft = { steps: fromLadder(ladder), note: '' };
  const draft = useDraft<Draft>(ladderDraftKey(ladder.version), initial);
  const { steps, note } = draft.value;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [announcement, setAnnouncement] = useState('');
  const focusNext = useRef<string>(undefined);

  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = undefined;
  });

  const mutation = useMutation({
    mutationFn: () => saveLadder(toRequest(steps), note),
    onSuccess: ({ ladder: saved, changed }) => {
      draft.clear();
      client.setQueryData(LADDER_KEY, saved);
      client.invalidateQueries({ queryKey: LADDER_KEY });
      client.invalidateQueries({ queryKey: OFFERS_KEY });
      onDone(
        changed
          ? `Indsatstrappen er gemt som version ${saved.version}.`
          : 'Der var ingen ændringer, så der er ikke gemt en ny version.',
      );
    },
  });

  function setSteps(next: EditStep[], focusId?: string, message?: string) {
    draft.set({ steps: next, note });
    focusNext.current = focusId;
    if (message) setAnnouncement(message);
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const found = validateSteps(steps);
    setErrors(found);
    const first = steps.find((s) => found[s.key]);
    if (first) {
      document.getElementById(`step-name-${first.key}`)?.focus();
      return;
    }
    mutation.mutate();
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-labelledby="ladder-editor-heading">
      <Stack gap="md">
        {draft.restored && (
          <RestoredDraft
            title="Dine ikke-gemte ændringer er hentet frem"
            text="Editoren viser de ændringer, du lavede, men ikke nåede at gemme."
            discardLabel="Kassér ændringerne"
            onDiscard={draft.discard}
          />
        )}
        <Text>
          Trinene står fra mindst til mest indgribende. Trin 0, {`«Almindeligt hverdagsliv»`}, er altid
          nederst og kan ikke ændres. Et trin med aktive tilbud kan ikke fjernes, før tilbuddene er flyttet
          eller udfaset.
        </Text>
        <ol className={classes.editorList} aria-label="Trin på den nye version">
          {steps.map((step, index) => (
            <LadderEditorRow
              key={step.key}
              step={step}
              position={index + 1}
              first={index === 0}
              last={index === steps.length - 1}
              error={errors[step.key]}
              onChange={(changed) => {
                setSteps(steps.map((s) => (s.key === step.key ? changed : s)));
                if (errors[step.key]) setErrors({ ...errors, [step.key]: '' });
              }}
              onMove={(direction) => {
                const next = move(steps, index, direction);
                const newIndex = index + direction;
                const atEdge = newIndex === 0 || newIndex === steps.length - 1;
                const button = atEdge ? (direction < 0 ? 'down' : 'up') : direction < 0 ? 'up' : 'down';
                setSteps(next, `step-${button}-${step.key}`, `«${step.name}» er nu trin ${newIndex + 1}.`);
              }}
              onInsertAfter={() => {
                const key = newStepKey();
                setSteps(
                  insertAfter(steps, index, key),
                  `step-name-${key}`,
                  `Nyt trin indsat som trin ${index + 2}. Skriv dets navn.`,
                );
              }}
              onRemove={() => {
                const next = remove(steps, index);
                const neighbour = next[Math.max(0, index - 1)];
                setSteps(
                  next,
                  neighbour ? `step-name-${neighbour.key}` : undefined,
                  `«${step.name || 'Trinnet'}» er fjernet fra den nye version.`,
                );
              }}
            />
          ))}
        </ol>
        <VisuallyHidden role="status" aria-live="polite">
          {announcement}
        </VisuallyHidden>
        <Textarea
          label="Note til versionen"
          description="Hvad er ændret og hvorfor? Noten vises i historikken."
          autosize
          minRows={2}
          maxLength={1000}
          value={note}
          onChange={(e) => draft.set({ steps, note: e.currentTarget.value })}
        />
        {mutation.isError && (
          <Alert color="red" variant="outline" role="alert" title="Indsatstrappen er ikke gemt">
            {errorMessage(mutation.error)}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={mutation.isPending}>
            Gem som ny version
          </Button>
          <Button
            variant="default"
            onClick={() => {
              draft.discard();
              setErrors({});
              mutation.reset();
              onDone('');
            }}
          >
            Annullér
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
