/**
 * A value now or later. The read path's field resolvers answer with one: a resolver that returns a
 * plain value costs graphql-jit no promise, and a list of fifty rows with a few such fields each
 * made about a thousand promises per request (issue #18: each one also runs the async hooks of
 * every AsyncLocalStorage).
 */
export type MaybePromise<T> = T | Promise<T>;

/** `f(value)`: at once when `value` is already here, else once it is. */
export function andThen<T, R>(value: MaybePromise<T>, f: (value: T) => MaybePromise<R>): MaybePromise<R> {
  return value instanceof Promise ? value.then(f) : f(value);
}
