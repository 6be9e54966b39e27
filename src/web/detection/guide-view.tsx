import { Alert, Anchor, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { EVIDENCE_LABELS } from '../../core/catalog/types.ts';
import { WordBadge } from '../ui/word-badge.tsx';
import type { GuideView } from './detection-api.ts';

/**
 * The guide (handleguide) for one concern: the duty to report first when it applies, then what
 * to do now, whom to call (the district's preventive worker, with the phone number), and early
 * offers from the catalog (steps 1–2). The duty box is calm and plain: it informs, it does not alarm.
 */
export function GuideDisplay({ guide, headingLevel = 2 }: { guide: GuideView; headingLevel?: 2 | 3 }) {
  const sub = (headingLevel + 1) as 3 | 4;
  return (
    <Stack gap="md" data-testid="guide">
      <Title order={headingLevel} size="h3" id="guide-heading">
        Handleguide: niveau {guide.level} – {guide.band.label}
      </Title>
      <Text>{guide.band.description}</Text>
      {guide.situations.length > 0 && (
        <Group gap="xs" aria-label="Det gælder her">
          {guide.situations.map((s) => (
            <WordBadge key={s.id} color="gray" size="lg">
              {s.label}
            </WordBadge>
          ))}
        </Group>
      )}
      {guide.mustReport && <DutyToReport guide={guide} headingLevel={sub} />}
      <section aria-labelledby="guide-steps">
        <Title order={sub} size="h4" id="guide-steps" mb="xs">
          Det gør du nu
        </Title>
        <List type="ordered" spacing="xs">
          {guide.steps.map((step) => (
            <List.Item key={step}>{step}</List.Item>
          ))}
        </List>
      </section>
      <section aria-labelledby="guide-contacts">
        <Title order={sub} size="h4" id="guide-contacts" mb="xs">
          Hvem du kontakter
        </Title>
        {guide.contacts.length === 0 ? (
          <Text>
            Distriktet har ingen forebyggende socialrådgiver registreret i Trappen. Kontakt Modtagelsen
            (Front).
          </Text>
        ) : (
          <Stack gap="xs">
            {guide.contacts.map((c) => (
              <Card key={c.id} withBorder padding="sm" data-testid="guide-contact">
                <Text fw={700}>{c.name}</Text>
                <Text size="sm">
                  {c.title ?? 'Forebyggende socialrådgiver'}, distrikt {c.district.name}
                </Text>
                <Text size="sm">
                  Telefon:{' '}
                  {c.phone ? (
                    <Anchor inherit href={`tel:${c.phone.replace(/\s/g, '')}`}>
                      {c.phone}
                    </Anchor>
                  ) : (
                    'ikke oplyst'
                  )}
                </Text>
              </Card>
            ))}
          </Stack>
        )}
      </section>
      <section aria-labelledby="guide-offers">
        <Title order={sub} size="h4" id="guide-offers" mb="xs">
          Tilbud, der kan passe (trin 1–2)
        </Title>
        {guide.offers.length === 0 ? (
          <Text>
            Tilbudsviften har ingen tidlige tilbud, der passer til barnets alder. Spørg den forebyggende
            socialrådgiver.
          </Text>
        ) : (
          <Stack gap="xs">
            {guide.offers.map((offer) => (
              <Card key={offer.id} withBorder padding="sm">
                <Group justify="space-between" gap="xs">
                  <Anchor component={Link} to={`/tilbud/${offer.id}`} fw={700}>
                    {offer.name}
                  </Anchor>
                  {offer.atCapacity && <WordBadge color="orange">Fuldt optaget lige nu</WordBadge>}
                </Group>
                <Text size="sm">
                  Trin {offer.step.position} – {offer.step.name} · {offer.ageMin}–{offer.ageMax} år ·{' '}
                  {offer.providerName} · {EVIDENCE_LABELS[offer.evidence]}
                  {offer.programme ? ` (${offer.programme})` : ''}
                </Text>
                {offer.description && <Text size="sm">{offer.description}</Text>}
              </Card>
            ))}
          </Stack>
        )}
      </section>
    </Stack>
  );
}

function DutyToReport({ guide, headingLevel }: { guide: GuideView; headingLevel: 3 | 4 }) {
  return (
    <Alert
      color="orange"
      variant="outline"
      title={
        <Title order={headingLevel} size="h4">
          Du har pligt til at underrette
        </Title>
      }
      data-testid="duty-to-report"
    >
      <Stack gap="xs">
        {guide.mustReportReasons.length > 0 && (
          <List spacing={2} size="sm">
            {guide.mustReportReasons.map((reason) => (
              <List.Item key={reason}>{reason}</List.Item>
            ))}
          </List>
        )}
        {guide.dutyToReport && <Text size="sm">{guide.dutyToReport}</Text>}
        {guide.reportFormUrl && (
          <Anchor component={Link} to={guide.reportFormUrl} fw={700} data-testid="report-form-link">
            Underret kommunen: gå til underretningsskemaet
          </Anchor>
        )}
      </Stack>
    </Alert>
  );
}
