import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import type { Role } from '../gql/graphql';

/**
 * One screen of the console. Each folder web/src/routes/<group>/ exports `routes: ConsoleRoute[]`
 * from its routes.tsx; the shell discovers them (import.meta.glob), builds the router and the menu.
 * Keep routes.tsx small: the screens themselves are lazy (`lazy(() => import('./Screen'))`).
 */
export interface ConsoleRoute {
  /** Router path without the leading slash, e.g. 'frontdesk' or 'disputes/:id'. */
  path: string;
  element: LazyExoticComponent<ComponentType> | ComponentType;
  /** Who may open it; empty or missing: every signed-in user. ADMIN passes every check. */
  roles?: Role[];
  /** In the side menu when given. */
  menu?: {
    label: string;
    icon?: ReactNode;
    /** Lower first. Shell uses: 10 frontdesk, 20 handler, 30 court, 40 reviewer, 50 admin, 90 everyone. */
    order: number;
    /** Path the menu links to, when the route path has parameters. */
    to?: string;
    /** A live count next to the label (a hook: called while the menu is shown). */
    useBadge?: () => number | undefined;
  };
}
