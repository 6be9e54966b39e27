import { Alert, Badge, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { DataTable } from '../ui/data-table.tsx';
import { DeadlineTable } from '../ui/deadline-table.tsx';
import { formatDate, formatDateTime } from '../ui/format.ts';
import { Section } from '../ui/section.tsx';
import { ErrorState, Loading } from '../ui/states.tsx';
import { WordBadge } from '../ui/word-badge.tsx';
import {
  type CaseDeadline,
  type CaseView,
  caseKeyOf,
  fetchAssignments,
  fetchDeadlines,
} from './casework-api.ts';

const RESPONSIBILITY_LABELS = {
  caseworker: 'Rådgiver',
  foster_care_consultant: 'Familieplejekonsulent',
  contact_person: 'Kontaktperson',
} as const;

/** Overblik: the case's deadlines (rule, due date, done or overdue), the next one first and large. */
export function DeadlinesOverview({ view }: { view: CaseView; canWrite: boolean }) {
  const deadlines = useQuery({
    queryKey: caseKeyOf(view.id, 'deadlines'),
    queryFn: ({ signal }) => fetchDeadlines(view.id, signal),
  });
  return (
    <>
      <Section id="case-deadlines" title="Frister">
        {deadlines.isPending ? (
          <Loading label="Henter fristerne …" />
        ) : deadlines.isError ? (
          <ErrorState error={deadlines.error} title="Fristerne kunne ikke hentes" />
        ) : (
          <DeadlineList deadlines={deadlines.data} />
        )}
      </Section>
      <Assignments caseId={view.id} />
    </>
  );
}

function DeadlineList({ deadlines }: { deadlines: CaseDeadline[] }) {
  const sorted = [...deadlines].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const next = sorted.find((d) => d.doneAt === null);
  if (sorted.length === 0) return <Text>Sagen har ingen frister endnu.</Text>;
  return (
    <>
      {next && (
        <Alert
          color={next.overdue ? 'red' : 'blue'}
          variant="outline"
          title="Næste frist"
          data-testid="next-deadline"
        >
          <Text c="black" size="lg" fw={600}>
            {next.label}: {formatDate(next.dueOn)}
            {next.overdue ? ' — overskredet' : ''}
          </Text>
        </Alert>
      )}
      <DeadlineTable
        label="Sagens frister"
        bordered={false}
        rows={sorted}
        rowKey={(d) => `${d.rule}-${d.subject.id ?? ''}-${d.dueOn}`}
        columns={[
          { header: 'Frist', cell: (d) => d.label },
          { header: 'Senest', cell: (d) => formatDate(d.dueOn) },
          { header: 'Status', cell: (d) => <DeadlineState deadline={d} /> },
        ]}
      />
    </>
  );
}

/** The state in words; the colour only repeats it. */
export function DeadlineState({ deadline }: { deadline: CaseDeadline }) {
  if (deadline.doneAt) {
    return (
      <WordBadge color="green" data-state="done">
        Udført {formatDate(deadline.doneAt)}
      </WordBadge>
    );
  }
  if (deadline.overdue) {
    return (
      <Badge color="red" variant="filled" c="white" tt="none" data-state="overdue">
        Overskredet
      </Badge>
    );
  }
  return (
    <WordBadge color="blue" data-state="open">
      Åben
    </WordBadge>
  );
}

function Assignments({ caseId }: { caseId: string }) {
  const assignments = useQuery({
    queryKey: caseKeyOf(caseId, 'assignments'),
    queryFn: ({ signal }) => fetchAssignments(caseId, signal),
  });
  if (assignments.isPending || assignments.isError || assignments.data.length === 0) return null;
  return (
    <Section id="case-assignments" title="Tildelinger">
      <DataTable
        striped={false}
        withTableBorder={false}
        aria-label="Tildelinger"
        columns={['Ansvar', 'Person', 'Tildelt af', 'Tidspunkt', 'Begrundelse']}
      >
        {assignments.data.map((a) => (
          <Table.Tr key={`${a.responsibility}-${a.assignedAt}`}>
            <Table.Td>{RESPONSIBILITY_LABELS[a.responsibility]}</Table.Td>
            <Table.Td>{a.user?.name ?? 'Ingen'}</Table.Td>
            <Table.Td>{a.assignedBy.name}</Table.Td>
            <Table.Td>{formatDateTime(a.assignedAt)}</Table.Td>
            <Table.Td>{a.reason ?? ''}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Section>
  );
}
