import { type ComponentType, lazy } from 'react';
import { type RouteObject, useRoutes } from 'react-router';
import { type RouteModule, routeTable } from '../lib/routes';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';

type RouteExports = Record<string, ComponentType>;

// Every page loads its own code on first visit, so no page pays for another's (the parts most pages share are
// in the shell: scripts/shell-chunk.ts). The registry of page kinds (src/lib/routes.ts) names each page's
// module; this is where the bundler learns they exist.
const routeModules = import.meta.glob<RouteExports>(['./routes/*.tsx', '!./routes/*.test.tsx']);

function componentOf({ module, component }: RouteModule): ComponentType {
  const load = routeModules[`./routes/${module}.tsx`];
  if (!load) throw new Error(`router: no route module src/app/routes/${module}.tsx`);
  return lazy(() =>
    load().then((exports) => {
      const Component = exports[component];
      if (!Component) throw new Error(`router: src/app/routes/${module}.tsx exports no ${component}`);
      return { default: Component };
    }),
  );
}

/**
 * The one route table, built from the registry of page kinds. Its addresses are a contract. Built once as
 * route objects rather than as `<Route>` elements, which React Router turns into the same objects on every
 * render of `<Routes>` (about a tenth of the hydration's time on a phone, with the CPU slowed four times).
 */
const ROUTES: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      ...routeTable().map(({ pattern, route }): RouteObject => {
        const Component = componentOf(route);
        return pattern === '/'
          ? { index: true, element: <Component /> }
          : { path: pattern.slice(1), element: <Component /> };
      }),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(ROUTES);
}
