import { Group, Stack, Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** The page (path) whose heading last got focus; undefined until the first page has shown. */
let focusedLocation: string | undefined;

interface PageProps {
  /** The page's h1 and, with " – Trappen", the document title. */
  title: string;
  /** A different document title when the heading is a person's name (kept out of browser history). */
  documentTitle?: string;
  /** Changing it moves focus to the heading, as a navigation does (e.g. content replacing a form). */
  focusKey?: string;
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * Every routed page: sets the document title (WCAG 2.4.2) and, after a client-side navigation,
 * moves focus to the heading so screen-reader users hear that the page changed.
 */
export function Page({ title, documentTitle, focusKey, actions, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const fullTitle = `${documentTitle ?? title} – Trappen`;

  useEffect(() => {
    document.title = fullTitle;
  }, [fullTitle]);

  // Once per new path, not per render state or query string: typing in a search field updates
  // ?q= and must keep focus there, and a page that swaps "Henter …" for its content keeps the same
  // Page (and h1) element. The first load leaves focus to the browser.
  const focusId = `${location.pathname}|${focusKey ?? ''}`;
  useEffect(() => {
    if (focusedLocation !== undefined && focusedLocation !== focusId) heading.current?.focus();
    focusedLocation = focusId;
  }, [focusId]);

  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={1} ref={heading} tabIndex={-1} style={{ outlineOffset: 4 }}>
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Stack>
  );
}
