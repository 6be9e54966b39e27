import { Alert, Button, Group, List, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { fullName, searchChildren } from '../people/children-api.ts';
import type { ChildSummary } from '../types.ts';
import { formatDate } from '../ui/format.ts';
import { errorMessage } from '../ui/states.tsx';
import { INTAKE_KEY, type Matched, matchReport, type Report } from './intake-api.ts';

const SHOWN = 10;

/**
 * A report about a child not (yet) found in the registry: Front searches the registry and links
 * the report to the child, once. Two steps — choose, then confirm — since a match cannot be undone.
 */
export function MatchChild({ report, onMatched }: { report: Report['report']; onMatched: () => void }) {
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 250);
  const [chosen, setChosen] = useState<ChildSummary | null>(null);
  const [matched, setMatched] = useState<Matched | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const result = useQuery({
    queryKey: ['children', 'search', q],
    queryFn: ({ signal }) => searchChildren(q, signal),
    placeholderData: keepPreviousData,
    enabled: q !== '' && chosen === null && matched === null,
  });
  const match = useMutation({
    mutationFn: (childId: string) => matchReport(report.id, childId),
    onSuccess: (m) => {
      setMatched(m);
      onMatched();
      void client.invalidateQueries({ queryKey: INTAKE_KEY });
    },
  });

  const given = [
    report.child.name,
    report.child.birthDate ? `født ${formatDate(report.child.birthDate)}` : '',
  ]
    .filter(Boolean)
    .join(', ');

  let body: React.ReactNode;
  if (matched) {
    body = (
      <Text role="status">
        Underretningen er knyttet til {matched.child.name}
        {matched.district ? ` i ${matched.district.name}` : ''}.
      </Text>
    );
  } else if (chosen) {
    body = (
      <div ref={confirmRef} tabIndex={-1}>
        <Text mb="xs">
          Knyt underretningen om «{given}» til <strong>{fullName(chosen)}</strong>, født{' '}
          {formatDate(chosen.birthDate)}, CPR {chosen.cpr}, {chosen.district.name}? Det kan ikke gøres om.
        </Text>
        {match.isError && (
          <Alert color="red" variant="outline" title="Barnet blev ikke knyttet" role="alert" mb="xs">
            <Text>{errorMessage(match.error)}</Text>
          </Alert>
        )}
        <Group>
          <Button onClick={() => match.mutate(chosen.id)} loading={match.isPending}>
            Knyt underretningen til {fullName(chosen)}
          </Button>
          <Button variant="default" onClick={() => setChosen(null)}>
            Vælg et andet barn
          </Button>
        </Group>
      </div>
    );
  } else {
    const children = result.data ?? [];
    let status = 'Skriv navn eller CPR-nummer for at søge.';
    if (q !== '') {
      if (result.isError) status = 'Børnene kunne ikke hentes. Prøv igen.';
      else if (result.isPending) status = 'Søger …';
      else if (children.length === 0) status = `Ingen børn i registret matcher “${q}”.`;
      else if (children.length > SHOWN) status = `${children.length} børn – de første ${SHOWN} vises.`;
      else status = children.length === 1 ? '1 barn.' : `${children.length} børn.`;
    }
    body = (
      <>
        <TextInput
          label="Søg i børneregistret"
          description="Skriv navnet eller begyndelsen af CPR-nummeret."
          type="search"
          autoComplete="off"
          spellCheck={false}
          maw={420}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Text size="sm" mt="xs" role="status" aria-live="polite">
          {status}
        </Text>
        {q !== '' && children.length > 0 && (
          <List listStyleType="none" spacing={4} mt="xs" aria-label="Børn i registret">
            {children.slice(0, SHOWN).map((child) => (
              <List.Item key={child.id}>
                <Button
                  variant="default"
                  onClick={() => {
                    setChosen(child);
                    requestAnimationFrame(() => confirmRef.current?.focus());
                  }}
                >
                  Vælg {fullName(child)}, født {formatDate(child.birthDate)}, {child.district.name}
                </Button>
              </List.Item>
            ))}
          </List>
        )}
      </>
    );
  }

  return (
    <section aria-labelledby="match-heading">
      <Title order={2} id="match-heading" mb="xs">
        Find barnet i registret
      </Title>
      {!matched && (
        <Text mb="sm">
          Barnet er ikke fundet i registret endnu ({given}). Underretningen får distrikt og historik, når den
          er knyttet til barnet.
        </Text>
      )}
      {body}
    </section>
  );
}
