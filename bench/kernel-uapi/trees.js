// @ts-check
// Kernel UAPI header trees from Debian's linux-libc-dev packages, fetched with apt's own client
// through a private apt state (nothing on the host changes): `apt-get download`, `dpkg -x`, then
// usr/include with only this architecture's asm/ kept (as an installed system has it) and the
// package's symbolic links into usr/lib/linux/uapi resolved.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const DEBIAN_SOURCES = [
  "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm main",
  "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian-security bookworm-security main",
  "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm-backports main",
  "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main",
  "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian-security trixie-security main",
  "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie-backports main",
  "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian sid main",
];
const ARCH = "x86_64-linux-gnu";

/** apt-get options for the private state under `work`. */
function aptOptions(work) {
  const apt = join(work, "apt");
  return [
    ["Dir::Etc::SourceList", join(apt, "sources.list")],
    ["Dir::Etc::SourceParts", "/dev/null"],
    ["Dir::State::Lists", join(apt, "lists")],
    ["Dir::State::status", "/dev/null"],
    ["Dir::Cache", join(apt, "cache")],
    ["Debug::NoLocking", "1"],
  ].flatMap(([k, v]) => ["-o", `${k}=${v}`]);
}

/** The tree of one linux-libc-dev version under work/trees/<version>, fetched once. */
export function kernelTree(work, version, sources = DEBIAN_SOURCES) {
  const tree = join(work, "trees", version);
  if (existsSync(join(tree, "linux/types.h"))) return tree;
  const apt = join(work, "apt");
  mkdirSync(join(apt, "lists/partial"), { recursive: true });
  mkdirSync(join(apt, "cache/archives/partial"), { recursive: true });
  if (!existsSync(join(apt, "sources.list"))) {
    writeFileSync(join(apt, "sources.list"), sources.join("\n") + "\n");
    execFileSync("apt-get", [...aptOptions(work), "update"], { stdio: "ignore" });
  }
  const debs = join(work, "debs");
  mkdirSync(debs, { recursive: true });
  execFileSync("apt-get", [...aptOptions(work), "download", `linux-libc-dev=${version}`], {
    cwd: debs,
    stdio: "ignore",
  });
  const deb = readdirSync(debs).find((f) => f.includes(version.replace(/:/g, "%3a")));
  if (!deb) throw new Error(`apt-get download linux-libc-dev=${version}: no .deb`);
  const unpacked = join(work, "unpacked", version);
  rmSync(unpacked, { recursive: true, force: true });
  mkdirSync(unpacked, { recursive: true });
  execFileSync("dpkg", ["-x", join(debs, deb), unpacked]);
  const include = join(unpacked, "usr/include");
  mkdirSync(tree, { recursive: true });
  // newer packages link usr/include/<dir>/*.h into usr/lib/linux/uapi: copy what the links name
  for (const name of readdirSync(include)) {
    if (name.includes("-linux-gnu")) continue; // every architecture's asm/: only ours is kept
    cpSync(join(include, name), join(tree, name), { recursive: true, dereference: true });
  }
  cpSync(join(include, ARCH, "asm"), join(tree, "asm"), { recursive: true, dereference: true });
  rmSync(unpacked, { recursive: true, force: true });
  return tree;
}
