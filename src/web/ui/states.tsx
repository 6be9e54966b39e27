import { Alert, Center, Loader, Text } from '@mantine/core';
import { ApiError } from '../api.ts';

/** A spinner that screen readers announce, for content that has not arrived yet. */
export function Loading({ label = 'Henter …' }: { label?: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="md" aria-hidden="true" />
      <Text ml="sm">{label}</Text>
    </Center>
  );
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Der opstod en uventet fejl. Prøv igen.';
}

/** The server's Danish message in an alert that is read aloud when it appears. */
export function ErrorState({ error, title = 'Noget gik galt' }: { error: unknown; title?: string }) {
  return (
    <Alert color="red" variant="outline" title={title} role="alert">
      <Text>{errorMessage(error)}</Text>
    </Alert>
  );
}

export function NoAccess({ message = 'Du har ikke adgang til denne side.' }: { message?: string }) {
  return (
    <Alert color="gray" variant="outline" title="Ingen adgang">
      <Text>{message}</Text>
    </Alert>
  );
}
