import { defineRules } from "../../engine/rule.js";

const MAJOR =
  "**Fix or state it:** keep the old behaviour, or release a major version and say so under `## ABI impact`.";

/** The manifest detector's rules: `package.json`, `CMakeLists.txt` and `meson.build`. All `abi`. */
export const manifestRules = defineRules("manifest", {
  "manifest/exports-subpath-removed": {
    category: "abi",
    severity: "error",
    summary:
      'A subpath of `exports` (`"./feature"`) is gone and no pattern (`"./*"`) serves it, or an `exports` field was added where there was none.',
    why: 'An added `exports` field blocks every other deep import. `import "pkg/feature"` fails with `ERR_PACKAGE_PATH_NOT_EXPORTED`.',
    fix: "**Fix:** keep the subpath (it may point at a re-export), or release a major version and state it.",
    fixtures: {
      positive: ["exports-subpath-removed-is-error", "exports-field-added-blocks-deep-imports"],
      negative: ["added-subpath-and-condition-are-silent"],
    },
  },
  "manifest/exports-condition-removed": {
    category: "abi",
    severity: "error",
    severityNote: "warning when only `require()` lost it and it resolved to an ES module",
    summary:
      "A subpath no longer resolves for an environment that resolved it before (a condition such as `require`, " +
      "`import`, `node` or `types`, or the plain target, was lost).",
    why:
      "Consumers resolving through that condition (e.g. CommonJS `require()`) no longer find the package. Judged by " +
      "what each environment resolves to, the way Node does (keys in order, `default` always matching), not by " +
      "the map's text: moving `types` inside `import` and `require`, or splitting a plain target into both, " +
      "loses nothing. When only `require()` lost a target that is an ES module (`.mjs`, or `.js` under " +
      '`"type": "module"`), a `warning`: `require()` could load it only on Node 20.19 / 22.12 and later.',
    fix: MAJOR,
    fixtures: {
      positive: ["exports-condition-removed-is-error", "exports-require-of-esm-only-subpath-dropped-is-warning"],
      negative: ["added-subpath-and-condition-are-silent", "exports-conditions-regrouped-same-files-are-silent"],
    },
  },
  "manifest/main-changed": {
    category: "abi",
    severity: "warning",
    summary: "`main` points at another file (absent `main` means `index.js`).",
    why: '`require("pkg")` still works if the new file has the same API, but deep imports of the old file and tools reading `main` change.',
    fix: "**State it** after checking the new entry has the same API.",
    fixtures: { positive: ["main-changed-is-warning"], negative: ["entry-points-respelled-are-silent"] },
  },
  "manifest/types-changed": {
    category: "abi",
    severity: "warning",
    summary: "`types`/`typings` points at another file or was removed.",
    why: "TypeScript users get their types from another file, or none unless `exports` names them.",
    fix: "**State it** after checking the new entry declares the same API.",
    fixtures: { positive: ["types-changed-is-warning"], negative: ["entry-points-respelled-are-silent"] },
  },
  "manifest/bin-removed": {
    category: "abi",
    severity: "error",
    summary: "A command in `bin` is no longer installed.",
    why: "Scripts calling it fail.",
    fix: MAJOR,
    fixtures: { positive: ["bin-removed-is-error"], negative: ["entry-points-respelled-are-silent"] },
  },
  "manifest/module-type-changed": {
    category: "abi",
    severity: "error",
    summary: "`type` changed between `commonjs` (the default) and `module`.",
    why:
      "Every `.js` file now loads the other way: `require()` of an ES module fails on older Node, ES import " +
      "syntax in CommonJS fails.",
    fix: MAJOR,
    fixtures: { positive: ["module-type-changed-is-error"], negative: ["entry-points-respelled-are-silent"] },
  },
  "manifest/engines-narrowed": {
    category: "abi",
    severity: "error",
    severityNote: "warning when the range is added where none was stated",
    summary:
      "An `engines` range no longer covers every version the old range allowed, or a range was added where " +
      "there was none.",
    why:
      "Checked with `semver.subset`. Users on the dropped versions get install warnings or errors. A range " +
      "added where none was stated is a `warning`: the last release promised no versions, so the new range " +
      "states support rather than provably dropping it (a maintainer adding `>=14` to a package that " +
      "already needed 14 breaks nobody); check it covers what the last release ran on.",
    fix: MAJOR,
    fixtures: {
      positive: ["engines-narrowed-is-error", "engines-added-where-none-is-warning"],
      negative: ["engines-widened-is-silent"],
    },
  },
  "manifest/peer-dependency-major-raised": {
    category: "abi",
    severity: "error",
    summary: "A peer dependency's lowest accepted major (minor, for 0.x) went up.",
    why: "Users must upgrade the peer first; their installs fail or warn until they do.",
    fix: MAJOR,
    fixtures: { positive: ["peer-dependency-major-raised-is-error"], negative: ["entry-points-respelled-are-silent"] },
  },
  "manifest/dependency-removed-from-public-types": {
    category: "abi",
    severity: "warning",
    summary:
      "A dependency left `dependencies` while the package's declaration files still import it (or reference " +
      "its `@types` package).",
    why:
      "Moving it to peer or optional dependencies does not count. Users' type-checks cannot resolve those types. " +
      "The app and the CLI read the package's declaration files for it (the shallowest 32 below a changed " +
      "package.json, 128 in all).",
    fix: "**Fix:** keep it in `dependencies` or stop exposing its types.",
    fixtures: {
      positive: ["dependency-removed-from-public-types-is-warning"],
      negative: ["dependency-moved-to-peer-dependencies-is-silent"],
    },
  },
  "manifest/breaking-without-major-bump": {
    category: "abi",
    severity: "notice",
    severityNote:
      "error when the pull request changes the package's version without the major step (a release that does " +
      "not declare the break), and in every breaking pull request with `versions.bump: pull-request`",
    summary:
      "An `error` finding of any detector (except fork findings) lies in a package whose `version` did not " +
      "take a semver-major step.",
    why:
      "The package is the nearest `package.json` above the finding; for 0.x a minor step counts, and so does " +
      "`2.0.0-rc.1`. Semver users upgrade within the major and break. Private packages and packages without a " +
      "version are skipped. Only findings that survive the configuration count (levels, `paths.exclude`). " +
      "Most projects bump versions in the release, not in the pull request that breaks: there the finding is " +
      "a notice that the next release must be major; in a pull request that changes the version itself, or " +
      "with `versions.bump: pull-request` (docs/config.md), it is an error.",
    fix: "**Fix:** make the release that ships this a major one (bump the major version in a release pull request), or state why it is not a break.",
    fixtures: {
      positive: ["breaking-without-major-bump-is-error", "breaking-with-unchanged-manifest-is-notice"],
      negative: [
        "major-bump-declares-the-break",
        "zero-x-minor-bump-declares-the-break",
        "private-package-makes-no-semver-promise",
      ],
    },
  },
  "manifest/soversion-changed": {
    category: "abi",
    severity: "notice",
    summary: "A shared library's SONAME version changed.",
    why:
      "CMake `SOVERSION` (falling back to `VERSION`, as CMake does) in `set_target_properties`/`set_property`, " +
      "or meson `soversion:` (falling back to the major of `version:`). The author declares an ABI break; " +
      "dependants must be rebuilt.",
    fix: "**State it:** say which dependants must be rebuilt.",
    fixtures: {
      positive: ["cmake-soversion-changed-is-notice", "meson-soversion-changed-is-notice"],
      negative: ["c-abi-break-without-soversion-bump-is-error"],
    },
  },
  "manifest/c-abi-break-without-soversion-bump": {
    category: "abi",
    severity: "notice",
    severityNote:
      "error in a release pull request (one that changes a version the build files or the headers state) and in " +
      "every breaking pull request with `versions.bump: pull-request`",
    summary:
      "A `c/*` or `cpp/*` error finding lies below a build file that versions a shared library, and no library " +
      "there changed its SONAME version.",
    why:
      "Programs linked against the old library will load the incompatible one. Only findings that survive the " +
      "configuration count (levels, `paths.exclude`). Most projects bump SOVERSION when they release, not in the " +
      "pull request that breaks: there the finding is a notice that the next release must bump it. A pull " +
      "request that changes the project's or a library's VERSION, or a header's version macros " +
      "(`c/version-macro-changed`), is a release: there, and with `versions.bump: pull-request`, it is an error.",
    fix: "**Fix:** bump `SOVERSION`/`soversion` in the release, or state why the break does not reach binaries.",
    fixtures: {
      positive: ["c-abi-break-without-soversion-bump-is-error", "c-abi-break-before-release-is-notice"],
      negative: ["c-abi-break-with-soversion-bump-is-declared"],
    },
  },
  "manifest/parse-failed": {
    category: "abi",
    severity: "warning",
    severityNote: "error when the pull request's version does not parse",
    summary: "A version of a `package.json` is not a JSON object.",
    why: "Its package rules were not checked. When the pull request's version does not parse, the package itself is broken (npm cannot read it): an error; a broken base version the pull request repairs is a warning. A leading byte-order mark is accepted, as npm accepts it, so a BOM cannot hide a change from the rules.",
    fix: "**Fix:** correct the JSON.",
    fixtures: {
      positive: ["non-object-manifest-is-parse-failed-warning", "unparsable-head-manifest-is-error"],
      negative: ["added-subpath-and-condition-are-silent", "bom-prefixed-manifest-is-still-read"],
    },
  },
});
