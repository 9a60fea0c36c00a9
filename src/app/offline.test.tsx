import { onlineManager } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { renderApp } from '../test/render-app';

/** The browser's connection as the page sees it: navigator.onLine and the events that announce a change. */
function setConnection(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  onlineManager.setOnline(true);
});

test('a page opened without a connection says so, then loads by itself when the connection returns', async () => {
  setConnection(false);
  renderApp('/characters/charlie-spring');
  expect(
    await screen.findByText('You are offline. This page will load by itself when the connection returns.'),
  ).toBeVisible();
  expect(screen.queryByRole('heading', { level: 1, name: 'Charlie Spring' })).toBeNull();

  setConnection(true);
  expect(await screen.findByRole('heading', { level: 1, name: 'Charlie Spring' })).toBeVisible();
  expect(screen.queryByText(/You are offline/)).toBeNull();
});

test('a search opened without a connection says so, then shows its results when the connection returns', async () => {
  setConnection(false);
  renderApp('/search?q=rugby');
  expect(
    await screen.findByText('You are offline. Search will load by itself when the connection returns.'),
  ).toBeVisible();

  setConnection(true);
  expect(await screen.findByText(/^\d+ results for “rugby”$/)).toBeVisible();
  expect(screen.queryByText(/You are offline/)).toBeNull();
});
