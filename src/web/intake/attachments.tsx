import { Alert, Anchor, FileButton, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AttachmentListResponse, AttachmentView } from '../../core/api/attachments.ts';
import { request } from '../api.ts';
import { formatBytes, readUploadFile, UPLOAD_ACCEPT, UPLOAD_TYPES_TEXT } from '../ui/file-upload.ts';
import { formatDateTime } from '../ui/format.ts';
import { errorMessage, Loading } from '../ui/states.tsx';

/**
 * Attachments of a report (docs/intake.md, "Attachments"): `<AttachmentUpload reportId>` lets the
 * report's creator or Front add files once the report exists; `<AttachmentList reportId>` lists
 * them, with a download link where the reader may read the report's content. The server decides
 * who sees what: a professional reporter sees the names of their own files only.
 */

const attachmentsKey = (reportId: string) => ['intake', 'attachments', reportId] as const;
function fetchAttachments(reportId: string, signal?: AbortSignal) {
  return request<AttachmentListResponse>(`/api/reports/${reportId}/attachments`, { signal });
}

async function uploadFile(reportId: string, file: File): Promise<AttachmentView> {
  return request<AttachmentView>(`/api/reports/${reportId}/attachments`, {
    method: 'POST',
    body: await readUploadFile(file),
  });
}

/** An optional file picker under a created report: each chosen file is uploaded at once. */
export function AttachmentUpload({ reportId }: { reportId: string }) {
  const client = useQueryClient();
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState<string[]>([]);
  const upload = useMutation({
    mutationFn: async (files: File[]) => {
      const failed: string[] = [];
      const saved: string[] = [];
      // One at a time: files of up to 10 MB each, and a retried file is the same attachment.
      for (const file of files) {
        try {
          saved.push((await uploadFile(reportId, file)).fileName);
        } catch (error) {
          failed.push(
            error instanceof Error && error.message.startsWith(file.name)
              ? error.message
              : `${file.name}: ${errorMessage(error)}`,
          );
        }
      }
      return { saved, failed };
    },
    onSuccess: ({ saved, failed }) => {
      setDone((d) => [...d, ...saved]);
      setProblems(failed);
      void client.invalidateQueries({ queryKey: attachmentsKey(reportId) });
    },
  });
  return (
    <Stack gap="xs" data-testid="attachment-upload">
      <Text size="sm">Du kan vedhæfte filer til underretningen (valgfrit): {UPLOAD_TYPES_TEXT} pr. fil.</Text>
      <Group>
        <FileButton
          onChange={(files) => files.length > 0 && upload.mutate(files)}
          accept={UPLOAD_ACCEPT}
          multiple
        >
          {(props) => (
            <Anchor component="button" type="button" {...props} disabled={upload.isPending} fw={700}>
              {upload.isPending ? 'Vedhæfter …' : 'Vedhæft filer'}
            </Anchor>
          )}
        </FileButton>
      </Group>
      {done.length > 0 && (
        <Text size="sm" role="status">
          Vedhæftet: {done.join(', ')}
        </Text>
      )}
      {problems.length > 0 && (
        <Alert color="red" variant="outline" title="Nogle filer blev ikke vedhæftet" role="alert">
          <List size="sm">
            {problems.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}

/** The report's attachments: name, type, size, who and when; a download link for readers of the report. */
export function AttachmentList({
  reportId,
  headingLevel = 3,
}: {
  reportId: string;
  headingLevel?: 2 | 3 | 4;
}) {
  const list = useQuery({
    queryKey: attachmentsKey(reportId),
    queryFn: ({ signal }) => fetchAttachments(reportId, signal),
  });
  return (
    <section aria-labelledby={`attachments-${reportId}`} data-testid="attachment-list">
      <Title order={headingLevel} size="h4" id={`attachments-${reportId}`} mb="xs">
        Bilag
      </Title>
      {list.isPending ? (
        <Loading label="Henter bilag …" />
      ) : list.isError ? (
        <Text size="sm" c="red.8">
          {errorMessage(list.error)}
        </Text>
      ) : list.data.attachments.length === 0 ? (
        <Text size="sm">Ingen bilag.</Text>
      ) : (
        <List spacing={4} size="sm">
          {list.data.attachments.map((a) => (
            <List.Item key={a.id}>
              {a.downloadable ? (
                <Anchor href={`/api/reports/${reportId}/attachments/${a.id}`} download={a.fileName}>
                  {a.fileName}
                </Anchor>
              ) : (
                a.fileName
              )}{' '}
              <Text span size="sm">
                ({a.mediaTypeLabel}, {formatBytes(a.sizeBytes)}, {a.uploadedBy.name},{' '}
                {formatDateTime(a.uploadedAt)})
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}
