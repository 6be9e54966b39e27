import { Alert, Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '../api.ts';
import { can, useUser } from '../session.ts';
import { Facts } from '../ui/facts.tsx';
import { formatDateTime, yesNo } from '../ui/format.ts';
import { Page } from '../ui/page.tsx';
import { ErrorState, Loading } from '../ui/states.tsx';
import { ConcernLoadError } from './concern-form-pages.tsx';
import { CorrectionForm } from './correction-form.tsx';
import {
  type ConcernView,
  type ConcernWithGuideResponse,
  concernKey,
  fetchConcern,
  fetchGuide,
} from './detection-api.ts';
import { GuideDisplay } from './guide-view.tsx';

/**
 * `/bekymring/:id`: a registered concern with its guide. Right after saving, the guide is the one
 * the server built from everything written (its texts included); on a later visit it is asked
 * for again from the level, areas and factors.
 */
export function ConcernPage() {
  const { id = '' } = useParams();
  const user = useUser();
  const location = useLocation();
  const state = (location.state ?? {}) as { created?: boolean; edited?: boolean };
  const concern = useQuery<ConcernView | ConcernWithGuideResponse>({
    queryKey: concernKey(id),
    queryFn: ({ signal }) => fetchConcern(id, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const data = concern.data;
  const savedGuide = data && 'guide' in data ? data.guide : undefined;
  // The guide is for whoever registers concerns about the child; another reader (a leader, a
  // caseworker) sees the concern itself.
  const wantsGuide = data !== undefined && (data.author.id === user.id || can(user, 'concerns:create'));
  const guide = useQuery({
    queryKey: ['detection', 'guide', id, data?.level, data?.updatedAt, data?.corrections.length],
    queryFn: ({ signal }) => fetchGuide({ ...(data as ConcernView), childId: data?.child.id ?? '' }, signal),
    enabled: wantsGuide && !savedGuide,
    staleTime: Number.POSITIVE_INFINITY,
  });

  let title = 'Bekymring';
  let body: ReactNode;
  if (concern.isPending) body = <Loading label="Henter bekymringen …" />;
  else if (concern.isError || !data) body = <ConcernLoadError error={concern.error} />;
  else {
    title = `Bekymring om ${data.child.firstName} ${data.child.lastName}`;
    const shownGuide = savedGuide ?? guide.data;
    body = (
      <>
        {state.created && (
          <Alert color="green" variant="outline" title="Bekymringen er modtaget" role="status">
            Tak. Du kan følge, hvad der sker med den, under «Mine indberetninger» på forsiden. Læs herunder,
            hvad du gør nu.
          </Alert>
        )}
        {state.edited && (
          <Alert color="green" variant="outline" title="Rettelserne er gemt" role="status">
            Handleguiden herunder passer til bekymringen, som den er nu.
          </Alert>
        )}
        {wantsGuide && !(guide.error instanceof ApiError && guide.error.status === 403) && (
          <Card withBorder padding="lg" component="section" aria-labelledby="guide-heading">
            {shownGuide ? (
              <GuideDisplay guide={shownGuide} />
            ) : guide.isError ? (
              <ErrorState error={guide.error} title="Handleguiden kunne ikke hentes" />
            ) : (
              <Loading label="Henter handleguiden …" />
            )}
          </Card>
        )}
        <ConcernSummary concern={data} />
      </>
    );
  }
  return (
    <Page title={title} documentTitle="Bekymring">
      {body}
    </Page>
  );
}

function ConcernSummary({ concern }: { concern: ConcernView }) {
  const user = useUser();
  // Before anyone acts, its author edits it; after, corrections are appended and both stay readable.
  const isAuthor = concern.author.id === user.id;
  const mayCorrect = isAuthor && !concern.editable;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="concern-summary">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id="concern-summary">
            {isAuthor ? 'Det har du registreret' : 'Bekymringen'}
          </Title>
          {concern.editable && (
            <Button component={Link} to={`/bekymring/${concern.id}/ret`} variant="default">
              Ret bekymringen
            </Button>
          )}
        </Group>
        <Facts
          items={[
            ['Barn', `${concern.child.firstName} ${concern.child.lastName}`],
            ['Niveau', `${concern.level} – ${concern.band.label}`],
            ['Status', concern.statusLabel],
            ['Registreret', formatDateTime(concern.createdAt)],
            [
              'Registreret af',
              `${concern.author.name}${concern.author.title ? `, ${concern.author.title}` : ''}`,
            ],
            ['Forældrene er orienteret', yesNo(concern.parentsInformed)],
            ['Enhed', concern.unit?.name],
          ]}
        />
        {concern.areas.map((area) => (
          <div key={area.area}>
            <Text fw={700}>{area.label}</Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{area.text}</Text>
          </div>
        ))}
        <FactorList title="Risikofaktorer" items={concern.riskFactors.map((f) => f.label)} />
        <FactorList title="Beskyttende faktorer" items={concern.protectiveFactors.map((f) => f.label)} />
        {concern.corrections.length > 0 && (
          <section aria-labelledby="concern-corrections">
            <Title order={3} size="h4" id="concern-corrections">
              Rettelser
            </Title>
            <List spacing="xs">
              {concern.corrections.map((c) => (
                <List.Item key={c.id}>
                  <Text size="sm" fw={600}>
                    {formatDateTime(c.createdAt)}, {c.author.name}
                    {c.level !== null && c.levelBefore !== null && ` – niveau ${c.levelBefore} → ${c.level}`}
                  </Text>
                  <Text style={{ whiteSpace: 'pre-wrap' }}>{c.text}</Text>
                </List.Item>
              ))}
            </List>
          </section>
        )}
        {mayCorrect && <CorrectionForm concern={concern} />}
        <Anchor component={Link} to="/">
          Til forsiden
        </Anchor>
      </Stack>
    </Card>
  );
}

function FactorList({ title, items }: { title: string; items: string[] }) {
  return (
    <div>
      <Text fw={700}>{title}</Text>
      {items.length === 0 ? (
        <Text>Ingen valgt.</Text>
      ) : (
        <List spacing={2}>
          {items.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      )}
    </div>
  );
}
