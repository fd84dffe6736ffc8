import { cRules } from "../rule-specs.js";
import { enumValues, evalInt } from "../const-eval.js";
import { prettyText, tokenize } from "../tokens.js";
import { isDeclarationList } from "../expand-body-macros.js";
import { SENTINEL } from "./enum.js";
import { ioctlCall, numberChanges } from "../ioctl.js";
import { byName, pairVariants, report, type Compare } from "../compare-context.js";
import type { MacroDef } from "../model.js";
import { hasVersionWord, isVersionMacro } from "../version-macros.js";

/** `int fd; void *data;` — a macro a struct body expands (`UV_HANDLE_FIELDS`), not a value. */
const memberList = (body: string) => /;/.test(body) && isDeclarationList(tokenize(body));

const sig = (m: MacroDef) => `${m.params ? `(${m.params.join(",")})` : ""} ${m.body}`;

/** Object-like constants (values), ioctl numbers, and function-like macros (text). */
export function compareMacros(cmp: Compare): void {
  const before = byName(
    cmp.before.model.macros.filter((m) => m.name !== cmp.after.model.guard),
    (m) => m.name,
  );
  const after = byName(
    cmp.after.model.macros.filter((m) => m.name !== cmp.before.model.guard),
    (m) => m.name,
  );
  const versionBump = versionBumpIn(before, after);
  const versions: [MacroDef, MacroDef][] = [];
  for (const [name, list] of before) {
    cmp.checkBudget();
    const now = after.get(name);
    if (!now) {
      const m = list[0]!;
      const constant = m.params ? undefined : asEnumConstant(cmp, m);
      if (constant?.same) continue;
      if (constant) {
        report(cmp, {
          rule: cRules["c/macro-value-changed"],
          line: m.line,
          symbol: name,
          message: `\`${name}\` was \`#define\`d as ${constant.before} and is now an enum constant of value ${constant.after}; compiled users keep the old value.`,
        });
        continue;
      }
      if (m.params)
        report(cmp, {
          rule: cRules["c/macro-changed"],
          line: m.line,
          symbol: `${name}()`,
          message: `Function-like macro \`${name}()\` was removed; code using it no longer compiles.`,
        });
      else
        report(cmp, {
          rule: cRules["c/macro-removed"],
          line: m.line,
          symbol: name,
          message: `Macro \`${name}\`${m.body ? ` (\`${m.body}\`)` : ""} was removed; code using it no longer compiles.`,
        });
      continue;
    }
    // Equal text still gets compared: a value can change through a constant or a struct size it uses.
    const pairs: [MacroDef, MacroDef][] =
      list.length === 1 && now.length === 1 ? [[list[0]!, now[0]!]] : pairVariants(list, now, sig);
    for (const [b, a] of pairs) compareMacro(cmp, b, a, { versionBump, versions });
  }
  reportVersions(cmp, versions);
}

/**
 * `#define FOO_A 1` became the enum constant `FOO_A = 1` (here or in a header in view): code
 * using the name compiles to the same value — the same declaration, re-spelled. With another
 * value it is a value change, not a removal.
 */
function asEnumConstant(cmp: Compare, m: MacroDef): { same: boolean; before: bigint; after: bigint } | undefined {
  const constant = cmp.after.env.constants.get(m.name);
  if (!constant) return undefined;
  const before = evalInt(m.body, cmp.before.env, "lp64");
  const after = enumValues(constant.en, cmp.after.env, "lp64")[constant.index];
  if (!before.ok || !after?.ok) return undefined;
  return { same: before.value === after.value, before: before.value, after: after.value };
}

/** One notice per header for its version macros: one release, one finding. */
function reportVersions(cmp: Compare, versions: [MacroDef, MacroDef][]): void {
  if (!versions.length) return;
  const shown = versions
    .slice(0, 6)
    .map(([b, a]) => `\`${a.name}\` ${prettyText(b.body) || "(empty)"} → ${prettyText(a.body) || "(empty)"}`);
  const more = versions.length > 6 ? ` and ${versions.length - 6} more` : "";
  report(cmp, {
    rule: cRules["c/version-macro-changed"],
    line: versions[0]![1].line,
    symbol: versions[0]![1].name,
    message: `Version macros change: ${shown.join(", ")}${more}. A version is meant to change between releases; compiled users keep the version they were built against.`,
  });
}

/** Some macro with a version word in its name changes text in this header (a release or version bump). */
function versionBumpIn(before: Map<string, MacroDef[]>, after: Map<string, MacroDef[]>): boolean {
  for (const [name, list] of before) {
    if (!hasVersionWord(name)) continue;
    const now = after.get(name);
    if (now && now.map(sig).join("\n") !== list.map(sig).join("\n")) return true;
  }
  return false;
}

function compareMacro(
  cmp: Compare,
  b: MacroDef,
  a: MacroDef,
  version: { versionBump: boolean; versions: [MacroDef, MacroDef][] },
): void {
  if (b.params || a.params) {
    if (sig(b) !== sig(a))
      report(cmp, {
        rule: cRules["c/macro-changed"],
        line: a.line,
        symbol: `${a.name}()`,
        message: `Function-like macro \`${a.name}\` changes from \`${sig(b).trim()}\` to \`${sig(a).trim()}\`; code compiled against it keeps the old expansion.`,
      });
    return;
  }
  const ib = ioctlCall(b.body, cmp.before.env);
  const ia = ioctlCall(a.body, cmp.after.env);
  if (ib && ia) {
    const { changed, text } = numberChanges(ib, ia);
    if (!changed && b.body === a.body) return;
    const args = b.body === a.body ? "" : ` (\`${prettyText(b.body)}\` → \`${prettyText(a.body)}\`)`;
    report(cmp, {
      rule: cRules["c/ioctl-number-changed"],
      line: a.line,
      symbol: a.name,
      message: `ioctl \`${a.name}\` changes number: ${text}${args}; old binaries issue a request the kernel no longer recognises.`,
    });
    return;
  }
  if (b.body === a.body && !/[A-Za-z_]/.test(b.body)) return;
  if (isVersionMacro(a.name, cmp.path, version.versionBump)) {
    if (b.body !== a.body) version.versions.push([b, a]);
    return;
  }
  if (b.body !== a.body && memberList(b.body) && memberList(a.body)) {
    report(cmp, {
      rule: cRules["c/macro-changed"],
      line: a.line,
      symbol: a.name,
      message: `Member-list macro \`${a.name}\` changes from \`${prettyText(b.body)}\` to \`${prettyText(a.body)}\`; what that does to binaries is the layout of the structs that expand it, compared where those structs are in the change (structs in headers outside it are not seen).`,
    });
    return;
  }
  const vb = evalInt(b.body, cmp.before.env, "lp64");
  const va = evalInt(a.body, cmp.after.env, "lp64");
  if (vb.ok && va.ok) {
    if (vb.value === va.value) return;
    if (b.body === a.body && SENTINEL.test(a.name)) {
      report(cmp, {
        rule: cRules["c/enum-sentinel-moved"],
        line: a.line,
        symbol: a.name,
        message: `Sentinel macro \`${a.name}\` (\`${a.body}\`) moves from ${vb.value} to ${va.value} because the constants it is built from moved; code that sizes arrays or validates input with it changes meaning.`,
      });
      return;
    }
    const why =
      b.body === a.body
        ? ` (its text \`${a.body}\` is unchanged; something it uses changed)`
        : ` (\`${prettyText(b.body)}\` → \`${prettyText(a.body)}\`)`;
    report(cmp, {
      rule: cRules["c/macro-value-changed"],
      line: a.line,
      symbol: a.name,
      message: `Macro \`${a.name}\` changes value from ${vb.value} to ${va.value}${why}; compiled users keep the old value.`,
    });
    return;
  }
  if (b.body !== a.body)
    report(cmp, {
      rule: cRules["c/macro-value-changed"],
      line: a.line,
      symbol: a.name,
      message: `Macro \`${a.name}\` changes from \`${b.body || "(empty)"}\` to \`${a.body || "(empty)"}\`; compiled users keep the old value.`,
    });
}
