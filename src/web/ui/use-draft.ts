import { type SetStateAction, useCallback, useState } from 'react';

/**
 * Form values mirrored in sessionStorage, so nothing typed is lost when a save fails, the page is
 * reloaded or the session expires mid-form (login brings the user back to the same address).
 * `restored` tells the form to say that an earlier draft was brought back. `set` takes functional
 * updates too: a form that changes on every key press must build each change on the one before.
 */
export function useDraft<T>(key: string, initial: T | (() => T)) {
  const [state, setState] = useState(() => {
    const stored = readDraft<T>(key);
    return { value: stored ?? initialValue(initial), restored: stored !== undefined };
  });

  const set = useCallback(
    (action: SetStateAction<T>) => {
      setState((current) => {
        const value = typeof action === 'function' ? (action as (previous: T) => T)(current.value) : action;
        write(key, value);
        return { value, restored: current.restored };
      });
    },
    [key],
  );

  /** After a successful save: the form keeps showing what was saved, the draft is gone. */
  const clear = useCallback(() => sessionStorage.removeItem(key), [key]);

  /** Back to the values the form started with (thrown away, or saved and begun anew). */
  const discard = useCallback(() => {
    sessionStorage.removeItem(key);
    setState({ value: initialValue(initial), restored: false });
  }, [key, initial]);

  return { value: state.value, restored: state.restored, set, clear, discard };
}

/** Whether a draft is waiting under `key` (e.g. to open an editor again after the re-login). */
export function hasDraft(key: string): boolean {
  return readDraft(key) !== undefined;
}

function initialValue<T>(initial: T | (() => T)): T {
  return typeof initial === 'function' ? (initial as () => T)() : initial;
}

function write(key: string, value: unknown): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the form still works, only without the safety net.
  }
}

function readDraft<T>(key: string): T | undefined {
  try {
    const text = sessionStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}
