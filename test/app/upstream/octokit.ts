import { ProbotOctokit } from "probot";
import type { Octokit } from "../../../src/app/octokit.js";

/** An installation-style client with retry and throttle off (the function form, see STACK.md). */
export function testOctokit(): Octokit {
  const Client = ProbotOctokit.defaults((o: Record<string, unknown> & { throttle?: object }) => ({
    ...o,
    retry: { enabled: false },
    throttle: { ...o?.throttle, enabled: false },
  }));
  return new Client({ auth: { token: "ghs_test" } }) as unknown as Octokit;
}
