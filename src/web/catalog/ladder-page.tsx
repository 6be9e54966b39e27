import { Alert, Button, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useCan } from '../session.ts';
import { formatDateTime } from '../ui/format.ts';
import { Page } from '../ui/page.tsx';
import { Section } from '../ui/section.tsx';
import { ErrorState, Loaded, Loading } from '../ui/states.tsx';
import { hasDraft } from '../ui/use-draft.ts';
import { fetchLadder, fetchLadderVersions, LADDER_KEY, LADDER_VERSIONS_KEY } from './catalog-api.ts';
import { LadderEditor, ladderDraftKey } from './ladder-editor.tsx';
import { LadderHistory } from './ladder-history.tsx';
import { Staircase } from './staircase.tsx';

/** `/indsatstrappe`: the ladder in force, its history, and for admins the editor. */
export function LadderPage() {
  const edit = useCan()('catalog:edit');
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState('');
  const ladder = useQuery({
    queryKey: LADDER_KEY,
    queryFn: ({ signal }) => fetchLadder(signal),
  });
  const versions = useQuery({
    queryKey: LADDER_VERSIONS_KEY,
    queryFn: ({ signal }) => fetchLadderVersions(signal),
  });

  // Unsaved edits from before a reload or an expired session: open the editor with them.
  const version = ladder.data?.version;
  useEffect(() => {
    if (edit && version !== undefined && hasDraft(ladderDraftKey(version))) setEditing(true);
  }, [edit, version]);

  return (
    <Page
      title="Indsatstrappe"
      focusKey={editing ? 'edit' : undefined}
      actions={
        edit &&
        ladder.data &&
        !editing && (
          <Button
            onClick={() => {
              setSaved('');
              setEditing(true);
            }}
          >
            Redigér indsatstrappen
          </Button>
        )
      }
    >
      {saved && (
        <Alert color="green" variant="outline" role="status" title="Gemt">
          {saved}
        </Alert>
      )}
      {ladder.isPending && <Loading label="Henter indsatstrappen …" />}
      {ladder.isError && <ErrorState error={ladder.error} title="Indsatstrappen kunne ikke hentes" />}
      {ladder.data && editing && (
        <Section id="ladder-editor-heading" title={`Ny version (i dag version ${ladder.data.version})`}>
          <LadderEditor
            ladder={ladder.data}
            onDone={(message) => {
              setSaved(message);
              setEditing(false);
              versions.refetch();
            }}
          />
        </Section>
      )}
      {ladder.data && (
        <Section id="ladder-current" title={`Gældende trappe – version ${ladder.data.version}`}>
          <Text size="sm" c="dimmed">
            Gemt {formatDateTime(ladder.data.createdAt)}
            {ladder.data.note ? ` · ${ladder.data.note}` : ''}
          </Text>
          <Staircase
            steps={ladder.data.steps}
            label={`Indsatstrappen, version ${ladder.data.version}, fra trin 0 til trin ${ladder.data.steps.length}`}
          />
          <Text size="sm">
            Målet er altid at bevæge barnet ned ad trappen, tilbage mod trin 0: et almindeligt hverdagsliv i
            dagtilbud, skole og fritid.
          </Text>
        </Section>
      )}
      <Section id="ladder-history" title="Historik">
        <Loaded query={versions} loading="Henter versionerne …" failed="Historikken kunne ikke hentes">
          {(data) => <LadderHistory versions={data} current={ladder.data?.version} />}
        </Loaded>
      </Section>
    </Page>
  );
}
