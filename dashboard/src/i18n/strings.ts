import type { Lang } from "./language.ts";

/**
 * A view's texts: the Chinese ones define the keys, the English ones must have exactly the same
 * keys (the compiler says which is missing). A value may be a function for texts with numbers.
 */
export type Strings<T> = Record<Lang, T>;

export function defineStrings<T extends Record<string, unknown>>(zh: T, en: { [K in keyof T]: T[K] }): Strings<T> {
  return { zh, en };
}
