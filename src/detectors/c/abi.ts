/** The two ABIs every layout is computed under. */
export type Abi = "lp64" | "ilp32";
export const ABIS: readonly Abi[] = ["lp64", "ilp32"];
export const ABI_NAMES: Record<Abi, string> = { lp64: "LP64", ilp32: "ILP32" };

/** Size and alignment in bytes; `align` is the alignment a member of that type gets in a struct. */
export interface Scalar {
  size: number;
  align: number;
}

const s = (size: number, align = size): Scalar => ({ size, align });

/** x86_64 SysV. */
const LP64_BASE: Record<string, Scalar> = {
  char: s(1),
  "signed char": s(1),
  "unsigned char": s(1),
  bool: s(1),
  short: s(2),
  "unsigned short": s(2),
  int: s(4),
  "unsigned int": s(4),
  long: s(8),
  "unsigned long": s(8),
  "long long": s(8),
  "unsigned long long": s(8),
  float: s(4),
  double: s(8),
  "long double": s(16),
  __int128: s(16),
  "unsigned __int128": s(16),
  pointer: s(8),
  enum: s(4),
};

/** i386 SysV: long long and double align to 4 inside structs; long double is 12 bytes. */
const ILP32_BASE: Record<string, Scalar> = {
  ...LP64_BASE,
  long: s(4),
  "unsigned long": s(4),
  "long long": s(8, 4),
  "unsigned long long": s(8, 4),
  double: s(8, 4),
  "long double": s(12, 4),
  pointer: s(4),
};

/** Fixed-width and kernel type names and the C type each one is. */
const ALIASES: Record<string, string> = {
  __u8: "unsigned char",
  __s8: "signed char",
  __u16: "unsigned short",
  __s16: "short",
  __u32: "unsigned int",
  __s32: "int",
  __u64: "unsigned long long",
  __s64: "long long",
  __le16: "unsigned short",
  __be16: "unsigned short",
  __le32: "unsigned int",
  __be32: "unsigned int",
  __le64: "unsigned long long",
  __be64: "unsigned long long",
  __sum16: "unsigned short",
  __wsum: "unsigned int",
  u8: "unsigned char",
  s8: "signed char",
  u16: "unsigned short",
  s16: "short",
  u32: "unsigned int",
  s32: "int",
  u64: "unsigned long long",
  s64: "long long",
  uint8_t: "unsigned char",
  int8_t: "signed char",
  uint16_t: "unsigned short",
  int16_t: "short",
  uint32_t: "unsigned int",
  int32_t: "int",
  uint64_t: "unsigned long",
  int64_t: "long",
  size_t: "unsigned long",
  ssize_t: "long",
  ptrdiff_t: "long",
  intptr_t: "long",
  uintptr_t: "unsigned long",
  __kernel_size_t: "unsigned long",
  __kernel_ssize_t: "long",
  __kernel_long_t: "long",
  __kernel_ulong_t: "unsigned long",
  off_t: "long",
  __kernel_off_t: "long",
  __kernel_loff_t: "long long",
  loff_t: "long long",
  time_t: "long",
  __kernel_time_t: "long",
  __kernel_pid_t: "int",
  pid_t: "int",
  __kernel_uid32_t: "unsigned int",
  __kernel_gid32_t: "unsigned int",
  uid_t: "unsigned int",
  gid_t: "unsigned int",
  __poll_t: "unsigned int",
  _Bool: "bool",
  wchar_t: "int",
  char16_t: "unsigned short",
  char32_t: "unsigned int",
  __kernel_uintptr_t: "unsigned long",
};

/** 64-bit types that keep 8-byte alignment on i386 too (`__aligned_u64`). */
const ALIGNED_8 = new Set(["__aligned_u64", "__aligned_s64", "__aligned_be64", "__aligned_le64"]);

/** int64_t is `long long` on i386 (glibc); the alias table above is LP64's view. */
const ILP32_ALIASES: Record<string, string> = { uint64_t: "unsigned long long", int64_t: "long long" };

/** Layout of a scalar type name, or undefined when the name is not a known scalar. */
export function scalar(name: string, abi: Abi): Scalar | undefined {
  if (ALIGNED_8.has(name)) return s(8, 8);
  const table = abi === "lp64" ? LP64_BASE : ILP32_BASE;
  const base = (abi === "ilp32" ? ILP32_ALIASES[name] : undefined) ?? ALIASES[name] ?? name;
  if (base === "void") return undefined;
  return table[base];
}

/**
 * What a scalar is to the ABI (signedness and sizes under both ABIs), so `__u32`, `uint32_t` and
 * `unsigned int` compare equal while `long` and `long long` do not.
 */
export function scalarKey(name: string): string | undefined {
  const a = scalar(name, "lp64");
  const b = scalar(name, "ilp32");
  if (!a || !b) return undefined;
  const base = ALIASES[name] ?? name;
  const kind = /float|double/.test(base) ? base : base === "bool" ? "bool" : base.startsWith("unsigned") ? "u" : "s";
  return `${kind}${a.size}/${b.size}:${b.align}${ALIGNED_8.has(name) ? "a8" : ""}`;
}

export function pointerLayout(abi: Abi): Scalar {
  return abi === "lp64" ? LP64_BASE.pointer! : ILP32_BASE.pointer!;
}
