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

const client = createApolloClient();

export function App() {
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <Routes>
          <Route element={<AppShell />}>
            <Route index element={<HomePage />} />
            <Route path="accessibilite" element={<AccessibilityPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </ApolloProvider>
  );
}
