import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from '@passerelle/web-data-access';
import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { HomePage } from '../pages/HomePage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { AppShell } from './AppShell';

const AccessibilityPage = lazy(() =>
  import('../pages/AccessibilityPage').then((module) => ({ default: module.AccessibilityPage })),
);
const SearchPage = lazy(() =>
  import('../pages/SearchPage').then((module) => ({ default: module.SearchPage })),
);
const ListingPage = lazy(() =>
  import('@passerelle/web-listing').then((module) => ({ default: module.ListingPage })),
);

const client = createApolloClient();

export function App() {
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <Routes>
          <Route element={<AppShell />}>
            <Route index element={<HomePage />} />
            <Route path="accessibilite" element={<AccessibilityPage />} />
            <Route path="recherche" element={<SearchPage />} />
            <Route path="annonces/:id" element={<ListingPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </ApolloProvider>
  );
}
