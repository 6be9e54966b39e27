import { type SetStateAction, useCallback, useState } from 'react';

/**
 * State mirrored in sessionStorage, so nothing typed is lost when a save fails, the page is
 * reloaded or the session expires mid-form (login brings the user back to the same address).
 * Unlike catalog/use-draft.ts it takes functional updates: the wellbeing check changes state on
 * every key press, and each press must build on the one before.
 */
export function useStoredState<T>(key: string, initial: () => T) {
  const [state, setState] = useState(() => {
    const stored = read<T>(key);
    return { value: stored ?? initial(), restored: stored !== undefined };
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

  /** After a successful save, or when the user throws the draft away. */
  const reset = useCallback(() => {
    sessionStorage.removeItem(key);
    setState({ value: initial(), restored: false });
  }, [key, initial]);

  return { value: state.value, restored: state.restored, set, reset };
}

function write(key: string, value: unknown): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the form still works, only without the safety net.
  }
}

function read<T>(key: string): T | undefined {
  try {
    const text = sessionStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}
