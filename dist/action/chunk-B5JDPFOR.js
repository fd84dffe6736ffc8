import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));

// src/render/escape.ts
var ZWJ = "\u200D";
function oneLine(s) {
  return s.replace(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/g, " ").replace(
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g,
    (c) => `<U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}>`
  );
}
function unlinked(s) {
  return noHtmlComment(s).replace(/@(?=[A-Za-z0-9_])/g, `@${ZWJ}`).replace(/#(?=[0-9])/g, `#${ZWJ}`).replace(/\bGH-(?=[0-9])/gi, (w) => `${w}${ZWJ}`).replace(/([A-Za-z][A-Za-z0-9+.-]*):\/\//g, `$1:${ZWJ}//`).replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}${ZWJ}.`);
}
function noHtmlComment(s) {
  return s.replace(/<!--/g, `<!${ZWJ}--`);
}
function text(s) {
  return unlinked(oneLine(s)).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(
    /[\\`*_[\]|~$]/g,
    (c, at, all) => (
      // `kvm_regs` reads better unescaped, and an underscore between letters starts no emphasis
      c === "_" && WORD.test(all[at - 1] ?? "") && WORD.test(all[at + 1] ?? "") ? c : `\\${c}`
    )
  );
}
var WORD = /^[\p{L}\p{N}]$/u;
function code(s, opts = {}) {
  let body = noHtmlComment(oneLine(s));
  if (opts.inTable) body = body.replace(/\|/g, "\\|");
  if (body === "") return "` `";
  let longest = 0;
  for (const run of body.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const pad = body.startsWith("`") || body.endsWith("`") || body.startsWith(" ") && body.endsWith(" ") ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}
function message(s) {
  const line = oneLine(s);
  let out = "";
  let i = 0;
  let plainFrom = 0;
  while (i < line.length) {
    if (line[i] !== "`") {
      i++;
      continue;
    }
    const open = runLength(line, i);
    const close = closingRun(line, i + open, open);
    if (close < 0) {
      i += open;
      continue;
    }
    out += text(line.slice(plainFrom, i)) + code(stripSpanPadding(line.slice(i + open, close)));
    i = close + open;
    plainFrom = i;
  }
  return out + text(line.slice(plainFrom));
}
function plain(s, opts = {}) {
  return terminal(s, opts).split("\n").map(unlinked).join("\n");
}
function terminal(s, opts = {}) {
  const lines = opts.multiline ? s.split(/\r\n|\n/) : [s];
  return lines.map(oneLine).join("\n");
}
function runLength(s, at) {
  let n = 0;
  while (s[at + n] === "`") n++;
  return n;
}
function closingRun(s, from, length) {
  for (let i = from; i < s.length; ) {
    if (s[i] !== "`") {
      i++;
      continue;
    }
    const n = runLength(s, i);
    if (n === length) return i;
    i += n;
  }
  return -1;
}
function stripSpanPadding(content) {
  return content.length > 1 && content.startsWith(" ") && content.endsWith(" ") && content.trim() !== "" ? content.slice(1, -1) : content;
}

export {
  text,
  code,
  message,
  plain,
  terminal
};
