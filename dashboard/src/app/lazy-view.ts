import { createElement, lazy, type ComponentType } from "react";

export type LazyView = ComponentType & { preload: () => Promise<unknown> };

/**
 * A lazily loaded view with `preload()`: main.tsx starts downloading the current URL's view
 * while the session check is still in flight. Once loaded, the view renders directly: going
 * through React.lazy again would suspend for a frame and React throttles revealing it (~300 ms).
 */
export function lazyView(load: () => Promise<{ default: ComponentType }>): LazyView {
  let loaded: ComponentType | null = null;
  let pending: Promise<{ default: ComponentType }> | null = null;
  const preload = () =>
    (pending ??= load().then((module) => {
      loaded = module.default;
      return module;
    }));
  const Lazy = lazy(preload);
  // biome-ignore lint/correctness/noComponentHookFactories: created once per view at module load, never per render
  const View = () => createElement(loaded ?? Lazy);
  return Object.assign(View, { preload });
}
