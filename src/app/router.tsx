import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './layout';
import { HomeRoute } from './routes/home';
import { NotFoundPage } from './routes/not-found';

// Every page but home loads its own code on first visit, so no page pays for another's.
const CharacterRoute = lazy(() => import('./routes/character').then((m) => ({ default: m.CharacterRoute })));
const ActorRoute = lazy(() => import('./routes/actor').then((m) => ({ default: m.ActorRoute })));
const PersonRoute = lazy(() => import('./routes/person').then((m) => ({ default: m.PersonRoute })));
const EpisodeRoute = lazy(() => import('./routes/episode').then((m) => ({ default: m.EpisodeRoute })));
const SceneRoute = lazy(() => import('./routes/scene').then((m) => ({ default: m.SceneRoute })));
const CommentaryRoute = lazy(() =>
  import('./routes/commentary').then((m) => ({ default: m.CommentaryRoute })),
);
const MyWikiRoute = lazy(() => import('./routes/my-wiki').then((m) => ({ default: m.MyWikiRoute })));
const RandomRoute = lazy(() => import('./routes/random').then((m) => ({ default: m.RandomRoute })));
const SearchRoute = lazy(() => import('./routes/search').then((m) => ({ default: m.SearchRoute })));
const AppearancesRoute = lazy(() =>
  import('./routes/appearances').then((m) => ({ default: m.AppearancesRoute })),
);
const RelationshipsRoute = lazy(() =>
  import('./routes/relationships').then((m) => ({ default: m.RelationshipsRoute })),
);
const CharactersRoute = lazy(() => import('./routes/indexes').then((m) => ({ default: m.CharactersRoute })));
const ActorsRoute = lazy(() => import('./routes/indexes').then((m) => ({ default: m.ActorsRoute })));
const EpisodesRoute = lazy(() => import('./routes/indexes').then((m) => ({ default: m.EpisodesRoute })));
const ScenesRoute = lazy(() => import('./routes/indexes').then((m) => ({ default: m.ScenesRoute })));
const CommentaryIndexRoute = lazy(() =>
  import('./routes/indexes').then((m) => ({ default: m.CommentaryIndexRoute })),
);

/** The one route table. Its addresses are a contract (see src/lib/paths.ts). */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomeRoute />} />
        <Route path="characters" element={<CharactersRoute />} />
        <Route path="characters/:slug" element={<CharacterRoute />} />
        <Route path="actors" element={<ActorsRoute />} />
        <Route path="actors/:slug" element={<ActorRoute />} />
        <Route path="people/:slug" element={<PersonRoute />} />
        <Route path="episodes" element={<EpisodesRoute />} />
        <Route path="episodes/:code" element={<EpisodeRoute />} />
        <Route path="scenes" element={<ScenesRoute />} />
        <Route path="scenes/:slug" element={<SceneRoute />} />
        <Route path="commentary" element={<CommentaryIndexRoute />} />
        <Route path="commentary/:slug" element={<CommentaryRoute />} />
        <Route path="search" element={<SearchRoute />} />
        <Route path="appearances" element={<AppearancesRoute />} />
        <Route path="relationships" element={<RelationshipsRoute />} />
        <Route path="my-wiki" element={<MyWikiRoute />} />
        <Route path="random" element={<RandomRoute />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
