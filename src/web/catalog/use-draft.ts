import { useState } from 'react';

/**
 * Form values mirrored in sessionStorage, so nothing typed is lost when a save fails, the page is
 * reloaded or the session expires mid-form (login brings the user back to the same address).
 * `restored` tells the form to say that an earlier draft was brought back.
 */
export function useDraft<T>(key: string, initial: T) {
  const [state, setState] = useState(() => {
    const stored = read<T>(key);
    return { value: stored ?? initial, restored: stored !== undefined };
  });

  return {
    value: state.value,
    restored: state.restored,
    set(value: T) {
      setState({ value, restored: state.restored });
      try {
        sessionStorage.setItem(key, JSON.stringify(value));
      } catch {
        // Storage full or blocked: the form still works, only without the safety net.
      }
    },
    /** After a successful save. */
    clear() {
      sessionStorage.removeItem(key);
    },
    /** Back to the values the form started with. */
    discard() {
      sessionStorage.removeItem(key);
      setState({ value: initial, restored: false });
    },
  };
}

function read<T>(key: string): T | undefined {
  try {
    const text = sessionStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}
