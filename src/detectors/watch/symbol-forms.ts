/**
 * The forms a symbol can be matched by: `struct kvm_run.flags` matches `kvm_run`,
 * `kvm_run.flags`, `struct kvm_run.flags` and `flags`; `pkg.Msg.field` matches `pkg.Msg`,
 * `Msg.field` … Kind words and call parentheses are dropped so users write plain names.
 */
export function symbolForms(symbol: string): string[] {
  const bare = normalizeSymbol(symbol);
  const parts = bare.split(/\.|::/);
  const forms = new Set<string>([bare, symbol.trim()]);
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j <= parts.length; j++) forms.add(parts.slice(i, j).join("."));
  }
  return [...forms].filter(Boolean);
}

/** Drops a leading kind word (`struct`, `enum`, `message` …) and a trailing parameter list. */
export function normalizeSymbol(symbol: string): string {
  return symbol
    .trim()
    .replace(/^(struct|union|enum|class|message|service|rpc|function|typedef|interface|type|field)\s+/, "")
    .replace(/\(.*\)$/, "")
    .replace(/::/g, ".")
    .trim();
}
