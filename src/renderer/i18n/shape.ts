/** The same keys as the German texts, each with a string of its own. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
