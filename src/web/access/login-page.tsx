import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { EXPIRED_KEY, logIn, SESSION_KEY, startPathFor, useSession } from '../session.ts';
import { errorMessage } from '../ui/states.tsx';

/** Only paths inside the app: `next=//evil.example` must not send the user elsewhere. */
function safeNext(next: string | null): string | undefined {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return undefined;
  return next;
}

export function LoginPage() {
  const session = useSession();
  const client = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const loggedOut = (location.state as { loggedOut?: boolean } | null)?.loggedOut === true;
  const expired = client.getQueryData(EXPIRED_KEY) === true;

  useEffect(() => {
    document.title = 'Log ind – Trappen';
  }, []);

  if (session.data) return <Navigate to={next ?? startPathFor(session.data.user)} replace />;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError('Udfyld både brugernavn og adgangskode.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const result = await logIn(username.trim(), password);
      client.removeQueries({ queryKey: EXPIRED_KEY });
      client.setQueryData(SESSION_KEY, result);
      navigate(next ?? startPathFor(result.user), { replace: true });
    } catch (caught) {
      // Keep the username; clear only the password, and put the cursor back there.
      setError(errorMessage(caught));
      setPassword('');
      passwordRef.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center component="main" mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={420}>
        <Stack gap="md">
          <div>
            <Text fw={700} size="lg">
              Trappen
            </Text>
            <Title order={1}>Log ind</Title>
          </div>
          {loggedOut && !error && (
            <Alert color="blue" variant="outline" role="status">
              Du er logget ud.
            </Alert>
          )}
          {expired && !loggedOut && !error && (
            <Alert color="blue" variant="outline" role="status">
              Din session er udløbet. Log ind igen, så kommer du tilbage til det, du var i gang med.
            </Alert>
          )}
          {error && (
            <Alert color="red" variant="outline" role="alert" title="Du blev ikke logget ind">
              {error}
            </Alert>
          )}
          <form onSubmit={handleSubmit} noValidate>
            <Stack gap="md">
              <TextInput
                label="Brugernavn"
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                value={username}
                onChange={(event) => setUsername(event.currentTarget.value)}
              />
              <PasswordInput
                ref={passwordRef}
                label="Adgangskode"
                name="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                visibilityToggleFocusable
                visibilityToggleButtonProps={{ 'aria-label': 'Vis adgangskode' }}
              />
              <Button type="submit" loading={busy}>
                Log ind
              </Button>
            </Stack>
          </form>
        </Stack>
      </Paper>
    </Center>
  );
}
