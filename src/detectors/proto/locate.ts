import type { Span, Syntax } from "./model.js";
import type { Token } from "./tokens.js";

/**
 * Where each element sits, recovered from the token stream because protobufjs keeps no lines.
 * Keys: message / enum / service full names, `<message>#<number>` for fields,
 * `<enum>#<name>` for enum values, `<service>/<rpc>` for methods, `<element>@<option>` for options,
 * `ext:<scope>:<extendee as written>#<number>` for extensions.
 */
export interface Locations {
  syntax: Syntax;
  packageLine?: number;
  spans: Map<string, Span>;
}

interface Scope {
  kind: "message" | "enum" | "service" | "oneof" | "extend" | "other";
  fqn: string;
  key?: string;
  /** For `extend X {`: X as written. */
  extendee?: string;
}

const BLOCKS = new Set(["message", "enum", "service"]);

export function locate(tokens: Token[]): Locations {
  const spans = new Map<string, Span>();
  const out: Locations = { syntax: "proto2", spans };
  const stack: Scope[] = [];
  let pkg = "";
  let stmt: Token[] = [];
  const scope = () => stack[stack.length - 1];
  const prefix = () => scope()?.fqn ?? pkg;

  let brackets = 0;
  for (const tok of tokens) {
    // braces inside `[...]` are option values (`[(x) = { a: 1 }]`), not scopes
    if (!tok.literal && tok.text === "[") brackets++;
    else if (!tok.literal && tok.text === "]") brackets = Math.max(0, brackets - 1);
    if (brackets > 0 || (!tok.literal && tok.text === "]")) {
      stmt.push(tok);
    } else if (!tok.literal && tok.text === "{") {
      stack.push(openScope(stmt));
      stmt = [];
    } else if (!tok.literal && tok.text === "}") {
      const closed = stack.pop();
      const span = closed?.key ? spans.get(closed.key) : undefined;
      if (span) span.endLine = tok.line;
      stmt = [];
    } else if (!tok.literal && tok.text === ";") {
      endStatement(stmt);
      stmt = [];
    } else {
      stmt.push(tok);
    }
  }
  return out;

  function openScope(head: Token[]): Scope {
    const word = head[0]?.text;
    const current = scope();
    if (head.length >= 2 && !head[0].literal && BLOCKS.has(word)) {
      const fqn = join(prefix(), head[1].text);
      spans.set(fqn, { line: head[0].line, endLine: head[0].line });
      return { kind: word as Scope["kind"], fqn, key: fqn };
    }
    if (word === "oneof") return { kind: "oneof", fqn: prefix() };
    if (word === "extend")
      return {
        kind: "extend",
        fqn: prefix(),
        extendee: head
          .slice(1)
          .map((t) => t.text)
          .join(""),
      };
    if (word === "rpc" && current?.kind === "service") {
      recordRpc(head);
      return { kind: "other", fqn: prefix() };
    }
    const group = head.findIndex((t) => t.text === "group" && !t.literal);
    if (group >= 0 && head[group + 1] && isMessageScope(current)) {
      // proto2 group: a field and a nested message of the same name in one statement
      recordField(head);
      const fqn = join(prefix(), head[group + 1].text);
      spans.set(fqn, { line: head[0].line, endLine: head[0].line });
      return { kind: "message", fqn, key: fqn };
    }
    return { kind: "other", fqn: prefix() };
  }

  function endStatement(head: Token[]): void {
    if (head.length === 0) return;
    const word = head[0].literal ? "" : head[0].text;
    const current = scope();
    if (!current) {
      if (word === "package") {
        pkg = head
          .slice(1)
          .map((t) => t.text)
          .join("");
        out.packageLine = head[0].line;
      } else if (word === "syntax" && head[2]?.text === "proto3") out.syntax = "proto3";
      else if (word === "edition") out.syntax = "editions";
      return;
    }
    if (word === "option" && current.key) recordOption(current.key, head);
    if (word === "option" || word === "reserved" || word === "extensions") return;
    if (isMessageScope(current)) recordField(head);
    else if (current.kind === "extend") recordField(head, `ext:${current.fqn}:${current.extendee}`);
    else if (current.kind === "enum" && head[1]?.text === "=") {
      spans.set(`${current.fqn}#${head[0].text}`, { line: head[0].line, endLine: head[0].line });
    } else if (current.kind === "service" && word === "rpc") recordRpc(head);
  }

  function recordField(head: Token[], owner = prefix()): void {
    const eq = head.findIndex((t) => t.text === "=" && !t.literal);
    if (eq < 1 || !head[eq + 1]) return;
    const line = head[0].line;
    spans.set(`${owner}#${head[eq + 1].text}`, { line, endLine: head[head.length - 1].line });
  }

  /** `option features.json_format = …;` inside a message or enum: `<fqn>@features.json_format`. */
  function recordOption(key: string, head: Token[]): void {
    const eq = head.findIndex((t) => t.text === "=" && !t.literal);
    if (eq < 2) return;
    const name = head
      .slice(1, eq)
      .map((t) => t.text)
      .join("");
    spans.set(`${key}@${name}`, { line: head[0].line, endLine: head[eq].line });
  }

  function recordRpc(head: Token[]): void {
    if (head[1]) spans.set(`${prefix()}/${head[1].text}`, { line: head[0].line, endLine: head[0].line });
  }
}

/** Fields belong to messages and to the oneofs inside them, not to `extend` blocks. */
function isMessageScope(s: Scope | undefined): boolean {
  return s?.kind === "message" || s?.kind === "oneof";
}

function join(prefix: string, name: string): string {
  return prefix ? `${prefix}.${name}` : name;
}
