import { describe, expect, test } from "@jest/globals";
import { useNock } from "./helpers/use-nock.js";
import { testProbot } from "./helpers/probot.js";
import { payload } from "./helpers/payloads.js";
import { deliver } from "./helpers/deliver.js";
import { github } from "./helpers/github.js";
import { headerFindings, mockHonouredAck, mockRefusedAck, PULL, STICKY_ID } from "./ack-helpers.js";
import { decodeAcks } from "../../src/app/ack/ack-record.js";

const action = payload("check-run-requested-action-ack");

useNock();

describe("check_run.requested_action: the Acknowledge impact button", () => {
  test("pressed by a writer: every category acknowledged, recorded, the run turns success", async () => {
    const findings = await headerFindings();
    const gh = github();
    mockHonouredAck(gh, { role: "write", findings });
    gh.updateComment(STICKY_ID);
    const { probot } = await testProbot();
    await deliver(probot, "check_run", action);

    const [ack] = decodeAcks(gh.bodies("comments.update")[0].body, PULL);
    expect(ack).toMatchObject({ category: "all", by: "mona", reason: expect.stringContaining("Acknowledge impact") });
    expect(ack!.fingerprints.length).toBeGreaterThan(0);
    expect(gh.bodies("check-runs.update")[0].conclusion).toBe("success");
  });

  test("pressed by someone with read access: refused with a reply on the pull request, nothing recorded", async () => {
    const gh = github();
    mockRefusedAck(gh, "read");
    const { probot } = await testProbot();
    await deliver(probot, "check_run", action);
    expect(gh.bodies("comments.create")[0].body).toContain("needs `write` permission");
    expect(gh.bodies("comments.update")).toEqual([]);
  });

  test("another app's button or another identifier is not ours", async () => {
    const other = structuredClone(action);
    other.requested_action.identifier = "lgtm";
    const { probot } = await testProbot();
    await deliver(probot, "check_run", other);
  });
});
