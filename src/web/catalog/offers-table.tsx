import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { EVIDENCE_LABELS, FORM_LABELS, TARGET_LABELS } from '../../core/catalog/types.ts';
import { DataTable } from '../ui/data-table.tsx';
import type { SortState } from '../ui/sortable.tsx';
import classes from './catalog.module.css';
import type { OfferView } from './catalog-api.ts';
import { ageRange, capacityText, priceText, stepLabel } from './format.ts';

export const OFFER_SORT_VALUES = {
  name: (o: OfferView) => o.name,
  step: (o: OfferView) => o.stepPosition ?? Number.MAX_SAFE_INTEGER,
  target: (o: OfferView) => TARGET_LABELS[o.target],
  form: (o: OfferView) => FORM_LABELS[o.form],
  age: (o: OfferView) => o.ageMin * 100 + o.ageMax,
  evidence: (o: OfferView) => EVIDENCE_LABELS[o.evidence],
  price: (o: OfferView) => o.unitCost,
  capacity: (o: OfferView) => o.capacity,
};
export type OfferSortKey = keyof typeof OFFER_SORT_VALUES;

interface Props {
  offers: OfferView[];
  sort: SortState<OfferSortKey> | null;
  onSort: (key: OfferSortKey) => void;
}

export function OffersTable({ offers, sort, onSort }: Props) {
  return (
    <DataTable
      minWidth={900}
      highlightOnHover
      hiddenCaption="Tilbud, der matcher søgningen"
      sorting={{ sort, toggle: onSort }}
      columns={[
        { label: 'Navn', sortKey: 'name' },
        { label: 'Trin', sortKey: 'step' },
        { label: 'Målgruppe', sortKey: 'target' },
        { label: 'Form', sortKey: 'form' },
        { label: 'Alder', sortKey: 'age' },
        { label: 'Evidens', sortKey: 'evidence' },
        { label: 'Pris', sortKey: 'price' },
        { label: 'Kapacitet', sortKey: 'capacity' },
      ]}
    >
      {offers.map((offer) => (
        <Table.Tr key={offer.id}>
          <Table.Td>
            <Anchor component={Link} to={`/tilbud/${offer.id}`} fw={600}>
              {offer.name}
            </Anchor>
            {offer.status === 'retired' && (
              <Badge ml="xs" variant="outline" color="gray.8" className={classes.badge}>
                Udgået
              </Badge>
            )}
          </Table.Td>
          <Table.Td>{stepLabel(offer.stepPosition, offer.stepName)}</Table.Td>
          <Table.Td>{TARGET_LABELS[offer.target]}</Table.Td>
          <Table.Td>{FORM_LABELS[offer.form]}</Table.Td>
          <Table.Td className={classes.nowrap}>{ageRange(offer.ageMin, offer.ageMax)}</Table.Td>
          <Table.Td>
            {EVIDENCE_LABELS[offer.evidence]}
            {offer.programme && (
              <Text span size="sm" c="dimmed" display="block">
                {offer.programme}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <span className={classes.nowrap}>{priceText(offer.unitCost, offer.costUnit)}</span>
            {offer.illustrative && <IllustrativeNote />}
          </Table.Td>
          <Table.Td className={classes.nowrap}>{capacityText(offer.capacity)}</Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}

/** Demo prices are not real prices; say so wherever a price is shown. */
export function IllustrativeNote() {
  return (
    <Text span size="sm" c="dimmed" fs="italic" display="block">
      illustrativ pris
    </Text>
  );
}
