import { deleteTrees, parseHeaderTrees, type HeaderTrees } from "./language.js";
import { gapsOf, modelOfTrees, type ModelPart } from "./parse-header.js";
import { splitInnerDirectives } from "./inner-directives.js";
import { blankExternCBlocks } from "./extern-c-idiom.js";
import { blankDirectiveComments } from "./directive-comments.js";
import { spellGnuKeywords } from "./tokens.js";
import { macroScope, type MacroScope } from "./attribute-macros.js";
import { blankMacros } from "./blank-macros.js";
import { expandBodyMacros } from "./expand-body-macros.js";
import { neutraliseUnknownMacroLines } from "./unknown-macro-lines.js";
import { emptyModel, type HeaderModel, type MacroDef, type ParseGap } from "./model.js";
import { parseUnits } from "../../engine/budget.js";

type Tick = (units?: number) => void;
/** A cached result and the work units computing it cost. */
type Entry<T> = { value: T; cost: number };

/**
 * How much a memo keeps: texts of this many characters in all (16 Mi: both sides of the kernel's
 * whole UAPI tree, 6.8 MB a side, fit), so one review's headers stay parsed from the first file to
 * the last — each text parsed once per run however many files there are — while a long-lived
 * analysis process holds a bounded amount from earlier reviews.
 */
const LIMIT_CHARS = 16 * 1024 * 1024;
const MAX_KEYS_PER_TEXT = 16;

/**
 * Results by text, then by a second key (the grammar, the macro scope), the oldest texts dropped
 * first past LIMIT_CHARS. Texts are the outer key so a lookup hashes the caller's own string,
 * whose hash V8 keeps: a key built by concatenation would be hashed and compared in full on each
 * call, the length of the header every time.
 */
class Memo<T> {
  private readonly byText = new Map<string, Map<string, Entry<T>>>();
  private chars = 0;

  get(text: string, sub: string): Entry<T> | undefined {
    return this.byText.get(text)?.get(sub);
  }

  set(text: string, sub: string, entry: Entry<T>): void {
    let subs = this.byText.get(text);
    if (!subs) {
      for (const oldest of this.byText.keys()) {
        if (this.chars + text.length <= LIMIT_CHARS) break;
        this.byText.delete(oldest);
        this.chars -= oldest.length;
      }
      this.byText.set(text, (subs = new Map()));
      this.chars += text.length;
    }
    // a text seen under ever more macro scopes (a long-lived process) keeps the latest few
    if (subs.size >= MAX_KEYS_PER_TEXT) subs.clear();
    subs.set(sub, entry);
  }
}

/** Models of parsed texts (after preprocessing), so the same text in another scope or a self-compare builds once. */
const parses = new Memo<HeaderModel>();
/** The text passes before parsing (prepared()), once per text: each header of a closure is asked for by every includer. */
const preparations = new Memo<Prepared>();
const macroLists = new Memo<MacroDef[]>();
const models = new Memo<HeaderModel>();

/**
 * The trees of the texts parsed for their macros (a header as written, after the text passes),
 * kept so the same text with the scope's macros blanked is parsed incrementally from them: the
 * blanked text differs in a few lines, and re-parsing those costs a fraction of a fresh parse
 * (curl.h: every `CURL_EXTERN`). Bounded by characters — a tree takes ≈ 26 bytes of
 * tree-sitter's memory per character — the oldest dropped first; a text whose trees are gone is
 * parsed afresh, to the same tree. By path too: a changed header's text on one side is parsed
 * from the other side's (they differ in the lines the change touched) — the text as written, and
 * the texts its declarations are read from (modelIn keeps those under keys of their own).
 */
class KeptTrees {
  /** By text (whose hash V8 keeps, see Memo); `grammars` is languageOf the path it was parsed for. */
  private readonly byText = new Map<string, { grammars: string; trees: HeaderTrees }>();
  /** The text last kept for a path. */
  private readonly byPath = new Map<string, string>();
  private chars = 0;

  constructor(private readonly limit: number) {}

  get(text: string, grammars: string): HeaderTrees | undefined {
    const kept = this.byText.get(text);
    return kept?.grammars === grammars ? kept.trees : undefined;
  }

  /** The trees of another text kept for `path` (the other side of a change), if any. */
  other(path: string, text: string, grammars: string): HeaderTrees | undefined {
    const kept = this.byPath.get(path);
    return kept === undefined || kept === text ? undefined : this.get(kept, grammars);
  }

