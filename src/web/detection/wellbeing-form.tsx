import { Alert, Anchor, Button, Group, List, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { WellbeingColor } from '../../core/detection/wellbeing.ts';
import { formatDate } from '../ui/format.ts';
import { newIdempotencyKey } from '../ui/idempotency.ts';
import { RestoredDraft } from '../ui/restored-draft.tsx';
import { errorMessage } from '../ui/states.tsx';
import { useDraft } from '../ui/use-draft.ts';
import {
  type GroupWellbeingResponse,
  groupWellbeingKey,
  MY_GROUPS_KEY,
  saveWellbeing,
} from './detection-api.ts';
import classes from './wellbeing.module.css';
import { ratingKey, targetIndex } from './wellbeing-keys.ts';
import { type Rating, RatingRow } from './wellbeing-row.tsx';

interface Draft {
  ratings: Record<string, Rating>;
  /** one key per content: a changed rating gets a new key, a resubmit of the same keeps it */
  key: string;
}

const tally = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const emptyDraft = (): Draft => ({ ratings: {}, key: newIdempotencyKey() });

interface Saved {
  count: number;
  ratedOn: string;
  /** rated yellow or red: a concern about them is one click away */
  watch: { id: string; name: string }[];
}

export function WellbeingForm({ groupId, data }: { groupId: string; data: GroupWellbeingResponse }) {
  const client = useQueryClient();
  const draft = useDraft(`trappen.wellbeing-draft.${groupId}`, emptyDraft);
  const { ratings } = draft.value;
  const children = data.children;
  const labels = Object.fromEntries(data.colors.map((c) => [c.color, c.label])) as Record<
    WellbeingColor,
    string
  >;
  const rowRefs = useRef<(HTMLDivElement | null)[]>([]);
  const saveRef = useRef<HTMLButtonElement>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const saving = useRef(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<Saved>();
  const [announcement, setAnnouncement] = useState('');

  const focusRow = useCallback(
    (index: number) => {
      if (index >= children.length) {
        saveRef.current?.focus();
        return;
      }
      const row = rowRefs.current[index];
      const radio = row?.querySelector<HTMLInputElement>('input:checked') ?? row?.querySelector('input');
      radio?.focus();
    },
    [children.length],
  );

  // Focus starts on the first child not yet rated (a restored draft goes on where it stopped),
  // after the Page has focused its heading (effects run child first, so wait a frame): the
  // first key press already rates.
  const startIndex = useRef(
    Math.max(
      0,
      children.findIndex((c) => !draft.value.ratings[c.id]),
    ),
  );
  useEffect(() => {
    const frame = requestAnimationFrame(() => focusRow(startIndex.current));
    return () => cancelAnimationFrame(frame);
  }, [focusRow]);

  function update(childId: string, change: (current: Rating | undefined) => Rating | undefined) {
    setError(undefined);
    setSaved(undefined);
    draft.set((current) => {
      const next = { ...current.ratings };
      const value = change(next[childId]);
      if (value) next[childId] = value;
      else delete next[childId];
      return { ratings: next, key: newIdempotencyKey() };
    });
  }

  function rate(index: number, color: WellbeingColor) {
    const child = children[index];
    if (!child) return;
    // A note belongs to yellow and red only; going back to green drops it.
    update(child.id, (current) => ({ color, note: color === 'green' ? '' : (current?.note ?? '') }));
    const rated = children.filter((c) => c.id === child.id || ratings[c.id]).length;
    setAnnouncement(
      `${child.firstName} ${child.lastName}: ${labels[color]}. ${rated} af ${children.length} vurderet.`,
    );
  }

  function handleRowKey(index: number, event: React.KeyboardEvent) {
    if (event.key === 'Enter') {
      // Enter on a radio would submit the form: a half-rated round must not be saved by accident.
      event.preventDefault();
      return;
    }
    const action = ratingKey(event);
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'rate') {
      rate(index, action.color);
      focusRow(index + 1);
    } else {
      focusRow(targetIndex(index, action.to, children.length));
    }
  }

  const list = children.filter((c) => ratings[c.id]);
  const counts = { green: 0, yellow: 0, red: 0 };
  for (const c of list) {
    const r = ratings[c.id];
    if (r) counts[r.color] += 1;
  }
  const unrated = children.length - list.length;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    // A second Enter or click before the first answer: the same request is already under way.
    if (saving.current) return;
    if (list.length === 0) {
      setError('Vurdér mindst ét barn, før du gemmer.');
      focusRow(0);
      return;
    }
    saving.current = true;
    setBusy(true);
    setError(undefined);
    try {
      const result = await saveWellbeing(groupId, {
        idempotencyKey: draft.value.key,
        ratings: list.map((c) => {
          const r = ratings[c.id] as Rating;
          const note = r.note.trim();
          return { childId: c.id, color: r.color, ...(r.color !== 'green' && note ? { note } : {}) };
        }),
      });
      draft.discard();
      const watch = list
        .filter((c) => ratings[c.id]?.color !== 'green')
        .map((c) => ({ id: c.id, name: `${c.firstName} ${c.lastName}` }));
      setSaved({ count: result.ratings, ratedOn: result.ratedOn, watch });
      // Not awaited: the button is free again at once; the previous ratings arrive a moment later.
      client.invalidateQueries({ queryKey: groupWellbeingKey(groupId) });
      client.invalidateQueries({ queryKey: MY_GROUPS_KEY });
      requestAnimationFrame(() => savedRef.current?.focus());
    } catch (caught) {
      // The ratings stay on the page (and in the draft), so the user can try again.
      setError(errorMessage(caught));
      requestAnimationFrame(() => errorRef.current?.focus());
    } finally {
      saving.current = false;
      setBusy(false);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Trivselsvurdering af gruppen">
      <Stack gap="md">
        <Alert color="blue" variant="outline" title="Sådan vurderer du med tastaturet">
          <Text id="wellbeing-help" size="sm">
            Tryk 1 for grøn, 2 for gul eller 3 for rød – så går du videre til næste barn. Pil op og ned
            flytter mellem børnene, pil til venstre og højre skifter farve. Ved gul og rød kan du skrive en
            bemærkning (frivilligt): tryk Tab fra barnet, eller Skift+Tab fra det næste barn; Enter i
            bemærkningen går videre. Efter det sidste barn står du på «Gem vurderingen».
          </Text>
        </Alert>
        {draft.restored && list.length > 0 && (
          <RestoredDraft
            title="Det, du nåede sidst, er hentet frem"
            text="Vurderingerne er ikke gemt endnu."
            onDiscard={draft.discard}
          />
        )}
        {saved && (
          <Alert
            ref={savedRef}
            tabIndex={-1}
            color="green"
            variant="outline"
            title="Vurderingen er gemt"
            role="status"
          >
            {saved.count === 1 ? '1 barn' : `${saved.count} børn`} er vurderet {formatDate(saved.ratedOn)}.
            Listen viser nu den nye vurdering som den forrige.
            {saved.watch.length > 0 && (
              <>
                <Text size="sm" mt="xs">
                  Er du bekymret for et af børnene, du gav gul eller rød, så registrér en bekymring:
                </Text>
                <List size="sm" spacing={2}>
                  {saved.watch.map((c) => (
                    <List.Item key={c.id}>
                      <Anchor component={Link} to={`/bekymring/ny?childId=${c.id}`}>
                        Registrér bekymring om {c.name}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Alert>
        )}
        <ol className={classes.list} aria-label="Børnene i gruppen">
          {children.map((child, index) => (
            <RatingRow
              key={child.id}
              child={child}
              index={index}
              rating={ratings[child.id]}
              labels={labels}
              describedBy={index === 0 ? 'wellbeing-help' : undefined}
              rowRef={(el) => {
                rowRefs.current[index] = el;
              }}
              onKeyDown={(event) => handleRowKey(index, event)}
              onRate={(color) => rate(index, color)}
              onNote={(note) => update(child.id, (current) => current && { ...current, note })}
              onNoteDone={() => focusRow(index + 1)}
            />
          ))}
        </ol>
        <div className={classes.footer}>
          <Stack gap="xs">
            {error && (
              <Alert
                ref={errorRef}
                tabIndex={-1}
                color="red"
                variant="outline"
                role="alert"
                title="Vurderingen er ikke gemt"
              >
                {error}
              </Alert>
            )}
            <Group justify="space-between" wrap="wrap">
              <Text>
                {list.length} af {children.length} vurderet: {tally(counts.green, 'grøn', 'grønne')},{' '}
                {tally(counts.yellow, 'gul', 'gule')}, {tally(counts.red, 'rød', 'røde')}.
                {unrated > 0 && list.length > 0 && ` ${unrated} uden vurdering kommer ikke med.`}
              </Text>
              <Button type="submit" ref={saveRef} loading={busy}>
                Gem vurderingen
              </Button>
            </Group>
          </Stack>
        </div>
        <VisuallyHidden role="status" aria-live="polite">
          {announcement}
        </VisuallyHidden>
      </Stack>
    </form>
  );
}
