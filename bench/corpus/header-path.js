/**
 * Where a corpus C/C++ case's header lives in the trees we build. Real-world cases keep their
 * upstream path (named in expected.txt); kernel examples go under include/uapi/linux/; C++
 * cases (ACC's C++ suite and libabigail's C++ sources) get `.hpp` so C++ parsing applies.
 */
export function headerPathFor(name, expectedText) {
  if (name.startsWith("realworld_")) {
    const m = /^# origin: \S+\s+file (\S+)/m.exec(expectedText);
    if (m) return m[1];
  }
  if (name.startsWith("kerneldoc_")) {
    const usr = /\/usr\/include\/linux\/([\w./-]+\.h)\b/.exec(expectedText);
    if (usr) return `include/uapi/linux/${usr[1]}`;
    const uapi = /\binclude\/uapi\/linux\/([\w./-]+\.h)\b/.exec(expectedText);
    if (uapi) return `include/uapi/linux/${uapi[1]}`;
    return `include/uapi/linux/${name}.h`;
  }
  return `include/${name}.${isCpp(name, expectedText) ? "hpp" : "h"}`;
}

/** ACC's C++ blocks and libabigail cases whose expected.txt says `# language: C++`. */
export function isCpp(name, expectedText) {
  return name.startsWith("acc_cpp_") || /^# language: C\+\+/m.test(expectedText);
}

/** The corpus source a case belongs to, from its directory name. */
export function sourceOf(name) {
  const m = /^(acc_cpp|acc_c|abigail|realworld|kerneldoc|breaking|tsdiff|semverchecks|jsii)_/.exec(name);
  if (!m) return "other";
  return m[1] === "breaking" ? "buf" : m[1];
}
