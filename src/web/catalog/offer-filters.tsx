import { Button, Group, NativeSelect, NumberInput, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { FORM_LABELS, FORMS, TARGET_LABELS, TARGETS } from '../../core/catalog/types.ts';
import type { LadderView, OfferFilters } from './catalog-api.ts';

const STATUS_OPTIONS = [
  { value: '', label: 'Aktive tilbud' },
  { value: 'retired', label: 'Udgåede tilbud' },
  { value: 'all', label: 'Alle tilbud' },
];

interface Props {
  filters: OfferFilters;
  ladder: LadderView | undefined;
  onChange: (next: OfferFilters) => void;
}

/**
 * Search and filters of the catalog. The values live in the URL (the parent owns them), so Back,
 * a reload and a re-login keep them; the text is sent after a short pause while typing.
 */
export function OfferFiltersForm({ filters, ladder, onChange }: Props) {
  const q = filters.q ?? '';
  const [text, setText] = useState(q);
  const [debounced] = useDebouncedValue(text.trim(), 300);
  const lastPushed = useRef(q);

  useEffect(() => {
    if (debounced === lastPushed.current) return;
    lastPushed.current = debounced;
    onChange({ ...filters, q: debounced });
  }, [debounced, filters, onChange]);

  // The URL changed from outside (Back, the menu link): show that text in the field.
  useEffect(() => {
    if (q !== lastPushed.current) {
      lastPushed.current = q;
      setText(q);
    }
  }, [q]);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    lastPushed.current = text.trim();
    onChange({ ...filters, q: text.trim() });
  }

  const set = (key: keyof OfferFilters) => (value: string) => onChange({ ...filters, [key]: value });
  const stepOptions = [
    { value: '', label: 'Alle trin' },
    ...(ladder?.steps ?? []).map((s) => ({ value: s.id, label: `Trin ${s.position} – ${s.name}` })),
  ];
  const hasFilters = Object.values(filters).some((v) => v !== undefined && v !== '');

  return (
    <search aria-label="Søg i tilbudsviften">
      <form onSubmit={handleSubmit}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label="Søg i navn, beskrivelse og program"
            type="search"
            name="q"
            autoComplete="off"
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            style={{ flex: '2 1 16rem' }}
          />
          <NativeSelect
            label="Trin"
            data={stepOptions}
            value={filters.step ?? ''}
            onChange={(event) => set('step')(event.currentTarget.value)}
            style={{ flex: '1 1 14rem' }}
          />
          <NativeSelect
            label="Målgruppe"
            data={[
              { value: '', label: 'Alle' },
              ...TARGETS.map((t) => ({ value: t, label: TARGET_LABELS[t] })),
            ]}
            value={filters.target ?? ''}
            onChange={(event) => set('target')(event.currentTarget.value)}
            style={{ flex: '1 1 9rem' }}
          />
          <NativeSelect
            label="Form"
            data={[{ value: '', label: 'Alle' }, ...FORMS.map((f) => ({ value: f, label: FORM_LABELS[f] }))]}
            value={filters.form ?? ''}
            onChange={(event) => set('form')(event.currentTarget.value)}
            style={{ flex: '1 1 8rem' }}
          />
          <NumberInput
            label="Barnets alder (år)"
            min={0}
            max={22}
            allowDecimal={false}
            allowNegative={false}
            value={filters.age ?? ''}
            onChange={(value) => set('age')(value === '' ? '' : String(value))}
            style={{ flex: '0 1 9rem' }}
          />
          <NativeSelect
            label="Status"
            data={STATUS_OPTIONS}
            value={filters.status ?? ''}
            onChange={(event) => set('status')(event.currentTarget.value)}
            style={{ flex: '0 1 12rem' }}
          />
          <Button type="submit">Søg</Button>
          {hasFilters && (
            <Button
              variant="default"
              onClick={() => {
                lastPushed.current = '';
                setText('');
                onChange({});
              }}
            >
              Nulstil
            </Button>
          )}
        </Group>
      </form>
    </search>
  );
}
