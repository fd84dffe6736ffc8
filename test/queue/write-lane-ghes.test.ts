import { describe, expect, it } from "@jest/globals";
import { writePriority } from "../../src/app/queue/write-lane.js";

describe("write lane on GitHub Enterprise Server", () => {
  it("puts GHES's GraphQL URL (Octokit sends it as <host>/api/graphql) on the verdict's path like api.github.com's /graphql", () => {
    expect(writePriority("POST", "http://ghe.example:8080/api/graphql")).toBe(0);
    expect(writePriority("POST", "https://ghe.example/api/graphql")).toBe(0);
    expect(writePriority("POST", "/graphql")).toBe(0);
    expect(writePriority("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments")).toBe(1);
  });
});
