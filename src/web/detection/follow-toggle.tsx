import { Alert, Button, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../ui/states.tsx';
import { DETECTION_KEY, startFollowing, stopFollowing } from './detection-api.ts';

/**
 * "Følg som kendt i forebyggende arbejde": the child is known to preventive work without a case,
 * so the next signal about it is read in that light.
 */
export function FollowToggle({ childId, followed }: { childId: string; followed: boolean }) {
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function toggle() {
    setBusy(true);
    setError(undefined);
    try {
      if (followed) await stopFollowing(childId);
      else await startFollowing(childId);
      await client.invalidateQueries({ queryKey: DETECTION_KEY });
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Group gap="sm">
        <Text fw={600} role="status">
          {followed
            ? 'Barnet følges som kendt i forebyggende arbejde.'
            : 'Barnet følges ikke i forebyggende arbejde.'}
        </Text>
        <Button variant="default" onClick={toggle} loading={busy}>
          {followed ? 'Stop med at følge barnet' : 'Følg som kendt i forebyggende arbejde'}
        </Button>
      </Group>
      {error && (
        <Alert color="red" variant="outline" role="alert" title="Det lykkedes ikke">
          {error}
        </Alert>
      )}
    </>
  );
}
