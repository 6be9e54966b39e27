import { Alert, Anchor, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api.ts';
import { formatDate } from '../ui/format.ts';
import { Page } from '../ui/page.tsx';
import { ErrorState, Loading } from '../ui/states.tsx';
import { fetchGroupWellbeing, groupWellbeingKey } from './detection-api.ts';
import { WellbeingForm } from './wellbeing-form.tsx';

/** `/trivsel/:groupId`: the wellbeing check of one of the professional's own groups. */
export function WellbeingPage() {
  const { groupId = '' } = useParams();
  const group = useQuery({
    queryKey: groupWellbeingKey(groupId),
    queryFn: ({ signal }) => fetchGroupWellbeing(groupId, signal),
    // Each read is audited, and a refetch mid-rating would only move the list under the user.
    staleTime: Number.POSITIVE_INFINITY,
  });

  let title = 'Trivselsvurdering';
  let body: ReactNode;
  if (group.isPending) {
    body = <Loading label="Henter gruppens børn …" />;
  } else if (group.isError) {
    const error = group.error;
    const missing = error instanceof ApiError && [400, 403, 404].includes(error.status);
    body = missing ? (
      <>
        <Text>
          {error.status === 403
            ? 'Gruppen er ikke en af dine. Du kan kun vurdere trivslen i dine egne klasser og grupper.'
            : 'Gruppen findes ikke.'}
        </Text>
        <BackHome />
      </>
    ) : (
      <ErrorState error={error} title="Gruppen kunne ikke hentes" />
    );
  } else {
    const { group: g, lastRound, children } = group.data;
    title = `Trivselsvurdering: ${g.name}`;
    body = (
      <>
        <Text>
          {g.unit.name} · {children.length === 1 ? '1 barn' : `${children.length} børn`}
          {lastRound
            ? ` · sidst vurderet ${formatDate(lastRound.ratedOn)} af ${lastRound.ratedBy.name}`
            : ' · ikke vurderet før'}
        </Text>
        {children.length === 0 ? (
          <Alert color="gray" variant="outline" title="Ingen børn i gruppen">
            Der er ingen børn i gruppen at vurdere.
          </Alert>
        ) : (
          <WellbeingForm key={groupId} groupId={groupId} data={group.data} />
        )}
        <BackHome />
      </>
    );
  }
  // The group's name is not a person's: it may stand in the document title.
  return <Page title={title}>{body}</Page>;
}

function BackHome() {
  return (
    <Anchor component={Link} to="/">
      Tilbage til mine klasser og grupper
    </Anchor>
  );
}
