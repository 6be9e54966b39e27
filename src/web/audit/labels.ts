import { ROLE_LABELS, type Role } from '../../core/access/roles.ts';

/** Danish words for the audit log's codes; an unknown code is shown as it is rather than hidden. */
const ACTIONS: Record<string, string> = {
  read: 'Læst',
  search: 'Søgt',
  list: 'Vist liste',
  create: 'Oprettet',
  update: 'Ændret',
  delete: 'Slettet',
  export: 'Eksporteret',
  login: 'Logget ind',
  login_failed: 'Mislykket login',
  logout: 'Logget ud',
  emergency_access: 'Nødadgang givet',
  emergency_access_request: 'Nødadgang anmodet',
};

const ENTITIES: Record<string, string> = {
  child: 'Barn',
  children: 'Børn',
  household: 'Husstand',
  person: 'Person',
  case: 'Sag',
  report: 'Underretning',
  concern: 'Bekymring',
  session: 'Session',
  user: 'Bruger',
  audit: 'Revisionslog',
};

/** Actions may come as `read` or namespaced as `child.read` / `children:read`. */
export function actionLabel(action: string): string {
  if (ACTIONS[action]) return ACTIONS[action];
  const last = action.split(/[.:]/).pop() ?? action;
  return ACTIONS[last] ?? action;
}

export function entityLabel(entityType: string): string {
  return ENTITIES[entityType] ?? entityType;
}

export function roleLabel(role: string | null): string {
  if (!role) return '';
  return ROLE_LABELS[role as Role] ?? role;
}
