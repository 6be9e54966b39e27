import { useState } from 'react';
import { useDraft } from '../ui/use-draft.ts';

/**
 * A form over an editable record (optimistic locking): what the user types is kept in
 * sessionStorage together with the version and the values it started from, so a reload or a new
 * login loses nothing and a save still names the version the user actually read.
 */
export type Fields = Record<string, string>;

interface Stored<T extends Fields> {
  version: number;
  /** the record's values when the user started (to tell their edits from the record's) */
  base: T;
  values: T;
}

export interface Conflict<T extends Fields> {
  version: number;
  current: T;
}

export function useVersionedDraft<T extends Fields>(key: string, version: number, values: T) {
  const draft = useDraft<Stored<T>>(key, { version, base: values, values });
  const [conflict, setConflict] = useState<Conflict<T>>();
  const stored = draft.value;
  // A draft of an older version that nobody edited is just stale: show the record as it is now.
  const untouched = sameFields(stored.values, stored.base);
  const state = untouched && stored.version !== version ? { version, base: values, values } : stored;

  return {
    values: state.values,
    version: state.version,
    restored: draft.restored && !untouched,
    dirty: !sameFields(state.values, state.base),
    conflict,
    set(field: keyof T, value: string) {
      draft.set({ ...state, values: { ...state.values, [field]: value } });
    },
    /** Several fields at once (two `set` calls in one event would lose the first). */
    setMany(values: Partial<T>) {
      draft.set({ ...state, values: { ...state.values, ...values } });
    },
    /** The save was refused with 409: keep everything typed, show the current record beside it. */
    setConflict,
    /**
     * Take over the current version: fields the user did not touch get the current values, the
     * user's own edits stay; the next save names the current version.
     */
    takeOver() {
      if (!conflict) return;
      const merged = { ...conflict.current };
      for (const k of Object.keys(state.values) as (keyof T)[]) {
        if (state.values[k] !== state.base[k]) merged[k] = state.values[k];
      }
      draft.set({ version: conflict.version, base: conflict.current, values: merged });
      setConflict(undefined);
    },
    /**
     * A 409 whose current record has the same values as the form started from in every field of
     * this form: someone changed other parts of the record, not these. Rebase silently and say so;
     * the caller saves again.
     */
    rebaseIfUnrelated(currentVersion: number, current: T): boolean {
      if (!sameFields(current, state.base)) return false;
      draft.set({ ...state, version: currentVersion });
      return true;
    },
    /** After a successful save: the form shows the saved record, and the draft is gone. */
    saved(savedVersion: number, savedValues: T) {
      draft.set({ version: savedVersion, base: savedValues, values: savedValues });
      draft.clear();
      setConflict(undefined);
    },
    discard() {
      draft.discard();
      setConflict(undefined);
    },
  };
}

function sameFields(a: Fields, b: Fields): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? '') !== (b[k] ?? '')) return false;
  return true;
}
