/** The items of batches, one at a time, with the batches' return value. */
export async function* eachItem<T, R>(batches: AsyncGenerator<T[], R>): AsyncGenerator<T, R> {
  let done = false;
  try {
    for (;;) {
      const step = await batches.next();
      if (step.done) {
        done = true;
        return step.value;
      }
      yield* step.value;
    }
  } finally {
    // a consumer that stops early closes the reader beneath (and its file)
    if (!done) await batches.return(undefined as R);
  }
}

/** Single items as batches of one, with the items' return value. */
export async function* asBatches<T, R>(items: AsyncGenerator<T, R>): AsyncGenerator<T[], R> {
  let done = false;
  try {
    for (;;) {
      const step = await items.next();
      if (step.done) {
        done = true;
        return step.value;
      }
      yield [step.value];
    }
  } finally {
    if (!done) await items.return(undefined as R);
  }
}
