import { AppShell, Burger, Button, Group, NavLink, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useLogOut, useUser } from '../session.ts';
import { activeNavPath, useMenu } from './nav.ts';
import classes from './shell.module.css';

/** The frame of every signed-in page: header with who is signed in, navigation, and main. */
export function Shell() {
  const user = useUser();
  const logOut = useLogOut();
  const navigate = useNavigate();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const items = useMenu();
  const activePath = activeNavPath(items, location.pathname);

  async function handleLogOut() {
    await logOut();
    navigate('/login', { replace: true, state: { loggedOut: true } });
  }

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <a href="#indhold" className={classes.skipLink}>
        Spring til indholdet
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? 'Skjul menu' : 'Vis menu'}
              aria-expanded={opened}
              aria-controls="hovedmenu"
            />
            <Stack gap={0}>
              <Text component="span" fw={700} size="lg">
                Trappen
              </Text>
              <Text component="span" size="sm" c="dimmed" data-testid="municipality">
                {user.municipality.name}
              </Text>
            </Stack>
          </Group>
          <Group gap="md" wrap="nowrap">
            <Stack gap={0} align="flex-end" visibleFrom="xs">
              <Text component="span" size="sm" fw={600} data-testid="user-name">
                {user.displayName}
              </Text>
              <Text component="span" size="sm" c="dimmed" data-testid="user-role">
                {user.roleLabel}
              </Text>
            </Stack>
            <Button variant="default" onClick={handleLogOut}>
              Log ud
              <VisuallyHidden> ({user.displayName})</VisuallyHidden>
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" id="hovedmenu" aria-label="Hovedmenu">
        <Title order={2} className={classes.navTitle}>
          Menu
        </Title>
        {items.map((item) => {
          const active = item.path === activePath;
          return (
            <NavLink
              key={item.path}
              component={Link}
              to={item.path}
              label={item.label}
              active={active}
              variant="filled"
              aria-current={active ? 'page' : undefined}
              onClick={close}
            />
          );
        })}
      </AppShell.Navbar>
      <AppShell.Main id="indhold" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
