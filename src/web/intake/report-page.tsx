import { Alert, Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { can, useUser } from '../session.ts';
import { DeadlineBadge } from '../ui/deadline-table.tsx';
import { Facts } from '../ui/facts.tsx';
import { formatDate, formatDateTime, yesNo } from '../ui/format.ts';
import { Page } from '../ui/page.tsx';
import { ErrorState, errorMessage, Loading } from '../ui/states.tsx';
import { AttachmentList } from './attachments.tsx';
import {
  fetchReport,
  INTAKE_KEY,
  type Report,
  reportKey,
  type Screening,
  sendFeedback,
  sendReceipt,
} from './intake-api.ts';
import { MatchChild } from './match-child.tsx';
import { ScreeningForm, ScreeningSaved } from './screening-form.tsx';

const STATUS: Record<Report['report']['status'], string> = {
  received: 'Modtaget',
  screened: 'Screenet',
  closed: 'Afsluttet',
};

/** `/modtagelse/:id`: one report as Front reads it while screening, with the child's history. */
export function IntakeReportPage() {
  const user = useUser();
  const { id = '' } = useParams();
  const [justScreened, setJustScreened] = useState<Screening | null>(null);
  // Stays shown after matching, so its confirmation is still there once the report reloads.
  const [matchedHere, setMatchedHere] = useState(false);
  const report = useQuery({
    queryKey: reportKey(id),
    queryFn: ({ signal }) => fetchReport(id, signal),
  });
  if (report.isPending) return <Loading label="Henter underretningen …" />;
  if (report.isError) {
    return (
      <Page title="Underretning">
        <ErrorState error={report.error} title="Underretningen kunne ikke hentes" />
      </Page>
    );
  }
  const { report: r, history } = report.data;
  return (
    <Page title={`Underretning om ${r.child.name}`} documentTitle="Underretning">
      <Anchor component={Link} to="/modtagelse">
        Tilbage til modtagelsen
      </Anchor>
      <Facts
        items={[
          ['Barn', r.child.provisional ? `${r.child.name} (foreløbig identitet)` : r.child.name],
          ['Distrikt', r.district?.name ?? 'Ukendt, til barnet er fundet'],
          ['Kilde', r.sourceLabel],
          ['Underretter', [r.reporter.name, r.reporter.organisation].filter(Boolean).join(', ') || 'Anonym'],
          ['Modtaget', formatDateTime(r.receivedAt)],
          ['Akut', yesNo(r.acute)],
          ['Status', STATUS[r.status]],
          [
            'Screening',
            r.screening.screenedAt ? (
              `Screenet ${formatDateTime(r.screening.screenedAt)}`
            ) : (
              <DeadlineBadge key="screening" deadline={r.screening} />
            ),
          ],
          [
            'Kvittering',
            r.receipt === null ? (
              'Skal ikke sendes (ikke en fagperson)'
            ) : r.receipt.sentAt ? (
              `Sendt ${formatDateTime(r.receipt.sentAt)}`
            ) : (
              <DeadlineBadge key="receipt" deadline={r.receipt} />
            ),
          ],
        ]}
      />
      {(r.child.id === null || matchedHere) && can(user, 'reports:match') && (
        <MatchChild report={r} onMatched={() => setMatchedHere(true)} />
      )}
      <section aria-labelledby="report-text">
        <Title order={2} id="report-text" mb="xs">
          Underretningen
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{r.text}</Text>
      </section>
      <AttachmentList reportId={r.id} headingLevel={2} />
      <History history={history} />
      <section aria-labelledby="screening-heading">
        <Title order={2} id="screening-heading" mb="xs">
          Screening
        </Title>
        {justScreened && <ScreeningSaved screening={justScreened} />}
        {r.screening.screenedAt ? (
          <Text>Underretningen er screenet {formatDateTime(r.screening.screenedAt)}.</Text>
        ) : (
          !justScreened && <ScreeningForm reportId={r.id} onSaved={setJustScreened} />
        )}
      </section>
      {r.receipt !== null && <ReporterActions report={r} />}
    </Page>
  );
}

function History({ history }: { history: Report['history'] }) {
  return (
    <section aria-labelledby="history-heading">
      <Title order={2} id="history-heading" mb="xs">
        Barnets historik
      </Title>
      {history.linkedFlagged && (
        <Alert color="orange" variant="outline" title="Bemærk" mb="sm">
          <Text>3 eller flere underretninger om barnet eller søskende inden for 12 måneder.</Text>
        </Alert>
      )}
      <List>
        <List.Item>
          Tidligere underretninger: {history.reports.length === 0 ? 'ingen' : history.reports.length}
        </List.Item>
        {history.reports.map((h) => (
          <List.Item key={h.id} ml="md">
            {formatDate(h.receivedAt)} · {h.sourceLabel} · {STATUS[h.status]}
            {h.sibling ? ' (søskende)' : ''}
          </List.Item>
        ))}
        <List.Item>
          Bekymringer: {history.concerns.length === 0 ? 'ingen' : history.concerns.length}
        </List.Item>
        <List.Item>Åbne signaler: {history.openSignals}</List.Item>
        <List.Item>
          Åben sag: {history.openCase ? `ja, åbnet ${formatDate(history.openCase.openedAt)}` : 'nej'}
        </List.Item>
      </List>
    </section>
  );
}

/** Receipt (within 6 working days) and, once decided, feedback to a professional reporter. */
function ReporterActions({ report }: { report: Report['report'] }) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: INTAKE_KEY });
  const receipt = useMutation({ mutationFn: () => sendReceipt(report.id), onSuccess: refresh });
  const feedback = useMutation({ mutationFn: () => sendFeedback(report.id), onSuccess: refresh });
  const receiptSent = report.receipt?.sentAt ?? receipt.data?.sentAt;
  return (
    <section aria-labelledby="reporter-heading">
      <Title order={2} id="reporter-heading" mb="xs">
        Til underretteren
      </Title>
      <Stack gap="sm" maw={640}>
        {receiptSent ? (
          <Text role="status">Kvitteringen er sendt {formatDateTime(receiptSent)}.</Text>
        ) : (
          <Group>
            <Button onClick={() => receipt.mutate()} loading={receipt.isPending}>
              Send kvittering
            </Button>
          </Group>
        )}
        {receipt.data && <Text style={{ whiteSpace: 'pre-wrap' }}>{receipt.data.text}</Text>}
        {receipt.isError && <ErrorState error={receipt.error} title="Kvitteringen blev ikke sendt" />}
        {report.status === 'closed' &&
          (feedback.data ? (
            <Text role="status">
              Tilbagemeldingen er sendt {formatDateTime(feedback.data.sentAt)}: {feedback.data.outcomeLabel}.
            </Text>
          ) : (
            <Group>
              <Button variant="default" onClick={() => feedback.mutate()} loading={feedback.isPending}>
                Send tilbagemelding
              </Button>
            </Group>
          ))}
        {feedback.isError && (
          <Alert color="red" variant="outline" title="Tilbagemeldingen blev ikke sendt" role="alert">
            <Text>{errorMessage(feedback.error)}</Text>
          </Alert>
        )}
      </Stack>
    </section>
  );
}
