/**
 * The entry of an analysis process (see analysis-pool.ts): runs one review at a time for its
 * parent over IPC. It holds nothing the app holds — no GitHub client, no key, no token — only the
 * change set it is given; if the parent goes, it goes. Detectors load as reviews need them and
 * stay loaded; with `--warm` (the app's long-lived pool) all of them load before the first review.
 */
import { detectors as registry } from "../engine/registry.js";
import { review } from "../engine/review.js";
import { restoreLazyHunks } from "../engine/hunks.js";
import type { ChildMessage, ParentMessage } from "./analysis-process.js";

const send = (message: ChildMessage) => process.send!(message);

process.on("disconnect", () => process.exit(0));
process.on("message", (message: ParentMessage) => {
  if (message.type !== "review") return;
  const { id, config } = message;
  const changeSet = restoreLazyHunks(message.changeSet, message.pendingHunks);
  const unknown = message.detectors?.filter((id) => !registry.some((d) => d.id === id)) ?? [];
  const chosen = message.detectors ? registry.filter((d) => message.detectors!.includes(d.id)) : registry;
  const run = unknown.length
    ? Promise.reject(new Error(`no detector ${unknown.join(", ")} is registered: it cannot run in an analysis process`))
    : review(changeSet, config, {
        detectors: chosen,
        onProgress: (at) => send({ type: "progress", id, ...at }),
      });
  run.then(
    (result) => send({ type: "done", id, review: result }),
    (err: unknown) =>
      send({
        type: "error",
        id,
        message: err instanceof Error ? err.message : String(err),
        stack: err instanceof Error ? err.stack : undefined,
      }),
  );
});

if (process.argv.includes("--warm"))
  // One at a time, as the engine loads them: detectors share modules.
  for (const entry of registry) await (await entry.load()).init?.();
send({ type: "ready" });
