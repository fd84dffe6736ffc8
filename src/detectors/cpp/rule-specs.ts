import { defineRules } from "../../engine/rule.js";

const STATE_IT =
  "**State it:** say which binaries must be rebuilt (a new soname, a major version), or keep the old layout.";
const AS_C_FIELD =
  "As the matching `c/field-*` rule, for data members of C++ classes; static members are not layout and are not compared.";

/** The cpp detector's rules: classes (fields, bases, vtables, methods). Record layout rules keep their `c/` ids. */
export const cppRules = defineRules("cpp", {
  "cpp/virtual-method-added": {
    category: "abi",
    severity: "error",
    summary: "A virtual method was added.",
    why: "Derived classes compiled against the old header have the old vtable; adding it anywhere but the end of the most-derived class also moves later slots.",
    fix: STATE_IT,
    fixtures: { positive: ["virtual-method-added"], negative: ["vtable-kept-by-non-virtual-changes"] },
  },
  "cpp/virtual-method-reordered": {
    category: "abi",
    severity: "error",
    summary: "Virtual methods changed order.",
    why: "Calls through the vtable compiled against the old order go to the wrong slot.",
    fix: "**Fix:** restore the order; add new virtual methods at the end.",
    fixtures: { positive: ["virtual-method-reordered"], negative: ["vtable-kept-by-non-virtual-changes"] },
  },
  "cpp/virtual-method-removed": {
    category: "abi",
    severity: "error",
    summary: "A virtual method was removed.",
    why: "Later vtable slots move, and overrides in other binaries break.",
    fix: "**Fix:** keep the method (deprecated), or state it.",
    fixtures: { positive: ["virtual-method-removed"], negative: ["vtable-kept-by-non-virtual-changes"] },
  },
  "cpp/base-class-changed": {
    category: "abi",
    severity: "error",
    summary: "The base class list (names, order, access, `virtual`) changed.",
    why: "Object layout, vtables and pointer conversions change.",
    fix: STATE_IT,
    fixtures: { positive: ["base-class-changed"], negative: ["vtable-kept-by-non-virtual-changes"] },
  },
  "cpp/class-field-removed": {
    category: "abi",
    severity: "error",
    summary: "A data member of a class was removed.",
    why: `${AS_C_FIELD} Code naming it no longer compiles; binaries built against the old layout read the wrong bytes.`,
    fix: "**Fix:** keep the member.",
    fixtures: { positive: ["class-field-removed"], negative: ["class-static-members-are-not-layout"] },
  },
  "cpp/class-field-type-changed": {
    category: "abi",
    severity: "error",
    severityNote:
      "as `c/field-type-changed`: a notice when a member only loses its own qualifiers, a warning (or notice) when an integer only changes signedness",
    summary: "A data member of a class changed type in a way the ABI sees.",
    why: `${AS_C_FIELD} Size, signedness or meaning changes for compiled users.`,
    fix: "**Fix:** add a new member instead, or version the class.",
    fixtures: { positive: ["class-field-type-changed"], negative: ["class-static-members-are-not-layout"] },
  },
  "cpp/class-field-reordered": {
    category: "abi",
    severity: "error",
    summary: "Data members of a class changed declaration order, so their offsets move.",
    why: `${AS_C_FIELD} Binaries built against the old order read each moved member at its old offset.`,
    fix: "**Fix:** restore the order; put new members at the end.",
    fixtures: { positive: ["class-field-reordered"], negative: ["class-static-members-are-not-layout"] },
  },
  "cpp/class-field-inserted": {
    category: "abi",
    severity: "error",
    summary: "A data member was inserted before existing members of a class and later offsets shift.",
    why: `${AS_C_FIELD} Old binaries read every later member at its old offset.`,
    fix: "**Fix:** append instead, or use reserved space.",
    fixtures: { positive: ["class-field-inserted"], negative: ["class-static-members-are-not-layout"] },
  },
  "cpp/class-field-appended": {
    category: "abi",
    severity: "warning",
    severityNote: "error when the class is used by value",
    summary: "A data member was appended to a class and the class grows.",
    why: `${AS_C_FIELD} Like \`c/field-appended\`, an appended member is an error when the changed headers use the class by value (a bare class name in its namespace counts); uses inside member function signatures are not seen.`,
    fix: "**State it:** say how the size is negotiated, or who allocates the class.",
    fixtures: {
      positive: ["class-field-appended-is-warning", "class-field-appended-passed-by-value-is-error"],
      negative: ["class-static-members-are-not-layout"],
    },
  },
  "cpp/method-removed": {
    category: "abi",
    severity: "error",
    summary: "A non-virtual method was removed.",
    why: "Binaries calling it fail to link.",
    fix: "**Fix:** keep the method (deprecated), or state it.",
    fixtures: { positive: ["method-removed"], negative: ["no-break-param-name-and-new-method"] },
  },
  "cpp/method-signature-changed": {
    category: "abi",
    severity: "error",
    summary: "A method kept its name but its parameter types, return type or qualifiers changed.",
    why: "The mangled name changes and old binaries fail to link. Parameter names are not part of it.",
    fix: "**Fix:** add an overload and keep the old one.",
    fixtures: { positive: ["method-signature-changed"], negative: ["no-break-param-name-and-new-method"] },
  },
});
