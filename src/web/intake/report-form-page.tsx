import { Alert, Anchor, Button, List, NativeSelect, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { SOURCE_INFO } from '../../core/intake/sources.ts';
import { ChildPicker, type ChosenChild, useLinkedChild } from '../people/child-picker.tsx';
import { useUser } from '../session.ts';
import { formatDate, formatDateTime } from '../ui/format.ts';
import { newIdempotencyKey } from '../ui/idempotency.ts';
import { Page } from '../ui/page.tsx';
import { RestoredDraft } from '../ui/restored-draft.tsx';
import { errorMessage, Loading } from '../ui/states.tsx';
import { useDraft } from '../ui/use-draft.ts';
import { AttachmentUpload } from './attachments.tsx';
import {
  createReport,
  INTAKE_KEY,
  type ReportCreatedResponse,
  type ReportCreateRequest,
} from './intake-api.ts';

type Source = ReportCreateRequest['source'];
const SOURCES = (Object.entries(SOURCE_INFO) as [Source, (typeof SOURCE_INFO)[Source]][])
  .filter(([, info]) => info.professional)
  .map(([value, info]) => ({ value, label: info.label }));

interface ReportDraft {
  child: ChosenChild | null;
  source: Source;
  acute: '' | 'yes' | 'no';
  text: string;
  idempotencyKey: string;
}

/** `/underretning/ny?childId=`: a professional's report of concern (underretning), then its receipt. */
export function NewReportPage() {
  const [params] = useSearchParams();
  const childId = params.get('childId') ?? '';
  const linked = useLinkedChild(childId);
  const [created, setCreated] = useState<ReportCreatedResponse | null>(null);

  if (created) return <ReportReceived created={created} />;
  if (linked.pending) return <Loading label="Henter barnet …" />;
  return (
    <Page title="Underret kommunen">
      <Alert color="blue" variant="outline" title="Din skærpede underretningspligt">
        <Text>
          Som fagperson skal du underrette kommunen, når du får kendskab til eller grund til at antage, at et
          barn kan have brug for særlig støtte (barnets lov § 133). Pligten er personlig: den gælder også, når
          du har talt med din leder. Du får en kvittering inden for 6 arbejdsdage og senere besked om,
          hvorvidt der er sat en undersøgelse eller foranstaltning i gang.
        </Text>
      </Alert>
      <ReportForm
        key={childId}
        child={linked.chosen}
        draftKey={`trappen.report-draft.${childId || 'any'}`}
        onCreated={setCreated}
      />
    </Page>
  );
}

function ReportForm(props: {
  child: ChosenChild | null;
  draftKey: string;
  onCreated: (r: ReportCreatedResponse) => void;
}) {
  const user = useUser();
  const client = useQueryClient();
  // Kept in the draft with what is typed, so a report written when the session expired is still
  // there after the re-login, and its one key (a retry after a lost answer returns the same
  // report) goes with it.
  const draft = useDraft<ReportDraft>(props.draftKey, () => ({
    child: props.child,
    source: 'school',
    acute: '',
    text: '',
    idempotencyKey: newIdempotencyKey(),
  }));
  const { child, source, acute, text } = draft.value;
  const set = <K extends keyof ReportDraft>(field: K, value: ReportDraft[K]) =>
    draft.set((d) => ({ ...d, [field]: value }));
  const [tried, setTried] = useState(false);
  const save = useMutation({
    mutationFn: (body: ReportCreateRequest) => createReport(body),
    onSuccess: (created) => {
      draft.clear();
      void client.invalidateQueries({ queryKey: INTAKE_KEY });
      props.onCreated(created);
    },
  });
  const errors = {
    child: tried && !child ? 'Vælg barnet.' : undefined,
    acute: tried && acute === '' ? 'Vælg ja eller nej.' : undefined,
    text: tried && text.trim() === '' ? 'Beskriv, hvad du har set eller hørt.' : undefined,
  };

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!child || acute === '' || text.trim() === '') return;
    save.mutate({
      idempotencyKey: draft.value.idempotencyKey,
      childId: child.id,
      source,
      reporter: { kind: 'professional', name: user.displayName },
      acute: acute === 'yes',
      text: text.trim(),
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Underretning">
      <Stack gap="md" maw={640}>
        {draft.restored && <RestoredDraft onDiscard={draft.discard} />}
        <ChildPicker
          id="report-child"
          value={child}
          onChange={(chosen) => set('child', chosen)}
          error={errors.child}
        />
        <NativeSelect
          label="Hvor arbejder du?"
          data={SOURCES}
          value={source}
          onChange={(e) => set('source', e.currentTarget.value as Source)}
        />
        <Radio.Group
          label="Er det akut?"
          description="Akut betyder, at barnet kan være i fare nu. Ring også til kommunen eller politiet."
          value={acute}
          onChange={(v) => set('acute', v as 'yes' | 'no')}
          error={errors.acute}
          withAsterisk
        >
          <Stack gap={6} mt={6}>
            <Radio value="yes" label="Ja, det er akut" />
            <Radio value="no" label="Nej" />
          </Stack>
        </Radio.Group>
        <Textarea
          label="Hvad har du set eller hørt?"
          description="Beskriv konkret og med datoer. Skriv ikke gætterier om årsager."
          withAsterisk
          autosize
          minRows={6}
          maxLength={20000}
          value={text}
          onChange={(e) => set('text', e.currentTarget.value)}
          error={errors.text}
        />
        {save.isError && (
          <Alert color="red" variant="outline" title="Underretningen blev ikke sendt" role="alert">
            <Text>{errorMessage(save.error)}</Text>
          </Alert>
        )}
        <div>
          <Button type="submit" loading={save.isPending}>
            Send underretningen
          </Button>
        </div>
      </Stack>
    </form>
  );
}

function ReportReceived({ created }: { created: ReportCreatedResponse }) {
  return (
    <Page title="Underretningen er modtaget" focusKey={created.id}>
      <Text>Tak. Kommunen har modtaget din underretning {formatDateTime(created.receivedAt)}.</Text>
      <List>
        <List.Item>Den bliver vurderet senest {formatDateTime(created.screeningDueAt)}.</List.Item>
        {created.receiptDueAt && (
          <List.Item>Du får en kvittering senest {formatDate(created.receiptDueAt)}.</List.Item>
        )}
        <List.Item>Senere får du besked om, hvorvidt der er sat en undersøgelse i gang.</List.Item>
      </List>
      <Text>Referencenummer: {created.id}</Text>
      <AttachmentUpload reportId={created.id} />
      <Anchor component={Link} to="/underretning/mine">
        Se mine underretninger
      </Anchor>
    </Page>
  );
}
