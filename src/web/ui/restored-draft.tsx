import { Alert, Button, Group } from '@mantine/core';

/**
 * Says that the form shows a draft brought back (after a reload, a failed save or the re-login
 * when the session had expired), with a way to throw it away.
 */
export function RestoredDraft(props: {
  onDiscard: () => void;
  title?: string;
  text?: string;
  discardLabel?: string;
}) {
  return (
    <Alert color="blue" variant="outline" title={props.title ?? 'Det, du skrev sidst, er hentet frem'}>
      <Group justify="space-between" gap="sm">
        <span>{props.text ?? 'Formularen viser det, du skrev, men ikke nåede at gemme.'}</span>
        <Button variant="default" size="xs" onClick={props.onDiscard}>
          {props.discardLabel ?? 'Kassér og start forfra'}
        </Button>
      </Group>
    </Alert>
  );
}
