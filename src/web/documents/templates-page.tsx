import { Alert, Button, Group, NativeSelect, Stack, Table, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES, type DocumentType } from '../../core/documents/templates.ts';
import { DataTable } from '../ui/data-table.tsx';
import { Page } from '../ui/page.tsx';
import { RestoredDraft } from '../ui/restored-draft.tsx';
import { Section } from '../ui/section.tsx';
import { ErrorState, errorMessage, Loading } from '../ui/states.tsx';
import { useDraft } from '../ui/use-draft.ts';
import { fetchTemplate, saveTemplate, type TemplateView, templateKey } from './documents-api.ts';

const TITLE = 'Brevskabeloner';

/**
 * `/dokumenter/skabeloner` (admin, issue #14 item 3): the template of each document type, its
 * version (0 = Trappen's standard, until the municipality saves its own) and the merge fields it
 * may name. A save is a new version; letters already written keep their text. The server refuses a
 * template that names a field its type lacks, and its message is shown.
 */
export function TemplatesPage() {
  const [type, setType] = useState<DocumentType>('decision');
  const template = useQuery({
    queryKey: templateKey(type),
    queryFn: ({ signal }) => fetchTemplate(type, signal),
  });
  return (
    <Page title={TITLE}>
      <Stack gap="lg">
        <NativeSelect
          label="Dokumenttype"
          maw={420}
          data={DOCUMENT_TYPES.map((t) => ({ value: t, label: DOCUMENT_TYPE_LABELS[t] }))}
          value={type}
          onChange={(e) => setType(e.currentTarget.value as DocumentType)}
        />
        {template.isPending && <Loading label="Henter skabelonen …" />}
        {template.isError && <ErrorState error={template.error} title="Skabelonen kunne ikke hentes" />}
        {template.data && <TemplateEditor key={type} template={template.data} />}
      </Stack>
    </Page>
  );
}

function TemplateEditor({ template }: { template: TemplateView }) {
  const client = useQueryClient();
  const draft = useDraft(`trappen:template:${template.type}`, template.body);
  const [savedVersion, setSavedVersion] = useState<number>();
  const save = useMutation({
    mutationFn: () => saveTemplate(template.type, draft.value),
    onSuccess: (saved) => {
      draft.clear();
      setSavedVersion(saved.version);
      client.setQueryData(templateKey(template.type), saved);
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate();
  }
  return (
    <>
      <Section id="template-text" title={template.typeLabel}>
        <Text>
          {template.version === 0
            ? 'Version 0: Trappens standardskabelon. Kommunen har ikke gemt sin egen endnu.'
            : `Version ${template.version}.`}
        </Text>
        <form noValidate onSubmit={submit} aria-label={`Skabelon for ${template.typeLabel.toLowerCase()}`}>
          <Stack gap="sm">
            {draft.restored && <RestoredDraft onDiscard={draft.discard} />}
            <Textarea
              label="Skabelonens tekst"
              description="Flettefelter skrives {{navn}}. En linje, der begynder med “# ”, er en overskrift; en tom linje afslutter et afsnit."
              autosize
              minRows={14}
              maxRows={40}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              value={draft.value}
              onChange={(e) => draft.set(e.currentTarget.value)}
            />
            {savedVersion !== undefined && !save.isError && (
              <Alert color="green" variant="outline" role="status" title="Skabelonen er gemt">
                <Text c="black">Gemt som version {savedVersion}.</Text>
              </Alert>
            )}
            {save.isError && (
              <Alert color="red" variant="outline" role="alert" title="Skabelonen er ikke gemt">
                <Text>{errorMessage(save.error)}</Text>
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={save.isPending} disabled={draft.value === template.body}>
                Gem som ny version
              </Button>
            </Group>
          </Stack>
        </form>
      </Section>
      <Section id="template-fields" title="Flettefelter">
        <DataTable hiddenCaption="Flettefelter" columns={['Flettefelt', 'Betydning', 'Påkrævet']}>
          {template.fields.map((f) => (
            <Table.Tr key={f.name}>
              <Table.Th scope="row">
                <code>{`{{${f.name}}}`}</code>
              </Table.Th>
              <Table.Td>{f.label}</Table.Td>
              <Table.Td>{f.required ? 'Ja' : 'Nej (en tom linje udelades)'}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </Section>
    </>
  );
}
