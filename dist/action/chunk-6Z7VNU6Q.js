import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));
import {
  defineRules
} from "./chunk-IWR2HKIX.js";

// src/detectors/ts/rule-specs.ts
var OVERLOAD_SETS = " Overload sets are judged the way the compiler resolves calls: a finding about an old overload that some new overload covers (it takes every argument list the old one took, as the checker relates them, and returns a type assignable to the old return) is a `notice`, or a `warning` when the covering overload declares other type parameters, since only a call spelling the old type arguments explicitly can break.";
var KEEP_OLD_FORM = "**Fix or state it:** keep the old form next to the new one (an overload, an optional parameter, a deprecated alias), or say under `## ABI impact` what changed and release it as a major version.";
var tsRules = defineRules("ts", {
  "ts/export-removed": {
    category: "abi",
    severity: "error",
    summary: "A name the module exported (or a global a script declared) is gone, or is no longer the same kind of thing.",
    why: "A class that became an interface is no longer a value; a function that became a constant of a type that cannot be called is no longer callable. Also fires per name when an `export * from` is removed and the names are not exported some other way. Imports (or calls) of it fail.",
    fix: KEEP_OLD_FORM,
    fixtures: {
      positive: [
        "export-removed-function-is-error",
        "export-star-removed-is-error",
        "function-became-constant-is-export-removed",
        "global-script-declaration-removed-is-error",
        "dts-dmts-twins-stated-once"
      ],
      negative: ["reordered-declarations-are-silent", "dts-dmts-twins-compatible-change-is-silent"]
    }
  },
  "ts/default-export-changed": {
    category: "abi",
    severity: "error",
    summary: "The default export (or `export =`) was removed.",
    why: '`import x from "pkg"` fails. One that now points at another declaration is compared like any export (its findings say "The default export now points at `B` instead of `A`"); a renamed local with the same shape gives nothing.',
    fix: KEEP_OLD_FORM,
    fixtures: {
      positive: ["default-export-removed-is-error"],
      negative: ["default-export-pointing-elsewhere-is-compared", "default-export-respelled-is-silent"]
    }
  },
  "ts/function-param-added-required": {
    category: "abi",
    severity: "error",
    severityNote: "notice / warning when another overload covers the old one",
    summary: "A function or method gained a required parameter.",
    why: "Every existing call is one argument short. Optional and rest parameters added at the end are not findings." + OVERLOAD_SETS,
    fix: KEEP_OLD_FORM,
    fixtures: { positive: ["required-param-added-is-error"], negative: ["added-optional-param-is-silent"] }
  },
  "ts/param-removed": {
    category: "abi",
    severity: "error",
    severityNote: "notice / warning when another overload covers the old one",
    summary: "A parameter was removed, and no rest parameter absorbs it.",
    why: 'Calls passing it get "Expected N arguments".' + OVERLOAD_SETS,
    fix: KEEP_OLD_FORM,
    fixtures: { positive: ["param-removed-is-error"], negative: ["comment-changes-are-silent"] }
  },
  "ts/param-type-changed": {
    category: "abi",
    severity: "error",
    severityNote: "notice when only widened; notice / warning when another overload covers the old one",
    summary: "A parameter's type changed, it became / stopped being a rest parameter, or a type parameter's constraint or default changed.",
    why: "Type arguments are parameters of a generic. When the checker proves the new type accepts every value the old one did, the finding is a `notice`. `T` \u2192 `...T[]` is silent, and so is renaming type parameters (`<T>(x: T)` \u2192 `<V>(x: V)`): types are compared with type parameters replaced by their position. A union that only gained members (`Array<A | string>` \u2192 `Array<A | string | null>`) is widened whatever its named members are, even a class whose two versions the checker cannot relate (one with private members). A callback that gains a `this` parameter accepts every callback it did: one written without a `this` annotation accepts any `this`." + OVERLOAD_SETS,
    fix: KEEP_OLD_FORM,
    fixtures: {
      positive: [
        "param-type-changed-is-error",
        "param-narrowed-is-error",
        "widened-union-param-is-notice",
        "any-to-unknown-param-is-notice",
        "constrained-overloads-replacing-generic-is-error",
        "generic-param-added-inferred-from-argument-is-warning",
        "class-with-private-member-param-widened-is-notice",
        "type-param-constraint-narrowed-is-error",
        "param-widened-under-any-constraint-stays-error",
        "param-widened-under-unknown-constraint-is-notice",
        "default-changed-to-any-in-conditional-stays-error",
        "default-changed-to-any-outside-conditional-is-notice"
      ],
      negative: ["callback-gains-this-type-is-silent", "equivalent-rewrite-is-silent", "type-param-rename-is-silent"]
    }
  },
  "ts/param-became-required": {
    category: "abi",
    severity: "error",
    severityNote: "notice / warning when another overload covers the old one",
    summary: "An optional parameter (or one with a default) became required.",
    why: "Calls omitting it fail." + OVERLOAD_SETS,
    fix: KEEP_OLD_FORM,
    fixtures: { positive: ["optional-param-became-required-is-error"], negative: ["added-optional-param-is-silent"] }
  },
  "ts/return-type-changed": {
    category: "abi",
    severity: "error",
    severityNote: "notice when only narrowed; notice / warning when another overload covers the old one",
    summary: "A return type changed.",
    why: "When the checker proves every value returned now was a valid value before, the finding is a `notice`; otherwise callers relying on the old type break. A method made generic in its return type (`opts(): Values` \u2192 `opts<T extends Values = Values>(): T`) is covered: calls infer the old type." + OVERLOAD_SETS,
    fix: KEEP_OLD_FORM,
    fixtures: {
      positive: [
        "return-type-changed-is-error",
        "return-widened-is-error",
        "narrowed-return-is-notice",
        "ts-source-inferred-return-changed-is-error",
        "generic-param-inferred-at-every-call-is-notice"
      ],
      negative: ["type-param-rename-is-silent"]
    }
  },
  "ts/overload-removed": {
    category: "abi",
    severity: "error",
    severityNote: "notice / warning when another overload covers it",
    summary: "A function or method lost an overload.",
    why: "Calls that matched it no longer compile, unless another overload takes them: two overloads merged into one taking the union of their parameters is a `notice`. Overloads are paired by their text first, so reordering them is not a finding; the rest pair in order and are compared parameter by parameter, each settled as below." + OVERLOAD_SETS,
    fix: KEEP_OLD_FORM,
    fixtures: {
      positive: ["overload-removed-is-error", "overloads-merged-into-union-param-is-notice"],
      negative: ["overloads-reordered-is-silent"]
    }
  },
  "ts/type-param-added-required": {
    category: "abi",
    severity: "error",
    severityNote: "warning on functions and methods",
    summary: "A generic class, interface or alias gained a type parameter without a default (or one lost its default).",
    why: "References that pass the old number of type arguments fail. On a function or method it is a `warning`: calls usually infer type arguments, and only calls passing them explicitly break.",
    fix: KEEP_OLD_FORM,
    fixtures: {
      positive: [
        "type-param-added-required-is-error",
        "added-function-type-param-is-warning",
        "generic-param-added-inferred-from-argument-is-warning"
      ],
      negative: ["type-param-rename-is-silent", "type-param-added-with-default-is-silent"]
    }
  },
  "ts/property-removed": {
    category: "abi",
    severity: "error",
    summary: "A property, method, index, call or construct signature of an interface or object type was removed.",
    why: "Code reading or calling it no longer compiles. Also fires for each member an interface inherited from a base it no longer `extends` (bases are followed by the checker, in any file, namespace or import), unless the interface now declares the member itself or gets it from a base it still extends; the message names the dropped base. A member a base lost is reported once, at the base.",
    fix: KEEP_OLD_FORM,
    fixtures: {
      positive: [
        "property-removed-is-error",
        "dropped-base-loses-inherited-members-is-error",
        "dts-dcts-twins-stated-once"
      ],
      negative: ["method-to-function-property-is-notice", "member-moved-to-base-inside-namespace-is-silent"]
    }
  },
  "ts/property-became-required": {
    category: "abi",
    severity: "error",
    severityNote: "warning when consumers supply the type only by assigning a mutable property of an object the library made",
    summary: "On a type users build, an optional property became required, or a required property or method was added.",
    why: "A type users build is an input (passed to the library), used both ways, or used by no exported value; object literals written against the old type no longer compile. Output types (only handed out to consumers) are exempt. A required member inherited from a base the type newly `extends` (e.g. a type alias `{}` turned into `interface X extends Base {}`) counts as added; the message names that base. A member a base gained is reported at the base. An interface whose objects come from a constructor the package exports (`new (\u2026) => Command`, the pattern older typings use instead of `class`) is exempt like a class: consumers do not write it as a literal. A type consumers supply only by assigning a mutable property of an object the library made (`instance.interceptors = \u2026`) gives a warning: they normally assign another object the library made (semver-ts: not user-constructible).",
    fix: KEEP_OLD_FORM,
    fixtures: {
      positive: [
        "property-became-required-on-input-type-is-error",
        "type-alias-to-interface-with-required-base-is-error",
        "required-member-added-to-assigned-only-type-is-warning",
        "required-member-added-to-assigned-and-passed-type-stays-error"
      ],
      negative: [
        "output-only-type-gaining-required-property-is-silent",
        "output-type-in-other-file-gaining-required-is-silent",
        "added-optional-property-is-silent",
        "constructed-interface-gaining-required-member-is-silent"
      ]
    }
  },
  "ts/member-added-to-implemented-type": {
    category: "abi",
    severity: "error",
    severityNote: "warning for an optional member; notice for an overload an old one covers",
    summary: "A member or an overload was added to an interface consumers implement.",
    why: "An interface consumers pass in that has methods or call signatures is one they may implement with a class. A new overload must be accepted by every implementation (an error, or a `notice` when an old overload is assignable to it: implementations of the old set already fit it); a new optional member breaks only a class that already has a member of that name with another type (a `warning`). Objects that simply omit an optional member are unaffected.",
    fix: KEEP_OLD_FORM,
    fixtures: {
      positive: [
        "optional-member-added-to-implemented-interface-is-warning",
        "overload-added-to-implemented-interface-is-error"
      ],
      negative: ["added-optional-property-is-silent"]
    }
  },
  "ts/property-type-changed": {
    category: "abi",
    severity: "error",
    severityNote: "warning / notice in the cases below",
    summary: "A property's (or exported variable's) type changed, or a property became optional on a type users read.",
    why: "Becoming optional is a `warning` when no exported value uses the type. Interfaces follow their usage: types only passed in may widen, types only returned or read-only may narrow (a `notice` when the checker proves it); other changes need an equivalent type. A method that became a function-valued property with the same signatures (or the reverse) is a `notice`: calls compile either way; a property typed as a union of function types counts as one overload per member. A type that became `any`, directly or through an alias, is a `notice`: code written against the old type compiles against `any`. A `get`/`set` pair whose setter takes another type than its getter returns (on either side) is compared twice: the getter's type as read, the setter's parameter type as written. A narrowed setter (`set x(v: string | number)` \u2192 `set x(v: string)`) is an error even with the getter unchanged; a widened one is a `notice` on a class. On an interface users also build, both need an equivalent type.",
    fix: KEEP_OLD_FORM,
    fixtures: {
      positive: [
        "property-type-changed-is-error",
        "accessor-setter-narrowed-is-error",
        "property-became-optional-on-output-type-is-error",
        "method-to-function-property-is-notice",
        "type-became-any-through-alias-is-notice",
        "any-alias-on-type-used-both-ways-is-notice",
        "union-of-functions-property-became-overloads-is-notice"
      ],
      negative: ["reordered-declarations-are-silent", "declaration-moved-to-another-file-is-silent"]
    }
  },
  "ts/property-became-readonly": {
    category: "abi",
    severity: "error",
    summary: "A property became `readonly` (or a getter lost its setter).",
    why: "Code assigning to it fails.",
    fix: KEEP_OLD_FORM,
    fixtures: { positive: ["property-became-readonly-is-error"], negative: ["class-api-widened-is-silent"] }
  },
  "ts/class-member-removed": {
    category: "abi",
    severity: "error",
    summary: "A public or protected member (instance or static) of a class was removed.",
    why: "Code using it, and subclasses overriding it, no longer compile. A member that moved to a base class the class still extends (wherever the checker finds the base) is not removed. A member inherited from a base the class no longer `extends` is removed too (the message names the dropped base). A method that became a function-typed property with the same signature (or the reverse) is compared by its signatures.",
    fix: KEEP_OLD_FORM,
    fixtures: {
      positive: [
        "class-member-removed-is-error",
        "dropped-base-loses-inherited-members-is-error",
        "ts-source-member-removed-is-error"
      ],
      negative: ["member-moved-to-base-class-is-silent", "ts-source-body-change-is-silent"]
    }
  },
  "ts/class-member-visibility-reduced": {
    category: "abi",
    severity: "error",
    summary: "A class member went from public to protected/private, or protected to private.",
    why: "Code outside the class (or subclasses, for private) using it no longer compiles.",
    fix: KEEP_OLD_FORM,
    fixtures: { positive: ["class-member-visibility-reduced-is-error"], negative: ["class-api-widened-is-silent"] }
  },
  "ts/constructor-changed": {
    category: "abi",
    severity: "error",
    severityNote: "notice / warning when another constructor overload covers the old one",
    summary: "A class constructor changed incompatibly.",
    why: "A parameter added, removed, retyped or made required, an overload removed, the constructor made protected/private, or the class made abstract: `new` expressions no longer compile. A class without its own constructor is compared through the constructor it inherits (as the checker resolves it)." + OVERLOAD_SETS,
    fix: KEEP_OLD_FORM,
    fixtures: { positive: ["constructor-changed-is-error"], negative: ["class-api-widened-is-silent"] }
  },
  "ts/enum-member-removed": {
    category: "abi",
    severity: "error",
    summary: "An enum member was removed.",
    why: "Code naming it fails.",
    fix: KEEP_OLD_FORM,
    fixtures: { positive: ["enum-member-removed-is-error"], negative: ["enum-and-namespace-members-added-are-silent"] }
  },
  "ts/enum-value-changed": {
    category: "abi",
    severity: "error",
    summary: "An enum member's value changed \u2014 explicitly, or implicitly by reordering or inserting members before it.",
    why: "Values stored, sent over the wire, or inlined from `const enum`s now mean something else.",
    fix: KEEP_OLD_FORM,
    fixtures: {
      positive: ["enum-value-changed-by-reorder-is-error"],
      negative: ["enum-and-namespace-members-added-are-silent"]
    }
  },
  "ts/type-alias-changed": {
    category: "abi",
    severity: "warning",
    severityNote: "error when the checker proves a break, notice when only narrowed or widened the way its use allows",
    summary: "A type alias that is not an object literal changed, a declaration changed kind, or a re-export of another package now points elsewhere.",
    why: "When the checker can relate the two aliases it judges them by the alias's use: a union member removed from an input alias is an `error`, from an output alias a `notice`; equivalent rewrites give nothing. A declaration changing kind is e.g. function \u2192 variable. A warning when it cannot judge (the alias names types from outside the package). A module-private alias used only as the key set of mapped types (`[K in Keys]: V`) that gains keys the checker resolves to optional properties of every type built from it (`Partial<\u2026>`) is a `notice`: those types only gained optional properties.",
    fix: "**State it** after checking how users use the alias.",
    fixtures: {
      positive: [
        "type-alias-changed-incompatibly-is-error",
        "union-member-removed-from-input-alias-is-error",
        "union-member-removed-from-output-alias-is-notice",
        "class-passed-back-in-hook-event-widened-is-notice",
        "function-became-constant-is-export-removed",
        "key-added-to-private-key-set-of-optional-mapped-type-is-notice",
        "key-added-to-private-key-set-of-required-mapped-type-stays-error",
        "key-set-alias-also-used-as-property-type-stays-error"
      ],
      negative: ["reordered-declarations-are-silent"]
    }
  },
  "ts/namespace-member-removed": {
    category: "abi",
    severity: "error",
    summary: 'A member of an exported namespace (or of an ambient `declare module "x"`) was removed.',
    why: "Code naming it through the namespace or module fails.",
    fix: KEEP_OLD_FORM,
    fixtures: {
      positive: [
        "namespace-member-removed-is-error",
        "ambient-module-member-removed-is-error",
        "export-equals-namespace-member-removed-is-error",
        "referenced-ambient-module-member-removed-is-error"
      ],
      negative: ["enum-and-namespace-members-added-are-silent"]
    }
  },
  "ts/entry-points-unresolved": {
    category: "abi",
    severity: "notice",
    summary: "The package's type entry points could not be resolved, so its API was not compared.",
    why: "The package names its types at a file that is not in the repository (`dist/index.d.ts`) and no tsconfig leads back to a TypeScript source that could generate it, or generating the declarations failed. The notice says so rather than letting the change pass silently.",
    fix: "**Fix:** commit the declarations, or add a tsconfig whose `outDir` / `rootDir` (or a `src/` folder) maps the entry point to its source.",
    fixtures: {
      positive: ["ts-source-without-build-settings-is-notice"],
      negative: ["ts-source-body-change-is-silent", "internal-file-not-reached-is-silent"]
    }
  },
  "ts/parse-failed": {
    category: "abi",
    severity: "warning",
    summary: "One version of the file has syntax errors (truncated, not TypeScript, binary data).",
    why: "Its API was not compared; the generic `interface/changed` finding stays, so the change is still gated.",
    fix: "**Fix:** correct the syntax error the message names.",
    fixtures: { positive: ["truncated-head-is-parse-failed-warning"], negative: ["comment-changes-are-silent"] }
  }
});

export {
  tsRules
};
