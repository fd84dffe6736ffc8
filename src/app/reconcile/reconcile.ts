import type { Logger } from "pino";
import type { Octokit } from "../octokit.js";
import type { ReviewQueue } from "../queue/types.js";
import { uncheckedPulls } from "./unchecked-pulls.js";

export interface ReconcileOptions {
  /** `app.auth`: no id → the app (JWT) client; an id → that installation's client. */
  auth: (installationId?: number) => Promise<Octokit>;
  queue: ReviewQueue;
  log: Logger;
  /** Look at pull requests updated in this window (default 24 h). */
  windowMs?: number;
  now?: number;
}

export interface ReconcileResult {
  installations: number;
  unchecked: number;
  enqueued: number;
}

/**
 * After an outage GitHub does not redeliver what we missed: find every open PR head without a
 * completed check and enqueue it, so each one ends with a verdict without anyone pushing.
 */
export async function reconcile({
  auth,
  queue,
  log,
  windowMs = 24 * 3600_000,
  now = Date.now(),
}: ReconcileOptions): Promise<ReconcileResult> {
  const appOctokit = await auth();
  const installations = await appOctokit.paginate(appOctokit.rest.apps.listInstallations, { per_page: 100 });
  const result: ReconcileResult = { installations: installations.length, unchecked: 0, enqueued: 0 };
  for (const installation of installations) {
    if (installation.suspended_at) continue;
    try {
      const found = await uncheckedPulls(await auth(installation.id), now - windowMs);
      result.unchecked += found.length;
      for (const { owner, repo, pull } of found) {
        const job = {
          installationId: installation.id,
          owner,
          repo,
          pull,
          reason: "reconcile" as const,
          enqueuedAt: Date.now(),
        };
        // A job already waiting for this head will write the check: don't queue a second.
        if (await queue.isPending(job)) continue;
        await queue.enqueue(job, { rerun: true });
        result.enqueued++;
      }
    } catch (err) {
      // One broken installation (suspended mid-run, permissions removed) must not stop the others.
      log.warn({ err, installation: installation.id }, "reconciliation skipped an installation");
    }
  }
  log.info(result, "reconciliation done");
  return result;
}
