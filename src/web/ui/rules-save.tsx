import { Alert, Button, Group, Text } from '@mantine/core';

/**
 * The end of a form of local rules (case work's, the forums'): the refusal in the server's words,
 * the confirmation that the rules apply from now, and the save button. One place, so every rules
 * page says it the same way.
 */
export function RulesSave({
  error,
  saved,
  busy,
}: {
  error: string | null | undefined;
  saved: boolean;
  busy: boolean;
}) {
  return (
    <>
      {error && (
        <Alert color="red" variant="outline" role="alert" title="Reglerne blev ikke gemt">
          <Text>{error}</Text>
        </Alert>
      )}
      {saved && (
        <Alert color="green" variant="outline" role="status" title="Gemt">
          <Text>Reglerne er gemt og gælder fra nu.</Text>
        </Alert>
      )}
      <Group>
        <Button type="submit" loading={busy}>
          Gem reglerne
        </Button>
      </Group>
    </>
  );
}
