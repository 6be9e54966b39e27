import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { Page } from './page.tsx';

export function NotFoundPage() {
  return (
    <Page title="Siden findes ikke">
      <Text>Adressen findes ikke i Trappen.</Text>
      <Anchor component={Link} to="/">
        Gå til forsiden
      </Anchor>
    </Page>
  );
}
