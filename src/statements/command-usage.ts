/** The help text for comment commands; `/impactgate help` replies with it. See docs/commands.md. */
export const COMMAND_USAGE = [
  "- `/impactgate ack [abi|cross-package|fork|all] <reason>` — acknowledge the impact (needs the configured permission, `write` by default). Without a category it acknowledges all.",
  "- `/impactgate recheck` — review the pull request again.",
  "- `/impactgate help` — show this list.",
].join("\n");

export const ACK_USAGE =
  "`/impactgate ack [abi|cross-package|fork|all] <reason>`, e.g. `/impactgate ack abi the ioctl was never released`";
