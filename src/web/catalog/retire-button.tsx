import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../ui/states.tsx';
import { ANALYSIS_KEY, OFFERS_KEY, type OfferView, offerKey, updateOffer } from './catalog-api.ts';

/**
 * Retiring takes an offer out of the catalog for new measures; it stays in history and can be
 * brought back. The dialog asks first, since the list of active offers changes for everyone.
 */
export function RetireButton({ offer }: { offer: OfferView }) {
  const [opened, { open, close }] = useDisclosure(false);
  const client = useQueryClient();
  const retiring = offer.status === 'active';
  const mutation = useMutation({
    mutationFn: () => updateOffer(offer.id, { status: retiring ? 'retired' : 'active' }),
    onSuccess: (updated) => {
      client.setQueryData(offerKey(offer.id), updated);
      client.invalidateQueries({ queryKey: OFFERS_KEY });
      client.invalidateQueries({ queryKey: ANALYSIS_KEY });
      close();
    },
  });

  if (!retiring) {
    return (
      <Stack gap="xs">
        <Button variant="default" onClick={() => mutation.mutate()} loading={mutation.isPending}>
          Genaktivér tilbud
        </Button>
        {mutation.isError && (
          <Alert color="red" variant="outline" role="alert" title="Tilbuddet blev ikke genaktiveret">
            {errorMessage(mutation.error)}
          </Alert>
        )}
      </Stack>
    );
  }

  return (
    <>
      <Button color="red.9" variant="outline" onClick={open}>
        Udfas tilbud
      </Button>
      <Modal opened={opened} onClose={close} title="Udfas tilbud" centered>
        <Stack gap="md">
          <Text>
            Vil du udfase «{offer.name}»? Tilbuddet kan ikke længere vælges til nye indsatser og tæller ikke
            med i analysen af tilbudsviften. Det bliver stående i historikken, og du kan genaktivere det
            senere.
          </Text>
          {mutation.isError && (
            <Alert color="red" variant="outline" role="alert" title="Tilbuddet blev ikke udfaset">
              {errorMessage(mutation.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Annullér
            </Button>
            <Button color="red.9" onClick={() => mutation.mutate()} loading={mutation.isPending}>
              Udfas tilbud
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
