import { defineDetector } from "../../engine/define-detector.js";
import { discoverPackages } from "./discover-packages.js";
import { touchedPackages } from "./touched-packages.js";
import { coordinatedChanges, interfaceChangeWithDependents, multiPackage } from "./rules.js";
import { packagesGraphSection } from "./graph-section.js";

export { workspaceFilesWanted } from "./wanted-files.js";
export { discoverPackages } from "./discover-packages.js";
export { packagesGraphSection } from "./graph-section.js";

/**
 * Cross-package impact: which workspace packages the PR changes and how they depend on each
 * other. Silent unless the base tree declares at least two packages (or config `packages:` does).
 */
export const packagesDetector = defineDetector({
  id: "packages",
  title: "Workspace packages",
  analyzeChangeSet(cs, ctx) {
    if (!cs.workspace) return { findings: [], parsed: false };
    const graph = discoverPackages(cs.workspace, ctx.config);
    if (graph.packages.length < 2) return { findings: [], parsed: false };
    const touched = touchedPackages(cs.files, graph.packages);
    const abiErrors = ctx.findings.filter((f) => f.category === "abi" && f.severity === "error");
    const findings = [
      ...coordinatedChanges(touched, graph),
      ...multiPackage(touched, graph),
      ...interfaceChangeWithDependents(abiErrors, graph),
    ];
    const showGraph = touched.length >= 2 || findings.length > 0;
    return {
      findings,
      parsed: true,
      sections: showGraph
        ? [
            packagesGraphSection(
              graph,
              touched.map((t) => t.pkg.name),
            ),
          ]
        : [],
    };
  },
});
export { declaresWorkspace } from "./declares-workspace.js";