  keep(path: string, text: string, grammars: string, trees: HeaderTrees): void {
    const old = this.byText.get(text);
    if (old) {
      this.byText.delete(text);
      this.chars -= text.length;
      if (old.trees !== trees) deleteTrees(old.trees);
    }
    for (const [oldest, kept] of this.byText) {
      if (this.chars + text.length <= this.limit) break;
      this.byText.delete(oldest);
      for (const [p, t] of this.byPath) if (t === oldest) this.byPath.delete(p);
      this.chars -= oldest.length;
      deleteTrees(kept.trees);
    }
    this.byText.set(text, { grammars, trees });
    this.byPath.set(path, text);
    this.chars += text.length;
  }
}
/**
 * 4 Mi characters. Kept trees stay in tree-sitter's memory from one review to the next: the
 * throughput bench (3,000 reviews of the kernel's 1,000 headers in one process) peaked at 335 MB
 * RSS with 4 Mi (main before: 280 MB) and 465 MB with 12 Mi. The price of the smaller bound is on
 * reviews larger than it: the kernel's new series 6.12.118 → 7.2.6 (≈ 700 changed headers) did
 * 940 fresh C parses of 11.8 M characters with 4 Mi, 495 of 4.5 M with 12 Mi (9.8 vs 9.4 s CPU).
 */
const keptTrees = new KeptTrees(4 * 1024 * 1024);

const languageOf = (path: string) => (/\.(hpp|hh|hxx|inl|h\+\+)$/i.test(path) ? "cpp" : "c");

/**
 * `compute(tick)` once per key. A hit charges the work units the computation cost, so a work
 * budget spends the same whether this process computed it before or not: findings never depend
 * on what an earlier review left in the cache. A computation stopped by the budget is not kept.
 */
function cached<T>(memo: Memo<T>, text: string, sub: string, checkBudget: Tick, compute: (tick: Tick) => T): T {
  const hit = memo.get(text, sub);
  if (hit) {
    checkBudget(hit.cost);
    return hit.value;
  }
  let cost = 0;
  const value = compute((units = 1) => {
    cost += units;
    checkBudget(units);
  });
  memo.set(text, sub, { value, cost });
  return value;
}

interface Prepared {
  /** The text the declarations are parsed from. */
  code: string;
  /** The macros written inside braces. */
  inner: MacroDef[];
}

function prepared(path: string, text: string, checkBudget: Tick): Prepared {
  return cached(preparations, text, languageOf(path), checkBudget, (tick) => {
    const { code, directives } = splitInnerDirectives(
      blankExternCBlocks(blankDirectiveComments(spellGnuKeywords(text))),
    );
    return { code, inner: directives === null ? [] : parseModel(path, directives, tick).macros };
  });
}

/** Every macro a header defines (in any `#if` branch), for the scope of the headers in view. */
export function macrosOf(path: string, text: string | null, checkBudget: Tick = () => {}): MacroDef[] {
  if (text === null) return [];
  return cached(macroLists, text, languageOf(path), checkBudget, (tick) => {
    const { code, inner } = prepared(path, text, tick);
    const language = languageOf(path);
    // One parse's work units whether the trees are kept or parsed, so budgets do not depend on
    // which trees were kept. The macros alone: the declarations are read from the text the
    // preprocessor would leave (modelIn), which is this one only when the scope blanks nothing.
    tick(parseUnits(code.length));
    let macros: MacroDef[];
    const kept = keptTrees.get(code, language);
    if (kept) macros = modelOfTrees(kept, tick, "macros").macros;
    else {
      // parsed from the other side's text of this header when its trees are kept (the lines differ)
      const other = keptTrees.other(path, code, language);
      const trees = parseHeaderTrees(path, code, other, other ? false : undefined);
      try {
        macros = modelOfTrees(trees, tick, "macros").macros;
      } finally {
        keptTrees.keep(path, code, language, trees);
      }
    }
    return [...macros, ...inner].sort((a, b) => a.line - b.line);
  });
}

/**
 * The model of a header text. `scope` says which macros the preprocessor would remove from its
 * declarations (attribute, calling-convention, export and wrapper macros, decided by their
 * definitions in the headers in view — see attribute-macros.ts); without it, the header's own.
 * Parsed once per text and scope: a changeset's env and the file comparison ask for the same
 * texts, and self-compares ask twice.
 */
