import { useSyncExternalStore } from "react";

/**
 * The browser location as a React store: our own tiny router (the app has a dozen flat paths, so
 * a routing library would be all weight). Every change goes through `navigate`, which uses the
 * history API, so the back button walks through views, years and units.
 */
const CHANGE_EVENT = "station:locationchange";

function subscribe(onChange: () => void): () => void {
  addEventListener("popstate", onChange);
  addEventListener(CHANGE_EVENT, onChange);
  return () => {
    removeEventListener("popstate", onChange);
    removeEventListener(CHANGE_EVENT, onChange);
  };
}

const snapshot = () => location.pathname + location.search;

/** `pathname + search`; re-renders on every navigation. */
export const useLocationHref = () => useSyncExternalStore(subscribe, snapshot, snapshot);

export function usePathname(): string {
  const href = useLocationHref();
  const query = href.indexOf("?");
  return query === -1 ? href : href.slice(0, query);
}

export function useSearch(): URLSearchParams {
  const href = useLocationHref();
  const query = href.indexOf("?");
  return new URLSearchParams(query === -1 ? "" : href.slice(query));
}

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (for typing, sliders, redirects). */
  replace?: boolean;
}

export function navigate(href: string, { replace = false }: NavigateOptions = {}): void {
  if (href === snapshot()) return;
  if (replace) history.replaceState(null, "", href);
  else history.pushState(null, "", href);
  dispatchEvent(new Event(CHANGE_EVENT));
}
