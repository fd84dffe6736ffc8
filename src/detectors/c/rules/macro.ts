import { cRules } from "../rule-specs.js";
import { evalInt } from "../const-eval.js";
import { prettyText } from "../tokens.js";
import { SENTINEL } from "./enum.js";
import { ioctlCall, numberChanges } from "../ioctl.js";
import { byName, pairVariants, report, type Compare } from "../compare-context.js";
import type { MacroDef } from "../model.js";

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
  for (const [name, list] of before) {
    cmp.checkBudget();
    const now = after.get(name);
    if (!now) {
      const m = list[0]!;
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
    for (const [b, a] of pairs) compareMacro(cmp, b, a);
  }
}

function compareMacro(cmp: Compare, b: MacroDef, a: MacroDef): void {
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
