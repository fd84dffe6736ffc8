/**
 * The headers a plain makefile's recipes install: `$(INSTALL_DATA) lz4.h $(DESTDIR)$(includedir)/`,
 * `install -m 644 $(HEADERS) $(PREFIX)/include`, `cp $(SRCDIR)zlib.h zconf.h $(DESTDIR)$(includedir)`,
 * and shell loops over a variable (`for h in $(PUBLIC_HEADERS); do … done`). Make has no parser we
 * could use and only assignments and recipe words matter here: variables are expanded the way
 * make would (`=`, `:=`, `?=`, `+=`; `$(wildcard …)`, `$(addprefix …)`, `$(notdir …)`); a word
 * that still holds an unknown variable is no file name of the source tree and is dropped.
 */

/** Expansion rounds per line and characters per expanded line: an untrusted makefile cannot make this loop long. */
const MAX_ROUNDS = 8;
const MAX_LINE = 64 * 1024;
/** Marks where an unknown variable was: a word containing it is not a source file. */
const UNKNOWN = "\u0000";
const HEADER = /\.(h|hh|hpp|hxx|inl)$/i;
/** A recipe command that installs files: `install -…`, `$(INSTALL…)`, `cp`, `$(CP)`. */
const INSTALL_COMMAND = /\$[({]INSTALL[A-Za-z_]*[)}]|(^|[\s;&|@(-])install\s+-/;
const COPY_COMMAND = /(^|[\s;&|@(-])(cp|\$[({]CP[)}])\s/;
/**
 * Where a line must copy to for it to install headers: a make variable of the include directory
 * (`$(includedir)`, `$(INCLUDEDIR)`, `${INCDIR}`), or an `include` directory under a variable
 * (`$(PREFIX)/include`, `$(DESTDIR)/usr/include`) or under `/` — not `cp ../*.h include` into the build.
 */
const INCLUDE_DESTINATION = /\$[({]\w*inc\w*[)}]|(\$[({]\w+[)}]|\s)\S*\/include\b/i;

/** Header paths named on install recipe lines, as written relative to the makefile's directory. */
export function makefileInstalls(text: string): string[] {
  const lines = text.replace(/\\\r?\n/g, " ").split(/\r?\n/);
  const vars = assignments(lines);
  const out: string[] = [];
  for (const line of lines) {
    // recipe lines start with a tab; an assignment such as `INSTALL_DATA = $(INSTALL) -m 644` is none
    if (!line.startsWith("\t")) continue;
    if (!INSTALL_COMMAND.test(line) && !COPY_COMMAND.test(line)) continue;
    if (!INCLUDE_DESTINATION.test(line)) continue;
    const words = expand(line, vars)
      .split(/[\s;]+/)
      .map((w) => w.replace(/^["']+|["',]+$/g, ""));
    for (const w of words)
      if (HEADER.test(w) && !w.includes(UNKNOWN) && !w.includes("$") && !w.startsWith("/")) out.push(w);
  }
  return out;
}

/** Variable assignments outside recipes, in order: `=`, `:=`, `::=`, `?=` (first wins), `+=`. */
function assignments(lines: string[]): Map<string, string> {
  const vars = new Map<string, string>();
  for (const line of lines) {
    if (line.startsWith("\t")) continue;
    const m = /^\s*(?:export\s+|override\s+)?([A-Za-z0-9_.-]+)\s*(\?=|::=|:=|\+=|=)\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, name, op, raw] = m;
    const value = raw!.replace(/\s+#.*$/, "").trim();
    if (op === "?=" && vars.has(name!)) continue;
    vars.set(name!, op === "+=" ? `${vars.get(name!) ?? ""} ${value}`.trim() : value);
  }
  return vars;
}

/** Expands innermost references first, so `$(addprefix $(DIR)/,$(HDRS))` resolves; unknown ones become {@link UNKNOWN}. */
function expand(line: string, vars: Map<string, string>): string {
  let out = line;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let room = MAX_LINE - out.length;
    const next = out.replace(/\$[({]([^$(){}]*)[)}]/g, (_, ref: string) => {
      const value = room > 0 ? reference(ref, vars) : UNKNOWN;
      room -= value.length;
      return room >= 0 ? value : UNKNOWN;
    });
    if (next === out) break;
    out = next;
  }
  return out;
}

function reference(ref: string, vars: Map<string, string>): string {
  const call = /^(wildcard|notdir|addprefix|addsuffix|strip|sort)\s+([\s\S]*)$/.exec(ref);
  if (!call) return vars.get(ref.trim()) ?? UNKNOWN;
  const [, fn, args] = call;
  const words = (s: string) => s.split(/\s+/).filter(Boolean);
  if (fn === "addprefix" || fn === "addsuffix") {
    const comma = args!.indexOf(",");
    if (comma < 0) return UNKNOWN;
    const fix = args!.slice(0, comma).trim();
    return words(args!.slice(comma + 1))
      .map((w) => (fn === "addprefix" ? fix + w : w + fix))
      .join(" ");
  }
  if (fn === "notdir")
    return words(args!)
      .map((w) => w.slice(w.lastIndexOf("/") + 1))
      .join(" ");
  // wildcard keeps its patterns (a glob of the source tree), strip and sort the words
  return words(args!).join(" ");
}
