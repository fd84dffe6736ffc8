/** Thrown by `checkBudget()` when a file's or a review's analysis time is spent. */
export class BudgetExceededError extends Error {
  constructor(readonly budgetMs: number) {
    super(`analysis stopped after its ${budgetMs} ms budget`);
  }
}

/** A cooperative deadline: detectors call the returned function inside their loops. */
export function makeBudget(ms: number, now: () => number = Date.now): () => void {
  const deadline = now() + ms;
  return () => {
    if (now() > deadline) throw new BudgetExceededError(ms);
  };
}
