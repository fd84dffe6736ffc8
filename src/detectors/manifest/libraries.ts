import { posix } from "node:path";
import { cmakeCommands } from "./cmake-commands.js";
import { mesonCalls, type MesonValue } from "./meson-calls.js";

/** A shared library a build file declares, with the version its SONAME carries. */
export interface Library {
  target: string;
  /** The SONAME version: SOVERSION (CMake falls back to VERSION, meson to VERSION's major). */
  soversion?: string;
  /** The library's full version (CMake `VERSION`, meson `version:`), when it has one. */
  version?: string;
  line: number;
}

export function librariesOf(path: string, text: string): Library[] {
  return posix.basename(path) === "meson.build" ? mesonLibraries(text) : cmakeLibraries(text);
}

const NOT_SHARED = new Set(["STATIC", "INTERFACE", "OBJECT", "IMPORTED", "ALIAS"]);

function cmakeLibraries(text: string): Library[] {
  const vars = new Map<string, string>();
  const expand = (s: string) => {
    let out = s;
    for (let k = 0; k < 5 && out.includes("${"); k++)
      out = out.replace(/\$\{([A-Za-z0-9_.+-]+)\}/g, (_, v: string) => vars.get(v) ?? "");
    return out;
  };
  const props = new Map<string, { SOVERSION?: string; VERSION?: string; line: number }>();
  const notShared = new Set<string>();
  for (const cmd of cmakeCommands(text)) {
    const args = cmd.args.map(expand);
    if (cmd.name === "set" && args[0]) {
      // `set(V value CACHE STRING "doc")`: the value stops where CACHE / PARENT_SCOPE begin
      const end = args.findIndex((a, i) => i > 0 && (a === "CACHE" || a === "PARENT_SCOPE"));
      vars.set(args[0], args.slice(1, end < 0 ? undefined : end).join(";"));
    } else if (cmd.name === "project" && args[0]) {
      vars.set("PROJECT_NAME", args[0]);
      vars.set("CMAKE_PROJECT_NAME", args[0]);
      const v = args[args.indexOf("VERSION") + 1];
      if (args.includes("VERSION") && v) for (const prefix of ["PROJECT", args[0]]) setVersionVars(vars, prefix, v);
    } else if (cmd.name === "add_library" && args[0] && args.slice(1).some((a) => NOT_SHARED.has(a)))
      notShared.add(args[0]);
    else if (cmd.name === "set_target_properties") {
      const at = args.indexOf("PROPERTIES");
      for (const target of args.slice(0, at < 0 ? 0 : at)) {
        for (let k = at + 1; k + 1 < args.length; k += 2) record(target, args[k]!, args[k + 1]!, cmd.line);
      }
    } else if (cmd.name === "set_property" && args[0] === "TARGET") {
      const at = args.indexOf("PROPERTY");
      if (at > 0 && args[at + 2] !== undefined)
        for (const target of args.slice(1, at)) record(target, args[at + 1]!, args[at + 2]!, cmd.line);
    }
  }
  return [...props]
    .filter(([t]) => !notShared.has(t))
    .filter(([t]) => t !== "")
    .map(([target, p]) => ({
      target,
      soversion: p.SOVERSION ?? p.VERSION,
      ...(p.VERSION !== undefined ? { version: p.VERSION } : {}),
      line: p.line,
    }));

  function record(target: string, key: string, value: string, line: number): void {
    if (key !== "SOVERSION" && key !== "VERSION") return;
    const entry = props.get(target) ?? { line };
    entry[key] = value;
    props.set(target, entry);
  }
}

function setVersionVars(vars: Map<string, string>, prefix: string, version: string): void {
  const [major = "", minor = "", patch = ""] = version.split(".");
  vars.set(`${prefix}_VERSION`, version);
  vars.set(`${prefix}_VERSION_MAJOR`, major);
  vars.set(`${prefix}_VERSION_MINOR`, minor);
  vars.set(`${prefix}_VERSION_PATCH`, patch);
}

const MESON_LIBRARIES = new Set(["library", "shared_library", "both_libraries"]);

function mesonLibraries(text: string): Library[] {
  const { calls, assignments } = mesonCalls(text);
  const projectVersion = calls.find((c) => c.name === "project")?.keywords.version;
  const resolve = (v: MesonValue | undefined, depth = 0): string | undefined => {
    if (!v || depth > 5) return undefined;
    if (v.kind === "string") return v.value;
    if (v.kind === "ident") return resolve(assignments.get(v.value), depth + 1);
    if (v.value.includes("project_version")) return resolve(projectVersion, depth + 1);
    return v.value;
  };
  const out: Library[] = [];
  for (const call of calls) {
    if (!MESON_LIBRARIES.has(call.name)) continue;
    const target = resolve(call.positional[0]) ?? call.name;
    const soversion = resolve(call.keywords.soversion) ?? resolve(call.keywords.version)?.split(".")[0];
    const version = resolve(call.keywords.version);
    if (call.keywords.soversion || call.keywords.version)
      out.push({ target, soversion, ...(version !== undefined ? { version } : {}), line: call.line });
  }
  return out;
}

/**
 * Every version a build file states (the project's, each shared library's VERSION and SOVERSION),
 * as one comparable text: a pull request that changes it is a release (or a version bump).
 */
export function statedVersions(path: string, text: string): string {
  const project =
    posix.basename(path) === "meson.build"
      ? mesonCalls(text).calls.find((c) => c.name === "project")?.keywords.version?.value
      : cmakeCommands(text)
          .find((c) => c.name === "project" && c.args.includes("VERSION"))
          ?.args.join(" ");
  const libs = librariesOf(path, text).map((l) => `${l.target}=${l.version ?? ""}/${l.soversion ?? ""}`);
  return JSON.stringify([project ?? "", ...libs.sort()]);
}
