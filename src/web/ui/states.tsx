import { Alert, Center, Loader, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../api.ts';
import { formatDateTime } from './format.ts';

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

/**
 * What a page shows around a query: the spinner while it loads, the error if it failed, `empty`
 * when it returned an empty list, else `children` with the data. A failed refetch keeps the last
 * data on screen under the error, as the query library keeps it.
 */
export function Loaded<T>(props: {
  query: UseQueryResult<T>;
  loading: string;
  failed: string;
  empty?: ReactNode;
  children: (data: NonNullable<T>) => ReactNode;
}) {
  const { query, empty } = props;
  const data = query.data;
  return (
    <>
      {query.isPending && <Loading label={props.loading} />}
      {query.isError && <ErrorState error={query.error} title={props.failed} />}
      {data
        ? empty !== undefined && Array.isArray(data) && data.length === 0
          ? empty
          : props.children(data)
        : null}
    </>
  );
}

/** When a page that refreshes itself last got its data, announced politely as it changes. */
export function UpdatedAt({ query, testId }: { query: UseQueryResult<unknown>; testId: string }) {
  return (
    <Text size="sm" aria-live="polite" data-testid={testId}>
      Opdateret {formatDateTime(new Date(query.dataUpdatedAt))}
    </Text>
  );
}
