import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { DataTable } from '../ui/data-table.tsx';
import { formatDate, formatDateTime } from '../ui/format.ts';
import { Section } from '../ui/section.tsx';
import { Loaded } from '../ui/states.tsx';
import { useDraft } from '../ui/use-draft.ts';
import { WordBadge } from '../ui/word-badge.tsx';
import { archiveKey, type DocumentView, documentFileUrl, fetchArchive } from './documents-api.ts';
import { LetterEditor } from './letter-editor.tsx';
import { NewLetterForm } from './new-letter-form.tsx';
import { UploadForm } from './upload-form.tsx';

export const DOCUMENT_STATUS_LABELS: Record<DocumentView['status'], string> = {
  draft: 'Udkast',
  final: 'Endeligt',
};

/**
 * "Dokumenter" (issue #14 item 5): the case's archive — letters written from templates and uploaded
 * files, newest first, with how and when each was sent; a new letter opens as a draft in the editor,
 * and the case's writers put files of their own into it.
 */
export function ArchivePanel({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const archive = useQuery({
    queryKey: archiveKey(caseId),
    queryFn: ({ signal }) => fetchArchive(caseId, signal),
  });
  // Which letter is open survives a reload or a new login, as the editor's own draft does.
  const open = useDraft<string>(`trappen:case:${caseId}:open-letter`, '');
  const opened = archive.data?.find((d) => d.id === open.value);
  return (
    <Stack gap="lg">
      <Section id="case-archive" title="Dokumenter">
        <Loaded
          query={archive}
          loading="Henter sagens dokumenter …"
          failed="Dokumenterne kunne ikke hentes"
          empty={<Text>Der er ingen dokumenter på sagen endnu.</Text>}
        >
          {(list) => (
            <DataTable
              hiddenCaption="Sagens dokumenter"
              minWidth={760}
              columns={['Titel', 'Type', 'Status', 'Oprettet', 'Sendt', { label: 'Handling', hidden: true }]}
            >
              {list.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Th scope="row">{d.title}</Table.Th>
                  <Table.Td>{d.typeLabel}</Table.Td>
                  <Table.Td>
                    <WordBadge color={d.status === 'final' ? 'green' : 'gray'}>
                      {DOCUMENT_STATUS_LABELS[d.status]}
                    </WordBadge>
                  </Table.Td>
                  <Table.Td>
                    {formatDateTime(d.createdAt)}
                    <Text size="sm">{d.createdBy.name}</Text>
                  </Table.Td>
                  <Table.Td>
                    {d.sent ? `${d.sent.viaLabel} ${formatDate(d.sent.on)} til ${d.sent.to}` : 'Ikke sendt'}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      {d.origin === 'generated' && (
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => open.set(d.id)}
                          aria-label={`Åbn ${d.title}`}
                        >
                          Åbn
                        </Button>
                      )}
                      <Anchor href={documentFileUrl(d.id)} size="sm" aria-label={`Hent ${d.title}`}>
                        {d.origin === 'generated' ? 'Hent PDF' : 'Hent filen'}
                      </Anchor>
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          )}
        </Loaded>
      </Section>
      {opened && (
        <LetterEditor
          key={opened.id}
          caseId={caseId}
          document={opened}
          canWrite={canWrite}
          onClose={() => open.discard()}
        />
      )}
      {canWrite && <NewLetterForm caseId={caseId} onDrafted={(d) => open.set(d.id)} />}
      {canWrite && <UploadForm caseId={caseId} />}
    </Stack>
  );
}
