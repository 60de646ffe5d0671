import { createContext, useContext } from 'react';
import type { Action, Resource } from '@houqin/contracts';

import type { Me } from '@houqin/contracts';

export type { Me };

export interface Session {
  me: Me;
  can: (resource: Resource, action: Action) => boolean;
  refresh: () => Promise<void>;
  signOut: (everywhere?: boolean) => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionContext');
  return session;
}

/** Deny by default, exactly like the server: only an explicit "resource:action" grant allows. */
export function canFrom(permissions: readonly string[]): (resource: Resource, action: Action) => boolean {
  const granted = new Set(permissions);
  return (resource, action) => granted.has(`${resource}:${action}`);
}