export function modelOf(
  path: string,
  text: string | null,
  checkBudget: Tick = () => {},
  scope?: MacroScope,
): HeaderModel {
  if (text === null) return emptyModel("c");
  const macros = macrosOf(path, text, checkBudget);
  const inScope = scope ?? macroScope(macros);
  return cached(models, text, `${languageOf(path)}\0${inScope.key}`, checkBudget, (tick) => ({
    ...modelIn(path, text, macros, inScope, tick),
    macros,
  }));
}

function modelIn(path: string, text: string, macros: MacroDef[], inScope: MacroScope, checkBudget: Tick): HeaderModel {
  const language = languageOf(path);
  const { code } = prepared(path, text, checkBudget);
  const blanked = blankMacros(code, inScope);
  // The blanked text is parsed from the trees of the text as written (parsed for its macros),
  // and the retry below from the blanked text's: each differs from the one before in a few lines.
  const codeTrees = () => keptTrees.get(code, language);
  // ... or, better, from the same text of the other side of a change (kept under these keys):
  // the two differ only in the lines the change touched, where the text as written differs from
  // this one in every line the scope blanks something in.
  const stage = { blanked: `${path}\0blanked`, retry: `${path}\0retry` };
  const related = (key: string, text: string, own: HeaderTrees | undefined): From | undefined => {
    const other = keptTrees.other(key, text, language);
    return other ? { trees: other, linesKept: false } : own && { trees: own, linesKept: true };
  };
  const opened: { key: string; reading: Reading }[] = [];
  try {
    let chosen = read(
      path,
      blanked,
      checkBudget,
      blanked === code ? undefined : related(stage.blanked, blanked, codeTrees()),
    );
    opened.push({ key: stage.blanked, reading: chosen });
    if (chosen.gaps.length) {
      // What a preprocessor would also do before parsing: expand field/enumerator macros inside
      // bodies, and turn bare macro lines it cannot expand into "unknown" members; then retry.
      // The header's own macros, and those of the headers in view it uses without defining them
      // (defined before it is read: in force from its first line).
      const fixed = neutraliseUnknownMacroLines(
        blankMacros(expandBodyMacros(code, retryMacros(macros, inScope)), inScope),
      );
      if (fixed !== blanked) {
        const retry = read(path, fixed, checkBudget, related(stage.retry, fixed, chosen.trees ?? codeTrees()));
        opened.push({ key: stage.retry, reading: retry });
        if (retry.gaps.length <= chosen.gaps.length) chosen = retry;
      }
    }
    // Only the text the declarations are read from gets a model: the blanked text's, when the
    // retry replaces it, was built and thrown away.
    return modelOfReading(path, chosen, checkBudget, codeTrees(), "declarations");
  } finally {
    for (const { key, reading } of opened)
      if (reading.trees && reading.owned) keptTrees.keep(key, reading.text, language, reading.trees);
  }
}

/**
 * The macros the retry expands in bodies: the header's own, and those of the headers in view it
 * uses without defining them (defined before it is read: in force from its first line).
 */
function retryMacros(macros: readonly MacroDef[], inScope: MacroScope): MacroDef[] {
  const own = new Set(macros.map((m) => m.name));
  const foreign = inScope.declarationLists.filter((m) => !own.has(m.name)).map((m) => ({ ...m, line: 0 }));
  return [...foreign, ...macros];
}

/**
 * Whether the model of a header text in `scope` may define `name` — a record, enum, enum constant
 * or typedef — without building it: every name the model defines is a word of the text its
 * declarations are read from, which is the text as written with words blanked, or (the retry)
 * with body macros expanded: words of the text and of the bodies of the macros the retry can
 * expand there (those the text names, and those their bodies name) — and, where one of those
 * pastes with `##`, names neither holds (then the expansion itself is read).
 * False is a promise; true only a possibility. Words are split at blanks and at ASCII punctuation
 * but `_` and `$` (tree-sitter's identifiers take `$` and non-ASCII letters), with the ASCII
 * identifiers inside each word besides, over-approximating.
 */
