import { posix } from "node:path";

/** Words that name a version: `FOO_VERSION_MINOR`, `ZLIB_VERNUM`, `SQLITE_SOURCE_ID`, `FOO_SOVERSION`. */
const VERSION_WORD = /^(VER|VERSION|VERSIONS|VERNUM|VERSIONNUM|SOVERSION|VERSIONHEX)$/;
const VERSION_PART =
  /^(MAJOR|MINOR|MICRO|PATCH|PATCHLEVEL|NANO|REVISION|SUBREVISION|RELEASE|PRERELEASE|BUILD|RC|SUFFIX|HEX|NUMBER|NUM|STRING|STR|DATE|IS|TYPE|BASE|TEXT)$/;
/** `version.h`, `foo_version.h`, `curlver.h`, `version_nano.h`, `zstd_version.h`. */
const VERSION_FILE = /(^|[_-])(version|ver)([_-]\w+)?\.h$|ver\.h$/i;

/**
 * Whether a macro is a version number: a name with a version word (`FOO_VERSION_MINOR`,
 * `PNG_LIBPNG_VER_STRING`, `SQLITE_SOURCE_ID`), a macro of a version header (`curlver.h`,
 * `version_nano.h`), or a version part (`*_RELEASE`, `*_BUILD_*`, `*_RC`) next to version macros
 * that change in the same header. Version numbers are meant to change at every release: compiled
 * users keeping the old value is what lets them tell versions apart, not a break.
 */
export function isVersionMacro(name: string, path: string, versionNamesChanging: boolean): boolean {
  const words = name.replace(/^_+/, "").split(/_+/);
  if (words.some((w) => VERSION_WORD.test(w)) || /SOURCE_?ID$/.test(name)) return true;
  if (VERSION_FILE.test(posix.basename(path))) return true;
  return versionNamesChanging && words.slice(1).some((w) => VERSION_PART.test(w));
}

/** True when some macro with a version word in its name changes in this header. */
export function hasVersionWord(name: string): boolean {
  return name
    .replace(/^_+/, "")
    .split(/_+/)
    .some((w) => VERSION_WORD.test(w));
}

/**
 * The typedef that replaces a version-marker typedef, if `name` is one: a name that is a version
 * (`png_libpng_version_1_6_40`: a version word, then only numbers and a pre-release tag) with a
 * typedef of the same stem and another version in the new text (`png_libpng_version_1_6_41_git`).
 * Such a typedef exists so that the library's own sources fail to compile against a mismatched
 * header; no user names it, and it is renamed at every release like the version macros.
 */
export function versionMarkerSuccessor(name: string, after: readonly string[]): string | undefined {
  const stem = versionStem(name);
  return stem === undefined ? undefined : after.find((other) => other !== name && versionStem(other) === stem);
}

function versionStem(name: string): string | undefined {
  const m = /^(.*?(?:^|_)(?:ver|version|vernum)_)(\d+(?:_\d+)*)(?:_[a-z]+\d*)?$/i.exec(name);
  return m ? m[1]!.toLowerCase() : undefined;
}
