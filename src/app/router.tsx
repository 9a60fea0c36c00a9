import { type ComponentType, lazy } from 'react';
import { Route, Routes } from 'react-router';
import { type RouteModule, routeTable } from '../lib/routes';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { HomeRoute } from './routes/home';

type RouteExports = Record<string, ComponentType>;

// Every page but home loads its own code on first visit, so no page pays for another's. The registry of page
// kinds (src/lib/routes.ts) names each page's module; this is where the bundler learns they exist.
const routeModules = import.meta.glob<RouteExports>([
  './routes/*.tsx',
  '!./routes/*.test.tsx',
  '!./routes/home.tsx',
]);

function componentOf({ module, component }: RouteModule): ComponentType {
  // Home is part of the shell (its code is in the entry chunk), so it is the one page not loaded lazily.
  if (module === 'home') return HomeRoute;
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

const ROUTES = routeTable().map(({ pattern, route }) => ({ pattern, Component: componentOf(route) }));

/** The one route table, built from the registry of page kinds. Its addresses are a contract. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        {ROUTES.map(({ pattern, Component }) =>
          pattern === '/' ? (
            <Route key={pattern} index element={<Component />} />
          ) : (
            <Route key={pattern} path={pattern.slice(1)} element={<Component />} />
          ),
        )}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
