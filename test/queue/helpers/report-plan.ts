import { defaultConfig } from "../../../src/config/defaults.js";
import { interfaceDetector } from "../../../src/detectors/interface/index.js";
import { changeSetFromTrees } from "../../../src/engine/from-trees.js";
import { review } from "../../../src/engine/review.js";
import type { ReportPlan } from "../../../src/app/report/report-review.js";
import { pullTarget } from "../../../src/app/target.js";
import { POINT_H_AFTER, POINT_H_BEFORE } from "../../app/helpers/change.js";
import { payload } from "../../app/helpers/payloads.js";

const opened = payload("pull-request-opened-without-statement");

/**
 * The report a real review of the header change produces (interface detector, default config: ABI
 * category missing, so a comment and the `abi-break` label), for PR `number` at `head`, after a
 * JSON round trip as the Redis queue carries it.
 */
export async function reportPlan({ number, head }: { number: number; head: string }): Promise<ReportPlan> {
  const config = defaultConfig();
  const changeSet = changeSetFromTrees({
    before: { "include/point.h": POINT_H_BEFORE },
    after: { "include/point.h": POINT_H_AFTER },
  });
  const reviewed = await review(changeSet, config, { detectors: [interfaceDetector] });
  const target = pullTarget(opened.repository, {
    ...opened.pull_request,
    number,
    head: { ...opened.pull_request.head, sha: head },
  });
  return JSON.parse(JSON.stringify({ target, review: reviewed, config })) as ReportPlan;
}
