import { Progress, Table, Text, Title } from '@mantine/core';
import { ROLE_LABELS, type Role } from '../../core/access/roles.ts';
import { DataTable } from '../ui/data-table.tsx';
import { caseloadText } from './my-cases-values.ts';
import type { SupervisionCases } from './overview-api.ts';
import { byDistrict, type OverdueCounts, overdueTotal } from './supervision-values.ts';

/** The supervision page's workload sections (supervision-page.tsx): per caseworker, district, caseload. */

function Count({ n }: { n: number }) {
  return n > 0 ? (
    <Text component="span" fw={700} c="red.9" data-state="overdue">
      {n} overskredet
    </Text>
  ) : (
    <Text component="span">0</Text>
  );
}

const OVERDUE_COLUMNS: { key: keyof OverdueCounts; label: string }[] = [
  { key: 'assessments', label: 'Undersøgelser' },
  { key: 'plans', label: 'Planer' },
  { key: 'followUps', label: 'Opfølgninger' },
  { key: 'visits', label: 'Tilsynsbesøg' },
];

export function Caseworkers({ data }: { data: SupervisionCases }) {
  const rows = [...data.caseworkers].sort(
    (a, b) =>
      overdueTotal(b.overdue) - overdueTotal(a.overdue) || a.user.name.localeCompare(b.user.name, 'da'),
  );
  return (
    <section aria-labelledby="sup-caseworkers">
      <Title order={2} id="sup-caseworkers" mb="xs">
        Pr. sagsbehandler
      </Title>
      <Text mb="sm">Overskredne frister i sagsbehandlerens åbne sager. Flest overskredne øverst.</Text>
      {rows.length === 0 ? (
        <Text>Der er ingen sagsbehandlere i dine distrikter.</Text>
      ) : (
        <DataTable
          minWidth={900}
          columns={[
            'Sagsbehandler',
            'Distrikt',
            ...OVERDUE_COLUMNS.map((c) => c.label),
            'Stille sager',
            'Sagsstamme',
          ]}
        >
          {rows.map((c) => (
            <Table.Tr key={c.user.id} data-user-id={c.user.id}>
              <Table.Th scope="row">
                {c.user.name}
                <Text size="xs" c="dimmed" fw={400}>
                  {ROLE_LABELS[c.role as Role] ?? c.role}
                </Text>
              </Table.Th>
              <Table.Td>{c.districts.map((d) => d.name).join(', ') || '—'}</Table.Td>
              {OVERDUE_COLUMNS.map((col) => (
                <Table.Td key={col.key}>
                  <Count n={c.overdue[col.key]} />
                </Table.Td>
              ))}
              <Table.Td>{c.quietCases}</Table.Td>
              <Table.Td>{caseloadText(c.caseload)}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

export function Districts({ data }: { data: SupervisionCases }) {
  const rows = byDistrict(data);
  if (rows.length < 2) return null;
  return (
    <section aria-labelledby="sup-districts">
      <Title order={2} id="sup-districts" mb="xs">
        Pr. distrikt
      </Title>
      <Text mb="sm">En sagsbehandler i flere distrikter tæller med i hvert af dem.</Text>
      <DataTable
        minWidth={760}
        columns={['Distrikt', ...OVERDUE_COLUMNS.map((c) => c.label), 'Stille sager', 'Ufordelte sager']}
      >
        {rows.map((d) => (
          <Table.Tr key={d.district.id}>
            <Table.Th scope="row">{d.district.name}</Table.Th>
            {OVERDUE_COLUMNS.map((col) => (
              <Table.Td key={col.key}>
                <Count n={d.overdue[col.key]} />
              </Table.Td>
            ))}
            <Table.Td>{d.quietCases}</Table.Td>
            <Table.Td>{d.unassigned}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </section>
  );
}

/**
 * Caseloads as bars against the target, each with its number and state in words beside it: those
 * the target is for (the server leaves it null for the others).
 */
export function Caseloads({ data }: { data: SupervisionCases }) {
  const rows = data.caseworkers
    .flatMap((c) => (c.caseload.target === null ? [] : [{ ...c, target: c.caseload.target }]))
    .sort((a, b) => b.caseload.openCases - a.caseload.openCases);
  const scale = Math.max(data.caseloadTarget * 1.5, ...rows.map((r) => r.caseload.openCases), 1);
  return (
    <section aria-labelledby="sup-caseloads">
      <Title order={2} id="sup-caseloads" mb="xs">
        Sagsstammer
      </Title>
      <Text mb="sm">
        Åbne sager pr. rådgiver mod målet på {data.caseloadTarget} sager. Stregen i hver bjælke markerer
        målet.
      </Text>
      {rows.length === 0 ? (
        <Text>Ingen sagsbehandlere.</Text>
      ) : (
        <DataTable
          striped={false}
          maw={900}
          data-testid="caseloads"
          columns={['Sagsbehandler', { label: 'Bjælke', hidden: true, w: '45%' }, 'Sager mod målet']}
        >
          {rows.map((c) => {
            const over = c.caseload.state === 'over';
            return (
              <Table.Tr key={c.user.id}>
                <Table.Th scope="row">{c.user.name}</Table.Th>
                <Table.Td>
                  <div style={{ position: 'relative' }} aria-hidden="true">
                    <Progress
                      value={(c.caseload.openCases / scale) * 100}
                      color={over ? 'orange.9' : 'blue.8'}
                      size="lg"
                    />
                    <div
                      style={{
                        position: 'absolute',
                        top: -3,
                        bottom: -3,
                        left: `${(c.target / scale) * 100}%`,
                        borderLeft: '2px solid var(--mantine-color-black)',
                      }}
                    />
                  </div>
                </Table.Td>
                <Table.Td fw={over ? 700 : undefined}>{caseloadText(c.caseload)}</Table.Td>
              </Table.Tr>
            );
          })}
        </DataTable>
      )}
    </section>
  );
}
