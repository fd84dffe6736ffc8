import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));

// src/detectors/manifest/cmake-commands.ts
function cmakeCommands(text) {
  const out = [];
  let i = 0;
  let line = 1;
  const n = text.length;
  const advance = (to) => {
    for (; i < to; i++) if (text[i] === "\n") line++;
  };
  while (i < n) {
    const c = text[i];
    if (c === "#") {
      const bracket = /^#\[(=*)\[/.exec(text.slice(i, i + 64));
      const end = bracket ? text.indexOf(`]${bracket[1]}]`, i) : text.indexOf("\n", i);
      advance(end < 0 ? n : bracket ? end + bracket[1].length + 2 : end);
      continue;
    }
    const ident = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i, i + 256));
    if (!ident) {
      advance(i + 1);
      continue;
    }
    const startLine = line;
    advance(i + ident[0].length);
    let j = i;
    while (j < n && (text[j] === " " || text[j] === "	")) j++;
    if (text[j] !== "(") continue;
    advance(j + 1);
    out.push({ name: ident[0].toLowerCase(), args: readArgs(), line: startLine });
  }
  return out;
  function readArgs() {
    const args = [];
    let depth = 0;
    while (i < n) {
      const c = text[i];
      if (c === ")") {
        advance(i + 1);
        if (depth === 0) return args;
        depth--;
      } else if (c === "(") {
        depth++;
        advance(i + 1);
      } else if (c === "#") {
        const end = text.indexOf("\n", i);
        advance(end < 0 ? n : end);
      } else if (c === '"') {
        let j = i + 1;
        let value = "";
        while (j < n && text[j] !== '"') {
          if (text[j] === "\\" && j + 1 < n) value += text[++j];
          else value += text[j];
          j++;
        }
        args.push(value);
        advance(j + 1);
      } else if (c === "[" && /^\[=*\[/.test(text.slice(i, i + 64))) {
        const eq = /^\[(=*)\[/.exec(text.slice(i, i + 64))[1];
        const close = text.indexOf(`]${eq}]`, i);
        const end = close < 0 ? n : close;
        args.push(text.slice(i + eq.length + 2, end));
        advance(close < 0 ? n : close + eq.length + 2);
      } else if (/\s/.test(c)) advance(i + 1);
      else {
        let j = i;
        while (j < n && !/[\s()"#]/.test(text[j])) j += text[j] === "\\" ? 2 : 1;
        j = Math.min(j, n);
        args.push(text.slice(i, j));
        advance(j);
      }
    }
    return args;
  }
}

// src/detectors/manifest/meson-calls.ts
function tokenize(text) {
  const tokens = [];
  let i = 0;
  let line = 1;
  while (i < text.length) {
    const c = text[i];
    if (c === "\n") {
      line++;
      i++;
    } else if (/\s/.test(c)) i++;
    else if (c === "#") while (i < text.length && text[i] !== "\n") i++;
    else if (c === "'" || c === "f" && text[i + 1] === "'") {
      if (c === "f") i++;
      const triple = text.startsWith("'''", i);
      const close = triple ? "'''" : "'";
      let j = i + close.length;
      let value = "";
      while (j < text.length && !text.startsWith(close, j)) {
        if (text[j] === "\\" && !triple) value += text[++j] ?? "";
        else value += text[j];
        j++;
      }
      tokens.push({ kind: "string", value, line });
      line += (text.slice(i, j).match(/\n/g) ?? []).length;
      i = j + close.length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i, i + 256))[0];
      tokens.push({ kind: "ident", value: m, line });
      i += m.length;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+/.exec(text.slice(i))[0];
      tokens.push({ kind: "number", value: m, line });
      i += m.length;
    } else {
      tokens.push({ kind: "punct", value: c, line });
      i++;
    }
  }
  return tokens;
}
var MAX_LIST_TOKENS = 1e4;
function mesonCalls(text) {
  const t = tokenize(text);
  const calls = [];
  const assignments = /* @__PURE__ */ new Map();
  for (let i = 0; i < t.length; i++) {
    const tok = t[i];
    if (tok.kind === "ident" && t[i + 1]?.value === "=" && t[i + 2] && t[i + 3]?.value !== "(" && t[i + 3]?.value !== ".") {
      let end = i + 3;
      if (t[i + 2].kind === "punct" && t[i + 2].value === "[") {
        let depth2 = 0;
        for (end = i + 2; end < Math.min(t.length, i + 2 + MAX_LIST_TOKENS); end++) {
          const x = t[end];
          if (x.kind === "punct" && x.value === "[") depth2++;
          else if (x.kind === "punct" && x.value === "]" && --depth2 === 0) break;
        }
        end++;
      }
      assignments.set(tok.value, valueOf(t.slice(i + 2, end)));
    }
    if (tok.kind !== "ident" || t[i + 1]?.value !== "(" || t[i - 1]?.value === ".") continue;
    const call = { name: tok.value, positional: [], keywords: {}, line: tok.line };
    let depth = 0;
    let arg = [];
    const flush = () => {
      if (!arg.length) return;
      if (arg[0].kind === "ident" && arg[1]?.value === ":") call.keywords[arg[0].value] = valueOf(arg.slice(2));
      else call.positional.push(valueOf(arg));
      arg = [];
    };
    for (let j = i + 2; j < t.length; j++) {
      const x = t[j];
      if ((x.value === "(" || x.value === "[" || x.value === "{") && x.kind === "punct") depth++;
      if ((x.value === ")" || x.value === "]" || x.value === "}") && x.kind === "punct") {
        if (depth === 0) break;
        depth--;
      }
      if (x.value === "," && x.kind === "punct" && depth === 0) flush();
      else arg.push(x);
    }
    flush();
    calls.push(call);
  }
  return { calls, assignments };
}
function valueOf(tokens) {
  if (tokens.length === 1 && tokens[0].kind === "string") return { kind: "string", value: tokens[0].value };
  if (tokens.length === 1 && tokens[0].kind === "number") return { kind: "string", value: tokens[0].value };
  if (tokens.length === 1 && tokens[0].kind === "ident") return { kind: "ident", value: tokens[0].value };
  return { kind: "other", value: tokens.map((x) => x.value).join("") };
}

export {
  cmakeCommands,
  mesonCalls
};
