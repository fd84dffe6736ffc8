import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const load = (repo, ...parts) => import(pathToFileURL(join(repo, "lib", ...parts)).href);

/**
 * The built engine from lib/. With `withUnregistered`, detectors built under lib/detectors/ but
 * not yet in the registry are added too, so a detector can be scored before it is wired in.
 */
export async function loadEngine(repo, { withUnregistered = false } = {}) {
  const { review } = await load(repo, "engine", "review.js");
  const { changeSetFromTrees } = await load(repo, "engine", "from-trees.js");
  const { defaultConfig } = await load(repo, "config", "defaults.js");
  const { detectors: registered } = await load(repo, "engine", "registry.js");
  const added = withUnregistered ? await unregisteredDetectors(repo, registered) : [];
  const detectors = [...registered, ...added];
  return {
    changeSetFromTrees,
    defaultConfig,
    review: (cs, config) => review(cs, config, { detectors }),
    detectorIds: detectors.map((d) => d.id),
    addedIds: added.map((d) => d.id),
  };
}

async function unregisteredDetectors(repo, registered) {
  const known = new Set(registered.map((d) => d.id));
  const dir = join(repo, "lib", "detectors");
  const out = [];
  for (const id of readdirSync(dir).sort()) {
    if (known.has(id) || !existsSync(join(dir, id, "index.js"))) continue;
    try {
      const mod = await load(repo, "detectors", id, "index.js");
      out.push(
        ...Object.values(mod).filter(
          (v) => v && typeof v === "object" && v.id === id && (v.analyze || v.analyzeChangeSet),
        ),
      );
    } catch (err) {
      console.error(`bench/corpus: lib/detectors/${id} did not load: ${err.message}`);
    }
  }
  return out;
}
