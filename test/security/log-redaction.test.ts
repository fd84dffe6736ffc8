import { describe, expect, test } from "@jest/globals";
import { generateKeyPairSync } from "node:crypto";
import { Probot, ProbotOctokit } from "probot";
import { useNock } from "../app/helpers/use-nock.js";
import { deliver } from "../app/helpers/deliver.js";
import { github } from "../app/helpers/github.js";
import { mockHeaderReview } from "../app/helpers/mock-header-review.js";
import { opened } from "../app/ack-helpers.js";
import { payload } from "../app/helpers/payloads.js";
import app from "../../src/app/index.js";
import { redactedLogger } from "../../src/app/security/redacted-logger.js";

const SECRET = "whsec-7f3a9c1e5b2d8f40";
const TOKEN = "ghs_test"; // what the nock token endpoint hands out (helpers/github.ts)
const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 })
  .privateKey.export({ type: "pkcs1", format: "pem" })
  .toString();
/** Distinctive pieces of the key: any 40 characters of its body would give it away. */
const keyBody = privateKey.split("\n").slice(1, -2).join("");
const KEY_PIECES = [keyBody.slice(0, 40), keyBody.slice(800, 840), keyBody.slice(-40), "PRIVATE KEY-----"];

/** The app on Probot with the production logger (start.ts), every line kept, at the chattiest level. */
async function loggedProbot() {
  const lines: string[] = [];
  const log = redactedLogger([privateKey, SECRET], {
    level: "trace",
    destination: { write: (line: string) => void lines.push(line) },
  });
  const probot = new Probot({
    appId: 123,
    privateKey,
    secret: SECRET,
    log,
    Octokit: ProbotOctokit.defaults((o: Record<string, unknown> & { throttle?: object }) => ({
      ...o,
      retry: { enabled: false },
      throttle: { ...o?.throttle, enabled: false },
    })),
  });
  await probot.load(app);
  return { probot, lines, log };
}

function leaks(lines: string[]): string[] {
  const needles = [...KEY_PIECES, SECRET, TOKEN, "eyJ" /* a JWT (the app's, signed with the key) */];
  return lines.flatMap((line) =>
    needles.filter((n) => line.includes(n)).map((n) => `${n} in ${process.env.PEEK ? line : line.slice(0, 200)}`),
  );
}

useNock();

describe("no secret in any log line", () => {
  test("a review, a failing review, a refused ack and careless log calls leave no key, secret or token", async () => {
    const { probot, lines, log } = await loggedProbot();

    // 1. a full review
    const gh = mockHeaderReview(github());
    await deliver(probot, "pull_request", opened, "review");

    // 2. GitHub failing mid-review of a new head: the error (with its request and headers) is logged
    const rebased = payload("pull-request-synchronize-rebased");
    // a 404, not a 401: @octokit/auth-app retries a 401 on a token minted seconds ago (replication
    // lag), so the number of requests would depend on the clock rather than on the code under test
    gh.api.get("/repos/Codertocat/Hello-World/pulls/2/files").query(true).reply(404, { message: "Not Found" });
    gh.restCheckRuns(rebased.pull_request.head.sha); // the failure came first: the run is looked up to complete it
    gh.createCheckRun(43);
    await deliver(probot, "pull_request", rebased, "failing");

    // 3. a refused ack (a reply is written)
    gh.restConfig(null);
    gh.api
      .get("/repos/Codertocat/Hello-World/collaborators/mona/permission")
      .reply(200, { permission: "read", role_name: "read", user: { login: "mona" } });
    gh.restComments([[]]);
    gh.createComment();
    await deliver(probot, "issue_comment", payload("issue-comment-ack-abi"), "refused");

    // 4. careless code: secrets under common keys, in headers, and inside a message
    log.info(
      { privateKey, options: { secret: SECRET, token: TOKEN }, headers: { authorization: `token ${TOKEN}` } },
      "options",
    );
    log.error(
      { err: Object.assign(new Error("boom"), { request: { headers: { authorization: `bearer ${TOKEN}` } } }) },
      "request failed",
    );
    log.warn(`webhook secret was ${SECRET}; key ${privateKey}`);
    log.warn(`request failed: {"authorization":"token ${TOKEN}"}`); // a message quoting a request

    expect(lines.length).toBeGreaterThan(10); // the run really logged (reviews, errors, the careless lines)
    expect(lines.some((l) => l.includes('"msg":"review reported"'))).toBe(true);
    expect(lines.some((l) => l.includes('"msg":"review failed"'))).toBe(true);
    expect(lines.filter((l) => l.includes("[Redacted]")).length).toBeGreaterThanOrEqual(3);
    expect(leaks(lines)).toEqual([]);
  });
});