export function mayDefine(path: string, text: string, scope: MacroScope): (name: string) => boolean {
  const language = languageOf(path);
  const words = (sub: string, of: () => string) => {
    const hit = vocabularies.get(text, sub);
    if (hit) return hit.value;
    const value = wordsIn(of());
    vocabularies.set(text, sub, { value, cost: 0 });
    return value;
  };
  const code = () => prepared(path, text, () => {}).code;
  let written: Set<string> | undefined;
  let expansions: Set<string> | undefined;
  return (name) => {
    written ??= words(language, code);
    if (written.has(name)) return true;
    expansions ??= words(`${language}\0${scope.key}`, () => {
      // the macros an expansion can reach: those the text names, and those their bodies name
      const list = retryMacros(macrosOf(path, text), scope);
      const byName = new Map<string, MacroDef[]>();
      for (const m of list) byName.set(m.name, [...(byName.get(m.name) ?? []), m]);
      const reached = new Set<MacroDef>();
      const queue = [...written!].filter((w) => byName.has(w));
      for (let n = queue.shift(); n !== undefined; n = queue.shift())
        for (const m of byName.get(n)!)
          if (!reached.has(m)) {
            reached.add(m);
            for (const w of wordsIn(m.body)) if (byName.has(w)) queue.push(w);
          }
      return [...reached].some((m) => m.body.includes("##"))
        ? expandBodyMacros(code(), list)
        : [...reached].map((m) => m.body).join("\n");
    });
    return expansions.has(name);
  };
}

/** The words of the texts a header's names may come from (mayDefine), by text and scope. */
const vocabularies = new Memo<Set<string>>();

function wordsIn(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of text.match(WORD) ?? []) {
    words.add(word);
    // and the ASCII identifiers inside it: `a$b` is one name to tree-sitter, three tokens to the
    // expansion's tokenizer; `name\` ends where a line continues
    if (!ASCII_IDENTIFIER.test(word)) for (const part of word.match(ASCII_IDENTIFIERS) ?? []) words.add(part);
  }
  return words;
}
const WORD = /[^\s!"#%&'()*+,\-./:;<=>?@[\]^`{|}~]+/gu;
const ASCII_IDENTIFIER = /^[A-Za-z_]\w*$/;
const ASCII_IDENTIFIERS = /[A-Za-z_]\w*/g;

/** Where a text's trees come from: a related text's trees, and whether the two texts share their lines. */
type From = { trees: HeaderTrees; linesKept: boolean };

/**
 * A text parsed for its declarations, before its model: its parse gaps (which text of a header
 * the model is built from depends on them) and, while the caller holds them, its trees.
 */
interface Reading {
  text: string;
  gaps: ParseGap[];
  trees?: HeaderTrees;
  /** The trees were parsed for this reading (the caller deletes them), not kept ones. */
  owned: boolean;
}

/** The gaps of each text parsed for its declarations (cost: one parse's units), so a text is not parsed again for them. */
const gapLists = new Memo<ParseGap[]>();

/**
 * `text` parsed (or its trees kept, or its gaps known): charges one parse's work units either
 * way, so budgets do not depend on which trees were kept.
 */
function read(path: string, text: string, checkBudget: Tick, from?: From): Reading {
  const language = languageOf(path);
  const known = gapLists.get(text, language);
  if (known) {
    checkBudget(known.cost);
    return { text, gaps: known.value, owned: false };
  }
  const cost = parseUnits(text.length);
  checkBudget(cost);
  const kept = keptTrees.get(text, language);
  const trees = kept ?? parseHeaderTrees(path, text, from?.trees, from?.linesKept);
  const gaps = gapsOf(trees);
  gapLists.set(text, language, { value: gaps, cost });
  return { text, gaps, trees, owned: !kept };
}

/**
 * The model of a text read for its declarations: from the memo, or built from its trees (parsed
 * again from `from` — a text sharing its lines — when the reading did not keep them). `part`:
 * modelIn wants the declarations only (modelOf gives the model the macros of the text as
 * written), each part memoised under its own key.
 */
function modelOfReading(
  path: string,
  r: Reading,
  checkBudget: Tick,
  from?: HeaderTrees,
  part: ModelPart = "all",
): HeaderModel {
  const language = languageOf(path);
  const sub = part === "all" ? language : `${language}\0${part}`;
  return cached(parses, r.text, sub, checkBudget, (tick) => {
    if (r.trees) return modelOfTrees(r.trees, tick, part, r.gaps);
    const trees = keptTrees.get(r.text, language) ?? parseHeaderTrees(path, r.text, from, true);
    try {
      return modelOfTrees(trees, tick, part, r.gaps);
    } finally {
      if (trees !== keptTrees.get(r.text, language)) deleteTrees(trees);
    }
  });
}

/** The model of a text parsed for its declarations alone (the directives written inside braces). */
function parseModel(path: string, code: string, checkBudget: Tick): HeaderModel {
  const r = read(path, code, checkBudget);
  try {
    return modelOfReading(path, r, checkBudget);
  } finally {
    if (r.trees && r.owned) deleteTrees(r.trees);
  }
}
