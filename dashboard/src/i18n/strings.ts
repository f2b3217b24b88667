import type { Lang } from "./language.ts";

/**
 * A view's texts: the Chinese ones define the keys, the English ones must have exactly the same
 * keys (the compiler says which is missing). A value may be a function for texts with numbers.
 */
export type Strings<T> = Record<Lang, T>;

/** Literal text types widened to string, so `(n) => n > 1 ? "多" : "一"` accepts any English text. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly unknown[]
      ? T
      : T extends object
        ? { [K in keyof T]: Widen<T[K]> }
        : T;

export function defineStrings<T extends Record<string, unknown>>(zh: T, en: NoInfer<Widen<T>>): Strings<Widen<T>> {
  return { zh: zh as Widen<T>, en };
}
