import {
  Alert,
  Anchor,
  Button,
  Fieldset,
  Group,
  List,
  NativeSelect,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { DATE_HINT } from '../ui/danish-date.ts';
import { formatDate, formatDateTime } from '../ui/format.ts';
import { newIdempotencyKey } from '../ui/idempotency.ts';
import { Page } from '../ui/page.tsx';
import { RestoredDraft } from '../ui/restored-draft.tsx';
import { errorMessage } from '../ui/states.tsx';
import { useDraft } from '../ui/use-draft.ts';
import { AttachmentUpload } from './attachments.tsx';
import {
  type CallerKind,
  EMPTY_FRONT_REPORT,
  type FrontReportValues,
  frontReportRequest,
  type IdentifyBy,
  reporterKindOf,
  SOURCE_OPTIONS,
  validateFrontReport,
} from './front-report-values.ts';
import {
  createReport,
  INTAKE_KEY,
  type ReportCreatedResponse,
  type ReportCreateRequest,
} from './intake-api.ts';

/**
 * `/modtagelse/ny`: Front registers a report received on behalf of others — a citizen, an
 * anonymous caller, the police, a hospital, the child itself — by phone, letter or in person. The
 * child is found by CPR, or by name and birth date; an unknown child is kept provisionally.
 */
export function FrontReportPage() {
  const [created, setCreated] = useState<ReportCreatedResponse | null>(null);
  // A new form (and so a new idempotency key) for each report registered.
  const [formKey, setFormKey] = useState(0);
  if (created) {
    return (
      <Page title="Underretningen er registreret" focusKey={created.id}>
        <Text>Underretningen er registreret som modtaget {formatDateTime(created.receivedAt)}.</Text>
        <List>
          <List.Item>Den skal screenes senest {formatDateTime(created.screeningDueAt)}.</List.Item>
          {created.receiptDueAt && (
            <List.Item>
              Kvitteringen til fagpersonen skal sendes senest {formatDate(created.receiptDueAt)}.
            </List.Item>
          )}
        </List>
        <Text>Referencenummer: {created.id}</Text>
        <AttachmentUpload reportId={created.id} />
        <Group>
          <Anchor component={Link} to={`/modtagelse/${created.id}`}>
            Åbn underretningen
          </Anchor>
          <Anchor component={Link} to="/modtagelse">
            Tilbage til modtagelsen
          </Anchor>
          <Button
            variant="default"
            onClick={() => {
              setCreated(null);
              setFormKey((k) => k + 1);
            }}
          >
            Registrér endnu en underretning
          </Button>
        </Group>
      </Page>
    );
  }
  return (
    <Page title="Registrér underretning">
      <Text>
        For underretninger, der kommer til Modtagelsen pr. telefon, brev eller personligt. Fristen for
        screening (24 timer) og for en fagpersons kvittering (6 hverdage) regnes fra modtagelsen.
      </Text>
      <FrontReportForm key={formKey} onCreated={setCreated} />
    </Page>
  );
}

const FRONT_DRAFT_KEY = 'trappen.front-report-draft';

function FrontReportForm({ onCreated }: { onCreated: (r: ReportCreatedResponse) => void }) {
  const client = useQueryClient();
  // What is typed and the report's one key (a retried submit after a lost answer returns the same
  // report) survive a reload and the re-login after an expired session; a saved report starts anew.
  const draft = useDraft(FRONT_DRAFT_KEY, () => ({
    values: EMPTY_FRONT_REPORT,
    idempotencyKey: newIdempotencyKey(),
  }));
  const v = draft.value.values;
  const [tried, setTried] = useState(false);
  const save = useMutation({
    mutationFn: (body: ReportCreateRequest) => createReport(body),
    onSuccess: (created) => {
      draft.clear();
      void client.invalidateQueries({ queryKey: INTAKE_KEY });
      onCreated(created);
    },
  });
  const errors = tried ? validateFrontReport(v) : {};
  const set = <K extends keyof FrontReportValues>(k: K, value: FrontReportValues[K]) =>
    draft.set((old) => ({ ...old, values: { ...old.values, [k]: value } }));
  const kind = reporterKindOf(v);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setTried(true);
    const found = validateFrontReport(v);
    if (Object.keys(found).length > 0) {
      // Take the user to the first field that needs an answer.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    save.mutate(frontReportRequest(v, draft.value.idempotencyKey));
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Registrér underretning">
      <Stack gap="lg" maw={680}>
        {draft.restored && <RestoredDraft onDiscard={draft.discard} />}
        <Fieldset legend="Barnet">
          <Stack gap="sm">
            <Radio.Group
              label="Find barnet med"
              value={v.identifyBy}
              onChange={(value) => set('identifyBy', value as IdentifyBy)}
            >
              <Group gap="lg" mt={6}>
                <Radio value="cpr" label="CPR-nummer" />
                <Radio value="name" label="Navn og fødselsdato" />
              </Group>
            </Radio.Group>
            {v.identifyBy === 'cpr' ? (
              <TextInput
                label="Barnets CPR-nummer"
                description="ddmmåå-xxxx. Findes barnet ikke i registret, gemmes CPR-nummeret foreløbigt."
                withAsterisk
                autoComplete="off"
                inputMode="numeric"
                maw={260}
                value={v.cpr}
                onChange={(e) => set('cpr', e.currentTarget.value)}
                error={errors.cpr}
              />
            ) : (
              <>
                <Text size="sm">
                  Findes præcis ét barn med det navn og den fødselsdato, knyttes underretningen til barnet;
                  ellers gemmes barnet foreløbigt og kan findes i registret senere.
                </Text>
                <TextInput
                  label="Barnets navn"
                  withAsterisk
                  autoComplete="off"
                  value={v.childName}
                  onChange={(e) => set('childName', e.currentTarget.value)}
                  error={errors.childName}
                />
                <TextInput
                  label="Barnets fødselsdato"
                  description={DATE_HINT}
                  withAsterisk
                  autoComplete="off"
                  maw={320}
                  value={v.birthDate}
                  onChange={(e) => set('birthDate', e.currentTarget.value)}
                  error={errors.birthDate}
                />
              </>
            )}
          </Stack>
        </Fieldset>

        <Fieldset legend="Underretteren">
          <Stack gap="sm">
            <NativeSelect
              label="Hvem underretter?"
              data={SOURCE_OPTIONS}
              value={v.source}
              onChange={(e) => set('source', e.currentTarget.value as FrontReportValues['source'])}
            />
            {kind === 'professional' && (
              <Text size="sm">En fagperson har skærpet underretningspligt og skal have en kvittering.</Text>
            )}
            {kind !== 'professional' && v.source !== 'anonymous' && (
              <Radio.Group
                label="Vil underretteren være anonym?"
                value={v.callerKind}
                onChange={(value) => set('callerKind', value as CallerKind)}
              >
                <Group gap="lg" mt={6}>
                  <Radio value="citizen" label="Nej, med navn" />
                  <Radio value="anonymous" label="Ja, anonym" />
                </Group>
              </Radio.Group>
            )}
            {kind === 'anonymous' ? (
              <Text size="sm">En anonym underretning gemmes uden navn og kontaktoplysninger.</Text>
            ) : (
              <>
                <TextInput
                  label="Underretterens navn"
                  autoComplete="off"
                  value={v.reporterName}
                  onChange={(e) => set('reporterName', e.currentTarget.value)}
                />
                {kind === 'professional' && (
                  <TextInput
                    label="Arbejdssted"
                    description="Fx sygehusets afdeling eller politikredsen."
                    autoComplete="off"
                    value={v.organisation}
                    onChange={(e) => set('organisation', e.currentTarget.value)}
                    error={errors.organisation}
                  />
                )}
                <TextInput
                  label="Underretterens e-mail"
                  type="email"
                  autoComplete="off"
                  value={v.email}
                  onChange={(e) => set('email', e.currentTarget.value)}
                  error={errors.email}
                />
              </>
            )}
          </Stack>
        </Fieldset>

        <Fieldset legend="Modtagelsen">
          <Stack gap="sm">
            <Radio.Group
              label="Hvornår kom underretningen?"
              value={v.receivedEarlier ? 'earlier' : 'now'}
              onChange={(value) => set('receivedEarlier', value === 'earlier')}
            >
              <Stack gap={6} mt={6}>
                <Radio value="now" label="Nu" />
                <Radio value="earlier" label="Tidligere (pr. telefon eller brev)" />
              </Stack>
            </Radio.Group>
            {v.receivedEarlier && (
              <Group align="flex-start" gap="md">
                <TextInput
                  label="Modtaget dato"
                  description={DATE_HINT}
                  withAsterisk
                  autoComplete="off"
                  maw={260}
                  value={v.receivedDate}
                  onChange={(e) => set('receivedDate', e.currentTarget.value)}
                  error={errors.receivedAt}
                />
                <TextInput
                  label="Klokkeslæt"
                  description="tt.mm, fx 14.30"
                  withAsterisk
                  autoComplete="off"
                  maw={160}
                  value={v.receivedTime}
                  onChange={(e) => set('receivedTime', e.currentTarget.value)}
                  error={errors.receivedAt ? true : undefined}
                />
              </Group>
            )}
            <Radio.Group
              label="Er det akut?"
              description="Akut betyder, at barnet kan være i fare nu."
              value={v.acute}
              onChange={(value) => set('acute', value as 'yes' | 'no')}
              error={errors.acute}
              withAsterisk
            >
              <Stack gap={6} mt={6}>
                <Radio value="yes" label="Ja, det er akut" />
                <Radio value="no" label="Nej" />
              </Stack>
            </Radio.Group>
          </Stack>
        </Fieldset>

        <Textarea
          label="Hvad fortalte underretteren?"
          description="Gengiv konkret og med datoer, så tæt på underretterens egne ord som muligt."
          withAsterisk
          autosize
          minRows={6}
          maxLength={20000}
          value={v.text}
          onChange={(e) => set('text', e.currentTarget.value)}
          error={errors.text}
        />
        {save.isError && (
          <Alert color="red" variant="outline" title="Underretningen blev ikke registreret" role="alert">
            <Text>{errorMessage(save.error)}</Text>
          </Alert>
        )}
        <div>
          <Button type="submit" loading={save.isPending}>
            Registrér underretningen
          </Button>
        </div>
      </Stack>
    </form>
  );
}
