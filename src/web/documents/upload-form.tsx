import { Alert, Button, FileInput, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../api.ts';
import { readUploadFile, UPLOAD_ACCEPT, UPLOAD_TYPES_TEXT } from '../ui/file-upload.ts';
import { Section } from '../ui/section.tsx';
import { errorMessage } from '../ui/states.tsx';
import { useDraft } from '../ui/use-draft.ts';
import { archiveKey, type DocumentView, uploadToCase } from './documents-api.ts';

/** The browser's own check names the file (readUploadFile); anything else is said as the kit says it. */
function uploadProblem(error: Error, picked: File | undefined): string {
  if (!(error instanceof ApiError) && picked && error.message.startsWith(`${picked.name}:`))
    return error.message;
  return errorMessage(error);
}

/**
 * "Læg en fil i arkivet" (issue #14 item 5): a file the caseworker has (a statement from the school,
 * a signed consent) into the case's archive, checked as a report's attachment is. The title is kept
 * as a draft; a file cannot be, so after a reload it is chosen again. The same file twice is the
 * same document (the server answers with the one it has), so a retry never makes two.
 */
export function UploadForm({ caseId }: { caseId: string }) {
  const client = useQueryClient();
  const title = useDraft<string>(`trappen:case:${caseId}:upload-title`, '');
  const [file, setFile] = useState<File | null>(null);
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState<string>();
  const upload = useMutation({
    mutationFn: async (picked: File) => {
      const body = await readUploadFile(picked);
      const t = title.value.trim();
      return uploadToCase(caseId, { ...body, ...(t ? { title: t } : {}) });
    },
    onSuccess: (doc) => {
      client.setQueryData<DocumentView[]>(archiveKey(caseId), (old) => [
        doc,
        ...(old ?? []).filter((d) => d.id !== doc.id),
      ]);
      void client.invalidateQueries({ queryKey: archiveKey(caseId) });
      setDone(doc.title);
      setFile(null);
      setTried(false);
      title.discard();
    },
  });
  const fileError = tried && !file ? 'Vælg den fil, der skal i arkivet.' : undefined;

  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    setDone(undefined);
    if (!file) {
      document.getElementById('upload-file')?.focus();
      return;
    }
    upload.mutate(file);
  }

  return (
    <Section id="case-upload" title="Læg en fil i arkivet">
      <form noValidate onSubmit={submit} aria-label="Læg en fil i arkivet">
        <Stack gap="sm" maw={760}>
          <FileInput
            id="upload-file"
            label="Fil"
            description={`${UPLOAD_TYPES_TEXT}.`}
            accept={UPLOAD_ACCEPT}
            clearable
            clearButtonProps={{ 'aria-label': 'Fjern den valgte fil' }}
            withAsterisk
            value={file}
            onChange={(f) => {
              setFile(f);
              setDone(undefined);
              upload.reset();
            }}
            error={fileError}
          />
          <TextInput
            id="upload-title"
            label="Titel"
            description="Valgfri. Uden titel vises filens navn i arkivet."
            maxLength={300}
            value={title.value}
            onChange={(e) => title.set(e.currentTarget.value)}
          />
          {upload.isError && (
            <Alert color="red" variant="outline" role="alert" title="Filen er ikke lagt i arkivet">
              <Text>{uploadProblem(upload.error, upload.variables)}</Text>
            </Alert>
          )}
          {done && (
            <Alert color="green" variant="outline" role="status" title="Filen ligger i arkivet">
              <Text c="black">«{done}» ligger nu i sagens dokumenter.</Text>
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={upload.isPending}>
              Læg i arkivet
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
