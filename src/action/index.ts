// The Action's entry (action.yml `runs.main`, bundled to dist/action/index.js): the runner starts
// `node dist/action/index.js`, and the step's exit code is the verdict's.
import { runAction } from "./run-action.js";

process.exitCode = await runAction();
