import { z } from 'zod';
import { ROLES } from '../access/roles.ts';
import { strict } from './common.ts';

/** Users over HTTP: marking a user on call (docs/intake.md, "On call"). Requests are strict. */

export const OnCallRequest = strict({
  onCall: z.boolean({ message: 'Angiv, om medarbejderen har vagt (true eller false).' }),
});
export type OnCallRequest = z.infer<typeof OnCallRequest>;

export const OnCallResponse = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  onCall: z.boolean(),
  /** false when the user already had this value: nothing was changed */
  changed: z.boolean(),
});
export type OnCallResponse = z.infer<typeof OnCallResponse>;
