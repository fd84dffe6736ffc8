import { describe, expect, it } from "@jest/globals";
import { parallelInterfaces } from "../../../src/detectors/fork/index.js";
import { variantBases } from "../../../src/detectors/fork/variant-name.js";
import type { SymbolEntry } from "../../../src/engine/types.js";

const sym = (name: string, kind: SymbolEntry["kind"], path = "include/uapi/linux/fs.h", line = 1): SymbolEntry => ({
  name,
  kind,
  path,
  line,
});

describe("variantBases", () => {
  it.each([
    ["sys_open_v2", ["sys_open"]],
    ["FooV2", ["Foo"]],
    ["foo2", ["foo"]],
    ["pipe_2", ["pipe"]],
    ["lseek64", ["lseek"]],
    ["foo_new", ["foo"]],
    ["CreateFileEx", ["CreateFile"]],
    ["createClientNew", ["createClient"]],
  ])("%s is a second version of %j", (name, bases) => {
    expect(variantBases(name)).toEqual(expect.arrayContaining(bases));
  });

  it.each(["foo", "foo1", "v2", "index", "Renew", "x2", "complex"])(
    "%s is not a second version of anything",
    (name) => {
      expect(variantBases(name)).toEqual([]);
    },
  );
});

describe("parallelInterfaces over symbol tables", () => {
  it("C: sys_open_v2 added beside sys_open that stays", () => {
    const before = [sym("sys_open", "function", "include/uapi/linux/fs.h", 10)];
    const after = [
      sym("sys_open", "function", "include/uapi/linux/fs.h", 10),
      sym("sys_open_v2", "function", "include/uapi/linux/fs.h", 12),
    ];
    const [f, ...rest] = parallelInterfaces({ before, after }, true);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: "fork/parallel-interface",
      category: "fork",
      severity: "error",
      line: 12,
      symbol: "sys_open_v2",
    });
    expect(f.message).toContain("beside sys_open (include/uapi/linux/fs.h:10)");
  });

  it("is a warning outside a fork: a second version beside the first is the project's own design", () => {
    const before = [sym("uv_try_write", "function", "include/uv.h", 10)];
    const after = [...before, sym("uv_try_write2", "function", "include/uv.h", 12)];
    const [f, ...rest] = parallelInterfaces({ before, after }, false);
    expect(rest).toEqual([]);
    expect([f.severity, f.symbol]).toEqual(["warning", "uv_try_write2"]);
    expect(f.message).toContain("beside uv_try_write (include/uv.h:10)");
  });

  it("C structs written with their tag: struct open_how2 beside struct open_how", () => {
    const after = [sym("struct open_how", "struct"), sym("struct open_how2", "struct", "include/uapi/linux/fs.h", 20)];
    expect(
      parallelInterfaces({ before: [sym("struct open_how", "struct")], after }, true).map((f) => f.symbol),
    ).toEqual(["struct open_how2"]);
  });

  it("negative: foo64 when foo was removed is a replacement", () => {
    expect(parallelInterfaces({ before: [sym("seek", "function")], after: [sym("seek64", "function")] }, true)).toEqual(
      [],
    );
  });

  it("negative: a v2 package replacing v1 differs in scope, not in name", () => {
    const before = [
      sym("acme.v1.Billing", "service", "api/v1/b.proto"),
      sym("acme.v1.Billing.Get", "rpc", "api/v1/b.proto"),
    ];
    const after = [
      sym("acme.v2.Billing", "service", "api/v2/b.proto"),
      sym("acme.v2.Billing.Get", "rpc", "api/v2/b.proto"),
    ];
    expect(parallelInterfaces({ before, after }, true)).toEqual([]);
  });

  it("negative: a variant that already existed before the PR, fields, and names from another language", () => {
    const base = [sym("open", "function"), sym("open2", "function")];
    expect(parallelInterfaces({ before: base, after: base }, true)).toEqual([]);
    expect(
      parallelInterfaces(
        { before: [sym("flags", "field")], after: [sym("flags", "field"), sym("flags2", "field")] },
        true,
      ),
    ).toEqual([]);
    expect(
      parallelInterfaces(
        {
          before: [],
          after: [sym("open", "function", "a.h"), sym("open2", "export", "types/index.d.ts")],
        },
        true,
      ),
    ).toEqual([]);
  });

  it("proto: an RPC in the same service", () => {
    const after = [sym("acme.Users.GetUser", "rpc", "u.proto", 3), sym("acme.Users.GetUserV2", "rpc", "u.proto", 4)];
    expect(parallelInterfaces({ before: [after[0]], after }, true).map((f) => f.symbol)).toEqual([
      "acme.Users.GetUserV2",
    ]);
  });
});
