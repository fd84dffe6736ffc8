import { protoRules } from "../rule-specs.js";
import { sameTypeName } from "../emit.js";
import type { RuleContext } from "../emit.js";
import type { ProtoRpc, ProtoService } from "../model.js";

/** Rules comparing one service's RPCs with their next version. */
export function serviceRules(ctx: RuleContext): void {
  for (const [prev, curr] of ctx.pairs.services) {
    ctx.checkBudget();
    const nested = curr.fqn;
    for (const [name, rpc] of prev.rpcs) {
      const next = curr.rpcs.get(name);
      if (next) rpcPair(ctx, [prev, curr], rpc, next);
      else {
        ctx.emit({
          rule: protoRules["proto/rpc-no-delete"],
          line: curr.line,
          endLine: curr.endLine,
          symbol: `${curr.fqn}.${name}`,
          message: `Previously present RPC "${name}" on service "${nested}" was deleted.`,
        });
      }
    }
  }
}

function rpcPair(ctx: RuleContext, [prev, svc]: [ProtoService, ProtoService], b: ProtoRpc, a: ProtoRpc): void {
  const base = { line: a.line, symbol: `${svc.fqn}.${a.name}` };
  const what = `RPC "${a.name}" on service "${svc.fqn}"`;
  if (!sameTypeName(b.requestType, prev.package, a.requestType, svc.package)) {
    ctx.emit({
      rule: protoRules["proto/rpc-same-request-type"],
      ...base,
      message: `${what} changed request type from "${b.requestType}" to "${a.requestType}".`,
    });
  }
  if (!sameTypeName(b.responseType, prev.package, a.responseType, svc.package)) {
    ctx.emit({
      rule: protoRules["proto/rpc-same-response-type"],
      ...base,
      message: `${what} changed response type from "${b.responseType}" to "${a.responseType}".`,
    });
  }
  if (b.clientStreaming !== a.clientStreaming) {
    ctx.emit({
      rule: protoRules["proto/rpc-same-client-streaming"],
      ...base,
      message: `${what} changed from ${b.clientStreaming ? "client streaming" : "unary request"} to ${a.clientStreaming ? "client streaming" : "unary request"}.`,
    });
  }
  if (b.serverStreaming !== a.serverStreaming) {
    ctx.emit({
      rule: protoRules["proto/rpc-same-server-streaming"],
      ...base,
      message: `${what} changed from ${b.serverStreaming ? "server streaming" : "unary response"} to ${a.serverStreaming ? "server streaming" : "unary response"}.`,
    });
  }
  if (b.idempotency !== a.idempotency) {
    ctx.emit({
      rule: protoRules["proto/rpc-same-idempotency-level"],
      ...base,
      message: `${what} changed option "idempotency_level" from ${b.idempotency} to ${a.idempotency}.`,
    });
  }
}
