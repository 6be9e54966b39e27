import { Button, Fieldset, Group, List, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { ChildSummary } from '../types.ts';
import { formatDate } from '../ui/format.ts';
import { fetchChild, fullName, searchChildren } from './children-api.ts';

/** A child chosen in a form (a concern, a report), as the form shows it. */
export interface ChosenChild {
  id: string;
  name: string;
  /** `født 04.03.2019`, to tell two children of the same name apart */
  detail: string;
}

export function chosenChildOf(
  child: Pick<ChildSummary, 'id' | 'firstName' | 'lastName' | 'birthDate'>,
): ChosenChild {
  return { id: child.id, name: fullName(child), detail: `Født ${formatDate(child.birthDate)}` };
}

/**
 * The child a link names (`?childId=` from the child's page), chosen in advance. A child the user
 * may not see (or a wrong link) just leaves the choice open.
 */
export function useLinkedChild(childId: string): { pending: boolean; chosen: ChosenChild | null } {
  const child = useQuery({
    queryKey: ['children', 'detail', childId],
    queryFn: ({ signal }) => fetchChild(childId, signal),
    enabled: childId !== '',
    staleTime: Number.POSITIVE_INFINITY,
  });
  return {
    pending: childId !== '' && child.isPending,
    chosen: child.data ? chosenChildOf(child.data) : null,
  };
}

interface Props {
  id: string;
  value: ChosenChild | null;
  onChange: (child: ChosenChild | null) => void;
  error: string | undefined;
}

const SHOWN = 10;

/**
 * Choose the child among those the user may see (a professional: the children of their own
 * units; the server decides). The list shows at once, so a teacher picks from the class without
 * typing; typing narrows it.
 */
export function ChildPicker({ id, value, onChange, error }: Props) {
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 250);
  const chosenRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const result = useQuery({
    queryKey: ['children', 'search', q],
    queryFn: ({ signal }) => searchChildren(q, signal),
    placeholderData: keepPreviousData,
    enabled: value === null,
  });
  const errorId = `${id}-error`;

  if (value) {
    return (
      <Fieldset legend="Barnet" id={id} tabIndex={-1}>
        <Group justify="space-between" wrap="wrap">
          <div ref={chosenRef} tabIndex={-1} data-testid="chosen-child">
            <Text fw={700}>{value.name}</Text>
            {value.detail && <Text size="sm">{value.detail}</Text>}
          </div>
          <Button
            variant="default"
            onClick={() => {
              onChange(null);
              requestAnimationFrame(() => searchRef.current?.focus());
            }}
          >
            Vælg et andet barn
          </Button>
        </Group>
      </Fieldset>
    );
  }

  const children = result.data ?? [];
  const shown = children.slice(0, SHOWN);
  let status = 'Søger …';
  if (result.isError) status = 'Børnene kunne ikke hentes. Prøv igen.';
  else if (!result.isPending) {
    if (children.length === 0)
      status = q ? `Ingen af dine børn matcher “${q}”.` : 'Du har ingen børn at vælge.';
    else if (children.length > SHOWN)
      status = `${children.length} børn – de første ${SHOWN} vises. Skriv mere af navnet.`;
    else status = children.length === 1 ? '1 barn.' : `${children.length} børn.`;
  }

  return (
    <Fieldset legend="Barnet" id={id} tabIndex={-1} aria-describedby={error ? errorId : undefined}>
      <TextInput
        ref={searchRef}
        label="Søg blandt dine børn"
        description="Skriv navnet eller begyndelsen af CPR-nummeret, og vælg barnet i listen."
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          // Enter in the search must not send the whole form.
          if (event.key === 'Enter') event.preventDefault();
        }}
        error={error}
        errorProps={{ id: errorId }}
      />
      <Text size="sm" mt="xs" role="status" aria-live="polite">
        {status}
      </Text>
      {shown.length > 0 && (
        <List listStyleType="none" spacing={4} mt="xs" aria-label="Vælg barnet">
          {shown.map((child) => {
            const chosen = chosenChildOf(child);
            return (
              <List.Item key={child.id}>
                <Button
                  variant="default"
                  onClick={() => {
                    onChange(chosen);
                    requestAnimationFrame(() => chosenRef.current?.focus());
                  }}
                >
                  Vælg {chosen.name}, {chosen.detail.toLowerCase()}
                </Button>
              </List.Item>
            );
          })}
        </List>
      )}
    </Fieldset>
  );
}
