export type Tree = Record<string, string>;
export interface Attack {
  before: Tree;
  after: Tree;
}
export function deepExports(depth?: number): Attack;
export function permutationTypes(): Attack;
export function manyFieldsProto(fields?: number): Attack;
export function manyExports(entries?: number): Attack;
export function allLinesChanged(lines?: number): Attack;
export function manyDefines(count?: number): Attack;
export const ATTACKS: Record<string, () => Attack>;
