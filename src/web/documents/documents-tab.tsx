import { Stack } from '@mantine/core';
import { ArchivePanel } from './archive-panel.tsx';
import { ConsultationsPanel } from './consultations-panel.tsx';
import { DecisionsPanel } from './decisions-panel.tsx';

/** Who the case page shows the documents tab: those who work with decisions and letters. */
export const DOCUMENTS_TAB_PERMISSION = 'documents:templates' as const;

/**
 * The case page's "Afgørelser og breve" (issue #14): decisions, consultations and the archive of
 * letters and uploads. Those who write the case record and write; those who read it in full read;
 * the server decides each request again (documents-policy.ts).
 */
export function DocumentsTab({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  return (
    <Stack gap="xl">
      <DecisionsPanel caseId={caseId} canWrite={canWrite} />
      <ConsultationsPanel caseId={caseId} canWrite={canWrite} />
      <ArchivePanel caseId={caseId} canWrite={canWrite} />
    </Stack>
  );
}
