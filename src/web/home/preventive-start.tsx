import { Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { fetchSignals, SIGNALS_KEY } from '../detection/detection-api.ts';
import { formatDate } from '../ui/format.ts';
import { Loaded } from '../ui/states.tsx';

/** A preventive worker (and a leader) starts on the district's signals: how many wait, the oldest first. */
export function PreventiveStart() {
  const signals = useQuery({
    queryKey: [...SIGNALS_KEY, { status: 'open' }],
    queryFn: ({ signal }) => fetchSignals({ status: 'open' }, signal),
  });
  const open = signals.data ?? [];
  const fresh = open.filter((s) => s.status === 'new');
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="start-signals">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} id="start-signals" size="h3">
            Distriktets signaler
          </Title>
          <Button component={Link} to="/signaler">
            Se køen
          </Button>
        </Group>
        <Loaded query={signals} loading="Henter signalerne …" failed="Signalerne kunne ikke hentes">
          {() => (
            <Text>
              {open.length === 0
                ? 'Der er ingen åbne signaler i dit distrikt.'
                : `${open.length} åbne signaler, heraf ${fresh.length} nye, som ingen har set endnu.`}
            </Text>
          )}
        </Loaded>
        {fresh.length > 0 && (
          <List spacing="xs" aria-label="De ældste nye signaler">
            {fresh.slice(0, 5).map((s) => (
              <List.Item key={s.id}>
                <Anchor component={Link} to={`/signaler/${s.id}`}>
                  {s.child.firstName} {s.child.lastName}
                </Anchor>{' '}
                – {s.ruleLabel}, rejst {formatDate(s.raisedAt)}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}
