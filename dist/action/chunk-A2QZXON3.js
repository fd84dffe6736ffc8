import { createRequire as __igCreateRequire } from "node:module";
import { fileURLToPath as __igFileURLToPath } from "node:url";
const require = __igCreateRequire(import.meta.url);
const __filename = __igFileURLToPath(import.meta.url);
const __dirname = __igFileURLToPath(new URL(".", import.meta.url));
import {
  cRules,
  cppRules,
  includeCandidates,
  includeClosureOf,
  includeNames,
  includeSites,
  interfaceHeaderPairs,
  umbrellaCandidates,
  umbrellaTexts
} from "./chunk-2MX6TO4A.js";
import {
  diffArrays
} from "./chunk-EDVL6423.js";
import {
  code
} from "./chunk-B5JDPFOR.js";
import {
  init_glob,
  matchesAny
} from "./chunk-EWA356II.js";
import {
  parseUnits
} from "./chunk-CHBFCZIL.js";
import {
  finding
} from "./chunk-IWR2HKIX.js";

// src/detectors/c/language.ts
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";

// node_modules/web-tree-sitter/web-tree-sitter.js
var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
var Edit = class {
  static {
    __name(this, "Edit");
  }
  /** The start position of the change. */
  startPosition;
  /** The end position of the change before the edit. */
  oldEndPosition;
  /** The end position of the change after the edit. */
  newEndPosition;
  /** The start index of the change. */
  startIndex;
  /** The end index of the change before the edit. */
  oldEndIndex;
  /** The end index of the change after the edit. */
  newEndIndex;
  constructor({
    startIndex,
    oldEndIndex,
    newEndIndex,
    startPosition,
    oldEndPosition,
    newEndPosition
  }) {
    this.startIndex = startIndex >>> 0;
    this.oldEndIndex = oldEndIndex >>> 0;
    this.newEndIndex = newEndIndex >>> 0;
    this.startPosition = startPosition;
    this.oldEndPosition = oldEndPosition;
    this.newEndPosition = newEndPosition;
  }
  /**
   * Edit a point and index to keep it in-sync with source code that has been edited.
   *
   * This function updates a single point's byte offset and row/column position
   * based on an edit operation. This is useful for editing points without
   * requiring a tree or node instance.
   */
  editPoint(point, index) {
    let newIndex = index;
    const newPoint = { ...point };
    if (index >= this.oldEndIndex) {
      newIndex = this.newEndIndex + (index - this.oldEndIndex);
      const originalRow = point.row;
      newPoint.row = this.newEndPosition.row + (point.row - this.oldEndPosition.row);
      newPoint.column = originalRow === this.oldEndPosition.row ? this.newEndPosition.column + (point.column - this.oldEndPosition.column) : point.column;
    } else if (index > this.startIndex) {
      newIndex = this.newEndIndex;
      newPoint.row = this.newEndPosition.row;
      newPoint.column = this.newEndPosition.column;
    }
    return { point: newPoint, index: newIndex };
  }
  /**
   * Edit a range to keep it in-sync with source code that has been edited.
   *
   * This function updates a range's start and end positions based on an edit
   * operation. This is useful for editing ranges without requiring a tree
   * or node instance.
   */
  editRange(range) {
    const newRange = {
      startIndex: range.startIndex,
      startPosition: { ...range.startPosition },
      endIndex: range.endIndex,
      endPosition: { ...range.endPosition }
    };
    if (range.endIndex >= this.oldEndIndex) {
      if (range.endIndex !== Number.MAX_SAFE_INTEGER) {
        newRange.endIndex = this.newEndIndex + (range.endIndex - this.oldEndIndex);
        newRange.endPosition = {
          row: this.newEndPosition.row + (range.endPosition.row - this.oldEndPosition.row),
          column: range.endPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.endPosition.column - this.oldEndPosition.column) : range.endPosition.column
        };
        if (newRange.endIndex < this.newEndIndex) {
          newRange.endIndex = Number.MAX_SAFE_INTEGER;
          newRange.endPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
        }
      }
    } else if (range.endIndex > this.startIndex) {
      newRange.endIndex = this.startIndex;
      newRange.endPosition = { ...this.startPosition };
    }
    if (range.startIndex >= this.oldEndIndex) {
      newRange.startIndex = this.newEndIndex + (range.startIndex - this.oldEndIndex);
      newRange.startPosition = {
        row: this.newEndPosition.row + (range.startPosition.row - this.oldEndPosition.row),
        column: range.startPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.startPosition.column - this.oldEndPosition.column) : range.startPosition.column
      };
      if (newRange.startIndex < this.newEndIndex) {
        newRange.startIndex = Number.MAX_SAFE_INTEGER;
        newRange.startPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
      }
    } else if (range.startIndex > this.startIndex) {
      newRange.startIndex = this.startIndex;
      newRange.startPosition = { ...this.startPosition };
    }
    return newRange;
  }
};
var SIZE_OF_SHORT = 2;
var SIZE_OF_INT = 4;
var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
var SIZE_OF_NODE = 5 * SIZE_OF_INT;
var SIZE_OF_POINT = 2 * SIZE_OF_INT;
var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
var ZERO_POINT = { row: 0, column: 0 };
var INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
__name(assertInternal, "assertInternal");
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
__name(isPoint, "isPoint");
function setModule(module2) {
  C = module2;
}
__name(setModule, "setModule");
var C;
function newFinalizer(handler) {
  try {
    return new FinalizationRegistry(handler);
  } catch (e) {
    console.error("Unsupported FinalizationRegistry:", e);
    return;
  }
}
__name(newFinalizer, "newFinalizer");
var finalizer = newFinalizer((address) => {
  C._ts_lookahead_iterator_delete(address);
});
var LookaheadIterator = class {
  static {
    __name(this, "LookaheadIterator");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  language;
  /** @internal */
  positioned = false;
  /** @internal */
  constructor(internal, address, language) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    finalizer?.register(this, address, this);
  }
  /**
   * Get the current symbol of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol:
   *
   * - Before the first iteration step
   * - After the iterator is exhausted
   * - After a {@link reset} or {@link resetState} call
   */
  get currentTypeId() {
    return this.positioned ? C._ts_lookahead_iterator_current_symbol(this[0]) : null;
  }
  /**
   * Get the current symbol name of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol.
   */
  get currentType() {
    const id = this.currentTypeId;
    if (id === null) return null;
    return this.language.types[id] ?? C.UTF8ToString(C._ts_language_symbol_name(this.language[0], id));
  }
  /** Delete the lookahead iterator, freeing its resources. */
  delete() {
    finalizer?.unregister(this);
    C._ts_lookahead_iterator_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Reset the lookahead iterator.
   *
   * This returns `true` if the language was set successfully and `false`
   * otherwise.
   */
  reset(language, stateId) {
    if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
      this.language = language;
      this.positioned = false;
      return true;
    }
    return false;
  }
  /**
   * Reset the lookahead iterator to another state.
   *
   * This returns `true` if the iterator was reset to the given state and
   * `false` otherwise.
   */
  resetState(stateId) {
    if (!C._ts_lookahead_iterator_reset_state(this[0], stateId)) return false;
    this.positioned = false;
    return true;
  }
  /**
   * Returns an iterator that iterates over the symbols of the lookahead iterator.
   *
   * The iterator will yield the current symbol name as a string for each step
   * until there are no more symbols to iterate over.
   */
  [Symbol.iterator]() {
    return {
      next: /* @__PURE__ */ __name(() => {
        this.positioned = Boolean(C._ts_lookahead_iterator_next(this[0]));
        const value = this.currentType;
        return value === null ? { done: true, value: "" } : { done: false, value };
      }, "next")
    };
  }
};
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
__name(getText, "getText");
var finalizer2 = newFinalizer((address) => {
  C._ts_tree_delete(address);
});
var Tree = class _Tree {
  static {
    __name(this, "Tree");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  textCallback;
  /** The language that was used to parse the syntax tree. */
  language;
  /** @internal */
  constructor(internal, address, language, textCallback) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    this.textCallback = textCallback;
    finalizer2?.register(this, address, this);
  }
  /** Create a shallow copy of the syntax tree. This is very fast. */
  copy() {
    const address = C._ts_tree_copy(this[0]);
    return new _Tree(INTERNAL, address, this.language, this.textCallback);
  }
  /** Delete the syntax tree, freeing its resources. */
  delete() {
    finalizer2?.unregister(this);
    C._ts_tree_delete(this[0]);
    this[0] = 0;
  }
  /** Get the root node of the syntax tree. */
  get rootNode() {
    C._ts_tree_root_node_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Get the root node of the syntax tree, but with its position shifted
   * forward by the given offset.
   */
  rootNodeWithOffset(offsetBytes, offsetExtent) {
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, offsetBytes, "i32");
    marshalPoint(address + SIZE_OF_INT, offsetExtent);
    C._ts_tree_root_node_with_offset_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Edit the syntax tree to keep it in sync with source code that has been
   * edited.
   *
   * You must describe the edit both in terms of byte offsets and in terms of
   * row/column coordinates.
   */
  edit(edit) {
    marshalEdit(edit);
    C._ts_tree_edit_wasm(this[0]);
  }
  /** Create a new {@link TreeCursor} starting from the root of the tree. */
  walk() {
    return this.rootNode.walk();
  }
  /**
   * Compare this old edited syntax tree to a new syntax tree representing
   * the same document, returning a sequence of ranges whose syntactic
   * structure has changed.
   *
   * For this to work correctly, this syntax tree must have been edited such
   * that its ranges match up to the new tree. Generally, you'll want to
   * call this method right after calling one of the [`Parser::parse`]
   * functions. Call it on the old tree that was passed to parse, and
   * pass the new tree that was returned from `parse`.
   */
  getChangedRanges(other) {
    if (!(other instanceof _Tree)) {
      throw new TypeError("Argument must be a Tree");
    }
    C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the included ranges that were used to parse the syntax tree. */
  getIncludedRanges() {
    C._ts_tree_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
};
var finalizer3 = newFinalizer((address) => {
  C._ts_tree_cursor_delete_wasm(address);
});
var TreeCursor = class _TreeCursor {
  static {
    __name(this, "TreeCursor");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [2] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [3] = 0;
  // Internal handle for Wasm
  /** @internal */
  tree;
  /** @internal */
  constructor(internal, tree) {
    assertInternal(internal);
    this.tree = tree;
    unmarshalTreeCursor(this);
    finalizer3?.register(this, this.tree[0], this);
  }
  /** Creates a deep copy of the tree cursor. This allocates new memory. */
  copy() {
    const copy = new _TreeCursor(INTERNAL, this.tree);
    C._ts_tree_cursor_copy_wasm(this.tree[0]);
    unmarshalTreeCursor(copy);
    return copy;
  }
  /** Delete the tree cursor, freeing its resources. */
  delete() {
    finalizer3?.unregister(this);
    marshalTreeCursor(this);
    C._ts_tree_cursor_delete_wasm(this.tree[0]);
    this[0] = this[1] = this[2] = 0;
  }
  /** Get the tree cursor's current {@link Node}. */
  get currentNode() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_current_node_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the numerical field id of this tree cursor's current node.
   *
   * See also {@link TreeCursor#currentFieldName}.
   */
  get currentFieldId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
  }
  /** Get the field name of this tree cursor's current node. */
  get currentFieldName() {
    return this.tree.language.fields[this.currentFieldId];
  }
  /**
   * Get the depth of the cursor's current node relative to the original
   * node that the cursor was constructed with.
   */
  get currentDepth() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
  }
  /**
   * Get the index of the cursor's current node out of all of the
   * descendants of the original node that the cursor was constructed with.
   */
  get currentDescendantIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
  }
  /** Get the type of the cursor's current node. */
  get nodeType() {
    return this.tree.language.types[this.nodeTypeId] || "ERROR";
  }
  /** Get the type id of the cursor's current node. */
  get nodeTypeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
  }
  /** Get the state id of the cursor's current node. */
  get nodeStateId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
  }
  /** Get the id of the cursor's current node. */
  get nodeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
  }
  /**
   * Check if the cursor's current node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get nodeIsNamed() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if the cursor's current node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get nodeIsMissing() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Get the string content of the cursor's current node. */
  get nodeText() {
    marshalTreeCursor(this);
    const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
    const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    const startPosition = unmarshalPoint(TRANSFER_BUFFER);
    return getText(this.tree, startIndex, endIndex, startPosition);
  }
  /** Get the start position of the cursor's current node. */
  get startPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the end position of the cursor's current node. */
  get endPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_end_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the start index of the cursor's current node. */
  get startIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
  }
  /** Get the end index of the cursor's current node. */
  get endIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
  }
  /**
   * Move this cursor to the first child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   */
  gotoFirstChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the last child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoFirstChild} because it needs to
   * iterate through all the children to compute the child's position.
   */
  gotoLastChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the parent of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no parent node (the cursor was already on the
   * root node).
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoParent() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the next sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no next sibling node.
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoNextSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the previous sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no previous sibling node.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoNextSibling} due to how node
   * positions are stored. In the worst case, this will need to iterate
   * through all the children up to the previous sibling node to recalculate
   * its position. Also note that the node the cursor was constructed with is
   * considered the root of the cursor, and the cursor cannot walk outside this node.
   */
  gotoPreviousSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move the cursor to the node that is the nth descendant of
   * the original node that the cursor was constructed with, where
   * zero represents the original node itself.
   */
  gotoDescendant(goalDescendantIndex) {
    marshalTreeCursor(this);
    C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
    unmarshalTreeCursor(this);
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForIndex(goalIndex) {
    marshalTreeCursor(this);
    C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
    const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns the index of the child node if one was found, and returns
   * `null` if no such child was found.
   */
  gotoFirstChildForPosition(goalPosition) {
    marshalTreeCursor(this);
    marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
    const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Re-initialize this tree cursor to start at the original node that the
   * cursor was constructed with.
   */
  reset(node) {
    marshalNode(node);
    marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
    C._ts_tree_cursor_reset_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
  }
  /**
   * Re-initialize a tree cursor to the same position as another cursor.
   *
   * Unlike {@link TreeCursor#reset}, this will not lose parent
   * information and allows reusing already created cursors.
   */
  resetTo(cursor) {
    marshalTreeCursor(this, TRANSFER_BUFFER);
    marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
    C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
    unmarshalTreeCursor(this);
  }
};
var Node = class {
  static {
    __name(this, "Node");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  _children;
  /** @internal */
  _namedChildren;
  /** @internal */
  constructor(internal, {
    id,
    tree,
    startIndex,
    startPosition,
    other
  }) {
    assertInternal(internal);
    this[0] = other;
    this.id = id;
    this.tree = tree;
    this.startIndex = startIndex;
    this.startPosition = startPosition;
  }
  /**
   * The numeric id for this node that is unique.
   *
   * Within a given syntax tree, no two nodes have the same id. However:
   *
   * * If a new tree is created based on an older tree, and a node from the old tree is reused in
   *   the process, then that node will have the same id in both trees.
   *
   * * A node not marked as having changes does not guarantee it was reused.
   *
   * * If a node is marked as having changed in the old tree, it will not be reused.
   */
  id;
  /** The byte index where this node starts. */
  startIndex;
  /** The position where this node starts. */
  startPosition;
  /** The tree that this node belongs to. */
  tree;
  /** Get this node's type as a numerical id. */
  get typeId() {
    marshalNode(this);
    return C._ts_node_symbol_wasm(this.tree[0]);
  }
  /**
   * Get the node's type as a numerical id as it appears in the grammar,
   * ignoring aliases.
   */
  get grammarId() {
    marshalNode(this);
    return C._ts_node_grammar_symbol_wasm(this.tree[0]);
  }
  /** Get this node's type as a string. */
  get type() {
    return this.tree.language.types[this.typeId] || "ERROR";
  }
  /**
   * Get this node's symbol name as it appears in the grammar, ignoring
   * aliases as a string.
   */
  get grammarType() {
    return this.tree.language.types[this.grammarId] || "ERROR";
  }
  /**
   * Check if this node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get isNamed() {
    marshalNode(this);
    return C._ts_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *extra*.
   *
   * Extra nodes represent things like comments, which are not required
   * by the grammar, but can appear anywhere.
   */
  get isExtra() {
    marshalNode(this);
    return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error.
   *
   * Syntax errors represent parts of the code that could not be incorporated
   * into a valid syntax tree.
   */
  get isError() {
    marshalNode(this);
    return C._ts_node_is_error_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get isMissing() {
    marshalNode(this);
    return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Check if this node has been edited. */
  get hasChanges() {
    marshalNode(this);
    return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error or contains any syntax
   * errors anywhere within it.
   */
  get hasError() {
    marshalNode(this);
    return C._ts_node_has_error_wasm(this.tree[0]) === 1;
  }
  /** Get the byte index where this node ends. */
  get endIndex() {
    marshalNode(this);
    return C._ts_node_end_index_wasm(this.tree[0]);
  }
  /** Get the position where this node ends. */
  get endPosition() {
    marshalNode(this);
    C._ts_node_end_point_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the string content of this node. */
  get text() {
    return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
  }
  /** Get this node's parse state. */
  get parseState() {
    marshalNode(this);
    return C._ts_node_parse_state_wasm(this.tree[0]);
  }
  /** Get the parse state after this node. */
  get nextParseState() {
    marshalNode(this);
    return C._ts_node_next_parse_state_wasm(this.tree[0]);
  }
  /** Check if this node is equal to another node. */
  equals(other) {
    return this.tree === other.tree && this.id === other.id;
  }
  /**
   * Get the node's child at the given index, where zero represents the first child.
   *
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#children} instead.
   */
  child(index) {
    marshalNode(this);
    C._ts_node_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's *named* child at the given index.
   *
   * See also {@link Node#isNamed}.
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#namedChildren} instead.
   */
  namedChild(index) {
    marshalNode(this);
    C._ts_node_named_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's child with the given numerical field id.
   *
   * See also {@link Node#childForFieldName}. You can
   * convert a field name to an id using {@link Language#fieldIdForName}.
   */
  childForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the first child with the given field name.
   *
   * If multiple children may have the same field name, access them using
   * {@link Node#childrenForFieldName}.
   */
  childForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1) return this.childForFieldId(fieldId);
    return null;
  }
  /** Get the field name of this node's child at the given index. */
  fieldNameForChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /** Get the field name of this node's named child at the given index. */
  fieldNameForNamedChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /**
   * Get an array of this node's children with a given field name.
   *
   * See also {@link Node#children}.
   */
  childrenForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
    return [];
  }
  /**
    * Get an array of this node's children with a given field id.
    *
    * See also {@link Node#childrenForFieldName}.
    */
  childrenForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the node's first child that contains or starts after the given byte offset. */
  firstChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's first named child that contains or starts after the given byte offset. */
  firstNamedChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's number of children. */
  get childCount() {
    marshalNode(this);
    return C._ts_node_child_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's number of *named* children.
   *
   * See also {@link Node#isNamed}.
   */
  get namedChildCount() {
    marshalNode(this);
    return C._ts_node_named_child_count_wasm(this.tree[0]);
  }
  /** Get this node's first child. */
  get firstChild() {
    return this.child(0);
  }
  /**
   * Get this node's first named child.
   *
   * See also {@link Node#isNamed}.
   */
  get firstNamedChild() {
    return this.namedChild(0);
  }
  /** Get this node's last child. */
  get lastChild() {
    return this.child(this.childCount - 1);
  }
  /**
   * Get this node's last named child.
   *
   * See also {@link Node#isNamed}.
   */
  get lastNamedChild() {
    return this.namedChild(this.namedChildCount - 1);
  }
  /**
   * Iterate over this node's children.
   *
   * If you're walking the tree recursively, you may want to use the
   * {@link TreeCursor} APIs directly instead.
   */
  get children() {
    if (!this._children) {
      marshalNode(this);
      C._ts_node_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._children[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._children;
  }
  /**
   * Iterate over this node's named children.
   *
   * See also {@link Node#children}.
   */
  get namedChildren() {
    if (!this._namedChildren) {
      marshalNode(this);
      C._ts_node_named_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._namedChildren[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._namedChildren;
  }
  /**
   * Get the descendants of this node that are the given type, or in the given types array.
   *
   * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
   *
   * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
   */
  descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
    if (!Array.isArray(types)) types = [types];
    const symbols = [];
    const typesBySymbol = this.tree.language.types;
    for (const node_type of types) {
      if (node_type == "ERROR") {
        symbols.push(65535);
      }
    }
    for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
      if (types.includes(typesBySymbol[i2])) {
        symbols.push(i2);
      }
    }
    const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
    for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
      C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
    }
    marshalNode(this);
    C._ts_node_descendants_of_type_wasm(
      this.tree[0],
      symbolsAddress,
      symbols.length,
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column
    );
    const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
    const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(descendantCount);
    if (descendantCount > 0) {
      let address = descendantAddress;
      for (let i2 = 0; i2 < descendantCount; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
    }
    C._free(descendantAddress);
    C._free(symbolsAddress);
    return result;
  }
  /** Get this node's next sibling. */
  get nextSibling() {
    marshalNode(this);
    C._ts_node_next_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's previous sibling. */
  get previousSibling() {
    marshalNode(this);
    C._ts_node_prev_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's next *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get nextNamedSibling() {
    marshalNode(this);
    C._ts_node_next_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's previous *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get previousNamedSibling() {
    marshalNode(this);
    C._ts_node_prev_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's number of descendants, including one for the node itself. */
  get descendantCount() {
    marshalNode(this);
    return C._ts_node_descendant_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's immediate parent.
   * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
   */
  get parent() {
    marshalNode(this);
    C._ts_node_parent_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the node that contains `descendant`.
   *
   * Note that this can return `descendant` itself.
   */
  childWithDescendant(descendant) {
    marshalNode(this);
    marshalNode(descendant, 1);
    C._ts_node_child_with_descendant_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given byte range. */
  descendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given byte range. */
  namedDescendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given point range. */
  descendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given point range. */
  namedDescendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Create a new {@link TreeCursor} starting from this node.
   *
   * Note that the given node is considered the root of the cursor,
   * and the cursor cannot walk outside this node.
   */
  walk() {
    marshalNode(this);
    C._ts_tree_cursor_new_wasm(this.tree[0]);
    return new TreeCursor(INTERNAL, this.tree);
  }
  /**
   * Edit this node to keep it in-sync with source code that has been edited.
   *
   * This function is only rarely needed. When you edit a syntax tree with
   * the {@link Tree#edit} method, all of the nodes that you retrieve from
   * the tree afterward will already reflect the edit. You only need to
   * use {@link Node#edit} when you have a specific {@link Node} instance that
   * you want to keep and continue to use after an edit.
   */
  edit(edit) {
    if (this.startIndex >= edit.oldEndIndex) {
      this.startIndex = edit.newEndIndex + (this.startIndex - edit.oldEndIndex);
      let subbedPointRow;
      let subbedPointColumn;
      if (this.startPosition.row > edit.oldEndPosition.row) {
        subbedPointRow = this.startPosition.row - edit.oldEndPosition.row;
        subbedPointColumn = this.startPosition.column;
      } else {
        subbedPointRow = 0;
        subbedPointColumn = this.startPosition.column;
        if (this.startPosition.column >= edit.oldEndPosition.column) {
          subbedPointColumn = this.startPosition.column - edit.oldEndPosition.column;
        }
      }
      if (subbedPointRow > 0) {
        this.startPosition.row += subbedPointRow;
        this.startPosition.column = subbedPointColumn;
      } else {
        this.startPosition.column += subbedPointColumn;
      }
    } else if (this.startIndex > edit.startIndex) {
      this.startIndex = edit.newEndIndex;
      this.startPosition.row = edit.newEndPosition.row;
      this.startPosition.column = edit.newEndPosition.column;
    }
  }
  /** Get the S-expression representation of this node. */
  toString() {
    marshalNode(this);
    const address = C._ts_node_to_string_wasm(this.tree[0]);
    const result = C.AsciiToString(address);
    C._free(address);
    return result;
  }
};
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
__name(unmarshalCaptures, "unmarshalCaptures");
function marshalNode(node, index = 0) {
  let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
__name(marshalNode, "marshalNode");
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other
  });
  return result;
}
__name(unmarshalNode, "unmarshalNode");
function marshalTreeCursor(cursor, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, cursor[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, cursor[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, cursor[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, cursor[3], "i32");
}
__name(marshalTreeCursor, "marshalTreeCursor");
function unmarshalTreeCursor(cursor) {
  cursor[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  cursor[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  cursor[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  cursor[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
__name(unmarshalTreeCursor, "unmarshalTreeCursor");
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
__name(marshalPoint, "marshalPoint");
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
__name(unmarshalPoint, "unmarshalPoint");
function marshalRange(address, range) {
  marshalPoint(address, range.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range.endIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalRange, "marshalRange");
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
__name(unmarshalRange, "unmarshalRange");
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalEdit, "marshalEdit");
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
__name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
var Language = class _Language {
  static {
    __name(this, "Language");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /**
   * A list of all node types in the language. The index of each type in this
   * array is its node type id.
   */
  types;
  /**
   * A list of all field names in the language. The index of each field name in
   * this array is its field id.
   */
  fields;
  /** @internal */
  constructor(internal, address) {
    assertInternal(internal);
    this[0] = address;
    this.types = new Array(C._ts_language_symbol_count(this[0]));
    for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
      if (C._ts_language_symbol_type(this[0], i2) < 2) {
        this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
      }
    }
    this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
    for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
      const fieldName = C._ts_language_field_name_for_id(this[0], i2);
      if (fieldName !== 0) {
        this.fields[i2] = C.UTF8ToString(fieldName);
      } else {
        this.fields[i2] = null;
      }
    }
  }
  /**
   * Gets the name of the language.
   */
  get name() {
    const ptr = C._ts_language_name(this[0]);
    if (ptr === 0) return null;
    return C.UTF8ToString(ptr);
  }
  /**
   * Gets the ABI version of the language.
   */
  get abiVersion() {
    return C._ts_language_abi_version(this[0]);
  }
  /**
  * Get the metadata for this language. This information is generated by the
  * CLI, and relies on the language author providing the correct metadata in
  * the language's `tree-sitter.json` file.
  */
  get metadata() {
    C._ts_language_metadata_wasm(this[0]);
    const length = C.getValue(TRANSFER_BUFFER, "i32");
    if (length === 0) return null;
    return unmarshalLanguageMetadata(TRANSFER_BUFFER + SIZE_OF_INT);
  }
  /**
   * Gets the number of fields in the language.
   */
  get fieldCount() {
    return this.fields.length - 1;
  }
  /**
   * Gets the number of states in the language.
   */
  get stateCount() {
    return C._ts_language_state_count(this[0]);
  }
  /**
   * Get the field id for a field name.
   */
  fieldIdForName(fieldName) {
    const result = this.fields.indexOf(fieldName);
    return result !== -1 ? result : null;
  }
  /**
   * Get the field name for a field id.
   */
  fieldNameForId(fieldId) {
    return this.fields[fieldId] ?? null;
  }
  /**
   * Get the node type id for a node type name.
   */
  idForNodeType(type, named2) {
    const typeLength = C.lengthBytesUTF8(type);
    const typeAddress = C._malloc(typeLength + 1);
    C.stringToUTF8(type, typeAddress, typeLength + 1);
    const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named2 ? 1 : 0);
    C._free(typeAddress);
    return result || null;
  }
  /**
   * Gets the number of node types in the language.
   */
  get nodeTypeCount() {
    return C._ts_language_symbol_count(this[0]);
  }
  /**
   * Get the node type name for a node type id.
   */
  nodeTypeForId(typeId) {
    const name2 = C._ts_language_symbol_name(this[0], typeId);
    return name2 ? C.UTF8ToString(name2) : null;
  }
  /**
   * Check if a node type is named.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
   */
  nodeTypeIsNamed(typeId) {
    return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Check if a node type is visible.
   */
  nodeTypeIsVisible(typeId) {
    return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Get the supertypes ids of this language.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
   */
  get supertypes() {
    C._ts_language_supertypes_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the subtype ids for a given supertype node id.
   */
  subtypes(supertype) {
    C._ts_language_subtypes_wasm(this[0], supertype);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the next state id for a given state id and node type id.
   */
  nextState(stateId, typeId) {
    return C._ts_language_next_state(this[0], stateId, typeId);
  }
  /**
   * Create a new lookahead iterator for this language and parse state.
   *
   * This returns `null` if state is invalid for this language.
   *
   * Iterating {@link LookaheadIterator} will yield valid symbols in the given
   * parse state. A newly created iterator is not positioned on a symbol, so
   * {@link LookaheadIterator#currentType} returns `null` until the first
   * iteration step.
   *
   * Lookahead iterators can be useful for generating suggestions and improving
   * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
   * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
   * lookahead iterator created on the previous non-extra leaf node may be
   * appropriate.
   */
  lookaheadIterator(stateId) {
    const address = C._ts_lookahead_iterator_new(this[0], stateId);
    if (address) return new LookaheadIterator(INTERNAL, address, this);
    return null;
  }
  /**
   * Load a language from a WebAssembly module.
   * The module can be provided as a path to a file, a `URL` to a file, or as a
   * buffer.
   */
  static async load(input) {
    let binary22;
    if (input instanceof Uint8Array) {
      binary22 = input;
    } else if (globalThis.process?.versions.node) {
      const fs2 = await import("fs/promises");
      binary22 = await fs2.readFile(input);
    } else {
      const response = await fetch(input);
      if (!response.ok) {
        const body2 = await response.text();
        throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
      }
      const retryResp = response.clone();
      try {
        binary22 = await WebAssembly.compileStreaming(response);
      } catch (reason) {
        console.error("wasm streaming compile failed:", reason);
        console.error("falling back to ArrayBuffer instantiation");
        binary22 = new Uint8Array(await retryResp.arrayBuffer());
      }
    }
    const mod = await C.loadWebAssemblyModule(binary22, { loadAsync: true });
    return _Language.loadFromWasmExports(mod, { sync: false });
  }
  static loadFromWasmExports(mod, { sync }) {
    const symbolNames = Object.keys(mod);
    const functionName = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
    if (!functionName) {
      console.log(`Couldn't find language function in Wasm file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
      throw new Error(`Language.${sync ? "loadSync" : "load"} failed: no language function found in Wasm file`);
    }
    const languageAddress = mod[functionName]();
    return new _Language(INTERNAL, languageAddress);
  }
  /**
   * Load a language synchronously from a pre-compiled WebAssembly module.
   * Use this when the host environment provides a `WebAssembly.Module` directly.
   */
  static loadSync(wasmModule) {
    const mod = C.loadWebAssemblyModule(wasmModule, { loadAsync: false });
    return _Language.loadFromWasmExports(mod, { sync: true });
  }
};
async function Module2(moduleArg = {}) {
  var moduleRtn;
  var Module = moduleArg;
  var ENVIRONMENT_IS_WEB = typeof window == "object";
  var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
  var ENVIRONMENT_IS_NODE = typeof process == "object" && process.versions?.node && process.type != "renderer";
  if (ENVIRONMENT_IS_NODE) {
    const { createRequire: createRequire2 } = await import("module");
    var require = createRequire2(import.meta.url);
  }
  Module.currentQueryProgressCallback = null;
  Module.currentProgressCallback = null;
  Module.currentLogCallback = null;
  Module.currentParseCallback = null;
  var arguments_ = [];
  var thisProgram = "./this.program";
  var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
    throw toThrow;
  }, "quit_");
  var _scriptName = import.meta.url;
  var scriptDirectory = "";
  function locateFile(path) {
    if (Module["locateFile"]) {
      return Module["locateFile"](path, scriptDirectory);
    }
    return scriptDirectory + path;
  }
  __name(locateFile, "locateFile");
  var readAsync, readBinary;
  if (ENVIRONMENT_IS_NODE) {
    var fs = require("fs");
    if (_scriptName.startsWith("file:")) {
      scriptDirectory = require("path").dirname(require("url").fileURLToPath(_scriptName)) + "/";
    }
    readBinary = /* @__PURE__ */ __name((filename) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename);
      return ret;
    }, "readBinary");
    readAsync = /* @__PURE__ */ __name(async (filename, binary22 = true) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename, binary22 ? void 0 : "utf8");
      return ret;
    }, "readAsync");
    if (process.argv.length > 1) {
      thisProgram = process.argv[1].replace(/\\/g, "/");
    }
    arguments_ = process.argv.slice(2);
    quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      process.exitCode = status;
      throw toThrow;
    }, "quit_");
  } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
    try {
      scriptDirectory = new URL(".", _scriptName).href;
    } catch {
    }
    {
      if (ENVIRONMENT_IS_WORKER) {
        readBinary = /* @__PURE__ */ __name((url) => {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", url, false);
          xhr.responseType = "arraybuffer";
          xhr.send(null);
          return new Uint8Array(
            /** @type{!ArrayBuffer} */
            xhr.response
          );
        }, "readBinary");
      }
      readAsync = /* @__PURE__ */ __name(async (url) => {
        if (isFileURI(url)) {
          return new Promise((resolve, reject) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, true);
            xhr.responseType = "arraybuffer";
            xhr.onload = () => {
              if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                resolve(xhr.response);
                return;
              }
              reject(xhr.status);
            };
            xhr.onerror = reject;
            xhr.send(null);
          });
        }
        var response = await fetch(url, {
          credentials: "same-origin"
        });
        if (response.ok) {
          return response.arrayBuffer();
        }
        throw new Error(response.status + " : " + response.url);
      }, "readAsync");
    }
  } else {
  }
  var out = console.log.bind(console);
  var err = console.error.bind(console);
  var dynamicLibraries = [];
  var wasmBinary;
  var ABORT = false;
  var EXITSTATUS;
  var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
  var readyPromiseResolve, readyPromiseReject;
  var wasmMemory;
  var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
  var HEAP64, HEAPU64;
  var HEAP_DATA_VIEW;
  var runtimeInitialized = false;
  function updateMemoryViews() {
    var b = wasmMemory.buffer;
    Module["HEAP8"] = HEAP8 = new Int8Array(b);
    Module["HEAP16"] = HEAP16 = new Int16Array(b);
    Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
    Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
    Module["HEAP32"] = HEAP32 = new Int32Array(b);
    Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
    Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
    Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
    Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
    Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
    LE_HEAP_UPDATE();
  }
  __name(updateMemoryViews, "updateMemoryViews");
  function initMemory() {
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
  }
  __name(initMemory, "initMemory");
  var __RELOC_FUNCS__ = [];
  function preRun() {
    if (Module["preRun"]) {
      if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
      while (Module["preRun"].length) {
        addOnPreRun(Module["preRun"].shift());
      }
    }
    callRuntimeCallbacks(onPreRuns);
  }
  __name(preRun, "preRun");
  function initRuntime() {
    runtimeInitialized = true;
    callRuntimeCallbacks(__RELOC_FUNCS__);
    wasmExports["__wasm_call_ctors"]();
    callRuntimeCallbacks(onPostCtors);
  }
  __name(initRuntime, "initRuntime");
  function preMain() {
  }
  __name(preMain, "preMain");
  function postRun() {
    if (Module["postRun"]) {
      if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
      while (Module["postRun"].length) {
        addOnPostRun(Module["postRun"].shift());
      }
    }
    callRuntimeCallbacks(onPostRuns);
  }
  __name(postRun, "postRun");
  function abort(what) {
    Module["onAbort"]?.(what);
    what = "Aborted(" + what + ")";
    err(what);
    ABORT = true;
    what += ". Build with -sASSERTIONS for more info.";
    var e = new WebAssembly.RuntimeError(what);
    readyPromiseReject?.(e);
    throw e;
  }
  __name(abort, "abort");
  var wasmBinaryFile;
  function findWasmBinary() {
    if (Module["locateFile"]) {
      return locateFile("web-tree-sitter.wasm");
    }
    return new URL("web-tree-sitter.wasm", import.meta.url).href;
  }
  __name(findWasmBinary, "findWasmBinary");
  function getBinarySync(file) {
    if (file == wasmBinaryFile && wasmBinary) {
      return new Uint8Array(wasmBinary);
    }
    if (readBinary) {
      return readBinary(file);
    }
    throw "both async and sync fetching of the wasm failed";
  }
  __name(getBinarySync, "getBinarySync");
  async function getWasmBinary(binaryFile) {
    if (!wasmBinary) {
      try {
        var response = await readAsync(binaryFile);
        return new Uint8Array(response);
      } catch {
      }
    }
    return getBinarySync(binaryFile);
  }
  __name(getWasmBinary, "getWasmBinary");
  async function instantiateArrayBuffer(binaryFile, imports) {
    try {
      var binary22 = await getWasmBinary(binaryFile);
      var instance2 = await WebAssembly.instantiate(binary22, imports);
      return instance2;
    } catch (reason) {
      err(`failed to asynchronously prepare wasm: ${reason}`);
      abort(reason);
    }
  }
  __name(instantiateArrayBuffer, "instantiateArrayBuffer");
  async function instantiateAsync(binary22, binaryFile, imports) {
    if (!binary22 && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
      try {
        var response = fetch(binaryFile, {
          credentials: "same-origin"
        });
        var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
        return instantiationResult;
      } catch (reason) {
        err(`wasm streaming compile failed: ${reason}`);
        err("falling back to ArrayBuffer instantiation");
      }
    }
    return instantiateArrayBuffer(binaryFile, imports);
  }
  __name(instantiateAsync, "instantiateAsync");
  function getWasmImports() {
    return {
      "env": wasmImports,
      "wasi_snapshot_preview1": wasmImports,
      "GOT.mem": new Proxy(wasmImports, GOTHandler),
      "GOT.func": new Proxy(wasmImports, GOTHandler)
    };
  }
  __name(getWasmImports, "getWasmImports");
  async function createWasm() {
    function receiveInstance(instance2, module2) {
      wasmExports = instance2.exports;
      wasmExports = relocateExports(wasmExports, 1024);
      var metadata2 = getDylinkMetadata(module2);
      if (metadata2.neededDynlibs) {
        dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
      }
      mergeLibSymbols(wasmExports, "main");
      LDSO.init();
      loadDylibs();
      __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
      assignWasmExports(wasmExports);
      return wasmExports;
    }
    __name(receiveInstance, "receiveInstance");
    function receiveInstantiationResult(result2) {
      return receiveInstance(result2["instance"], result2["module"]);
    }
    __name(receiveInstantiationResult, "receiveInstantiationResult");
    var info2 = getWasmImports();
    if (Module["instantiateWasm"]) {
      return new Promise((resolve, reject) => {
        Module["instantiateWasm"](info2, (mod, inst) => {
          resolve(receiveInstance(mod, inst));
        });
      });
    }
    wasmBinaryFile ??= findWasmBinary();
    var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
    var exports = receiveInstantiationResult(result);
    return exports;
  }
  __name(createWasm, "createWasm");
  class ExitStatus {
    static {
      __name(this, "ExitStatus");
    }
    name = "ExitStatus";
    constructor(status) {
      this.message = `Program terminated with exit(${status})`;
      this.status = status;
    }
  }
  var GOT = {};
  var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
  var GOTHandler = {
    get(obj, symName) {
      var rtn = GOT[symName];
      if (!rtn) {
        rtn = GOT[symName] = new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
      }
      if (!currentModuleWeakSymbols.has(symName)) {
        rtn.required = true;
      }
      return rtn;
    }
  };
  var LE_ATOMICS_NATIVE_BYTE_ORDER = [];
  var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
  var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
  var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
  var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
  var LE_HEAP_LOAD_I64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getBigInt64(byteOffset, true), "LE_HEAP_LOAD_I64");
  var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
  var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
  var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
  var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
  var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
  var LE_HEAP_STORE_I64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setBigInt64(byteOffset, value, true), "LE_HEAP_STORE_I64");
  var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
  var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
    while (callbacks.length > 0) {
      callbacks.shift()(Module);
    }
  }, "callRuntimeCallbacks");
  var onPostRuns = [];
  var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.push(cb), "addOnPostRun");
  var onPreRuns = [];
  var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.push(cb), "addOnPreRun");
  var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
  var findStringEnd = /* @__PURE__ */ __name((heapOrArray, idx, maxBytesToRead, ignoreNul) => {
    var maxIdx = idx + maxBytesToRead;
    if (ignoreNul) return maxIdx;
    while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
    return idx;
  }, "findStringEnd");
  var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
    var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
    if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
      return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
    }
    var str = "";
    while (idx < endPtr) {
      var u0 = heapOrArray[idx++];
      if (!(u0 & 128)) {
        str += String.fromCharCode(u0);
        continue;
      }
      var u1 = heapOrArray[idx++] & 63;
      if ((u0 & 224) == 192) {
        str += String.fromCharCode((u0 & 31) << 6 | u1);
        continue;
      }
      var u2 = heapOrArray[idx++] & 63;
      if ((u0 & 240) == 224) {
        u0 = (u0 & 15) << 12 | u1 << 6 | u2;
      } else {
        u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
      }
      if (u0 < 65536) {
        str += String.fromCharCode(u0);
      } else {
        var ch = u0 - 65536;
        str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
      }
    }
    return str;
  }, "UTF8ArrayToString");
  var getDylinkMetadata = /* @__PURE__ */ __name((binary22) => {
    var offset = 0;
    var end = 0;
    function getU8() {
      return binary22[offset++];
    }
    __name(getU8, "getU8");
    function getLEB() {
      var ret = 0;
      var mul = 1;
      while (1) {
        var byte = binary22[offset++];
        ret += (byte & 127) * mul;
        mul *= 128;
        if (!(byte & 128)) break;
      }
      return ret;
    }
    __name(getLEB, "getLEB");
    function getString() {
      var len = getLEB();
      offset += len;
      return UTF8ArrayToString(binary22, offset - len, len);
    }
    __name(getString, "getString");
    function getStringList() {
      var count2 = getLEB();
      var rtn = [];
      while (count2--) rtn.push(getString());
      return rtn;
    }
    __name(getStringList, "getStringList");
    function failIf(condition, message) {
      if (condition) throw new Error(message);
    }
    __name(failIf, "failIf");
    if (binary22 instanceof WebAssembly.Module) {
      var dylinkSection = WebAssembly.Module.customSections(binary22, "dylink.0");
      failIf(dylinkSection.length === 0, "need dylink section");
      binary22 = new Uint8Array(dylinkSection[0]);
      end = binary22.length;
    } else {
      var int32View = new Uint32Array(new Uint8Array(binary22.subarray(0, 24)).buffer);
      var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
      failIf(!magicNumberFound, "need to see wasm magic number");
      failIf(binary22[8] !== 0, "need the dylink section to be first");
      offset = 9;
      var section_size = getLEB();
      end = offset + section_size;
      var name2 = getString();
      failIf(name2 !== "dylink.0");
    }
    var customSection = {
      neededDynlibs: [],
      tlsExports: /* @__PURE__ */ new Set(),
      weakImports: /* @__PURE__ */ new Set(),
      runtimePaths: []
    };
    var WASM_DYLINK_MEM_INFO = 1;
    var WASM_DYLINK_NEEDED = 2;
    var WASM_DYLINK_EXPORT_INFO = 3;
    var WASM_DYLINK_IMPORT_INFO = 4;
    var WASM_DYLINK_RUNTIME_PATH = 5;
    var WASM_SYMBOL_TLS = 256;
    var WASM_SYMBOL_BINDING_MASK = 3;
    var WASM_SYMBOL_BINDING_WEAK = 1;
    while (offset < end) {
      var subsectionType = getU8();
      var subsectionSize = getLEB();
      if (subsectionType === WASM_DYLINK_MEM_INFO) {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
      } else if (subsectionType === WASM_DYLINK_NEEDED) {
        customSection.neededDynlibs = getStringList();
      } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var symname = getString();
          var flags2 = getLEB();
          if (flags2 & WASM_SYMBOL_TLS) {
            customSection.tlsExports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var modname = getString();
          var symname = getString();
          var flags2 = getLEB();
          if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
            customSection.weakImports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_RUNTIME_PATH) {
        customSection.runtimePaths = getStringList();
      } else {
        offset += subsectionSize;
      }
    }
    return customSection;
  }, "getDylinkMetadata");
  function getValue(ptr, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        return HEAP8[ptr];
      case "i8":
        return HEAP8[ptr];
      case "i16":
        return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
      case "i32":
        return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
      case "i64":
        return LE_HEAP_LOAD_I64((ptr >> 3) * 8);
      case "float":
        return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
      case "double":
        return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
      case "*":
        return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
      default:
        abort(`invalid type for getValue: ${type}`);
    }
  }
  __name(getValue, "getValue");
  var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
    var dso = {
      refcount: Infinity,
      name: name2,
      exports: syms,
      global: true
    };
    LDSO.loadedLibsByName[name2] = dso;
    if (handle2 != void 0) {
      LDSO.loadedLibsByHandle[handle2] = dso;
    }
    return dso;
  }, "newDSO");
  var LDSO = {
    loadedLibsByName: {},
    loadedLibsByHandle: {},
    init() {
      newDSO("__main__", 0, wasmImports);
    }
  };
  var ___heap_base = 82240;
  var alignMemory = /* @__PURE__ */ __name((size2, alignment) => Math.ceil(size2 / alignment) * alignment, "alignMemory");
  var getMemory = /* @__PURE__ */ __name((size2) => {
    if (runtimeInitialized) {
      return _calloc(size2, 1);
    }
    var ret = ___heap_base;
    var end = ret + alignMemory(size2, 16);
    ___heap_base = end;
    GOT["__heap_base"].value = end;
    return ret;
  }, "getMemory");
  var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
  var uleb128EncodeWithLen = /* @__PURE__ */ __name((arr) => {
    const n = arr.length;
    return [n % 128 | 128, n >> 7, ...arr];
  }, "uleb128EncodeWithLen");
  var wasmTypeCodes = {
    "i": 127,
    // i32
    "p": 127,
    // i32
    "j": 126,
    // i64
    "f": 125,
    // f32
    "d": 124,
    // f64
    "e": 111
  };
  var generateTypePack = /* @__PURE__ */ __name((types) => uleb128EncodeWithLen(Array.from(types, (type) => {
    var code2 = wasmTypeCodes[type];
    return code2;
  })), "generateTypePack");
  var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
    var bytes = Uint8Array.of(
      0,
      97,
      115,
      109,
      // magic ("\0asm")
      1,
      0,
      0,
      0,
      // version: 1
      1,
      ...uleb128EncodeWithLen([
        1,
        // count: 1
        96,
        // param types
        ...generateTypePack(sig.slice(1)),
        // return types (for now only supporting [] if `void` and single [T] otherwise)
        ...generateTypePack(sig[0] === "v" ? "" : sig[0])
      ]),
      // The rest of the module is static
      2,
      7,
      // import section
      // (import "e" "f" (func 0 (type 0)))
      1,
      1,
      101,
      1,
      102,
      0,
      0,
      7,
      5,
      // export section
      // (export "f" (func 0 (type 0)))
      1,
      1,
      102,
      0,
      0
    );
    var module2 = new WebAssembly.Module(bytes);
    var instance2 = new WebAssembly.Instance(module2, {
      "e": {
        "f": func2
      }
    });
    var wrappedFunc = instance2.exports["f"];
    return wrappedFunc;
  }, "convertJsFunctionToWasm");
  var wasmTableMirror = [];
  var wasmTable = new WebAssembly.Table({
    "initial": 31,
    "element": "anyfunc"
  });
  var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
    var func2 = wasmTableMirror[funcPtr];
    if (!func2) {
      wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
    }
    return func2;
  }, "getWasmTableEntry");
  var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
    if (functionsInTableMap) {
      for (var i2 = offset; i2 < offset + count; i2++) {
        var item = getWasmTableEntry(i2);
        if (item) {
          functionsInTableMap.set(item, i2);
        }
      }
    }
  }, "updateTableMap");
  var functionsInTableMap;
  var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
    if (!functionsInTableMap) {
      functionsInTableMap = /* @__PURE__ */ new WeakMap();
      updateTableMap(0, wasmTable.length);
    }
    return functionsInTableMap.get(func2) || 0;
  }, "getFunctionAddress");
  var freeTableIndexes = [];
  var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
    if (freeTableIndexes.length) {
      return freeTableIndexes.pop();
    }
    return wasmTable["grow"](1);
  }, "getEmptyTableSlot");
  var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
    wasmTable.set(idx, func2);
    wasmTableMirror[idx] = wasmTable.get(idx);
  }, "setWasmTableEntry");
  var addFunction = /* @__PURE__ */ __name((func2, sig) => {
    var rtn = getFunctionAddress(func2);
    if (rtn) {
      return rtn;
    }
    var ret = getEmptyTableSlot();
    try {
      setWasmTableEntry(ret, func2);
    } catch (err2) {
      if (!(err2 instanceof TypeError)) {
        throw err2;
      }
      var wrapped = convertJsFunctionToWasm(func2, sig);
      setWasmTableEntry(ret, wrapped);
    }
    functionsInTableMap.set(func2, ret);
    return ret;
  }, "addFunction");
  var updateGOT = /* @__PURE__ */ __name((exports, replace) => {
    for (var symName in exports) {
      if (isInternalSym(symName)) {
        continue;
      }
      var value = exports[symName];
      GOT[symName] ||= new WebAssembly.Global({
        "value": "i32",
        "mutable": true
      });
      if (replace || GOT[symName].value == 0) {
        if (typeof value == "function") {
          GOT[symName].value = addFunction(value);
        } else if (typeof value == "number") {
          GOT[symName].value = value;
        } else {
          err(`unhandled export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "updateGOT");
  var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
    var relocated = {};
    for (var e in exports) {
      var value = exports[e];
      if (typeof value == "object") {
        value = value.value;
      }
      if (typeof value == "number") {
        value += memoryBase2;
      }
      relocated[e] = value;
    }
    updateGOT(relocated, replace);
    return relocated;
  }, "relocateExports");
  var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
    var existing = wasmImports[symName];
    if (!existing || existing.stub) {
      return false;
    }
    return true;
  }, "isSymbolDefined");
  var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = [], promising = false) => {
    var func2 = getWasmTableEntry(ptr);
    var rtn = func2(...args2);
    function convert(rtn2) {
      return rtn2;
    }
    __name(convert, "convert");
    return convert(rtn);
  }, "dynCall");
  var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
  var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
  var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
    var sp = stackSave();
    try {
      return dynCall(sig, ptr, args2);
    } catch (e) {
      stackRestore(sp);
      if (e !== e + 0) throw e;
      _setThrew(1, 0);
      if (sig[0] == "j") return 0n;
    }
  }, "createInvokeFunction");
  var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
    var sym;
    if (isSymbolDefined(symName)) {
      sym = wasmImports[symName];
    } else if (symName.startsWith("invoke_")) {
      sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
    }
    return {
      sym,
      name: symName
    };
  }, "resolveGlobalSymbol");
  var onPostCtors = [];
  var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.push(cb), "addOnPostCtor");
  var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "", "UTF8ToString");
  var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
    var metadata = getDylinkMetadata(binary);
    function loadModule() {
      var memAlign = Math.pow(2, metadata.memoryAlign);
      var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
      var tableBase = metadata.tableSize ? wasmTable.length : 0;
      if (handle) {
        HEAP8[handle + 8] = 1;
        LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
        LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
        LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
        LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
      }
      if (metadata.tableSize) {
        wasmTable.grow(metadata.tableSize);
      }
      var moduleExports;
      function resolveSymbol(sym) {
        var resolved = resolveGlobalSymbol(sym).sym;
        if (!resolved && localScope) {
          resolved = localScope[sym];
        }
        if (!resolved) {
          resolved = moduleExports[sym];
        }
        return resolved;
      }
      __name(resolveSymbol, "resolveSymbol");
      var proxyHandler = {
        get(stubs, prop) {
          switch (prop) {
            case "__memory_base":
              return memoryBase;
            case "__table_base":
              return tableBase;
          }
          if (prop in wasmImports && !wasmImports[prop].stub) {
            var res = wasmImports[prop];
            return res;
          }
          if (!(prop in stubs)) {
            var resolved;
            stubs[prop] = (...args2) => {
              resolved ||= resolveSymbol(prop);
              return resolved(...args2);
            };
          }
          return stubs[prop];
        }
      };
      var proxy = new Proxy({}, proxyHandler);
      currentModuleWeakSymbols = metadata.weakImports;
      var info = {
        "GOT.mem": new Proxy({}, GOTHandler),
        "GOT.func": new Proxy({}, GOTHandler),
        "env": proxy,
        "wasi_snapshot_preview1": proxy
      };
      function postInstantiation(module, instance) {
        updateTableMap(tableBase, metadata.tableSize);
        moduleExports = relocateExports(instance.exports, memoryBase);
        if (!flags.allowUndefined) {
          reportUndefinedSymbols();
        }
        function addEmAsm(addr, body) {
          var args = [];
          var arity = 0;
          for (; arity < 16; arity++) {
            if (body.indexOf("$" + arity) != -1) {
              args.push("$" + arity);
            } else {
              break;
            }
          }
          args = args.join(",");
          var func = `(${args}) => { ${body} };`;
          ASM_CONSTS[start] = eval(func);
        }
        __name(addEmAsm, "addEmAsm");
        if ("__start_em_asm" in moduleExports) {
          var start = moduleExports["__start_em_asm"];
          var stop = moduleExports["__stop_em_asm"];
          while (start < stop) {
            var jsString = UTF8ToString(start);
            addEmAsm(start, jsString);
            start = HEAPU8.indexOf(0, start) + 1;
          }
        }
        function addEmJs(name, cSig, body) {
          var jsArgs = [];
          cSig = cSig.slice(1, -1);
          if (cSig != "void") {
            cSig = cSig.split(",");
            for (var i in cSig) {
              var jsArg = cSig[i].split(" ").pop();
              jsArgs.push(jsArg.replace("*", ""));
            }
          }
          var func = `(${jsArgs}) => ${body};`;
          moduleExports[name] = eval(func);
        }
        __name(addEmJs, "addEmJs");
        for (var name in moduleExports) {
          if (name.startsWith("__em_js__")) {
            var start = moduleExports[name];
            var jsString = UTF8ToString(start);
            var parts = jsString.split("<::>");
            addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
            delete moduleExports[name];
          }
        }
        var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
        if (applyRelocs) {
          if (runtimeInitialized) {
            applyRelocs();
          } else {
            __RELOC_FUNCS__.push(applyRelocs);
          }
        }
        var init = moduleExports["__wasm_call_ctors"];
        if (init) {
          if (runtimeInitialized) {
            init();
          } else {
            addOnPostCtor(init);
          }
        }
        return moduleExports;
      }
      __name(postInstantiation, "postInstantiation");
      if (flags.loadAsync) {
        return (async () => {
          var instance2;
          if (binary instanceof WebAssembly.Module) {
            instance2 = new WebAssembly.Instance(binary, info);
          } else {
            ({ module: binary, instance: instance2 } = await WebAssembly.instantiate(binary, info));
          }
          return postInstantiation(binary, instance2);
        })();
      }
      var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
      var instance = new WebAssembly.Instance(module, info);
      return postInstantiation(module, instance);
    }
    __name(loadModule, "loadModule");
    flags = {
      ...flags,
      rpath: {
        parentLibPath: libName,
        paths: metadata.runtimePaths
      }
    };
    if (flags.loadAsync) {
      return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
    }
    metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
    return loadModule();
  }, "loadWebAssemblyModule");
  var mergeLibSymbols = /* @__PURE__ */ __name((exports, libName2) => {
    for (var [sym, exp] of Object.entries(exports)) {
      const setImport = /* @__PURE__ */ __name((target) => {
        if (!isSymbolDefined(target)) {
          wasmImports[target] = exp;
        }
      }, "setImport");
      setImport(sym);
      const main_alias = "__main_argc_argv";
      if (sym == "main") {
        setImport(main_alias);
      }
      if (sym == main_alias) {
        setImport("main");
      }
    }
  }, "mergeLibSymbols");
  var asyncLoad = /* @__PURE__ */ __name(async (url) => {
    var arrayBuffer = await readAsync(url);
    return new Uint8Array(arrayBuffer);
  }, "asyncLoad");
  function loadDynamicLibrary(libName2, flags2 = {
    global: true,
    nodelete: true
  }, localScope2, handle2) {
    var dso = LDSO.loadedLibsByName[libName2];
    if (dso) {
      if (!flags2.global) {
        if (localScope2) {
          Object.assign(localScope2, dso.exports);
        }
      } else if (!dso.global) {
        dso.global = true;
        mergeLibSymbols(dso.exports, libName2);
      }
      if (flags2.nodelete && dso.refcount !== Infinity) {
        dso.refcount = Infinity;
      }
      dso.refcount++;
      if (handle2) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return flags2.loadAsync ? Promise.resolve(true) : true;
    }
    dso = newDSO(libName2, handle2, "loading");
    dso.refcount = flags2.nodelete ? Infinity : 1;
    dso.global = flags2.global;
    function loadLibData() {
      if (handle2) {
        var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
        var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
        if (data && dataSize) {
          var libData = HEAP8.slice(data, data + dataSize);
          return flags2.loadAsync ? Promise.resolve(libData) : libData;
        }
      }
      var libFile = locateFile(libName2);
      if (flags2.loadAsync) {
        return asyncLoad(libFile);
      }
      if (!readBinary) {
        throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
      }
      return readBinary(libFile);
    }
    __name(loadLibData, "loadLibData");
    function getExports() {
      if (flags2.loadAsync) {
        return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
      }
      return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
    }
    __name(getExports, "getExports");
    function moduleLoaded(exports) {
      if (dso.global) {
        mergeLibSymbols(exports, libName2);
      } else if (localScope2) {
        Object.assign(localScope2, exports);
      }
      dso.exports = exports;
    }
    __name(moduleLoaded, "moduleLoaded");
    if (flags2.loadAsync) {
      return getExports().then((exports) => {
        moduleLoaded(exports);
        return true;
      });
    }
    moduleLoaded(getExports());
    return true;
  }
  __name(loadDynamicLibrary, "loadDynamicLibrary");
  var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
    for (var [symName, entry] of Object.entries(GOT)) {
      if (entry.value == 0) {
        var value = resolveGlobalSymbol(symName, true).sym;
        if (!value && !entry.required) {
          continue;
        }
        if (typeof value == "function") {
          entry.value = addFunction(value, value.sig);
        } else if (typeof value == "number") {
          entry.value = value;
        } else {
          throw new Error(`bad export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "reportUndefinedSymbols");
  var runDependencies = 0;
  var dependenciesFulfilled = null;
  var removeRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies--;
    Module["monitorRunDependencies"]?.(runDependencies);
    if (runDependencies == 0) {
      if (dependenciesFulfilled) {
        var callback = dependenciesFulfilled;
        dependenciesFulfilled = null;
        callback();
      }
    }
  }, "removeRunDependency");
  var addRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies++;
    Module["monitorRunDependencies"]?.(runDependencies);
  }, "addRunDependency");
  var loadDylibs = /* @__PURE__ */ __name(async () => {
    if (!dynamicLibraries.length) {
      reportUndefinedSymbols();
      return;
    }
    addRunDependency("loadDylibs");
    for (var lib of dynamicLibraries) {
      await loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      });
    }
    reportUndefinedSymbols();
    removeRunDependency("loadDylibs");
  }, "loadDylibs");
  var noExitRuntime = true;
  function setValue(ptr, value, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        HEAP8[ptr] = value;
        break;
      case "i8":
        HEAP8[ptr] = value;
        break;
      case "i16":
        LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
        break;
      case "i32":
        LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
        break;
      case "i64":
        LE_HEAP_STORE_I64((ptr >> 3) * 8, BigInt(value));
        break;
      case "float":
        LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
        break;
      case "double":
        LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
        break;
      case "*":
        LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
        break;
      default:
        abort(`invalid type for setValue: ${type}`);
    }
  }
  __name(setValue, "setValue");
  var ___memory_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1024);
  var ___stack_high = 82240;
  var ___stack_low = 16704;
  var ___stack_pointer = new WebAssembly.Global({
    "value": "i32",
    "mutable": true
  }, 82240);
  var ___table_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1);
  var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
  __abort_js.sig = "v";
  var getHeapMax = /* @__PURE__ */ __name(() => (
    // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
    // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
    // for any code that deals with heap sizes, which would require special
    // casing all heap size related code to treat 0 specially.
    2147483648
  ), "getHeapMax");
  var growMemory = /* @__PURE__ */ __name((size2) => {
    var oldHeapSize = wasmMemory.buffer.byteLength;
    var pages = (size2 - oldHeapSize + 65535) / 65536 | 0;
    try {
      wasmMemory.grow(pages);
      updateMemoryViews();
      return 1;
    } catch (e) {
    }
  }, "growMemory");
  var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
    var oldSize = HEAPU8.length;
    requestedSize >>>= 0;
    var maxHeapSize = getHeapMax();
    if (requestedSize > maxHeapSize) {
      return false;
    }
    for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
      var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
      overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
      var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
      var replacement = growMemory(newSize);
      if (replacement) {
        return true;
      }
    }
    return false;
  }, "_emscripten_resize_heap");
  _emscripten_resize_heap.sig = "ip";
  var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
  _fd_close.sig = "ii";
  var INT53_MAX = 9007199254740992;
  var INT53_MIN = -9007199254740992;
  var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
  function _fd_seek(fd, offset, whence, newOffset) {
    offset = bigintToI53Checked(offset);
    return 70;
  }
  __name(_fd_seek, "_fd_seek");
  _fd_seek.sig = "iijip";
  var printCharBuffers = [null, [], []];
  var printChar = /* @__PURE__ */ __name((stream, curr) => {
    var buffer = printCharBuffers[stream];
    if (curr === 0 || curr === 10) {
      (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
      buffer.length = 0;
    } else {
      buffer.push(curr);
    }
  }, "printChar");
  var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
    var num = 0;
    for (var i2 = 0; i2 < iovcnt; i2++) {
      var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
      var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
      iov += 8;
      for (var j = 0; j < len; j++) {
        printChar(fd, HEAPU8[ptr + j]);
      }
      num += len;
    }
    LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
    return 0;
  }, "_fd_write");
  _fd_write.sig = "iippp";
  function _tree_sitter_log_callback(isLexMessage, messageAddress) {
    if (Module.currentLogCallback) {
      const message = UTF8ToString(messageAddress);
      Module.currentLogCallback(message, isLexMessage !== 0);
    }
  }
  __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
  function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
    const INPUT_BUFFER_SIZE = 10 * 1024;
    const string = Module.currentParseCallback(index, {
      row,
      column
    });
    if (typeof string === "string") {
      setValue(lengthAddress, string.length, "i32");
      stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
    } else {
      setValue(lengthAddress, 0, "i32");
    }
  }
  __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
  function _tree_sitter_progress_callback(currentOffset, hasError) {
    if (Module.currentProgressCallback) {
      return Module.currentProgressCallback({
        currentOffset,
        hasError
      });
    }
    return false;
  }
  __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
  function _tree_sitter_query_progress_callback(currentOffset) {
    if (Module.currentQueryProgressCallback) {
      return Module.currentQueryProgressCallback({
        currentOffset
      });
    }
    return false;
  }
  __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
  var runtimeKeepaliveCounter = 0;
  var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
  var _proc_exit = /* @__PURE__ */ __name((code2) => {
    EXITSTATUS = code2;
    if (!keepRuntimeAlive()) {
      Module["onExit"]?.(code2);
      ABORT = true;
    }
    quit_(code2, new ExitStatus(code2));
  }, "_proc_exit");
  _proc_exit.sig = "vi";
  var exitJS = /* @__PURE__ */ __name((status, implicit) => {
    EXITSTATUS = status;
    _proc_exit(status);
  }, "exitJS");
  var handleException = /* @__PURE__ */ __name((e) => {
    if (e instanceof ExitStatus || e == "unwind") {
      return EXITSTATUS;
    }
    quit_(1, e);
  }, "handleException");
  var lengthBytesUTF8 = /* @__PURE__ */ __name((str) => {
    var len = 0;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var c = str.charCodeAt(i2);
      if (c <= 127) {
        len++;
      } else if (c <= 2047) {
        len += 2;
      } else if (c >= 55296 && c <= 57343) {
        len += 4;
        ++i2;
      } else {
        len += 3;
      }
    }
    return len;
  }, "lengthBytesUTF8");
  var stringToUTF8Array = /* @__PURE__ */ __name((str, heap, outIdx, maxBytesToWrite) => {
    if (!(maxBytesToWrite > 0)) return 0;
    var startIdx = outIdx;
    var endIdx = outIdx + maxBytesToWrite - 1;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var u = str.codePointAt(i2);
      if (u <= 127) {
        if (outIdx >= endIdx) break;
        heap[outIdx++] = u;
      } else if (u <= 2047) {
        if (outIdx + 1 >= endIdx) break;
        heap[outIdx++] = 192 | u >> 6;
        heap[outIdx++] = 128 | u & 63;
      } else if (u <= 65535) {
        if (outIdx + 2 >= endIdx) break;
        heap[outIdx++] = 224 | u >> 12;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
      } else {
        if (outIdx + 3 >= endIdx) break;
        heap[outIdx++] = 240 | u >> 18;
        heap[outIdx++] = 128 | u >> 12 & 63;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
        i2++;
      }
    }
    heap[outIdx] = 0;
    return outIdx - startIdx;
  }, "stringToUTF8Array");
  var stringToUTF8 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
  var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
  var stringToUTF8OnStack = /* @__PURE__ */ __name((str) => {
    var size2 = lengthBytesUTF8(str) + 1;
    var ret = stackAlloc(size2);
    stringToUTF8(str, ret, size2);
    return ret;
  }, "stringToUTF8OnStack");
  var AsciiToString = /* @__PURE__ */ __name((ptr) => {
    var str = "";
    while (1) {
      var ch = HEAPU8[ptr++];
      if (!ch) return str;
      str += String.fromCharCode(ch);
    }
  }, "AsciiToString");
  var stringToUTF16 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => {
    maxBytesToWrite ??= 2147483647;
    if (maxBytesToWrite < 2) return 0;
    maxBytesToWrite -= 2;
    var startPtr = outPtr;
    var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
    for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
      var codeUnit = str.charCodeAt(i2);
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
      outPtr += 2;
    }
    LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
    return outPtr - startPtr;
  }, "stringToUTF16");
  LE_ATOMICS_NATIVE_BYTE_ORDER = new Int8Array(new Int16Array([1]).buffer)[0] === 1 ? [
    /* little endian */
    ((x) => x),
    ((x) => x),
    void 0,
    ((x) => x)
  ] : [
    /* big endian */
    ((x) => x),
    ((x) => ((x & 65280) << 8 | (x & 255) << 24) >> 16),
    void 0,
    ((x) => x >> 24 & 255 | x >> 8 & 65280 | (x & 65280) << 8 | (x & 255) << 24)
  ];
  function LE_HEAP_UPDATE() {
    HEAPU16.unsigned = ((x) => x & 65535);
    HEAPU32.unsigned = ((x) => x >>> 0);
  }
  __name(LE_HEAP_UPDATE, "LE_HEAP_UPDATE");
  {
    initMemory();
    if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
    if (Module["print"]) out = Module["print"];
    if (Module["printErr"]) err = Module["printErr"];
    if (Module["dynamicLibraries"]) dynamicLibraries = Module["dynamicLibraries"];
    if (Module["wasmBinary"]) wasmBinary = Module["wasmBinary"];
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].shift()();
      }
    }
  }
  Module["setValue"] = setValue;
  Module["getValue"] = getValue;
  Module["UTF8ToString"] = UTF8ToString;
  Module["stringToUTF8"] = stringToUTF8;
  Module["lengthBytesUTF8"] = lengthBytesUTF8;
  Module["AsciiToString"] = AsciiToString;
  Module["stringToUTF16"] = stringToUTF16;
  Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
  Module["LE_HEAP_STORE_I64"] = LE_HEAP_STORE_I64;
  var ASM_CONSTS = {};
  var _malloc, _calloc, _realloc, _free, _ts_range_edit, _memcmp, _ts_language_symbol_count, _ts_language_state_count, _ts_language_abi_version, _ts_language_name, _ts_language_field_count, _ts_language_next_state, _ts_language_symbol_name, _ts_language_symbol_for_name, _strncmp, _ts_language_symbol_type, _ts_language_field_name_for_id, _ts_lookahead_iterator_new, _ts_lookahead_iterator_delete, _ts_lookahead_iterator_reset_state, _ts_lookahead_iterator_reset, _ts_lookahead_iterator_next, _ts_lookahead_iterator_current_symbol, _ts_point_edit, _ts_parser_delete, _ts_parser_reset, _ts_parser_set_language, _ts_parser_set_included_ranges, _ts_query_new, _ts_query_delete, _iswspace, _iswalnum, _ts_query_copy, _ts_query_pattern_count, _ts_query_capture_count, _ts_query_string_count, _ts_query_capture_name_for_id, _ts_query_capture_quantifier_for_id, _ts_query_string_value_for_id, _ts_query_predicates_for_pattern, _ts_query_start_byte_for_pattern, _ts_query_end_byte_for_pattern, _ts_query_is_pattern_rooted, _ts_query_is_pattern_non_local, _ts_query_is_pattern_guaranteed_at_step, _ts_query_disable_capture, _ts_query_disable_pattern, _ts_tree_copy, _ts_tree_delete, _ts_init, _ts_parser_new_wasm, _ts_parser_enable_logger_wasm, _ts_parser_parse_wasm, _ts_parser_included_ranges_wasm, _ts_language_type_is_named_wasm, _ts_language_type_is_visible_wasm, _ts_language_metadata_wasm, _ts_language_supertypes_wasm, _ts_language_subtypes_wasm, _ts_tree_root_node_wasm, _ts_tree_root_node_with_offset_wasm, _ts_tree_edit_wasm, _ts_tree_included_ranges_wasm, _ts_tree_get_changed_ranges_wasm, _ts_tree_cursor_new_wasm, _ts_tree_cursor_copy_wasm, _ts_tree_cursor_delete_wasm, _ts_tree_cursor_reset_wasm, _ts_tree_cursor_reset_to_wasm, _ts_tree_cursor_goto_first_child_wasm, _ts_tree_cursor_goto_last_child_wasm, _ts_tree_cursor_goto_first_child_for_index_wasm, _ts_tree_cursor_goto_first_child_for_position_wasm, _ts_tree_cursor_goto_next_sibling_wasm, _ts_tree_cursor_goto_previous_sibling_wasm, _ts_tree_cursor_goto_descendant_wasm, _ts_tree_cursor_goto_parent_wasm, _ts_tree_cursor_current_node_type_id_wasm, _ts_tree_cursor_current_node_state_id_wasm, _ts_tree_cursor_current_node_is_named_wasm, _ts_tree_cursor_current_node_is_missing_wasm, _ts_tree_cursor_current_node_id_wasm, _ts_tree_cursor_start_position_wasm, _ts_tree_cursor_end_position_wasm, _ts_tree_cursor_start_index_wasm, _ts_tree_cursor_end_index_wasm, _ts_tree_cursor_current_field_id_wasm, _ts_tree_cursor_current_depth_wasm, _ts_tree_cursor_current_descendant_index_wasm, _ts_tree_cursor_current_node_wasm, _ts_node_symbol_wasm, _ts_node_field_name_for_child_wasm, _ts_node_field_name_for_named_child_wasm, _ts_node_children_by_field_id_wasm, _ts_node_first_child_for_byte_wasm, _ts_node_first_named_child_for_byte_wasm, _ts_node_grammar_symbol_wasm, _ts_node_child_count_wasm, _ts_node_named_child_count_wasm, _ts_node_child_wasm, _ts_node_named_child_wasm, _ts_node_child_by_field_id_wasm, _ts_node_next_sibling_wasm, _ts_node_prev_sibling_wasm, _ts_node_next_named_sibling_wasm, _ts_node_prev_named_sibling_wasm, _ts_node_descendant_count_wasm, _ts_node_parent_wasm, _ts_node_child_with_descendant_wasm, _ts_node_descendant_for_index_wasm, _ts_node_named_descendant_for_index_wasm, _ts_node_descendant_for_position_wasm, _ts_node_named_descendant_for_position_wasm, _ts_node_start_point_wasm, _ts_node_end_point_wasm, _ts_node_start_index_wasm, _ts_node_end_index_wasm, _ts_node_to_string_wasm, _ts_node_children_wasm, _ts_node_named_children_wasm, _ts_node_descendants_of_type_wasm, _ts_node_is_named_wasm, _ts_node_has_changes_wasm, _ts_node_has_error_wasm, _ts_node_is_error_wasm, _ts_node_is_missing_wasm, _ts_node_is_extra_wasm, _ts_node_parse_state_wasm, _ts_node_next_parse_state_wasm, _ts_query_matches_wasm, _ts_query_captures_wasm, _memset, _memcpy, _memmove, _iswalpha, _iswblank, _iswdigit, _iswlower, _iswpunct, _iswupper, _iswxdigit, _memchr, _strlen, _strcmp, _strncat, _strncpy, _towlower, _towupper, _setThrew, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, ___wasm_apply_data_relocs;
  function assignWasmExports(wasmExports2) {
    Module["_malloc"] = _malloc = wasmExports2["malloc"];
    Module["_calloc"] = _calloc = wasmExports2["calloc"];
    Module["_realloc"] = _realloc = wasmExports2["realloc"];
    Module["_free"] = _free = wasmExports2["free"];
    Module["_ts_range_edit"] = _ts_range_edit = wasmExports2["ts_range_edit"];
    Module["_memcmp"] = _memcmp = wasmExports2["memcmp"];
    Module["_ts_language_symbol_count"] = _ts_language_symbol_count = wasmExports2["ts_language_symbol_count"];
    Module["_ts_language_state_count"] = _ts_language_state_count = wasmExports2["ts_language_state_count"];
    Module["_ts_language_abi_version"] = _ts_language_abi_version = wasmExports2["ts_language_abi_version"];
    Module["_ts_language_name"] = _ts_language_name = wasmExports2["ts_language_name"];
    Module["_ts_language_field_count"] = _ts_language_field_count = wasmExports2["ts_language_field_count"];
    Module["_ts_language_next_state"] = _ts_language_next_state = wasmExports2["ts_language_next_state"];
    Module["_ts_language_symbol_name"] = _ts_language_symbol_name = wasmExports2["ts_language_symbol_name"];
    Module["_ts_language_symbol_for_name"] = _ts_language_symbol_for_name = wasmExports2["ts_language_symbol_for_name"];
    Module["_strncmp"] = _strncmp = wasmExports2["strncmp"];
    Module["_ts_language_symbol_type"] = _ts_language_symbol_type = wasmExports2["ts_language_symbol_type"];
    Module["_ts_language_field_name_for_id"] = _ts_language_field_name_for_id = wasmExports2["ts_language_field_name_for_id"];
    Module["_ts_lookahead_iterator_new"] = _ts_lookahead_iterator_new = wasmExports2["ts_lookahead_iterator_new"];
    Module["_ts_lookahead_iterator_delete"] = _ts_lookahead_iterator_delete = wasmExports2["ts_lookahead_iterator_delete"];
    Module["_ts_lookahead_iterator_reset_state"] = _ts_lookahead_iterator_reset_state = wasmExports2["ts_lookahead_iterator_reset_state"];
    Module["_ts_lookahead_iterator_reset"] = _ts_lookahead_iterator_reset = wasmExports2["ts_lookahead_iterator_reset"];
    Module["_ts_lookahead_iterator_next"] = _ts_lookahead_iterator_next = wasmExports2["ts_lookahead_iterator_next"];
    Module["_ts_lookahead_iterator_current_symbol"] = _ts_lookahead_iterator_current_symbol = wasmExports2["ts_lookahead_iterator_current_symbol"];
    Module["_ts_point_edit"] = _ts_point_edit = wasmExports2["ts_point_edit"];
    Module["_ts_parser_delete"] = _ts_parser_delete = wasmExports2["ts_parser_delete"];
    Module["_ts_parser_reset"] = _ts_parser_reset = wasmExports2["ts_parser_reset"];
    Module["_ts_parser_set_language"] = _ts_parser_set_language = wasmExports2["ts_parser_set_language"];
    Module["_ts_parser_set_included_ranges"] = _ts_parser_set_included_ranges = wasmExports2["ts_parser_set_included_ranges"];
    Module["_ts_query_new"] = _ts_query_new = wasmExports2["ts_query_new"];
    Module["_ts_query_delete"] = _ts_query_delete = wasmExports2["ts_query_delete"];
    Module["_iswspace"] = _iswspace = wasmExports2["iswspace"];
    Module["_iswalnum"] = _iswalnum = wasmExports2["iswalnum"];
    Module["_ts_query_copy"] = _ts_query_copy = wasmExports2["ts_query_copy"];
    Module["_ts_query_pattern_count"] = _ts_query_pattern_count = wasmExports2["ts_query_pattern_count"];
    Module["_ts_query_capture_count"] = _ts_query_capture_count = wasmExports2["ts_query_capture_count"];
    Module["_ts_query_string_count"] = _ts_query_string_count = wasmExports2["ts_query_string_count"];
    Module["_ts_query_capture_name_for_id"] = _ts_query_capture_name_for_id = wasmExports2["ts_query_capture_name_for_id"];
    Module["_ts_query_capture_quantifier_for_id"] = _ts_query_capture_quantifier_for_id = wasmExports2["ts_query_capture_quantifier_for_id"];
    Module["_ts_query_string_value_for_id"] = _ts_query_string_value_for_id = wasmExports2["ts_query_string_value_for_id"];
    Module["_ts_query_predicates_for_pattern"] = _ts_query_predicates_for_pattern = wasmExports2["ts_query_predicates_for_pattern"];
    Module["_ts_query_start_byte_for_pattern"] = _ts_query_start_byte_for_pattern = wasmExports2["ts_query_start_byte_for_pattern"];
    Module["_ts_query_end_byte_for_pattern"] = _ts_query_end_byte_for_pattern = wasmExports2["ts_query_end_byte_for_pattern"];
    Module["_ts_query_is_pattern_rooted"] = _ts_query_is_pattern_rooted = wasmExports2["ts_query_is_pattern_rooted"];
    Module["_ts_query_is_pattern_non_local"] = _ts_query_is_pattern_non_local = wasmExports2["ts_query_is_pattern_non_local"];
    Module["_ts_query_is_pattern_guaranteed_at_step"] = _ts_query_is_pattern_guaranteed_at_step = wasmExports2["ts_query_is_pattern_guaranteed_at_step"];
    Module["_ts_query_disable_capture"] = _ts_query_disable_capture = wasmExports2["ts_query_disable_capture"];
    Module["_ts_query_disable_pattern"] = _ts_query_disable_pattern = wasmExports2["ts_query_disable_pattern"];
    Module["_ts_tree_copy"] = _ts_tree_copy = wasmExports2["ts_tree_copy"];
    Module["_ts_tree_delete"] = _ts_tree_delete = wasmExports2["ts_tree_delete"];
    Module["_ts_init"] = _ts_init = wasmExports2["ts_init"];
    Module["_ts_parser_new_wasm"] = _ts_parser_new_wasm = wasmExports2["ts_parser_new_wasm"];
    Module["_ts_parser_enable_logger_wasm"] = _ts_parser_enable_logger_wasm = wasmExports2["ts_parser_enable_logger_wasm"];
    Module["_ts_parser_parse_wasm"] = _ts_parser_parse_wasm = wasmExports2["ts_parser_parse_wasm"];
    Module["_ts_parser_included_ranges_wasm"] = _ts_parser_included_ranges_wasm = wasmExports2["ts_parser_included_ranges_wasm"];
    Module["_ts_language_type_is_named_wasm"] = _ts_language_type_is_named_wasm = wasmExports2["ts_language_type_is_named_wasm"];
    Module["_ts_language_type_is_visible_wasm"] = _ts_language_type_is_visible_wasm = wasmExports2["ts_language_type_is_visible_wasm"];
    Module["_ts_language_metadata_wasm"] = _ts_language_metadata_wasm = wasmExports2["ts_language_metadata_wasm"];
    Module["_ts_language_supertypes_wasm"] = _ts_language_supertypes_wasm = wasmExports2["ts_language_supertypes_wasm"];
    Module["_ts_language_subtypes_wasm"] = _ts_language_subtypes_wasm = wasmExports2["ts_language_subtypes_wasm"];
    Module["_ts_tree_root_node_wasm"] = _ts_tree_root_node_wasm = wasmExports2["ts_tree_root_node_wasm"];
    Module["_ts_tree_root_node_with_offset_wasm"] = _ts_tree_root_node_with_offset_wasm = wasmExports2["ts_tree_root_node_with_offset_wasm"];
    Module["_ts_tree_edit_wasm"] = _ts_tree_edit_wasm = wasmExports2["ts_tree_edit_wasm"];
    Module["_ts_tree_included_ranges_wasm"] = _ts_tree_included_ranges_wasm = wasmExports2["ts_tree_included_ranges_wasm"];
    Module["_ts_tree_get_changed_ranges_wasm"] = _ts_tree_get_changed_ranges_wasm = wasmExports2["ts_tree_get_changed_ranges_wasm"];
    Module["_ts_tree_cursor_new_wasm"] = _ts_tree_cursor_new_wasm = wasmExports2["ts_tree_cursor_new_wasm"];
    Module["_ts_tree_cursor_copy_wasm"] = _ts_tree_cursor_copy_wasm = wasmExports2["ts_tree_cursor_copy_wasm"];
    Module["_ts_tree_cursor_delete_wasm"] = _ts_tree_cursor_delete_wasm = wasmExports2["ts_tree_cursor_delete_wasm"];
    Module["_ts_tree_cursor_reset_wasm"] = _ts_tree_cursor_reset_wasm = wasmExports2["ts_tree_cursor_reset_wasm"];
    Module["_ts_tree_cursor_reset_to_wasm"] = _ts_tree_cursor_reset_to_wasm = wasmExports2["ts_tree_cursor_reset_to_wasm"];
    Module["_ts_tree_cursor_goto_first_child_wasm"] = _ts_tree_cursor_goto_first_child_wasm = wasmExports2["ts_tree_cursor_goto_first_child_wasm"];
    Module["_ts_tree_cursor_goto_last_child_wasm"] = _ts_tree_cursor_goto_last_child_wasm = wasmExports2["ts_tree_cursor_goto_last_child_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = _ts_tree_cursor_goto_first_child_for_index_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_index_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = _ts_tree_cursor_goto_first_child_for_position_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_position_wasm"];
    Module["_ts_tree_cursor_goto_next_sibling_wasm"] = _ts_tree_cursor_goto_next_sibling_wasm = wasmExports2["ts_tree_cursor_goto_next_sibling_wasm"];
    Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = _ts_tree_cursor_goto_previous_sibling_wasm = wasmExports2["ts_tree_cursor_goto_previous_sibling_wasm"];
    Module["_ts_tree_cursor_goto_descendant_wasm"] = _ts_tree_cursor_goto_descendant_wasm = wasmExports2["ts_tree_cursor_goto_descendant_wasm"];
    Module["_ts_tree_cursor_goto_parent_wasm"] = _ts_tree_cursor_goto_parent_wasm = wasmExports2["ts_tree_cursor_goto_parent_wasm"];
    Module["_ts_tree_cursor_current_node_type_id_wasm"] = _ts_tree_cursor_current_node_type_id_wasm = wasmExports2["ts_tree_cursor_current_node_type_id_wasm"];
    Module["_ts_tree_cursor_current_node_state_id_wasm"] = _ts_tree_cursor_current_node_state_id_wasm = wasmExports2["ts_tree_cursor_current_node_state_id_wasm"];
    Module["_ts_tree_cursor_current_node_is_named_wasm"] = _ts_tree_cursor_current_node_is_named_wasm = wasmExports2["ts_tree_cursor_current_node_is_named_wasm"];
    Module["_ts_tree_cursor_current_node_is_missing_wasm"] = _ts_tree_cursor_current_node_is_missing_wasm = wasmExports2["ts_tree_cursor_current_node_is_missing_wasm"];
    Module["_ts_tree_cursor_current_node_id_wasm"] = _ts_tree_cursor_current_node_id_wasm = wasmExports2["ts_tree_cursor_current_node_id_wasm"];
    Module["_ts_tree_cursor_start_position_wasm"] = _ts_tree_cursor_start_position_wasm = wasmExports2["ts_tree_cursor_start_position_wasm"];
    Module["_ts_tree_cursor_end_position_wasm"] = _ts_tree_cursor_end_position_wasm = wasmExports2["ts_tree_cursor_end_position_wasm"];
    Module["_ts_tree_cursor_start_index_wasm"] = _ts_tree_cursor_start_index_wasm = wasmExports2["ts_tree_cursor_start_index_wasm"];
    Module["_ts_tree_cursor_end_index_wasm"] = _ts_tree_cursor_end_index_wasm = wasmExports2["ts_tree_cursor_end_index_wasm"];
    Module["_ts_tree_cursor_current_field_id_wasm"] = _ts_tree_cursor_current_field_id_wasm = wasmExports2["ts_tree_cursor_current_field_id_wasm"];
    Module["_ts_tree_cursor_current_depth_wasm"] = _ts_tree_cursor_current_depth_wasm = wasmExports2["ts_tree_cursor_current_depth_wasm"];
    Module["_ts_tree_cursor_current_descendant_index_wasm"] = _ts_tree_cursor_current_descendant_index_wasm = wasmExports2["ts_tree_cursor_current_descendant_index_wasm"];
    Module["_ts_tree_cursor_current_node_wasm"] = _ts_tree_cursor_current_node_wasm = wasmExports2["ts_tree_cursor_current_node_wasm"];
    Module["_ts_node_symbol_wasm"] = _ts_node_symbol_wasm = wasmExports2["ts_node_symbol_wasm"];
    Module["_ts_node_field_name_for_child_wasm"] = _ts_node_field_name_for_child_wasm = wasmExports2["ts_node_field_name_for_child_wasm"];
    Module["_ts_node_field_name_for_named_child_wasm"] = _ts_node_field_name_for_named_child_wasm = wasmExports2["ts_node_field_name_for_named_child_wasm"];
    Module["_ts_node_children_by_field_id_wasm"] = _ts_node_children_by_field_id_wasm = wasmExports2["ts_node_children_by_field_id_wasm"];
    Module["_ts_node_first_child_for_byte_wasm"] = _ts_node_first_child_for_byte_wasm = wasmExports2["ts_node_first_child_for_byte_wasm"];
    Module["_ts_node_first_named_child_for_byte_wasm"] = _ts_node_first_named_child_for_byte_wasm = wasmExports2["ts_node_first_named_child_for_byte_wasm"];
    Module["_ts_node_grammar_symbol_wasm"] = _ts_node_grammar_symbol_wasm = wasmExports2["ts_node_grammar_symbol_wasm"];
    Module["_ts_node_child_count_wasm"] = _ts_node_child_count_wasm = wasmExports2["ts_node_child_count_wasm"];
    Module["_ts_node_named_child_count_wasm"] = _ts_node_named_child_count_wasm = wasmExports2["ts_node_named_child_count_wasm"];
    Module["_ts_node_child_wasm"] = _ts_node_child_wasm = wasmExports2["ts_node_child_wasm"];
    Module["_ts_node_named_child_wasm"] = _ts_node_named_child_wasm = wasmExports2["ts_node_named_child_wasm"];
    Module["_ts_node_child_by_field_id_wasm"] = _ts_node_child_by_field_id_wasm = wasmExports2["ts_node_child_by_field_id_wasm"];
    Module["_ts_node_next_sibling_wasm"] = _ts_node_next_sibling_wasm = wasmExports2["ts_node_next_sibling_wasm"];
    Module["_ts_node_prev_sibling_wasm"] = _ts_node_prev_sibling_wasm = wasmExports2["ts_node_prev_sibling_wasm"];
    Module["_ts_node_next_named_sibling_wasm"] = _ts_node_next_named_sibling_wasm = wasmExports2["ts_node_next_named_sibling_wasm"];
    Module["_ts_node_prev_named_sibling_wasm"] = _ts_node_prev_named_sibling_wasm = wasmExports2["ts_node_prev_named_sibling_wasm"];
    Module["_ts_node_descendant_count_wasm"] = _ts_node_descendant_count_wasm = wasmExports2["ts_node_descendant_count_wasm"];
    Module["_ts_node_parent_wasm"] = _ts_node_parent_wasm = wasmExports2["ts_node_parent_wasm"];
    Module["_ts_node_child_with_descendant_wasm"] = _ts_node_child_with_descendant_wasm = wasmExports2["ts_node_child_with_descendant_wasm"];
    Module["_ts_node_descendant_for_index_wasm"] = _ts_node_descendant_for_index_wasm = wasmExports2["ts_node_descendant_for_index_wasm"];
    Module["_ts_node_named_descendant_for_index_wasm"] = _ts_node_named_descendant_for_index_wasm = wasmExports2["ts_node_named_descendant_for_index_wasm"];
    Module["_ts_node_descendant_for_position_wasm"] = _ts_node_descendant_for_position_wasm = wasmExports2["ts_node_descendant_for_position_wasm"];
    Module["_ts_node_named_descendant_for_position_wasm"] = _ts_node_named_descendant_for_position_wasm = wasmExports2["ts_node_named_descendant_for_position_wasm"];
    Module["_ts_node_start_point_wasm"] = _ts_node_start_point_wasm = wasmExports2["ts_node_start_point_wasm"];
    Module["_ts_node_end_point_wasm"] = _ts_node_end_point_wasm = wasmExports2["ts_node_end_point_wasm"];
    Module["_ts_node_start_index_wasm"] = _ts_node_start_index_wasm = wasmExports2["ts_node_start_index_wasm"];
    Module["_ts_node_end_index_wasm"] = _ts_node_end_index_wasm = wasmExports2["ts_node_end_index_wasm"];
    Module["_ts_node_to_string_wasm"] = _ts_node_to_string_wasm = wasmExports2["ts_node_to_string_wasm"];
    Module["_ts_node_children_wasm"] = _ts_node_children_wasm = wasmExports2["ts_node_children_wasm"];
    Module["_ts_node_named_children_wasm"] = _ts_node_named_children_wasm = wasmExports2["ts_node_named_children_wasm"];
    Module["_ts_node_descendants_of_type_wasm"] = _ts_node_descendants_of_type_wasm = wasmExports2["ts_node_descendants_of_type_wasm"];
    Module["_ts_node_is_named_wasm"] = _ts_node_is_named_wasm = wasmExports2["ts_node_is_named_wasm"];
    Module["_ts_node_has_changes_wasm"] = _ts_node_has_changes_wasm = wasmExports2["ts_node_has_changes_wasm"];
    Module["_ts_node_has_error_wasm"] = _ts_node_has_error_wasm = wasmExports2["ts_node_has_error_wasm"];
    Module["_ts_node_is_error_wasm"] = _ts_node_is_error_wasm = wasmExports2["ts_node_is_error_wasm"];
    Module["_ts_node_is_missing_wasm"] = _ts_node_is_missing_wasm = wasmExports2["ts_node_is_missing_wasm"];
    Module["_ts_node_is_extra_wasm"] = _ts_node_is_extra_wasm = wasmExports2["ts_node_is_extra_wasm"];
    Module["_ts_node_parse_state_wasm"] = _ts_node_parse_state_wasm = wasmExports2["ts_node_parse_state_wasm"];
    Module["_ts_node_next_parse_state_wasm"] = _ts_node_next_parse_state_wasm = wasmExports2["ts_node_next_parse_state_wasm"];
    Module["_ts_query_matches_wasm"] = _ts_query_matches_wasm = wasmExports2["ts_query_matches_wasm"];
    Module["_ts_query_captures_wasm"] = _ts_query_captures_wasm = wasmExports2["ts_query_captures_wasm"];
    Module["_memset"] = _memset = wasmExports2["memset"];
    Module["_memcpy"] = _memcpy = wasmExports2["memcpy"];
    Module["_memmove"] = _memmove = wasmExports2["memmove"];
    Module["_iswalpha"] = _iswalpha = wasmExports2["iswalpha"];
    Module["_iswblank"] = _iswblank = wasmExports2["iswblank"];
    Module["_iswdigit"] = _iswdigit = wasmExports2["iswdigit"];
    Module["_iswlower"] = _iswlower = wasmExports2["iswlower"];
    Module["_iswpunct"] = _iswpunct = wasmExports2["iswpunct"];
    Module["_iswupper"] = _iswupper = wasmExports2["iswupper"];
    Module["_iswxdigit"] = _iswxdigit = wasmExports2["iswxdigit"];
    Module["_memchr"] = _memchr = wasmExports2["memchr"];
    Module["_strlen"] = _strlen = wasmExports2["strlen"];
    Module["_strcmp"] = _strcmp = wasmExports2["strcmp"];
    Module["_strncat"] = _strncat = wasmExports2["strncat"];
    Module["_strncpy"] = _strncpy = wasmExports2["strncpy"];
    Module["_towlower"] = _towlower = wasmExports2["towlower"];
    Module["_towupper"] = _towupper = wasmExports2["towupper"];
    _setThrew = wasmExports2["setThrew"];
    __emscripten_stack_restore = wasmExports2["_emscripten_stack_restore"];
    __emscripten_stack_alloc = wasmExports2["_emscripten_stack_alloc"];
    _emscripten_stack_get_current = wasmExports2["emscripten_stack_get_current"];
    ___wasm_apply_data_relocs = wasmExports2["__wasm_apply_data_relocs"];
  }
  __name(assignWasmExports, "assignWasmExports");
  var wasmImports = {
    /** @export */
    __heap_base: ___heap_base,
    /** @export */
    __indirect_function_table: wasmTable,
    /** @export */
    __memory_base: ___memory_base,
    /** @export */
    __stack_high: ___stack_high,
    /** @export */
    __stack_low: ___stack_low,
    /** @export */
    __stack_pointer: ___stack_pointer,
    /** @export */
    __table_base: ___table_base,
    /** @export */
    _abort_js: __abort_js,
    /** @export */
    emscripten_resize_heap: _emscripten_resize_heap,
    /** @export */
    fd_close: _fd_close,
    /** @export */
    fd_seek: _fd_seek,
    /** @export */
    fd_write: _fd_write,
    /** @export */
    memory: wasmMemory,
    /** @export */
    tree_sitter_log_callback: _tree_sitter_log_callback,
    /** @export */
    tree_sitter_parse_callback: _tree_sitter_parse_callback,
    /** @export */
    tree_sitter_progress_callback: _tree_sitter_progress_callback,
    /** @export */
    tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
  };
  function callMain(args2 = []) {
    var entryFunction = resolveGlobalSymbol("main").sym;
    if (!entryFunction) return;
    args2.unshift(thisProgram);
    var argc = args2.length;
    var argv = stackAlloc((argc + 1) * 4);
    var argv_ptr = argv;
    args2.forEach((arg) => {
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
      argv_ptr += 4;
    });
    LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
    try {
      var ret = entryFunction(argc, argv);
      exitJS(
        ret,
        /* implicit = */
        true
      );
      return ret;
    } catch (e) {
      return handleException(e);
    }
  }
  __name(callMain, "callMain");
  function run(args2 = arguments_) {
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    preRun();
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    function doRun() {
      Module["calledRun"] = true;
      if (ABORT) return;
      initRuntime();
      preMain();
      readyPromiseResolve?.(Module);
      Module["onRuntimeInitialized"]?.();
      var noInitialRun = Module["noInitialRun"] || false;
      if (!noInitialRun) callMain(args2);
      postRun();
    }
    __name(doRun, "doRun");
    if (Module["setStatus"]) {
      Module["setStatus"]("Running...");
      setTimeout(() => {
        setTimeout(() => Module["setStatus"](""), 1);
        doRun();
      }, 1);
    } else {
      doRun();
    }
  }
  __name(run, "run");
  var wasmExports;
  wasmExports = await createWasm();
  run();
  if (runtimeInitialized) {
    moduleRtn = Module;
  } else {
    moduleRtn = new Promise((resolve, reject) => {
      readyPromiseResolve = resolve;
      readyPromiseReject = reject;
    });
  }
  return moduleRtn;
}
__name(Module2, "Module");
var web_tree_sitter_default = Module2;
var Module3 = null;
async function initializeBinding(moduleOptions) {
  return Module3 ??= await web_tree_sitter_default(moduleOptions);
}
__name(initializeBinding, "initializeBinding");
function checkModule() {
  return !!Module3;
}
__name(checkModule, "checkModule");
var TRANSFER_BUFFER;
var LANGUAGE_VERSION;
var MIN_COMPATIBLE_VERSION;
var finalizer4 = newFinalizer((addresses) => {
  C._ts_parser_delete(addresses[0]);
  C._free(addresses[1]);
});
var Parser = class {
  static {
    __name(this, "Parser");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  logCallback = null;
  /** The parser's current language. */
  language = null;
  /**
   * This must always be called before creating a Parser.
   *
   * You can optionally pass in options to configure the Wasm module, the most common
   * one being `locateFile` to help the module find the `.wasm` file.
   */
  static async init(moduleOptions) {
    setModule(await initializeBinding(moduleOptions));
    TRANSFER_BUFFER = C._ts_init();
    LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
    MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /**
   * Create a new parser.
   */
  constructor() {
    this.initialize();
    finalizer4?.register(this, [this[0], this[1]], this);
  }
  /** @internal */
  initialize() {
    if (!checkModule()) {
      throw new Error("cannot construct a Parser before calling `init()`");
    }
    C._ts_parser_new_wasm();
    this[0] = C.getValue(TRANSFER_BUFFER, "i32");
    this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /** Delete the parser, freeing its resources. */
  delete() {
    finalizer4?.unregister(this);
    C._ts_parser_delete(this[0]);
    C._free(this[1]);
    this[0] = 0;
    this[1] = 0;
  }
  /**
   * Set the language that the parser should use for parsing.
   *
   * If the language was not successfully assigned, an error will be thrown.
   * This happens if the language was generated with an incompatible
   * version of the Tree-sitter CLI. Check the language's version using
   * {@link Language#version} and compare it to this library's
   * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
   */
  setLanguage(language) {
    let address;
    if (!language) {
      address = 0;
      this.language = null;
    } else if (language.constructor === Language) {
      address = language[0];
      const version = C._ts_language_abi_version(address);
      if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
        throw new Error(
          `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
        );
      }
      this.language = language;
    } else {
      throw new Error("Argument must be a Language");
    }
    C._ts_parser_set_language(this[0], address);
    return this;
  }
  /**
   * Parse a slice of UTF8 text.
   *
   * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
   *
   * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
   *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
   *   the new text using {@link Tree#edit}.
   *
   * @param {ParseOptions} [options] - Options for parsing the text.
   *  This can be used to set the included ranges, or a progress callback.
   *
   * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
   *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
   *  - The progress callback returned true.
   */
  parse(callback, oldTree, options) {
    if (typeof callback === "string") {
      C.currentParseCallback = (index) => callback.slice(index);
    } else if (typeof callback === "function") {
      C.currentParseCallback = callback;
    } else {
      throw new Error("Argument must be a string or a function");
    }
    if (options?.progressCallback) {
      C.currentProgressCallback = options.progressCallback;
    } else {
      C.currentProgressCallback = null;
    }
    if (this.logCallback) {
      C.currentLogCallback = this.logCallback;
      C._ts_parser_enable_logger_wasm(this[0], 1);
    } else {
      C.currentLogCallback = null;
      C._ts_parser_enable_logger_wasm(this[0], 0);
    }
    let rangeCount = 0;
    let rangeAddress = 0;
    if (options?.includedRanges) {
      rangeCount = options.includedRanges.length;
      rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
      let address = rangeAddress;
      for (let i2 = 0; i2 < rangeCount; i2++) {
        marshalRange(address, options.includedRanges[i2]);
        address += SIZE_OF_RANGE;
      }
    }
    const treeAddress = C._ts_parser_parse_wasm(
      this[0],
      this[1],
      oldTree ? oldTree[0] : 0,
      rangeAddress,
      rangeCount
    );
    if (!treeAddress) {
      C.currentParseCallback = null;
      C.currentLogCallback = null;
      C.currentProgressCallback = null;
      return null;
    }
    if (!this.language) {
      throw new Error("Parser must have a language to parse");
    }
    const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
    C.currentParseCallback = null;
    C.currentLogCallback = null;
    C.currentProgressCallback = null;
    return result;
  }
  /**
   * Instruct the parser to start the next parse from the beginning.
   *
   * If the parser previously failed because of a callback, 
   * then by default, it will resume where it left off on the
   * next call to {@link Parser#parse} or other parsing functions.
   * If you don't want to resume, and instead intend to use this parser to
   * parse some other document, you must call `reset` first.
   */
  reset() {
    C._ts_parser_reset(this[0]);
  }
  /** Get the ranges of text that the parser will include when parsing. */
  getIncludedRanges() {
    C._ts_parser_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Set the logging callback that a parser should use during parsing. */
  setLogger(callback) {
    if (!callback) {
      this.logCallback = null;
    } else if (typeof callback !== "function") {
      throw new Error("Logger callback must be a function");
    } else {
      this.logCallback = callback;
    }
    return this;
  }
  /** Get the parser's current logger. */
  getLogger() {
    return this.logCallback;
  }
};
var PREDICATE_STEP_TYPE_CAPTURE = 1;
var PREDICATE_STEP_TYPE_STRING = 2;
var QUERY_WORD_REGEX = /[\w-]+/g;
var CaptureQuantifier = {
  Zero: 0,
  ZeroOrOne: 1,
  ZeroOrMore: 2,
  One: 3,
  OneOrMore: 4
};
var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
var QueryErrorKind = {
  Syntax: 1,
  NodeName: 2,
  FieldName: 3,
  CaptureName: 4,
  PatternStructure: 5
};
var QueryError = class _QueryError extends Error {
  constructor(kind, info2, index, length) {
    super(_QueryError.formatMessage(kind, info2));
    this.kind = kind;
    this.info = info2;
    this.index = index;
    this.length = length;
    this.name = "QueryError";
  }
  kind;
  info;
  index;
  length;
  static {
    __name(this, "QueryError");
  }
  /** Formats an error message based on the error kind and info */
  static formatMessage(kind, info2) {
    switch (kind) {
      case QueryErrorKind.NodeName:
        return `Bad node name '${info2.word}'`;
      case QueryErrorKind.FieldName:
        return `Bad field name '${info2.word}'`;
      case QueryErrorKind.CaptureName:
        return `Bad capture name @${info2.word}`;
      case QueryErrorKind.PatternStructure:
        return `Bad pattern structure at offset ${info2.suffix}`;
      case QueryErrorKind.Syntax:
        return `Bad syntax at offset ${info2.suffix}`;
    }
  }
};
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
__name(parseAnyPredicate, "parseAnyPredicate");
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text, positive) => {
      return positive ? regex.test(text) : !regex.test(text);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
  });
}
__name(parseMatchPredicate, "parseMatchPredicate");
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s2) => s2.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text) => values.includes(text)) === isPositive;
  });
}
__name(parseAnyOfPredicate, "parseAnyOfPredicate");
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseIsPredicate, "parseIsPredicate");
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseSetDirective, "parseSetDirective");
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
__name(parsePattern, "parsePattern");
var finalizer5 = newFinalizer((address) => {
  C._ts_query_delete(address);
});
var Query = class {
  static {
    __name(this, "Query");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  exceededMatchLimit;
  /** @internal */
  textPredicates;
  /** The names of the captures used in the query. */
  captureNames;
  /** The quantifiers of the captures used in the query. */
  captureQuantifiers;
  /**
   * The other user-defined predicates associated with the given index.
   *
   * This includes predicates with operators other than:
   * - `match?`
   * - `eq?` and `not-eq?`
   * - `any-of?` and `not-any-of?`
   * - `is?` and `is-not?`
   * - `set!`
   */
  predicates;
  /** The properties for predicates with the operator `set!`. */
  setProperties;
  /** The properties for predicates with the operator `is?`. */
  assertedProperties;
  /** The properties for predicates with the operator `is-not?`. */
  refutedProperties;
  /** The maximum number of in-progress matches for this cursor. */
  matchLimit;
  /**
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  constructor(language, source) {
    const sourceLength = C.lengthBytesUTF8(source);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source, sourceAddress, sourceLength + 1);
    const address = C._ts_query_new(
      language[0],
      sourceAddress,
      sourceLength,
      TRANSFER_BUFFER,
      TRANSFER_BUFFER + SIZE_OF_INT
    );
    if (!address) {
      const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
      const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
      const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
      const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
      C._free(sourceAddress);
      switch (errorId) {
        case QueryErrorKind.Syntax:
          throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
        case QueryErrorKind.NodeName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.FieldName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.CaptureName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.PatternStructure:
          throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
      }
    }
    const stringCount = C._ts_query_string_count(address);
    const captureCount = C._ts_query_capture_count(address);
    const patternCount = C._ts_query_pattern_count(address);
    const captureNames = new Array(captureCount);
    const captureQuantifiers = new Array(patternCount);
    const stringValues = new Array(stringCount);
    for (let i2 = 0; i2 < captureCount; i2++) {
      const nameAddress = C._ts_query_capture_name_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
    }
    for (let i2 = 0; i2 < patternCount; i2++) {
      const captureQuantifiersArray = new Array(captureCount);
      for (let j = 0; j < captureCount; j++) {
        const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
        captureQuantifiersArray[j] = quantifier;
      }
      captureQuantifiers[i2] = captureQuantifiersArray;
    }
    for (let i2 = 0; i2 < stringCount; i2++) {
      const valueAddress = C._ts_query_string_value_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
    }
    const setProperties = new Array(patternCount);
    const assertedProperties = new Array(patternCount);
    const refutedProperties = new Array(patternCount);
    const predicates = new Array(patternCount);
    const textPredicates = new Array(patternCount);
    for (let i2 = 0; i2 < patternCount; i2++) {
      const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
      const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
      predicates[i2] = [];
      textPredicates[i2] = [];
      const steps = new Array();
      let stepAddress = predicatesAddress;
      for (let j = 0; j < stepCount; j++) {
        const stepType = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        const stepValueId = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        parsePattern(
          i2,
          stepType,
          stepValueId,
          captureNames,
          stringValues,
          steps,
          textPredicates,
          predicates,
          setProperties,
          assertedProperties,
          refutedProperties
        );
      }
      Object.freeze(textPredicates[i2]);
      Object.freeze(predicates[i2]);
      Object.freeze(setProperties[i2]);
      Object.freeze(assertedProperties[i2]);
      Object.freeze(refutedProperties[i2]);
    }
    C._free(sourceAddress);
    this[0] = address;
    this.captureNames = captureNames;
    this.captureQuantifiers = captureQuantifiers;
    this.textPredicates = textPredicates;
    this.predicates = predicates;
    this.setProperties = setProperties;
    this.assertedProperties = assertedProperties;
    this.refutedProperties = refutedProperties;
    this.exceededMatchLimit = false;
    finalizer5?.register(this, address, this);
  }
  /** Delete the query, freeing its resources. */
  delete() {
    finalizer5?.unregister(this);
    C._ts_query_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Iterate over all of the matches in the order that they were found.
   *
   * Each match contains the index of the pattern that matched, and a list of
   * captures. Because multiple patterns can match the same set of nodes,
   * one match may contain captures that appear *before* some of the
   * captures from a previous match.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  matches(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_matches_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array(rawCount);
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    let filteredCount = 0;
    let address = startAddress;
    for (let i2 = 0; i2 < rawCount; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captures = new Array(captureCount);
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        result[filteredCount] = { patternIndex, captures };
        const setProperties = this.setProperties[patternIndex];
        result[filteredCount].setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        result[filteredCount].assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        result[filteredCount].refutedProperties = refutedProperties;
        filteredCount++;
      }
    }
    result.length = filteredCount;
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /**
   * Iterate over all of the individual captures in the order that they
   * appear.
   *
   * This is useful if you don't care about which pattern matched, and just
   * want a single, ordered sequence of captures.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  captures(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_captures_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address = startAddress;
    for (let i2 = 0; i2 < count; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      captures.length = captureCount;
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        const capture = captures[captureIndex];
        const setProperties = this.setProperties[patternIndex];
        capture.setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        capture.assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        capture.refutedProperties = refutedProperties;
        result.push(capture);
      }
    }
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /** Get the predicates for a given pattern. */
  predicatesForPattern(patternIndex) {
    return this.predicates[patternIndex];
  }
  /**
   * Disable a certain capture within a query.
   *
   * This prevents the capture from being returned in matches, and also
   * avoids any resource usage associated with recording the capture.
   */
  disableCapture(captureName) {
    const captureNameLength = C.lengthBytesUTF8(captureName);
    const captureNameAddress = C._malloc(captureNameLength + 1);
    C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
    C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
    C._free(captureNameAddress);
  }
  /**
   * Disable a certain pattern within a query.
   *
   * This prevents the pattern from matching, and also avoids any resource
   * usage associated with the pattern. This throws an error if the pattern
   * index is out of bounds.
   */
  disablePattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    C._ts_query_disable_pattern(this[0], patternIndex);
  }
  /**
   * Check if, on its last execution, this cursor exceeded its maximum number
   * of in-progress matches.
   */
  didExceedMatchLimit() {
    return this.exceededMatchLimit;
  }
  /** Get the byte offset where the given pattern starts in the query's source. */
  startIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    return C._ts_query_start_byte_for_pattern(this[0], patternIndex);
  }
  /** Get the byte offset where the given pattern ends in the query's source. */
  endIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    return C._ts_query_end_byte_for_pattern(this[0], patternIndex);
  }
  /** Get the number of patterns in the query. */
  patternCount() {
    return C._ts_query_pattern_count(this[0]);
  }
  /** Get the index for a given capture name. */
  captureIndexForName(captureName) {
    return this.captureNames.indexOf(captureName);
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternRooted(patternIndex) {
    return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternNonLocal(patternIndex) {
    return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
  }
  /**
   * Check if a given step in a query is 'definite'.
   *
   * A query step is 'definite' if its parent pattern will be guaranteed to
   * match successfully once it reaches the step.
   */
  isPatternGuaranteedAtStep(byteIndex) {
    return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteIndex) === 1;
  }
};

// src/detectors/c/tree-edits.ts
function lineEdits(before, after) {
  const edits = [];
  const line3 = { a: 0, b: 0, row: 0 };
  let run2;
  const close = (row, aStart, aStop, bStart, bStop) => {
    edits.push(
      new Edit({
        startIndex: run2.start,
        oldEndIndex: run2.start + (aStop - run2.oldStart),
        newEndIndex: bStop,
        startPosition: { row: run2.row, column: 0 },
        oldEndPosition: { row, column: aStop - aStart },
        newEndPosition: { row, column: bStop - bStart }
      })
    );
    run2 = void 0;
  };
  let previous = { a: 0, aStop: 0, b: 0, bStop: 0 };
  for (; ; ) {
    const aEnd = before.indexOf("\n", line3.a);
    const bEnd = after.indexOf("\n", line3.b);
    if (aEnd < 0 !== bEnd < 0) return void 0;
    const aStop = aEnd < 0 ? before.length : aEnd;
    const bStop = bEnd < 0 ? after.length : bEnd;
    const same = aStop - line3.a === bStop - line3.b && before.startsWith(after.slice(line3.b, bStop), line3.a);
    if (same && run2) close(line3.row - 1, previous.a, previous.aStop, previous.b, previous.bStop);
    if (!same && !run2) run2 = { row: line3.row, start: line3.b, oldStart: line3.a };
    if (aEnd < 0) {
      if (run2) close(line3.row, line3.a, aStop, line3.b, bStop);
      return edits;
    }
    previous = { a: line3.a, aStop, b: line3.b, bStop };
    line3.a = aEnd + 1;
    line3.b = bEnd + 1;
    line3.row++;
  }
}
var MAX_DIFF_LINES = 4e3;
function diffEdits(before, after) {
  const a = linesOf(before);
  const b = linesOf(after);
  let first = 0;
  while (first < a.length && first < b.length && a[first] === b[first]) first++;
  let last = 0;
  while (last < a.length - first && last < b.length - first && a[a.length - 1 - last] === b[b.length - 1 - last])
    last++;
  const removed = a.slice(first, a.length - last);
  const added = b.slice(first, b.length - last);
  const parts2 = diffArrays(removed, added, { maxEditLength: MAX_DIFF_LINES }) ?? [
    { value: removed, removed: true, added: false, count: removed.length },
    { value: added, removed: false, added: true, count: added.length }
  ];
  const edits = [];
  let at = b.slice(0, first).reduce((n, l) => n + l.length, 0);
  let row = first;
  let gone = [];
  let come = [];
  const flush = () => {
    if (!gone.length && !come.length) return;
    const oldLength = gone.reduce((n, l) => n + l.length, 0);
    const newLength = come.reduce((n, l) => n + l.length, 0);
    edits.push(
      new Edit({
        startIndex: at,
        oldEndIndex: at + oldLength,
        newEndIndex: at + newLength,
        startPosition: { row, column: 0 },
        oldEndPosition: endOf(row, gone),
        newEndPosition: endOf(row, come)
      })
    );
    at += newLength;
    row += come.length;
    gone = [];
    come = [];
  };
  for (const part of parts2) {
    if (part.removed) gone.push(...part.value);
    else if (part.added) come.push(...part.value);
    else {
      flush();
      at += part.value.reduce((n, l) => n + l.length, 0);
      row += part.value.length;
    }
  }
  flush();
  return edits;
}
function linesOf(text) {
  const lines = text.split("\n");
  for (let i2 = 0; i2 < lines.length - 1; i2++) lines[i2] += "\n";
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
function endOf(row, lines) {
  const tail = lines[lines.length - 1];
  if (tail === void 0) return { row, column: 0 };
  return tail.endsWith("\n") ? { row: row + lines.length, column: 0 } : { row: row + lines.length - 1, column: tail.length };
}

// src/detectors/c/language.ts
var parsers;
var WASM_TIERING_BUDGET = 1e8;
async function loadGrammars() {
  if (parsers) return;
  if (!process.execArgv.some((a) => a.startsWith("--wasm-tiering-budget")))
    setFlagsFromString(`--wasm-tiering-budget=${WASM_TIERING_BUDGET}`);
  await Parser.init();
  const c = new Parser();
  c.setLanguage(await Language.load(grammarFile("tree-sitter-c")));
  parsers = { c };
}
function cppParser() {
  if (!parsers.cpp) {
    const cpp = new Parser();
    cpp.setLanguage(Language.loadSync(new WebAssembly.Module(readFileSync(grammarFile("tree-sitter-cpp")))));
    parsers.cpp = cpp;
  }
  return parsers.cpp;
}
function grammarFile(pkg) {
  const bundled = fileURLToPath(new URL(`./${pkg}.wasm`, import.meta.url));
  return existsSync(bundled) ? bundled : createRequire(import.meta.url).resolve(`${pkg}/${pkg}.wasm`);
}
var CXX_EXTENSIONS = /\.(hpp|hh|hxx|inl|h\+\+)$/i;
function modelTree(trees) {
  return trees.regions ? trees.c : trees[trees.language];
}
function parseHeaderTrees(path, text, from, linesKept = true) {
  if (!parsers) throw new Error("C grammars not loaded: call the detector's init() first");
  const edits = from && (linesKept && lineEdits(from.text, text) || diffEdits(from.text, text));
  const parse = (parser, old) => {
    if (!old || !edits) return parser.parse(text);
    const edited = old.copy();
    for (const e of edits) edited.edit(e);
    let tree;
    try {
      tree = parser.parse(text, edited);
    } finally {
      edited.delete();
    }
    if (!incrementalCheck) return tree;
    const fresh = parser.parse(text);
    const difference = treeDifference(tree, fresh);
    incrementalCheck(path, parser === parsers.c ? "c" : "cpp", difference);
    if (!difference) {
      fresh.delete();
      return tree;
    }
    tree.delete();
    return fresh;
  };
  if (CXX_EXTENSIONS.test(path)) return { text, cpp: parse(cppParser(), from?.cpp), language: "cpp" };
  const c = parse(parsers.c, from?.c);
  const cxx = looksLikeCxx(text);
  if (!c.rootNode.hasError && !cxx) return { text, c, language: "c" };
  const survey = surveyErrors(c.rootNode, !cxx && !wholeFileFallback);
  const regions = survey.regions && localFallback(path, text, survey.regions);
  if (regions) return { text, c, regions, language: regions.size ? "cpp" : "c" };
  const cpp = parse(cppParser(), from?.cpp);
  const cppErrors = countErrors(cpp.rootNode, Math.max(survey.count, 1));
  const cErrors = survey.count;
  return { text, c, cpp, language: cppErrors < cErrors || cppErrors === 0 && cErrors === 0 ? "cpp" : "c" };
}
function localFallback(path, text, regions) {
  let covered = 0;
  let cErrors = 0;
  for (const r of regions) {
    covered += r.range.endIndex - r.range.startIndex;
    cErrors += r.errors;
  }
  if (covered * 2 > text.length) return void 0;
  const cpp = cppParser();
  const trees = /* @__PURE__ */ new Map();
  const parseRegion = (r) => cpp.parse(text, null, { includedRanges: [r.range] });
  let cppErrors = 0;
  for (const r of regions) {
    if (cppErrors >= cErrors) break;
    const source = text.slice(r.range.startIndex, r.range.endIndex);
    let errors = regionErrors.get(source);
    if (errors === void 0 || incrementalCheck) {
      const tree = parseRegion(r);
      trees.set(r.node.id, tree);
      const counted = countErrors(tree.rootNode);
      if (errors !== void 0)
        incrementalCheck(
          `${path} (region at ${r.range.startIndex}, remembered)`,
          "cpp",
          errors === counted ? void 0 : `${counted} errors, ${errors} remembered`
        );
      errors = counted;
      regionErrors.set(source, errors);
    }
    cppErrors += errors;
  }
  if (cppErrors < cErrors) {
    for (const r of regions) if (!trees.has(r.node.id)) trees.set(r.node.id, parseRegion(r));
    return trees;
  }
  for (const tree of trees.values()) tree.delete();
  return /* @__PURE__ */ new Map();
}
var RegionErrors = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  counts = /* @__PURE__ */ new Map();
  chars = 0;
  get(source) {
    return this.counts.get(source);
  }
  clear() {
    this.counts.clear();
    this.chars = 0;
  }
  set(source, errors) {
    if (this.counts.has(source) || source.length > this.limit) return;
    for (const oldest of this.counts.keys()) {
      if (this.chars + source.length <= this.limit) break;
      this.counts.delete(oldest);
      this.chars -= oldest.length;
    }
    this.counts.set(Buffer.from(source, "utf16le").toString("utf16le"), errors);
    this.chars += source.length;
  }
};
var regionErrors = new RegionErrors(1024 * 1024);
var DECLARATION_CONTAINERS = /* @__PURE__ */ new Set([
  "translation_unit",
  "preproc_if",
  "preproc_ifdef",
  "preproc_else",
  "preproc_elif",
  "preproc_elifdef",
  "linkage_specification",
  "declaration_list"
]);
var WITH_BODIES = /* @__PURE__ */ new Set([
  "struct_specifier",
  "union_specifier",
  "enum_specifier",
  "declaration",
  "type_definition"
]);
var BODIES = /* @__PURE__ */ new Set(["field_declaration_list", "enumerator_list"]);
var DIRECTIVES = /* @__PURE__ */ new Set(["preproc_def", "preproc_function_def", "preproc_call"]);
function surveyErrors(root, regions) {
  const out2 = [];
  let local = regions;
  let count = 0;
  const walk = (container) => {
    const children = container.children;
    for (let i2 = 0; i2 < children.length; i2++) {
      const child = children[i2];
      if (!child.hasError) continue;
      if (DECLARATION_CONTAINERS.has(child.type) && !child.isError) {
        if (child.isMissing) count++;
        walk(child);
        continue;
      }
      if (child.isError || child.isMissing) {
        count++;
        local = false;
        continue;
      }
      const errors = { count: 0, outsideBodies: false };
      bodyErrors(child, DIRECTIVES.has(child.type), errors);
      count += errors.count;
      if (!local || errors.outsideBodies || !(WITH_BODIES.has(child.type) || DIRECTIVES.has(child.type))) {
        local = false;
        continue;
      }
      const next = children[i2 + 1];
      const end = next && next.type === ";" && !next.isMissing ? next : child;
      out2.push({
        node: child,
        range: {
          startIndex: child.startIndex,
          endIndex: end.endIndex,
          startPosition: child.startPosition,
          endPosition: end.endPosition
        },
        errors: errors.count
      });
    }
  };
  walk(root);
  if (root.isError || root.isMissing) count = 1;
  return { count, regions: local ? out2 : void 0 };
}
function bodyErrors(node, inBody, errors) {
  if (!node.hasError) return;
  if (node.isError || node.isMissing) {
    errors.count++;
    if (!inBody) errors.outsideBodies = true;
    return;
  }
  const body2 = inBody || BODIES.has(node.type) && closedBody(node);
  for (const c of node.children) if (c) bodyErrors(c, body2, errors);
}
function closedBody(node) {
  const first = node.firstChild;
  const last = node.lastChild;
  return first?.type === "{" && !first.isMissing && last?.type === "}" && !last.isMissing;
}
var wholeFileFallback = false;
var incrementalCheck;
function treeDifference(a, b) {
  const x = a.walk();
  const y = b.walk();
  try {
    for (; ; ) {
      if (x.nodeTypeId !== y.nodeTypeId || x.currentFieldId !== y.currentFieldId || x.startIndex !== y.startIndex || x.endIndex !== y.endIndex || x.nodeIsMissing !== y.nodeIsMissing || !samePoint(x.startPosition, y.startPosition) || !samePoint(x.endPosition, y.endPosition))
        return `${x.nodeType}@${x.startIndex}-${x.endIndex} (${x.startPosition.row + 1}:${x.startPosition.column}) vs ${y.nodeType}@${y.startIndex}-${y.endIndex} (${y.startPosition.row + 1}:${y.startPosition.column})`;
      const down = x.gotoFirstChild();
      if (down !== y.gotoFirstChild()) return `children of ${x.nodeType}@${x.startIndex} differ`;
      if (down) continue;
      for (; ; ) {
        const next = x.gotoNextSibling();
        if (next !== y.gotoNextSibling()) return `siblings after ${x.nodeType}@${x.startIndex} differ`;
        if (next) break;
        if (!x.gotoParent()) return void 0;
        y.gotoParent();
      }
    }
  } finally {
    x.delete();
    y.delete();
  }
}
var samePoint = (p, q2) => p.row === q2.row && p.column === q2.column;
function deleteTrees(trees) {
  trees.c?.delete();
  trees.cpp?.delete();
  for (const tree of trees.regions?.values() ?? []) tree.delete();
}
function countErrors(node, limit = Infinity) {
  if (!node.hasError) return 0;
  if (node.isError || node.isMissing) return 1;
  let n = 0;
  for (const child of node.children) {
    if (child) n += countErrors(child, limit - n);
    if (n >= limit) return limit;
  }
  return n;
}
var CXX_MARKERS = /\bnamespace\s+\w+\s*\{|\btemplate\s*<|\bclass\s+\w+\s*[:{]|\bvirtual\s|\b(public|private|protected)\s*:|\w::\w/;
function looksLikeCxx(text) {
  return CXX_MARKERS.test(text.replace(/\/\*[\s\S]*?\*\//g, " ").replace(/\/\/[^\n]*/g, " "));
}

// src/detectors/c/abi.ts
var ABIS = ["lp64", "ilp32"];
var ABI_NAMES = { lp64: "LP64", ilp32: "ILP32" };
var s = (size2, align = size2) => ({ size: size2, align });
var LP64_BASE = {
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
  enum: s(4)
};
var ILP32_BASE = {
  ...LP64_BASE,
  long: s(4),
  "unsigned long": s(4),
  "long long": s(8, 4),
  "unsigned long long": s(8, 4),
  double: s(8, 4),
  "long double": s(12, 4),
  pointer: s(4)
};
var ALIASES = {
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
  __kernel_uintptr_t: "unsigned long"
};
var ALIGNED_8 = /* @__PURE__ */ new Set(["__aligned_u64", "__aligned_s64", "__aligned_be64", "__aligned_le64"]);
var ILP32_ALIASES = { uint64_t: "unsigned long long", int64_t: "long long" };
function scalar(name2, abi) {
  if (ALIGNED_8.has(name2)) return s(8, 8);
  const table2 = abi === "lp64" ? LP64_BASE : ILP32_BASE;
  const base2 = (abi === "ilp32" ? ILP32_ALIASES[name2] : void 0) ?? ALIASES[name2] ?? name2;
  if (base2 === "void") return void 0;
  return table2[base2];
}
function scalarKey(name2) {
  const a = scalar(name2, "lp64");
  const b = scalar(name2, "ilp32");
  if (!a || !b) return void 0;
  const base2 = ALIASES[name2] ?? name2;
  const kind = /float|double/.test(base2) ? base2 : base2 === "bool" ? "bool" : base2.startsWith("unsigned") ? "u" : "s";
  return `${kind}${a.size}/${b.size}:${b.align}${ALIGNED_8.has(name2) ? "a8" : ""}`;
}
function pointerLayout(abi) {
  return abi === "lp64" ? LP64_BASE.pointer : ILP32_BASE.pointer;
}

// src/detectors/c/spell.ts
var q = (quals2) => quals2 && quals2.length ? quals2.join(" ") + " " : "";
function spell(t) {
  switch (t.k) {
    case "prim":
    case "name":
      return `${q(t.q)}${t.name}`;
    case "tag":
      return `${q(t.q)}${t.tag} ${t.name}`;
    case "record":
      return `${q(t.q)}${t.rec.kind} ${t.rec.name ?? "{\u2026}"}`;
    case "enum":
      return `${q(t.q)}enum ${t.en.name ?? "{\u2026}"}`;
    case "ptr":
      return `${spell(t.to)} *${t.q && t.q.length ? " " + t.q.join(" ") : ""}`;
    case "ref":
      return `${spell(t.to)} &`;
    case "array":
      return `${spell(t.of)}[${t.len ?? ""}]`;
    case "func":
      return `${spell(t.ret)} (${t.params.map((p) => spell(p.type)).join(", ")}${t.variadic ? ", ..." : ""})`;
    case "unknown":
      return t.text;
  }
}
function canonical(t, env, keepQuals = true, depth = 0) {
  if (depth > 16) return spell(t);
  const qs = (x) => keepQuals ? q(x) : "";
  switch (t.k) {
    case "prim":
      return `${qs(t.q)}${scalarKey(t.name) ?? t.name}`;
    case "name": {
      const td = env.typedefs.get(t.name);
      if (td)
        return `${qs(t.q)}${identityOf(td) ?? canonical(td.type, env, keepQuals, depth + 1)}${td.attrs.aligned ? ` aligned(${td.attrs.aligned})` : ""}`;
      return `${qs(t.q)}${scalarKey(t.name) ?? t.name}`;
    }
    case "tag":
      return `${qs(t.q)}${t.tag === "class" ? "struct" : t.tag} ${t.name}`;
    case "record":
      return `${qs(t.q)}${recordShape(t.rec, env, keepQuals, depth)}`;
    case "enum":
      return `${qs(t.q)}enum ${t.en.name ?? `{${t.en.members.map((m) => m.name).join(",")}}`}`;
    case "ptr":
      return `${canonical(t.to, env, keepQuals, depth + 1)} *${keepQuals && t.q?.length ? " " + t.q.join(" ") : ""}`;
    case "ref":
      return `${canonical(t.to, env, keepQuals, depth + 1)} &`;
    case "array":
      return `${canonical(t.of, env, keepQuals, depth + 1)}[${t.len ?? ""}]`;
    case "func":
      return `${canonical(t.ret, env, keepQuals, depth + 1)} (${t.params.map((p) => canonical(p.type, env, keepQuals, depth + 1)).join(", ")}${t.variadic ? ", ..." : ""})`;
    case "unknown":
      return t.text;
  }
}
function identityOf(td) {
  const t = td.type;
  if (t.k === "enum" && !t.en.name) return `enum ${td.name}`;
  if (t.k === "record" && !t.rec.name) return `${t.rec.kind === "class" ? "struct" : t.rec.kind} ${td.name}`;
  return void 0;
}
function recordShape(rec, env, keepQuals, depth) {
  if (rec.name) return `${rec.kind === "class" ? "struct" : rec.kind} ${rec.name}`;
  const fields = rec.fields.map(
    (f) => `${canonical(f.type, env, keepQuals, depth + 1)} ${f.name ?? ""}${f.bits ? ":" + f.bits : ""}`
  );
  return `${rec.kind} {${fields.join("; ")}}`;
}

// src/detectors/c/compare-context.ts
function report(cmp, { rule, ...facts }) {
  const f = finding(rule, { path: cmp.path, ...facts });
  const mirror = cmp.findings.findIndex(
    (g) => g.ruleId === f.ruleId && g.line === f.line && mirrored(g.symbol, f.symbol)
  );
  if (mirror < 0) cmp.findings.push(f);
  else if ((f.symbol ?? "").length < (cmp.findings[mirror].symbol ?? "").length) cmp.findings[mirror] = f;
}
function mirrored(a, b) {
  if (!a || !b || a === b) return false;
  const [long, short] = a.length > b.length ? [a.split("."), b.split(".")] : [b.split("."), a.split(".")];
  return long.length === short.length + 1 && long.at(-1) === short.at(-1) && short.slice(0, -1).every((seg, i2) => seg === long[i2]);
}
function byName(items, key) {
  const map = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    if (k === void 0) continue;
    const list2 = map.get(k);
    if (list2) list2.push(item);
    else map.set(k, [item]);
  }
  return map;
}
function pairVariants(before, after, shape, branch) {
  const b = before.map((t) => ({ t, s: shape(t, "before") }));
  const a = after.map((t) => ({ t, s: shape(t, "after") }));
  const take = (list2, i2) => list2.splice(i2, 1)[0];
  let restB = b.filter((x) => {
    const i2 = a.findIndex((y) => y.s === x.s);
    if (i2 < 0) return true;
    take(a, i2);
    return false;
  });
  const pairs = [];
  if (branch)
    restB = restB.filter((x) => {
      const i2 = a.findIndex((y) => branch(y.t, "after") === branch(x.t, "before"));
      if (i2 < 0) return true;
      pairs.push([x.t, take(a, i2).t]);
      return false;
    });
  return [...pairs, ...restB.slice(0, a.length).map((x, i2) => [x.t, a[i2].t])];
}
function unpairedBefore(before, after, shape) {
  const a = new Set(after.map((t) => shape(t, "after")));
  const b = new Map(before.map((t) => [shape(t, "before"), t]));
  const gone = [...b].filter(([s2]) => !a.has(s2)).map(([, t]) => t);
  const fresh = [...a].filter((s2) => !b.has(s2));
  return gone.slice(fresh.length);
}

// src/detectors/c/version-macros.ts
import { posix } from "node:path";
var VERSION_WORD = /^(VER|VERSION|VERSIONS|VERNUM|VERSIONNUM|SOVERSION|VERSIONHEX)$/;
var VERSION_PART = /^(MAJOR|MINOR|MICRO|PATCH|PATCHLEVEL|NANO|REVISION|SUBREVISION|RELEASE|PRERELEASE|BUILD|RC|SUFFIX|HEX|NUMBER|NUM|STRING|STR|DATE|IS|TYPE|BASE|TEXT)$/;
var VERSION_FILE = /(^|[_-])(version|ver)([_-]\w+)?\.h$|ver\.h$/i;
function isVersionMacro(name2, path, versionNamesChanging) {
  const words = name2.replace(/^_+/, "").split(/_+/);
  if (words.some((w) => VERSION_WORD.test(w)) || /SOURCE_?ID$/.test(name2)) return true;
  if (VERSION_FILE.test(posix.basename(path))) return true;
  return versionNamesChanging && words.slice(1).some((w) => VERSION_PART.test(w));
}
function hasVersionWord(name2) {
  return name2.replace(/^_+/, "").split(/_+/).some((w) => VERSION_WORD.test(w));
}
function versionMarkerSuccessor(name2, after) {
  const stem = versionStem(name2);
  return stem === void 0 ? void 0 : after.find((other) => other !== name2 && versionStem(other) === stem);
}
function versionStem(name2) {
  const m = /^(.*?(?:^|_)(?:ver|version|vernum)_)(\d+(?:_\d+)*)(?:_[a-z]+\d*)?$/i.exec(name2);
  return m ? m[1].toLowerCase() : void 0;
}

// src/detectors/c/tokens.ts
var PUNCTS = ["<<=", ">>=", "...", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "->", "++", "--", "##", "::"];
var PUNCT_STARTS = new Set(PUNCTS.map((p) => p[0]));
var scanned = { t: "punct", start: 0, end: 0 };
function scan(text, i2) {
  const n = text.length;
  while (i2 < n) {
    const code2 = text.charCodeAt(i2);
    const next = i2 + 1 < n ? text.charCodeAt(i2 + 1) : -1;
    if (code2 === 92 && (next === 10 || next === 13)) {
      i2 += 2;
      continue;
    }
    if (code2 <= 32) {
      i2++;
      continue;
    }
    if (code2 === 47 && next === 42) {
      const end = text.indexOf("*/", i2 + 2);
      i2 = end < 0 ? n : end + 2;
      continue;
    }
    if (code2 === 47 && next === 47) {
      const end = text.indexOf("\n", i2);
      i2 = end < 0 ? n : end;
      continue;
    }
    const start2 = i2;
    scanned.start = start2;
    if (isIdentStart(code2)) {
      while (i2 < n && isIdentPart(text.charCodeAt(i2))) i2++;
      scanned.t = "id";
    } else if (isDigit(code2) || code2 === 46 && isDigit(next)) {
      while (i2 < n) {
        const c = text.charCodeAt(i2);
        if (isIdentPart(c) ? c !== 36 : c === 46) i2++;
        else if ((c === 43 || c === 45) && isExponent(text.charCodeAt(i2 - 1))) i2++;
        else break;
      }
      scanned.t = "num";
    } else if (code2 === 34 || code2 === 39) {
      i2++;
      while (i2 < n && text.charCodeAt(i2) !== code2) i2 += text.charCodeAt(i2) === 92 ? 2 : 1;
      i2++;
      scanned.t = code2 === 34 ? "str" : "chr";
    } else {
      const ch = text[i2];
      const p = PUNCT_STARTS.has(ch) && PUNCTS.find((s2) => text.startsWith(s2, i2)) || ch;
      i2 += p.length;
      scanned.t = "punct";
    }
    scanned.end = Math.min(i2, n);
    return true;
  }
  return false;
}
function tokenize(text) {
  const out2 = [];
  for (let i2 = 0; scan(text, i2); i2 = scanned.end) out2.push({ t: scanned.t, v: text.slice(scanned.start, scanned.end) });
  return out2;
}
function tokenText(tokens) {
  return tokens.map((t) => t.v).join(" ");
}
function normaliseText(text) {
  if (text.length && isIdentStart(text.charCodeAt(0))) {
    let i2 = 1;
    while (i2 < text.length && isIdentPart(text.charCodeAt(i2))) i2++;
    if (i2 === text.length) return text;
  }
  let out2 = "";
  for (let i2 = 0; scan(text, i2); i2 = scanned.end)
    out2 += out2 === "" ? text.slice(scanned.start, scanned.end) : " " + text.slice(scanned.start, scanned.end);
  return out2;
}
function isIdentStart(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c === 36;
}
function isIdentPart(c) {
  return isIdentStart(c) || isDigit(c);
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isExponent(c) {
  return c === 101 || c === 69 || c === 112 || c === 80;
}
function prettyText(normalised) {
  return normalised.replace(/([([]) /g, "$1").replace(/ ([)\],])/g, "$1");
}
var GNU_KEYWORDS = /\b__(signed|const|volatile|restrict)(__)?\b/g;
function spellGnuKeywords(text) {
  if (!text.includes("__")) return text;
  return text.replace(GNU_KEYWORDS, (m, word) => word.padEnd(m.length, " "));
}

// src/detectors/c/conditions.ts
var DEFINED = /* @__PURE__ */ new Map([
  ["__GNUC__", 12n],
  ["__STDC__", 1n],
  ["__STDC_VERSION__", 201710n],
  ["__STDC_HOSTED__", 1n],
  ["__linux__", 1n],
  ["__linux", 1n],
  ["linux", 1n],
  ["__gnu_linux__", 1n],
  ["__unix__", 1n],
  ["__unix", 1n],
  ["unix", 1n],
  ["__ELF__", 1n]
]);
var TOOLCHAINS = /* @__PURE__ */ new Set([
  "_MSC_VER",
  "_MSC_FULL_VER",
  "__MINGW32__",
  "__MINGW64__",
  "__MINGW64_VERSION_MAJOR",
  "__MINGW32_MAJOR_VERSION",
  "__BORLANDC__",
  "__WATCOMC__",
  "__DMC__",
  "__SUNPRO_C",
  "__SUNPRO_CC",
  "__INTEL_COMPILER",
  "__IBMC__",
  "__xlC__",
  "__HP_cc",
  "__PGI",
  "__TINYC__",
  // classic Mac OS compilers: Metrowerks CodeWarrior, Apple MPW C and MrC, THINK C, Symantec C
  "__MWERKS__",
  "applec",
  "__MRC__",
  "THINK_C",
  "__SC__"
]);
var OTHER_PLATFORMS = [
  "_WIN32",
  "_WIN64",
  "WIN32",
  "WIN64",
  "__WIN32__",
  "__WINDOWS__",
  "_WINDOWS",
  "_WIN32_WCE",
  "__SYMBIAN32__",
  "__OS2__",
  "__VMS",
  "__riscos__",
  "__CYGWIN__",
  "__APPLE__",
  "__MACH__",
  "__sun",
  "sun",
  "__SVR4",
  "_AIX",
  "__MVS__",
  "__OS400__",
  "__FreeBSD__",
  "__NetBSD__",
  "__OpenBSD__",
  "__DragonFly__",
  "__HAIKU__",
  "__QNX__",
  "__QNXNTO__",
  "__hpux",
  "__wasm__",
  "__wasm32__",
  "__wasm64__",
  "__EMSCRIPTEN__",
  "__ANDROID__",
  "__Fuchsia__"
];
var UNDEFINED = /* @__PURE__ */ new Set([...TOOLCHAINS, ...OTHER_PLATFORMS]);
var WINDOWS_SDK = /* @__PURE__ */ new Set([
  "windows.h",
  "winsock2.h",
  "winsock.h",
  "ws2tcpip.h",
  "mswsock.h",
  "windef.h",
  "winbase.h",
  "winnt.h",
  "wtypes.h"
]);
var EXPERIMENTAL = /^\w*(EXPERIMENTAL|UNSTABLE)\w*$/;
function branchRegion(node, alternative, prior) {
  const from = node.startPosition.row + 1;
  const to = alternative ? alternative.startPosition.row : node.endPosition.row + 1;
  const type = node.type;
  const own = type === "preproc_else" ? void 0 : branchOf(node, type);
  const negated = prior.map(negate);
  const parts2 = own ? [...negated, own] : negated;
  return {
    region: {
      from,
      to: Math.max(from, to),
      text: parts2.map((p) => p.text).join(" && "),
      truth: and(parts2.map((p) => p.truth)),
      likely: parts2.every((p) => p.likely),
      toolchain: parts2.find((p) => p.toolchain)?.toolchain,
      optIn: parts2.find((p) => p.optIn)?.optIn
    },
    branch: own
  };
}
function branchOf(node, type) {
  if (type === "preproc_ifdef" || type === "preproc_elifdef") {
    const name2 = node.childForFieldName("name")?.text ?? "?";
    const negated = /^#\s*(ifndef|elifndef)/.test(node.text);
    const v = definedValue(name2);
    return {
      text: `${negated ? "!" : ""}defined(${name2})`,
      truth: negated ? not(v) : v,
      likely: v === "true" !== negated,
      toolchain: TOOLCHAINS.has(name2) ? name2 : void 0,
      optIn: !negated && EXPERIMENTAL.test(name2) ? name2 : void 0
    };
  }
  const cond = node.childForFieldName("condition");
  const text = directiveText(node);
  const optIn = /^(?:defined\((\w+)\)|(\w+))(?: &&|$)/.exec(text);
  const base2 = {
    text,
    toolchain: toolchainIn(text),
    optIn: [optIn?.[1], optIn?.[2]].find((x) => x && EXPERIMENTAL.test(x))
  };
  if (!cond || cond.hasError) return { ...base2, truth: "unknown", likely: true };
  const likely = evaluate(cond, true);
  return { ...base2, truth: truthOf(evaluate(cond, false)), likely: likely === void 0 || likely !== 0n };
}
function negate(b) {
  const simple = /^!?defined\(\w+\)$|^\w+$/.test(b.text);
  return {
    text: simple ? b.text.startsWith("!") ? b.text.slice(1) : `!${b.text}` : `!(${b.text})`,
    truth: not(b.truth),
    likely: !b.likely
  };
}
function directiveText(node) {
  const text = node.text;
  let end = text.indexOf("\n");
  let first = end < 0 ? text : text.slice(0, end);
  while (/\\\r?$/.test(first) && end >= 0) {
    const next = text.indexOf("\n", end + 1);
    first = first.replace(/\\\r?$/, " ") + (next < 0 ? text.slice(end + 1) : text.slice(end + 1, next));
    end = next;
  }
  return expressionText(first.replace(/^\s*#\s*(if|elif)\b/, ""));
}
function expressionText(text) {
  let out2 = "";
  let prev = "";
  for (const { v } of tokenize(text)) {
    const tight = out2 === "" || prev === "(" || prev === "!" || prev === "~" || v === ")" || v === "," || v === "(" && /\w$/.test(prev);
    out2 += (tight ? "" : " ") + v;
    prev = v;
  }
  return out2;
}
function toolchainIn(text) {
  for (const m of text.matchAll(/[A-Za-z_]\w*/g)) if (TOOLCHAINS.has(m[0])) return m[0];
  return void 0;
}
var definedValue = (name2) => DEFINED.has(name2) ? "true" : UNDEFINED.has(name2) ? "false" : "unknown";
var not = (t) => t === "unknown" ? t : t === "true" ? "false" : "true";
function and(ts) {
  if (ts.includes("false")) return "false";
  return ts.every((t) => t === "true") ? "true" : "unknown";
}
var truthOf = (v) => v === void 0 ? "unknown" : v !== 0n ? "true" : "false";
function evaluate(n, assume) {
  switch (n.type) {
    case "number_literal": {
      const digits = n.text.replace(/[uUlL]+$/, "");
      try {
        return /^0[0-7]+$/.test(digits) ? BigInt(`0o${digits.slice(1)}`) : BigInt(digits);
      } catch {
        return void 0;
      }
    }
    case "identifier":
      return DEFINED.get(n.text) ?? (UNDEFINED.has(n.text) || assume ? 0n : void 0);
    case "preproc_defined": {
      const name2 = n.namedChildren.find((c) => c?.type === "identifier")?.text ?? "";
      const t = definedValue(name2);
      return t === "unknown" ? assume ? 0n : void 0 : t === "true" ? 1n : 0n;
    }
    case "parenthesized_expression":
      return n.namedChildren[0] ? evaluate(n.namedChildren[0], assume) : void 0;
    case "unary_expression": {
      const arg = n.childForFieldName("argument");
      const v = arg ? evaluate(arg, assume) : void 0;
      if (v === void 0) return void 0;
      const op = n.childForFieldName("operator")?.text;
      return op === "!" ? v === 0n ? 1n : 0n : op === "-" ? -v : op === "~" ? ~v : op === "+" ? v : void 0;
    }
    case "binary_expression":
      return binary2(n, assume);
    default:
      return void 0;
  }
}
function binary2(n, assume) {
  const op = n.childForFieldName("operator")?.text;
  const l = n.childForFieldName("left");
  const r = n.childForFieldName("right");
  const a = l ? evaluate(l, assume) : void 0;
  const b = r ? evaluate(r, assume) : void 0;
  if (op === "&&") {
    if (a === 0n || b === 0n) return 0n;
    return a === void 0 || b === void 0 ? void 0 : 1n;
  }
  if (op === "||") {
    if (a !== void 0 && a !== 0n || b !== void 0 && b !== 0n) return 1n;
    return a === void 0 || b === void 0 ? void 0 : 0n;
  }
  if (a === void 0 || b === void 0) return void 0;
  const bool = (x) => x ? 1n : 0n;
  switch (op) {
    case "==":
      return bool(a === b);
    case "!=":
      return bool(a !== b);
    case "<":
      return bool(a < b);
    case "<=":
      return bool(a <= b);
    case ">":
      return bool(a > b);
    case ">=":
      return bool(a >= b);
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return b === 0n ? void 0 : a / b;
    case "%":
      return b === 0n ? void 0 : a % b;
    case "&":
      return a & b;
    case "|":
      return a | b;
    case "^":
      return a ^ b;
    default:
      return void 0;
  }
}
function windowsSdkHeader(includePath) {
  const name2 = includePath.replace(/^[<"]|[>"]$/g, "").toLowerCase();
  return WINDOWS_SDK.has(name2) ? name2 : void 0;
}
function conditionAt(model, line3) {
  const regions = model.branches.filter((r) => r.from <= line3 && line3 <= r.to && r.truth !== "true");
  const parts2 = [];
  if (model.platform) parts2.push(`in a Windows-only header (it includes \`<${model.platform}>\`)`);
  if (regions.length) parts2.push(`under \`#if ${regions.map((r) => r.text).join(" && ")}\``);
  if (!parts2.length) return void 0;
  const truth = model.platform ? "false" : and(regions.map((r) => r.truth));
  return {
    where: parts2.join(", "),
    truth,
    toolchain: regions.find((r) => r.toolchain)?.toolchain,
    optIn: regions.find((r) => r.optIn)?.optIn
  };
}
function likelyAt(model, line3) {
  return model.branches.every((r) => r.likely || r.from > line3 || line3 > r.to);
}
var isPlatformMacro = (name2) => DEFINED.has(name2) || UNDEFINED.has(name2);
function conjunctsAt(model, line3) {
  const out2 = /* @__PURE__ */ new Set();
  for (const r of model.branches) if (r.from <= line3 && line3 <= r.to) for (const c of topLevelAnd(r.text)) out2.add(c);
  return out2;
}
function topLevelAnd(text) {
  const parts2 = [];
  let depth = 0;
  let start2 = 0;
  for (let i2 = 0; i2 < text.length; i2++) {
    const ch = text[i2];
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (depth === 0 && text.startsWith(" && ", i2)) {
      parts2.push(text.slice(start2, i2));
      start2 = i2 + 4;
    }
  }
  parts2.push(text.slice(start2));
  return parts2.flatMap((p) => /^\(.*\)$/.test(p) && balanced(p.slice(1, -1)) ? topLevelAnd(p.slice(1, -1)) : [p]);
}
function balanced(s2) {
  let depth = 0;
  for (const ch of s2) {
    depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}
var WIN64 = /* @__PURE__ */ new Set(["_WIN64", "WIN64"]);
var WINDOWS = /* @__PURE__ */ new Set(["_WIN32", "WIN32", "__WIN32__", "__WINDOWS__", "_WINDOWS", ...WIN64]);
function windowsModels(conjuncts) {
  const required = [...conjuncts].flatMap((c) => /^defined\((\w+)\)$/.exec(c)?.[1] ?? []);
  if (required.some((m) => WIN64.has(m))) return ["win64"];
  return required.some((m) => WINDOWS.has(m)) ? ["win64", "win32"] : [];
}
function includeSitesByTarget(headers) {
  const paths = new Set(headers.flatMap((h) => h.text === null ? [] : [h.path]));
  const sites = /* @__PURE__ */ new Map();
  headers.forEach((h, i2) => {
    if (h.text === null) return;
    for (const inc of includeSites(h.text)) {
      const target = includeCandidates(inc.name, h.path, paths)[0];
      if (!target || target === h.path) continue;
      const list2 = sites.get(target) ?? [];
      list2.push({ includer: i2, line: inc.line });
      sites.set(target, list2);
    }
  });
  return sites;
}
function skippedAt(includer, line3) {
  return includer.branches.filter((r) => !r.likely && r.from <= line3 && line3 <= r.to);
}
function underIncluders(m, skipped) {
  if (!skipped.length || skipped.some((regions) => !regions.length)) return m;
  return underIncluder(m, skipped[0]);
}
var underIncluderMemo = /* @__PURE__ */ new WeakMap();
function underIncluder(m, regions) {
  const text = regions.map((r) => r.text).join(" && ");
  const memo = underIncluderMemo.get(m) ?? /* @__PURE__ */ new Map();
  underIncluderMemo.set(m, memo);
  const hit = memo.get(text);
  if (hit) return hit;
  const whole = {
    from: 1,
    to: Number.MAX_SAFE_INTEGER,
    text,
    truth: and(regions.map((r) => r.truth)),
    likely: false,
    toolchain: regions.find((r) => r.toolchain)?.toolchain,
    optIn: regions.find((r) => r.optIn)?.optIn
  };
  const out2 = { ...m, branches: [whole, ...m.branches] };
  memo.set(text, out2);
  return out2;
}

// src/detectors/c/env.ts
var DeferredModel = class {
  constructor(build, macros, mayDefine2) {
    this.build = build;
    this.mayDefine = mayDefine2;
    for (const m of macros) this.macros.set(m.name, [...this.macros.get(m.name) ?? [], m]);
  }
  build;
  mayDefine;
  built;
  /** Its macros by name (the model's own `macros` objects). */
  macros = /* @__PURE__ */ new Map();
  get model() {
    return this.built ??= this.build();
  }
  /** Whether the model was built (asked for). */
  get isBuilt() {
    return this.built !== void 0;
  }
};
function fold(models2, env, unlikely = /* @__PURE__ */ new Set()) {
  const first = (map, key, value, m, line3) => {
    const likely = likelyAt(m, line3);
    if (map.has(key) && !(likely && unlikely.has(map.get(key)))) return;
    map.set(key, value);
    if (!likely) unlikely.add(value);
  };
  for (const m of models2) {
    for (const r of m.records)
      if (r.name) first(env.records, `${r.kind === "class" ? "struct" : r.kind} ${r.name}`, r, m, r.line);
    for (const e of m.enums) {
      if (e.name) first(env.enums, e.name, e, m, e.line);
      e.members.forEach((mem, index) => first(env.constants, mem.name, { en: e, index }, m, e.line));
    }
    for (const t of m.typedefs) first(env.typedefs, t.name, t, m, t.line);
    for (const mac of m.macros) first(env.macros, mac.name, mac, m, mac.line);
  }
  return unlikely;
}
function buildEnv(sources) {
  if (sources.every((s2) => !(s2 instanceof DeferredModel))) {
    const models2 = sources;
    const env = { ...emptyTables(), models: models2, sources, memo: /* @__PURE__ */ new Map() };
    fold(models2, env);
    return env;
  }
  return new DeferringEnv(sources);
}
var emptyTables = () => ({
  records: /* @__PURE__ */ new Map(),
  enums: /* @__PURE__ */ new Map(),
  typedefs: /* @__PURE__ */ new Map(),
  constants: /* @__PURE__ */ new Map(),
  macros: /* @__PURE__ */ new Map()
});
var nameOfKey = (table2, key) => table2 === "records" ? key.slice(key.indexOf(" ") + 1) : key;
var DeferringEnv = class {
  constructor(sources) {
    this.sources = sources;
    const table2 = (name2) => new LazyTable(this, name2);
    this.records = table2("records");
    this.enums = table2("enums");
    this.typedefs = table2("typedefs");
    this.constants = table2("constants");
    this.macros = table2("macros");
    for (const s2 of sources) {
      if (s2 instanceof DeferredModel) break;
      this.prefix.push(s2);
    }
    this.prefixUnlikely = fold(this.prefix, this.raw());
  }
  sources;
  records;
  enums;
  typedefs;
  constants;
  macros;
  memo = /* @__PURE__ */ new Map();
  all;
  /** Names answered by the built prefix alone, or after the deferred models that may define them were built. */
  settled = /* @__PURE__ */ new Map();
  prefix = [];
  prefixUnlikely;
  get models() {
    this.complete();
    return this.all;
  }
  /** The tables' own storage, past the lazy lookups. */
  raw() {
    const raw = (m) => m.store;
    return {
      records: raw(this.records),
      enums: raw(this.enums),
      typedefs: raw(this.typedefs),
      constants: raw(this.constants),
      macros: raw(this.macros)
    };
  }
  /** Whether a built model follows a deferred one (a C++ header beside the changed ones, sides.ts). */
  builtAfterPrefix() {
    return this.sources.some((s2, i2) => i2 >= this.prefix.length && !(s2 instanceof DeferredModel));
  }
  /** Every model built and folded in order (iteration, `models`). */
  complete() {
    if (this.all) return;
    const all = this.sources.map((s2) => s2 instanceof DeferredModel ? s2.model : s2);
    const raw = this.raw();
    for (const t of Object.values(raw)) t.clear();
    fold(all, raw);
    this.all = all;
  }
  /** Makes `key` of `table` final in the table's storage. */
  settle(table2, key) {
    if (this.all) return;
    let done = this.settled.get(table2);
    if (!done) this.settled.set(table2, done = /* @__PURE__ */ new Set());
    if (done.has(key)) return;
    done.add(key);
    const store = this.raw()[table2];
    const found = store.get(key);
    if (found !== void 0 && !this.prefixUnlikely.has(found)) return;
    const name2 = nameOfKey(table2, key);
    if (table2 === "macros") {
      const defs = this.sources.flatMap((s2) => s2 instanceof DeferredModel ? s2.macros.get(name2) ?? [] : []);
      if (defs.length === 1 && found === void 0 && !this.builtAfterPrefix()) {
        store.set(key, defs[0]);
        return;
      }
    }
    const candidates = [];
    for (const s2 of this.sources) {
      if (!(s2 instanceof DeferredModel)) candidates.push(s2);
      else if (table2 === "macros" ? s2.macros.has(name2) : s2.mayDefine(name2)) candidates.push(s2.model);
    }
    if (candidates.length === this.prefix.length) return;
    const value = foldKey(candidates, table2, key);
    if (value !== void 0) store.set(key, value);
  }
};
var indexes = /* @__PURE__ */ new WeakMap();
function indexOf(m) {
  let index = indexes.get(m);
  if (index) return index;
  index = { records: /* @__PURE__ */ new Map(), enums: /* @__PURE__ */ new Map(), typedefs: /* @__PURE__ */ new Map(), constants: /* @__PURE__ */ new Map(), macros: /* @__PURE__ */ new Map() };
  const add = (table2, key, value, line3) => {
    const list2 = index[table2].get(key);
    if (list2) list2.push({ value, line: line3 });
    else index[table2].set(key, [{ value, line: line3 }]);
  };
  for (const r of m.records)
    if (r.name) add("records", `${r.kind === "class" ? "struct" : r.kind} ${r.name}`, r, r.line);
  for (const e of m.enums) {
    if (e.name) add("enums", e.name, e, e.line);
    e.members.forEach((mem, i2) => add("constants", mem.name, { en: e, index: i2 }, e.line));
  }
  for (const t of m.typedefs) add("typedefs", t.name, t, t.line);
  for (const mac of m.macros) add("macros", mac.name, mac, mac.line);
  indexes.set(m, index);
  return index;
}
function keysOf(m, table2) {
  return indexOf(m)[table2].keys();
}
function foldKey(models2, table2, key) {
  const unlikely = /* @__PURE__ */ new Set();
  let winner;
  for (const m of models2)
    for (const { value, line: line3 } of indexOf(m)[table2].get(key) ?? []) {
      const likely = likelyAt(m, line3);
      if (winner !== void 0 && !(likely && unlikely.has(winner))) continue;
      winner = value;
      if (!likely) unlikely.add(value);
    }
  return winner;
}
var LazyTable = class extends Map {
  constructor(env, table2) {
    super();
    this.env = env;
    this.table = table2;
  }
  env;
  table;
  /** The table's own storage (a plain Map, so Map's own methods need no care here). */
  store = /* @__PURE__ */ new Map();
  get(key) {
    this.env.settle(this.table, key);
    return this.store.get(key);
  }
  has(key) {
    this.env.settle(this.table, key);
    return this.store.has(key);
  }
  get size() {
    this.env.complete();
    return this.store.size;
  }
  keys() {
    this.env.complete();
    return this.store.keys();
  }
  values() {
    this.env.complete();
    return this.store.values();
  }
  entries() {
    this.env.complete();
    return this.store.entries();
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  forEach(fn, thisArg) {
    this.env.complete();
    this.store.forEach((v, k) => fn.call(thisArg, v, k, this));
  }
  set() {
    throw new Error("an environment's tables are read-only");
  }
  delete() {
    throw new Error("an environment's tables are read-only");
  }
  clear() {
    throw new Error("an environment's tables are read-only");
  }
};
function memoOf(env, name2) {
  let table2 = env.memo.get(name2);
  if (!table2) env.memo.set(name2, table2 = /* @__PURE__ */ new WeakMap());
  return table2;
}

// src/detectors/c/parse-type.ts
function canonicalPrim(words) {
  const longs = words.filter((w) => w === "long").length;
  const unsigned = words.includes("unsigned");
  const signed = words.includes("signed");
  const base2 = words.find((w) => w !== "long" && w !== "unsigned" && w !== "signed" && w !== "short");
  if (base2 === "double" || base2 === "float") return longs ? `long ${base2}` : base2;
  if (base2 === "char") return unsigned ? "unsigned char" : signed ? "signed char" : "char";
  if (base2 === "_Bool") return "bool";
  if (base2 && base2 !== "int") return base2;
  const size2 = words.includes("short") ? "short" : longs === 1 ? "long" : longs >= 2 ? "long long" : "int";
  return unsigned ? `unsigned ${size2}` : size2;
}
var childTypeMemo = /* @__PURE__ */ new WeakMap();
function childTypes(node) {
  let types = childTypeMemo.get(node);
  if (!types) childTypeMemo.set(node, types = node.namedChildren.map((c) => c?.type ?? ""));
  return types;
}
function childrenOfType(node, type) {
  const types = childTypes(node);
  const out2 = [];
  for (let i2 = 0; i2 < types.length; i2++) if (types[i2] === type) out2.push(node.namedChildren[i2]);
  return out2;
}
function qualsOf(node) {
  const q2 = childrenOfType(node, "type_qualifier").map((c) => c.text);
  return [...new Set(q2)].sort();
}
function isStatic(node) {
  return childrenOfType(node, "storage_class_specifier").some((c) => c.text === "static");
}
function baseType(decl, onSpecifier) {
  const q2 = qualsOf(decl);
  const typeNode = decl.childForFieldName("type");
  const t = typeNode ? typeOfSpecifier(typeNode, onSpecifier) : { k: "prim", name: "int" };
  return q2.length ? withQuals(t, q2) : t;
}
function withQuals(t, q2) {
  if (t.k === "array" || t.k === "func" || t.k === "unknown" || t.k === "ref") return t;
  return { ...t, q: [.../* @__PURE__ */ new Set([...t.q ?? [], ...q2])].sort() };
}
function typeOfSpecifier(node, onSpecifier) {
  const type = node.type;
  switch (type) {
    case "primitive_type":
      return { k: "prim", name: canonicalPrim([node.text]) };
    case "sized_type_specifier": {
      const words = node.children.filter((c) => c && c.type !== "comment").map((c) => c.text);
      return { k: "prim", name: canonicalPrim(words.flatMap((w) => w.split(/\s+/))) };
    }
    case "struct_specifier":
    case "union_specifier":
    case "class_specifier":
    case "enum_specifier": {
      if (node.childForFieldName("body")) return onSpecifier(node);
      const name2 = node.childForFieldName("name");
      const tag = type.replace("_specifier", "");
      return name2 ? { k: "tag", tag, name: normaliseText(name2.text) } : { k: "unknown", text: normaliseText(node.text) };
    }
    case "type_identifier":
      return { k: "name", name: node.text };
    default:
      return { k: "name", name: normaliseText(node.text) };
  }
}
var NAME_NODES = /* @__PURE__ */ new Set([
  "identifier",
  "field_identifier",
  "type_identifier",
  "destructor_name",
  "qualified_identifier",
  "operator_name",
  "primitive_type"
]);
function applyDeclarator(base2, decl, onSpecifier) {
  if (!decl) return { type: base2, isFunction: false };
  const type = decl.type;
  if (NAME_NODES.has(type)) return { name: decl.text, type: base2, isFunction: base2.k === "func" };
  const inner = decl.childForFieldName("declarator");
  switch (type) {
    case "pointer_declarator":
    case "abstract_pointer_declarator":
      return applyDeclarator({ k: "ptr", to: base2, q: qualsOf(decl) }, inner, onSpecifier);
    case "reference_declarator":
    case "abstract_reference_declarator":
      return applyDeclarator(
        { k: "ref", to: base2 },
        decl.namedChildren.find((c) => c && c.type !== "type_qualifier") ?? null,
        onSpecifier
      );
    case "array_declarator":
    case "abstract_array_declarator": {
      const size2 = decl.childForFieldName("size");
      return applyDeclarator({ k: "array", of: base2, len: size2 ? normaliseText(size2.text) : null }, inner, onSpecifier);
    }
    case "function_declarator":
    case "abstract_function_declarator": {
      const { params, variadic } = parameters(decl.childForFieldName("parameters"), onSpecifier);
      const r = applyDeclarator({ k: "func", ret: base2, params, variadic }, inner, onSpecifier);
      return r;
    }
    // `int x = 10;`: the initializer is the value, not part of the name or the type.
    case "init_declarator":
      return applyDeclarator(base2, inner, onSpecifier);
    case "parenthesized_declarator":
    case "abstract_parenthesized_declarator":
    case "attributed_declarator":
      return applyDeclarator(
        base2,
        decl.namedChildren.find((c) => c && c.type !== "comment" && c.type !== "attribute_declaration") ?? null,
        onSpecifier
      );
    default:
      return { name: normaliseText(decl.text), type: base2, isFunction: false };
  }
}
function parameters(list2, onSpecifier) {
  const params = [];
  let variadic = false;
  for (const p of list2?.namedChildren ?? []) {
    if (!p) continue;
    const type = p.type;
    const declaration = type.endsWith("parameter_declaration");
    if (type === "variadic_parameter" || !declaration && p.text === "...") {
      variadic = true;
      continue;
    }
    if (!declaration) continue;
    const d = applyDeclarator(baseType(p, onSpecifier), p.childForFieldName("declarator"), onSpecifier);
    params.push({ name: d.name, type: stripTopQuals(d.type) });
  }
  if (params.length === 1 && !params[0].name && params[0].type.k === "prim" && params[0].type.name === "void")
    params.length = 0;
  return { params, variadic };
}
function stripTopQuals(t) {
  if ("q" in t && t.q && t.q.length) return { ...t, q: [] };
  return t;
}

// src/detectors/c/type-from-tokens.ts
var PRIM_WORDS = /* @__PURE__ */ new Set([
  "unsigned",
  "signed",
  "int",
  "char",
  "short",
  "long",
  "float",
  "double",
  "_Bool",
  "bool",
  "void"
]);
var QUALS = /* @__PURE__ */ new Set(["const", "volatile", "restrict", "__restrict"]);
function typeFromTokens(tokens, _env) {
  const words = tokens.filter((t2) => !QUALS.has(t2.v));
  let i2 = 0;
  let t;
  const first = words[0]?.v;
  if (first === "struct" || first === "union" || first === "enum" || first === "class") {
    t = { k: "tag", tag: first, name: words[1]?.v ?? "" };
    i2 = 2;
  } else if (first && PRIM_WORDS.has(first)) {
    const prim = [];
    while (i2 < words.length && PRIM_WORDS.has(words[i2].v)) prim.push(words[i2++].v);
    t = { k: "prim", name: canonicalPrim(prim) };
  } else if (words[0]?.t === "id") {
    t = { k: "name", name: first };
    i2 = 1;
  } else {
    return { k: "unknown", text: tokens.map((x) => x.v).join(" ") };
  }
  const arrays = [];
  for (; i2 < words.length; i2++) {
    const v = words[i2].v;
    if (v === "*") t = { k: "ptr", to: t };
    else if (v === "[") {
      const close = words.findIndex((w, j) => j > i2 && w.v === "]");
      if (close < 0) break;
      arrays.push(
        words.slice(i2 + 1, close).map((w) => w.v).join(" ") || null
      );
      i2 = close;
    }
  }
  for (const len of arrays.reverse()) t = { k: "array", of: t, len };
  return t;
}

// src/detectors/c/const-eval.ts
var fail = (why) => ({ ok: false, why });
var BUILTINS = {
  __BIGGEST_ALIGNMENT__: 16n,
  _IOC_NONE: 0n,
  _IOC_WRITE: 1n,
  _IOC_READ: 2n,
  _IOC_NRBITS: 8n,
  _IOC_TYPEBITS: 8n,
  _IOC_SIZEBITS: 14n,
  _IOC_DIRBITS: 2n,
  _IOC_NRSHIFT: 0n,
  _IOC_TYPESHIFT: 8n,
  _IOC_SIZESHIFT: 16n,
  _IOC_DIRSHIFT: 30n,
  __CHAR_BIT__: 8n,
  CHAR_BIT: 8n
};
var IOCTL_MACROS = { _IO: 0, _IOW: 1, _IOR: 2, _IOWR: 3 };
function evalInt(text, env, abi) {
  return evalTokens(tokenize(text), env, abi, 0);
}
function evalTokens(tokens, env, abi, depth) {
  if (depth > 24) return fail("macro expansion is too deep");
  try {
    const p = new ExprParser(tokens, env, abi, depth);
    const v = p.ternary();
    if (p.pos < tokens.length)
      return fail(`\`${tokens.map((t) => t.v).join(" ")}\` is not an integer constant expression`);
    return { ok: true, value: v };
  } catch (err2) {
    return fail(err2 instanceof EvalError ? err2.message : String(err2));
  }
}
var EvalError = class {
  constructor(message) {
    this.message = message;
  }
  message;
};
function enumValues(en, env, abi) {
  const memo = memoOf(env, `enum:${abi}`);
  const cached2 = memo.get(en);
  if (cached2) return cached2;
  const out2 = [];
  memo.set(en, out2);
  let next = { ok: true, value: 0n };
  for (const m of en.members) {
    const v = m.expr !== void 0 ? evalInt(m.expr, env, abi) : next;
    out2.push(v);
    next = v.ok ? { ok: true, value: v.value + 1n } : fail(`follows ${m.name}, whose value is unknown`);
  }
  return out2;
}
function enumSize(en, env, abi) {
  if (en.base) return typeLayout(typeFromTokens(tokenize(en.base), env), env, abi);
  const values = enumValues(en, env, abi).filter((v) => v.ok).map((v) => v.value);
  const min = values.reduce((a, b) => b < a ? b : a, 0n);
  const max = values.reduce((a, b) => b > a ? b : a, 0n);
  const fits = (bytes) => min < 0n ? min >= -(1n << BigInt(bytes * 8 - 1)) && max < 1n << BigInt(bytes * 8 - 1) : max < 1n << BigInt(bytes * 8);
  if (en.attrs.packed) {
    for (const b of [1, 2, 4]) if (fits(b)) return { ok: true, size: b, align: b };
  }
  if (fits(4)) return { ok: true, size: 4, align: 4 };
  return { ok: true, ...scalar("long long", abi) };
}
var BINARY = [
  ["||"],
  ["&&"],
  ["|"],
  ["^"],
  ["&"],
  ["==", "!="],
  ["<", ">", "<=", ">="],
  ["<<", ">>"],
  ["+", "-"],
  ["*", "/", "%"]
];
function apply(op, a, b) {
  switch (op) {
    case "||":
      return a || b ? 1n : 0n;
    case "&&":
      return a && b ? 1n : 0n;
    case "|":
      return a | b;
    case "^":
      return a ^ b;
    case "&":
      return a & b;
    case "==":
      return a === b ? 1n : 0n;
    case "!=":
      return a !== b ? 1n : 0n;
    case "<":
      return a < b ? 1n : 0n;
    case ">":
      return a > b ? 1n : 0n;
    case "<=":
      return a <= b ? 1n : 0n;
    case ">=":
      return a >= b ? 1n : 0n;
    case "<<":
      return a << b;
    case ">>":
      return a >> b;
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
    case "%":
      if (b === 0n) throw new EvalError("division by zero");
      return op === "/" ? a / b : a % b;
  }
  throw new EvalError(`operator ${op}`);
}
var ExprParser = class {
  constructor(toks, env, abi, depth) {
    this.toks = toks;
    this.env = env;
    this.abi = abi;
    this.depth = depth;
  }
  toks;
  env;
  abi;
  depth;
  pos = 0;
  peek() {
    return this.toks[this.pos]?.v;
  }
  expect(v) {
    if (this.toks[this.pos]?.v !== v) throw new EvalError(`expected \`${v}\``);
    this.pos++;
  }
  ternary() {
    const c = this.binary(0);
    if (this.peek() !== "?") return c;
    this.pos++;
    const a = this.ternary();
    this.expect(":");
    const b = this.ternary();
    return c ? a : b;
  }
  binary(level) {
    if (level >= BINARY.length) return this.unary();
    let left = this.binary(level + 1);
    while (BINARY[level].includes(this.peek() ?? "")) {
      const op = this.toks[this.pos++].v;
      left = apply(op, left, this.binary(level + 1));
    }
    return left;
  }
  unary() {
    const v = this.peek();
    if (v === "-") {
      this.pos++;
      return -this.unary();
    }
    if (v === "+") {
      this.pos++;
      return this.unary();
    }
    if (v === "~") {
      this.pos++;
      return ~this.unary();
    }
    if (v === "!") {
      this.pos++;
      return this.unary() ? 0n : 1n;
    }
    if (v === "sizeof" || v === "_Alignof" || v === "__alignof__" || v === "alignof")
      return this.sizeof(v === "sizeof");
    if (v === "(" && this.castLength() > 0) return this.cast();
    return this.primary();
  }
  /** Number of tokens of a type name after `(`, 0 when the parenthesis holds an expression. */
  castLength() {
    const first = this.toks[this.pos + 1];
    if (!first || first.t !== "id") return 0;
    const typeWords = /^(struct|union|enum|unsigned|signed|int|char|short|long|float|double|const|volatile|_Bool|bool|void)$/;
    const looksType = typeWords.test(first.v) || this.env.typedefs.has(first.v) && !this.env.macros.has(first.v) || scalar(first.v, "lp64") !== void 0 && !this.env.macros.has(first.v);
    if (!looksType) return 0;
    let j = this.pos + 1;
    while (j < this.toks.length && this.toks[j].v !== ")") j++;
    return j < this.toks.length ? j - this.pos - 1 : 0;
  }
  typeLayoutAt(n) {
    const tokens = this.toks.slice(this.pos, this.pos + n);
    this.pos += n;
    return typeLayout(typeFromTokens(tokens, this.env), this.env, this.abi);
  }
  cast() {
    const n = this.castLength();
    this.pos++;
    const unsigned = this.toks.slice(this.pos, this.pos + n).some((t2) => /^(unsigned|__u\d+|u\d+|uint\d+_t|size_t|__le\d+|__be\d+)$/.test(t2.v));
    const t = this.typeLayoutAt(n);
    this.expect(")");
    const v = this.unary();
    if (!t.ok) return v;
    return unsigned ? BigInt.asUintN(t.size * 8, v) : BigInt.asIntN(t.size * 8, v);
  }
  sizeof(size2) {
    this.pos++;
    if (this.peek() !== "(" || this.castLength() === 0) throw new EvalError("sizeof of an expression is not evaluated");
    const n = this.castLength();
    this.pos++;
    const t = this.typeLayoutAt(n);
    this.expect(")");
    if (!t.ok) throw new EvalError(t.why);
    return BigInt(size2 ? t.size : t.align);
  }
  primary() {
    const tok = this.toks[this.pos++];
    if (!tok) throw new EvalError("unexpected end of expression");
    if (tok.v === "(") {
      const v = this.ternary();
      this.expect(")");
      return v;
    }
    if (tok.t === "num") return parseNumber(tok.v);
    if (tok.t === "chr") return parseChar(tok.v);
    if (tok.t === "id") return this.identifier(tok.v);
    throw new EvalError(`unexpected \`${tok.v}\``);
  }
  identifier(name2) {
    if (this.peek() === "(" && (name2 in IOCTL_MACROS || name2 === "_IOC")) return this.ioctl(name2);
    const mac = this.env.macros.get(name2);
    if (mac && mac.params && this.peek() === "(") return this.expand(mac.params, mac.body);
    if (mac && !mac.params) return this.sub(tokenize(mac.body), name2);
    const c = this.env.constants.get(name2);
    if (c) {
      const v = enumValues(c.en, this.env, this.abi)[c.index];
      if (!v) throw new EvalError(`${name2} is used before its value is known`);
      if (!v.ok) throw new EvalError(`${name2}: ${v.why}`);
      return v.value;
    }
    if (name2 in BUILTINS) return BUILTINS[name2];
    throw new EvalError(`\`${name2}\` is not a constant defined in the changed headers`);
  }
  sub(tokens, name2) {
    const r = evalTokens(tokens, this.env, this.abi, this.depth + 1);
    if (!r.ok) throw new EvalError(`${name2}: ${r.why}`);
    return r.value;
  }
  /** Top-level comma-separated arguments of a call at `(`. */
  args() {
    this.expect("(");
    const out2 = [[]];
    let depth = 0;
    while (this.pos < this.toks.length) {
      const t = this.toks[this.pos++];
      if (t.v === "(") depth++;
      if (t.v === ")" && depth-- === 0) return out2;
      if (t.v === "," && depth === 0) out2.push([]);
      else out2[out2.length - 1].push(t);
    }
    throw new EvalError("unbalanced parentheses");
  }
  expand(params, body2) {
    const args2 = this.args();
    const map = new Map(params.map((p, i2) => [p, args2[i2] ?? []]));
    const tokens = tokenize(body2).flatMap(
      (t) => t.t === "id" && map.has(t.v) ? [{ t: "punct", v: "(" }, ...map.get(t.v), { t: "punct", v: ")" }] : [t]
    );
    return this.sub(tokens, "macro");
  }
  ioctl(name2) {
    const args2 = this.args();
    const ev = (t) => this.sub(t, name2);
    if (name2 === "_IOC") {
      const [dir2, type, nr, size3] = args2.map((a) => ev(a));
      return (dir2 << 30n | size3 << 16n | type << 8n | nr) & 0xffffffffn;
    }
    const dir = BigInt(IOCTL_MACROS[name2]);
    let size2 = 0n;
    if (name2 !== "_IO") {
      const t = typeLayout(typeFromTokens(args2[2] ?? [], this.env), this.env, this.abi);
      if (!t.ok) throw new EvalError(`sizeof(${(args2[2] ?? []).map((x) => x.v).join(" ")}): ${t.why}`);
      size2 = BigInt(t.size);
    }
    return (dir << 30n | (size2 & 0x3fffn) << 16n | (ev(args2[0] ?? []) & 0xffn) << 8n | ev(args2[1] ?? []) & 0xffn) & 0xffffffffn;
  }
};
function evalInitializer(text, env, abi) {
  const tokens = tokenize(text);
  if (tokens[0]?.v !== "{") return void 0;
  const state = { pos: 0 };
  const out2 = initializerList(tokens, state, env, abi, 0);
  return out2 !== void 0 && state.pos === tokens.length ? out2 : void 0;
}
function isZeroInitializer(canonical2) {
  return /^[{},0]*$/.test(canonical2);
}
function initializerList(tokens, state, env, abi, depth) {
  if (depth > 16) return void 0;
  state.pos++;
  const items = [];
  while (state.pos < tokens.length && tokens[state.pos].v !== "}") {
    let designator = "";
    while (tokens[state.pos]?.v === "." || tokens[state.pos]?.v === "[") {
      const close = tokens[state.pos].v === "." ? state.pos + 1 : tokens.findIndex((t2, k) => k > state.pos && t2.v === "]");
      if (close < 0) return void 0;
      designator += tokens.slice(state.pos, close + 1).map((t2) => t2.v).join("");
      state.pos = close + 1;
    }
    if (designator) {
      if (tokens[state.pos]?.v !== "=") return void 0;
      designator += "=";
      state.pos++;
    }
    let item;
    const t = tokens[state.pos];
    const mac = t?.t === "id" ? env.macros.get(t.v) : void 0;
    const next = tokens[state.pos + 1]?.v;
    if (t?.v === "{") item = initializerList(tokens, state, env, abi, depth + 1);
    else if (t?.v === "NULL" && !mac && (next === "," || next === "}")) {
      item = "0";
      state.pos++;
    } else if (mac && !mac.params && (next === "," || next === "}") && tokenize(mac.body)[0]?.v === "{") {
      item = evalInitializer(mac.body, env, abi);
      state.pos++;
    } else {
      let end = state.pos;
      for (let level = 0; end < tokens.length; end++) {
        const v = tokens[end].v;
        if (v === "(" || v === "{" || v === "[") level++;
        else if (v === ")" || v === "]" || v === "}" && level > 0) level--;
        else if (level === 0 && (v === "," || v === "}")) break;
      }
      const r = evalTokens(tokens.slice(state.pos, end), env, abi, depth + 1);
      item = r.ok ? String(r.value) : void 0;
      state.pos = end;
    }
    if (item === void 0) return void 0;
    items.push(designator + item);
    if (tokens[state.pos]?.v === ",") state.pos++;
  }
  if (tokens[state.pos]?.v !== "}") return void 0;
  state.pos++;
  return `{${items.join(",")}}`;
}
function parseNumber(text) {
  const t = text.replace(/[uUlL]+$/, "");
  if (/[.eEpP]/.test(t) && !/^0[xX]/.test(t)) throw new EvalError(`${text} is not an integer`);
  if (/^0[xX][0-9a-fA-F]+$/.test(t) || /^0[bB][01]+$/.test(t)) return BigInt(t);
  if (/^0[0-7]+$/.test(t)) return BigInt("0o" + t.slice(1));
  if (/^\d+$/.test(t)) return BigInt(t);
  throw new EvalError(`${text} is not an integer literal`);
}
var ESCAPES = {
  n: 10,
  t: 9,
  r: 13,
  "0": 0,
  "\\": 92,
  "'": 39,
  '"': 34,
  a: 7,
  b: 8,
  f: 12,
  v: 11
};
function parseChar(text) {
  const body2 = text.slice(1, -1);
  if (body2.length === 1) return BigInt(body2.charCodeAt(0));
  if (body2[0] === "\\" && body2.length === 2 && body2[1] in ESCAPES) return BigInt(ESCAPES[body2[1]]);
  if (/^\\x[0-9a-fA-F]+$/.test(body2)) return BigInt("0x" + body2.slice(2));
  if (/^\\[0-7]+$/.test(body2)) return BigInt("0o" + body2.slice(1));
  throw new EvalError(`character ${text}`);
}

// src/detectors/c/layout.ts
var unknown = (why) => ({ ok: false, why });
function typeLayout(t, env, abi, depth = 0) {
  if (depth > 64) return unknown("type nesting is too deep");
  switch (t.k) {
    case "prim":
      return known(scalar(t.name, abi), `\`${t.name}\` has no size`);
    case "name": {
      const td = env.typedefs.get(t.name);
      if (td) {
        const inner = typeLayout(td.type, env, abi, depth + 1);
        const align = td.attrs.aligned ? alignValue(td.attrs, env, abi) : void 0;
        if (!inner.ok || align === void 0) return inner;
        return align.ok ? { ok: true, size: inner.size, align: align.value } : unknown(align.why);
      }
      return known(scalar(t.name, abi), `\`${t.name}\` is not defined in the changed headers`);
    }
    case "tag": {
      if (t.tag === "enum") {
        const en = env.enums.get(t.name);
        return en ? enumSize(en, env, abi) : unknown(`\`enum ${t.name}\` is not defined in the changed headers`);
      }
      const rec = env.records.get(`${t.tag === "class" ? "struct" : t.tag} ${t.name}`);
      return rec ? recordLayout(rec, env, abi) : unknown(`\`${t.tag} ${t.name}\` is not defined in the changed headers`);
    }
    case "record":
      return recordLayout(t.rec, env, abi);
    case "enum":
      return enumSize(t.en, env, abi);
    case "ptr":
    case "ref":
      return { ok: true, ...pointerLayout(abi) };
    case "array": {
      const elem = typeLayout(t.of, env, abi, depth + 1);
      if (!elem.ok) return elem;
      if (t.len === null) return { ok: true, size: 0, align: elem.align };
      const n = evalInt(t.len, env, abi);
      if (!n.ok) return unknown(`array length \`${t.len}\`: ${n.why}`);
      return { ok: true, size: elem.size * Number(n.value), align: elem.align };
    }
    default:
      return unknown("a function type has no layout");
  }
}
function known(s2, why) {
  return s2 ? { ok: true, size: s2.size, align: s2.align } : unknown(why);
}
function alignValue(attrs, env, abi) {
  const v = evalInt(attrs.aligned, env, abi);
  return v.ok ? { ok: true, value: Number(v.value) } : { ok: false, why: `aligned(${attrs.aligned}): ${v.why}` };
}
var roundUp = (n, a) => Math.ceil(n / a) * a;
function recordLayout(rec, env, abi) {
  const memo = memoOf(env, `layout:${abi}`);
  const cached2 = memo.get(rec);
  if (cached2 === "busy") return { ok: false, why: `${rec.kind} ${rec.name ?? "(anonymous)"} contains itself` };
  if (cached2) return cached2;
  memo.set(rec, "busy");
  const result = computeRecord(rec, env, abi);
  memo.set(rec, result);
  return result;
}
function computeRecord(rec, env, abi) {
  if (rec.cxx && (rec.cxx.bases.length || rec.cxx.methods.some((m) => m.virtual))) {
    return {
      ok: false,
      why: `${rec.name ?? "class"} has base classes or virtual methods, whose layout is not modelled`
    };
  }
  const union = rec.kind === "union";
  const fields = [];
  let bits = 0;
  let end = 0;
  let maxAlign = 1;
  const fail2 = (why) => union ? { ok: false, why } : { ok: false, why, fields: fields.slice(), tailBits: bits, prefixAlign: maxAlign };
  for (const f of rec.fields) {
    const t = typeLayout(f.type, env, abi);
    if (!t.ok) return fail2(`${f.name ?? "(anonymous member)"}: ${t.why}`);
    let align = rec.attrs.packed || f.attrs.packed ? 1 : t.align;
    if (f.attrs.aligned) {
      const a = alignValue(f.attrs, env, abi);
      if (!a.ok) return fail2(`${f.name}: ${a.why}`);
      align = Math.max(align, a.value);
    }
    const start2 = union ? 0 : bits;
    if (f.bits !== void 0) {
      const w = evalInt(f.bits, env, abi);
      if (!w.ok) return fail2(`${f.name ?? "bit-field"}: width \`${f.bits}\`: ${w.why}`);
      const width = Number(w.value);
      let at2 = start2;
      if (width === 0) at2 = roundUp(at2, t.align * 8);
      else if (!(rec.attrs.packed || f.attrs.packed) && at2 % (t.align * 8) + width > t.size * 8)
        at2 = roundUp(at2, t.align * 8);
      if (f.name !== null) maxAlign = Math.max(maxAlign, align);
      fields.push({ field: f, offset: Math.floor(at2 / 8), size: t.size, bitOffset: at2, bits: width });
      end = Math.max(end, at2 + width);
      if (!union) bits = at2 + width;
      continue;
    }
    const at = roundUp(start2, align * 8);
    maxAlign = Math.max(maxAlign, align);
    fields.push({ field: f, offset: at / 8, size: t.size });
    end = Math.max(end, at + t.size * 8);
    if (!union) bits = at + t.size * 8;
  }
  if (rec.attrs.aligned) {
    const a = alignValue(rec.attrs, env, abi);
    if (!a.ok) return { ok: false, why: a.why };
    maxAlign = Math.max(maxAlign, a.value);
  }
  return { ok: true, size: roundUp(Math.ceil(end / 8), maxAlign), align: maxAlign, fields };
}

// src/detectors/c/leaves.ts
function flatten(rec, env) {
  const flat = { leaves: [], size: {}, align: {}, unknown: {}, tail: {} };
  const layouts = Object.fromEntries(ABIS.map((abi) => [abi, recordLayout(rec, env, abi)]));
  for (const abi of ABIS) {
    const l = layouts[abi];
    if (l.ok) {
      flat.size[abi] = l.size;
      flat.align[abi] = l.align;
      continue;
    }
    flat.unknown[abi] = l.why;
    if (l.fields && l.tailBits !== void 0)
      flat.tail[abi] = {
        at: l.tailBits,
        key: tailKey(rec.fields.slice(l.fields.length), env),
        align: l.prefixAlign ?? 1
      };
  }
  walk(rec, "", { lp64: 0, ilp32: 0 });
  return flat;
  function walk(r, prefix, base2) {
    const per = Object.fromEntries(
      ABIS.map((abi) => {
        const l = recordLayout(r, env, abi);
        return [abi, base2[abi] !== void 0 ? l.fields : void 0];
      })
    );
    r.fields.forEach((f, i2) => {
      const place = {};
      for (const abi of ABIS) {
        const fl = per[abi]?.[i2];
        if (fl)
          place[abi] = {
            offset: base2[abi] + fl.offset,
            size: fl.size,
            bitOffset: fl.bitOffset === void 0 ? void 0 : base2[abi] * 8 + fl.bitOffset,
            bits: fl.bits
          };
      }
      const inline = f.type.k === "record" && !f.type.rec.name ? f.type.rec : void 0;
      if (inline) {
        const childBase = Object.fromEntries(ABIS.map((abi) => [abi, place[abi]?.offset]));
        walk(inline, f.name ? `${prefix}${f.name}.` : prefix, childBase);
        return;
      }
      if (f.name === null) return;
      flat.leaves.push({
        path: `${prefix}${f.name}`,
        field: f,
        spelled: spell(f.type),
        canon: canonical(f.type, env),
        order: flat.leaves.length,
        parent: prefix,
        parentKind: r.kind,
        place
      });
    });
  }
}
function tailKey(fields, env) {
  return JSON.stringify(fields.map((f) => [f.name, canonical(f.type, env), f.bits ?? null, f.attrs]));
}

// src/detectors/c/parse-attrs.ts
var PACKED = /* @__PURE__ */ new Set(["packed", "__packed__"]);
var ALIGNED = /* @__PURE__ */ new Set(["aligned", "__aligned__"]);
function attrsOf(node, into = {}) {
  const types = childTypes(node);
  for (let i2 = 0; i2 < types.length; i2++) {
    if (types[i2] === "attribute_specifier" || types[i2] === "attribute_declaration")
      readAttrs(node.namedChildren[i2].text, into);
  }
  return into;
}
function readAttrs(text, into) {
  const tokens = tokenize(text);
  for (let i2 = 0; i2 < tokens.length; i2++) {
    const v = tokens[i2].v;
    if (PACKED.has(v)) into.packed = true;
    if (!ALIGNED.has(v)) continue;
    if (tokens[i2 + 1]?.v !== "(") {
      into.aligned = "__BIGGEST_ALIGNMENT__";
      continue;
    }
    let depth = 0;
    let j = i2 + 1;
    for (; j < tokens.length; j++) {
      if (tokens[j].v === "(") depth++;
      if (tokens[j].v === ")" && --depth === 0) break;
    }
    into.aligned = tokenText(tokens.slice(i2 + 2, j));
    i2 = j;
  }
  return into;
}
function attrsText(a) {
  return [a.packed ? "packed" : "", a.aligned ? `aligned(${a.aligned})` : ""].filter(Boolean).join(" ");
}

// src/detectors/c/text-scan.ts
function endOfDirective(text, i2) {
  for (; ; ) {
    const e = text.indexOf("\n", i2);
    if (e < 0) return text.length;
    if (!/\\\r?$/.test(text.slice(i2, e))) return e;
    i2 = e + 1;
  }
}
function parenthesisedEnd(text, from, acrossLines = false) {
  const blank2 = acrossLines ? /\s/ : /[ \t]/;
  let j = from;
  while (j < text.length && blank2.test(text[j])) j++;
  if (text[j] !== "(") return -1;
  let depth = 0;
  for (; j < text.length; j++) {
    if (text[j] === "(") depth++;
    else if (text[j] === ")" && --depth === 0) return j + 1;
  }
  return -1;
}
function skipNonCode(text, i2, state) {
  const ch = text.charCodeAt(i2);
  if (ch === NEWLINE) {
    state.lineStart = true;
    return i2 + 1;
  }
  if (ch === SPACE || ch === TAB || ch === RETURN) return i2 + 1;
  if (state.lineStart && ch === HASH) return endOfDirective(text, i2);
  state.lineStart = false;
  if (ch === SLASH) {
    const after = text.charCodeAt(i2 + 1);
    if (after === STAR) {
      const e = text.indexOf("*/", i2 + 2);
      return e < 0 ? text.length : e + 2;
    }
    if (after === SLASH) {
      const e = text.indexOf("\n", i2);
      return e < 0 ? text.length : e;
    }
  }
  if (ch === DOUBLE_QUOTE || ch === QUOTE) {
    let j = i2 + 1;
    for (; ; ) {
      if (j >= text.length) break;
      const c = text.charCodeAt(j);
      if (c === ch || c === NEWLINE) break;
      j += c === BACKSLASH ? 2 : 1;
    }
    return j + 1;
  }
  return i2;
}
var NEWLINE = 10;
var TAB = 9;
var RETURN = 13;
var SPACE = 32;
var HASH = 35;
var SLASH = 47;
var STAR = 42;
var DOUBLE_QUOTE = 34;
var QUOTE = 39;
var BACKSLASH = 92;
function onlyBlanks(text, from, to) {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
function isWordStart(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
}
function isWordChar(c) {
  return isWordStart(c) || c >= 48 && c <= 57;
}

// src/detectors/c/expand-body-macros.ts
function expandBodyMacros(text, macros) {
  if (!macros.length) return text;
  const byName2 = /* @__PURE__ */ new Map();
  for (const m of macros) byName2.set(m.name, [...byName2.get(m.name) ?? [], m]);
  const lineStarts = [0];
  for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", nl + 1)) lineStarts.push(nl + 1);
  const lineOf = (pos) => {
    let lo = 0, hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (lineStarts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const active = (name2, line3) => byName2.get(name2)?.filter((m) => m.line < line3).pop();
  let out2 = "";
  let last = 0;
  let depth = 0;
  const state = { lineStart: true };
  let i2 = 0;
  while (i2 < text.length) {
    const next = skipNonCode(text, i2, state);
    if (next !== i2) {
      i2 = next;
      continue;
    }
    const ch = text.charCodeAt(i2);
    if (ch === OPEN) depth++;
    if (ch === CLOSE) depth = Math.max(0, depth - 1);
    if (depth > 0 && isWordStart(ch)) {
      let j = i2 + 1;
      while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
      const word = text.slice(i2, j);
      const line3 = byName2.has(word) ? lineOf(i2) : 0;
      const def = line3 ? active(word, line3) : void 0;
      if (def) {
        const end = def.params ? parenthesisedEnd(text, j, true) : j;
        if (end > 0) {
          const call = tokenize(text.slice(i2, end));
          const expanded = expand(call, (n) => active(n, line3), 0);
          if (expanded && isDeclarationList(expanded)) {
            const breaks = text.slice(i2, end).split("\n").length - 1;
            out2 += text.slice(last, i2) + markUnknownTail(expanded).map((t) => t.v).join(" ") + "\n".repeat(breaks);
            last = i2 = end;
            continue;
          }
        }
      }
      i2 = j;
      continue;
    }
    i2++;
  }
  return last === 0 ? text : out2 + text.slice(last);
}
var OPEN = 123;
var CLOSE = 125;
function isDeclarationList(tokens) {
  let depth = 0;
  for (const t of tokens) {
    if (t.v === "(" || t.v === "[") depth++;
    else if (t.v === ")" || t.v === "]") depth--;
    else if (depth === 0 && (t.v === ";" || t.v === "," || t.v === "=")) return true;
  }
  return false;
}
function expand(tokens, lookup, level, hide = /* @__PURE__ */ new Set()) {
  if (level > 16) return void 0;
  const out2 = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const def = t.t === "id" && !hide.has(t.v) ? lookup(t.v) : void 0;
    if (!def || def.params && tokens[k + 1]?.v !== "(") {
      out2.push(t);
      continue;
    }
    let body2 = tokenize(def.body);
    if (def.params) {
      const { args: args2, next } = splitArgs(tokens, k + 1);
      if (!args2) return void 0;
      body2 = substitute(body2, def.params, args2);
      k = next - 1;
    }
    const inner = expand(paste(body2), lookup, level + 1, /* @__PURE__ */ new Set([...hide, def.name]));
    if (!inner) return void 0;
    if (PRIVATE_MACRO.test(def.name)) out2.push(privateBegin(def.name), ...inner, PRIVATE_END);
    else out2.push(...inner);
  }
  return out2;
}
function splitArgs(tokens, open) {
  const args2 = [[]];
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    const v = tokens[k].v;
    if (v === "(" && depth++ === 0) continue;
    if (v === ")" && --depth === 0) return { args: args2.length === 1 && !args2[0].length ? [] : args2, next: k + 1 };
    if (v === "," && depth === 1) args2.push([]);
    else args2[args2.length - 1].push(tokens[k]);
  }
  return { next: tokens.length };
}
function substitute(body2, rawParams, rawArgs) {
  const params = rawParams.map((p) => p === "..." ? "__VA_ARGS__" : p.replace(/\.\.\.$/, ""));
  const variadic = rawParams.length > 0 && rawParams[rawParams.length - 1].endsWith("...");
  const args2 = variadic ? [
    ...rawArgs.slice(0, params.length - 1),
    rawArgs.slice(params.length - 1).flatMap((a, i2) => i2 ? [{ t: "punct", v: "," }, ...a] : a)
  ] : rawArgs;
  const out2 = [];
  for (let k = 0; k < body2.length; k++) {
    const t = body2[k];
    const index = t.t === "id" ? params.indexOf(t.v) : -1;
    if (t.v === "," && body2[k + 1]?.v === "##" && body2[k + 2] && params.indexOf(body2[k + 2].v) >= 0 && !(args2[params.indexOf(body2[k + 2].v)] ?? []).length) {
      k += 2;
      continue;
    }
    if (t.v === "#" && body2[k + 1] && params.includes(body2[k + 1].v)) {
      out2.push({ t: "str", v: JSON.stringify((args2[params.indexOf(body2[k + 1].v)] ?? []).map((a) => a.v).join(" ")) });
      k++;
    } else if (index >= 0) out2.push(...args2[index] ?? []);
    else out2.push(t);
  }
  return out2;
}
function paste(tokens) {
  const out2 = [];
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].v === "##" && out2.length && tokens[k + 1]) {
      const left = out2.pop();
      const v = left.v + tokens[k + 1].v;
      out2.push({ t: /^[A-Za-z_]\w*$/.test(v) ? "id" : left.t, v });
      k++;
    } else out2.push(tokens[k]);
  }
  return out2;
}
function markUnknownTail(tokens) {
  let end = tokens.length;
  while (end > 0 && tokens[end - 1] === PRIVATE_END) end--;
  const tail = tokens[end - 1];
  const before = tokens[end - 2]?.v;
  if (!tail || tail.t !== "id" || !/^[A-Z][A-Z0-9_]{2,}$/.test(tail.v) || before !== ";" && before !== ",")
    return tokens;
  const id = (v) => ({ t: "id", v });
  const p = (v) => ({ t: "punct", v });
  const extra = before === ";" ? [tail, id(tail.v), p(";")] : [tail, p("="), id(`__impactgate_unknown_${tail.v}`), p(",")];
  return [...tokens.slice(0, end - 1), ...extra, ...tokens.slice(end)];
}
var PRIVATE_MACRO = /(^|_)PRIVATE(_|$)/;
var PRIVATE_BEGIN = "/*impactgate:private ";
var PRIVATE_END = { t: "punct", v: "/*impactgate:end-private*/" };
var privateBegin = (name2) => ({ t: "punct", v: `${PRIVATE_BEGIN}${name2}*/` });
var PRIVATE_END_TEXT = PRIVATE_END.v;

// src/detectors/c/parse-record.ts
var line = (n) => n.startPosition.row + 1;
function parseRecord(node, name2, onSpecifier) {
  const kind = node.type.replace("_specifier", "");
  const rec = { kind, name: name2, fields: [], attrs: attrsOf(node), line: line(node) };
  const cxx = { bases: [], methods: [] };
  const bases = childrenOfType(node, "base_class_clause")[0];
  if (bases) cxx.bases = parseBases(bases);
  readMembers(node.childForFieldName("body"), rec, cxx, onSpecifier);
  if (cxx.bases.length || cxx.methods.length || kind === "class") rec.cxx = cxx;
  return rec;
}
function readMembers(body2, rec, cxx, onSpecifier, privacy = { stack: [] }) {
  let previous;
  for (const m of body2?.namedChildren ?? []) {
    if (!m) continue;
    const type = m.type;
    if (type === "comment") {
      const trailing = previous && previous.node.endPosition.row === m.startPosition.row;
      readPrivacyComment(m.text, privacy, trailing ? rec.fields.slice(previous.from) : void 0);
      continue;
    }
    previous = void 0;
    if (type === "field_declaration") {
      const from = rec.fields.length;
      readField(m, rec, cxx, onSpecifier);
      if (privacy.why) rec.fields.slice(from).forEach((f) => markPrivate(f, privacy.why));
      previous = { node: m, from };
    } else if (type === "declaration" || type === "function_definition") readMethod(m, cxx, onSpecifier);
    else if (type === "preproc_if" || type === "preproc_ifdef") readMembers(m, rec, cxx, onSpecifier, privacy);
  }
}
var PRIVATE_DOC = /\b(private|internal use|internal only|not visible|do not (use|touch|access|modify))\b/i;
var PUBLIC_DOC = /^(public|read-only|readonly|read only)\b/i;
function readPrivacyComment(raw, privacy, trailingOf) {
  if (raw.startsWith(PRIVATE_BEGIN)) {
    privacy.stack.push(privacy.why);
    privacy.why = `it is declared inside \`${raw.slice(PRIVATE_BEGIN.length, -2)}\``;
    return;
  }
  if (raw === PRIVATE_END_TEXT) {
    privacy.why = privacy.stack.pop();
    return;
  }
  const text = normaliseText(raw.replace(/^\/[*/]|\*\/$/g, "").replace(/^[\s*]+/gm, " ")).trim();
  if (text.length > 80) return;
  const documented = PRIVATE_DOC.test(text) && !/\bpublic\b/i.test(text);
  if (trailingOf) {
    if (documented) trailingOf.forEach((f) => markPrivate(f, `the header documents it as private (\`${text}\`)`));
    return;
  }
  if (privacy.stack.length) return;
  if (documented) privacy.why = `the header documents it as private (\`${text}\`)`;
  else if (PUBLIC_DOC.test(text)) privacy.why = void 0;
}
function markPrivate(f, why) {
  f.private ??= why;
  if (f.type.k === "record" && !f.type.rec.name) f.type.rec.fields.forEach((x) => markPrivate(x, why));
}
function readField(m, rec, cxx, onSpecifier) {
  const base2 = baseType(m, onSpecifier);
  const attrs = attrsOf(m);
  const isStatic2 = isStatic(m);
  let last;
  let declared = false;
  const declarators = new Set(m.childrenForFieldName("declarator").map((d) => d?.id));
  const types = childTypes(m);
  for (let i2 = 0; i2 < types.length; i2++) {
    const child = m.namedChildren[i2];
    if (declarators.has(child.id)) {
      declared = true;
      const d = applyDeclarator(base2, child, onSpecifier);
      if (d.isFunction || d.type.k === "func") {
        cxx.methods.push(method(m, d.name ?? "?", d.type));
        last = void 0;
        continue;
      }
      if (isStatic2) continue;
      last = { name: d.name || null, type: d.type, attrs: { ...attrs }, line: line(child) };
      rec.fields.push(last);
    } else if (types[i2] === "bitfield_clause") {
      const width = normaliseText(child.text.replace(/^\s*:/, ""));
      if (last) last.bits = width;
      else rec.fields.push({ name: null, type: base2, bits: width, attrs: { ...attrs }, line: line(child) });
      declared = true;
    }
  }
  if (!declared && !isStatic2 && base2.k === "record") rec.fields.push({ name: null, type: base2, attrs, line: line(m) });
}
function method(m, name2, type) {
  const isVirtual = m.children.some((c) => c.type === "virtual" || c.text === "virtual");
  const isStatic2 = isStatic(m);
  const declarator = m.childForFieldName("declarator");
  const fn = declarator ? findFunctionDeclarator(declarator) : null;
  const quals2 = fn ? fn.children.filter((c) => c?.type === "type_qualifier" || c?.type === "ref_qualifier").map((c) => c.text).join(" ") : "";
  const params = type.k === "func" ? `(${type.params.map((p) => spell(p.type)).join(", ")}${type.variadic ? ", ..." : ""})` : "()";
  const ret = normaliseText(m.childForFieldName("type")?.text ?? "");
  const pure = /=\s*0\s*;?\s*$/.test(m.text) ? " = 0" : "";
  return {
    name: name2,
    signature: `${ret} ${name2}${params}${quals2 ? " " + quals2 : ""}${pure}`.trim(),
    virtual: isVirtual,
    static: isStatic2,
    line: line(m)
  };
}
function findFunctionDeclarator(n) {
  if (n.type === "function_declarator") return n;
  for (const c of n.namedChildren) {
    const f = c ? findFunctionDeclarator(c) : null;
    if (f) return f;
  }
  return null;
}
function readMethod(m, cxx, onSpecifier) {
  const declarator = m.childForFieldName("declarator");
  if (!declarator) return;
  const fn = findFunctionDeclarator(declarator);
  if (!fn) return;
  const name2 = normaliseText(fn.childForFieldName("declarator")?.text ?? "?");
  const { params, variadic } = parameters(fn.childForFieldName("parameters"), onSpecifier);
  cxx.methods.push(method(m, name2, { k: "func", ret: { k: "name", name: "" }, params, variadic }));
}
function parseBases(clause) {
  const out2 = [];
  let access = "";
  let virt = false;
  for (const c of clause.children) {
    if (!c || c.type === "," || c.type === ":" || c.type === "comment") continue;
    if (c.type === "access_specifier") access = c.text;
    else if (c.type === "virtual" || c.text === "virtual") virt = true;
    else {
      out2.push({ name: normaliseText(c.text), access, virtual: virt });
      access = "";
      virt = false;
    }
  }
  return out2;
}
function parseEnum(node, name2) {
  const base2 = node.childForFieldName("underlying_type") ?? node.childForFieldName("base");
  const en = {
    name: name2,
    members: [],
    attrs: attrsOf(node),
    line: line(node),
    base: base2 ? normaliseText(base2.text) : void 0
  };
  const body2 = node.childForFieldName("body");
  const visit = (list2) => {
    for (const e of list2.namedChildren) {
      const type = e?.type;
      if (type === "enumerator") {
        const value = e.childForFieldName("value");
        en.members.push({
          name: e.childForFieldName("name").text,
          expr: value ? normaliseText(value.text) : void 0,
          line: line(e)
        });
      } else if (e && (type === "preproc_if" || type === "preproc_ifdef")) visit(e);
    }
  };
  if (body2) visit(body2);
  return en;
}

// src/detectors/c/model.ts
function emptyModel(language) {
  return {
    language,
    records: [],
    enums: [],
    typedefs: [],
    functions: [],
    globals: [],
    macros: [],
    gaps: [],
    branches: []
  };
}

// src/detectors/c/parse-header.ts
var line2 = (n) => n.startPosition.row + 1;
var CONTAINERS = /* @__PURE__ */ new Set([...DECLARATION_CONTAINERS, "template_declaration", "ERROR"]);
var CONDITIONALS = /* @__PURE__ */ new Set(["preproc_if", "preproc_ifdef", "preproc_elif", "preproc_elifdef", "preproc_else"]);
function buildModel(root, language, checkBudget, part = "all", gaps, regions) {
  const macrosOnly = part === "macros";
  const model = emptyModel(language);
  model.guard = includeGuard(root);
  const guardNode = model.guard ? root.namedChildren.find((c) => c && c.type !== "comment") : void 0;
  const scope = [];
  const scoped = (name2) => scope.length ? [...scope, name2].join("::") : name2;
  const onSpecifier = (node) => {
    const nameNode = node.childForFieldName("name");
    const plain = nameNode ? normaliseText(nameNode.text) : "";
    const name2 = plain ? scoped(plain) : void 0;
    if (node.type === "enum_specifier") {
      const en = parseEnum(node, name2);
      model.enums.push(en);
      return { k: "enum", en };
    }
    const rec = parseRecord(node, name2, onSpecifier);
    if (name2) model.records.push(rec);
    return { k: "record", rec };
  };
  const conditional = (node, prior) => {
    const alternative = node.childForFieldName("alternative");
    let branch;
    if (!macrosOnly) {
      const read2 = branchRegion(node, alternative, prior);
      if (node.id !== guardNode?.id) model.branches.push(read2.region);
      branch = read2.branch;
    }
    visit(node, alternative);
    if (alternative) conditional(alternative, branch ? [...prior, branch] : prior);
  };
  const visit = (node, alternative = null) => {
    checkBudget();
    for (const child of node.namedChildren) {
      if (!child || alternative && child.id === alternative.id) continue;
      const region = regions?.get(child.id);
      if (region) {
        visit(region.rootNode);
        continue;
      }
      const type = child.type;
      if (macrosOnly && DECLARATIONS.has(type)) continue;
      switch (type) {
        case "preproc_if":
        case "preproc_ifdef":
          conditional(child, []);
          break;
        case "preproc_include": {
          const sdk = windowsSdkHeader(child.childForFieldName("path")?.text ?? "");
          if (sdk && !model.platform && !conditionAt(model, line2(child))) model.platform = sdk;
          break;
        }
        case "preproc_def": {
          if (part === "declarations") break;
          const name2 = child.childForFieldName("name").text;
          if (name2 !== model.guard) macro(child, name2);
          break;
        }
        case "preproc_function_def":
          if (part !== "declarations") macro(child);
          break;
        case "struct_specifier":
        case "union_specifier":
        case "enum_specifier":
        case "class_specifier":
          if (child.childForFieldName("body")) onSpecifier(child);
          break;
        case "declaration":
          declaration(child);
          break;
        case "function_definition":
          if (!isStatic(child)) declaration(child);
          else baseType(child, onSpecifier);
          break;
        case "type_definition":
          typedef(child);
          break;
        case "namespace_definition": {
          const name2 = child.childForFieldName("name");
          scope.push(name2 ? normaliseText(name2.text) : "(anonymous)");
          const body2 = child.childForFieldName("body");
          if (body2) visit(body2);
          scope.pop();
          break;
        }
        default:
          if (CONTAINERS.has(type))
            visit(child, CONDITIONALS.has(type) ? child.childForFieldName("alternative") : null);
      }
    }
  };
  function macro(node, name2) {
    const params = name2 === void 0 ? node.childForFieldName("parameters") : null;
    name2 ??= node.childForFieldName("name").text;
    model.macros.push({
      name: name2,
      body: macroBody(node),
      params: params ? params.namedChildren.map((p) => p.text) : void 0,
      line: line2(node)
    });
  }
  function declaration(node) {
    const base2 = baseType(node, onSpecifier);
    const statik = isStatic(node);
    for (const d of node.childrenForFieldName("declarator")) {
      if (!d) continue;
      if (d.type === "identifier" && (d.text === "__packed" || d.text === "__attribute_packed__") && base2.k === "record") {
        base2.rec.attrs.packed = true;
        continue;
      }
      const decl = applyDeclarator(base2, d, onSpecifier);
      const declared = declaredName(decl.name);
      if (!declared || statik) continue;
      const name2 = scoped(declared);
      if (decl.type.k === "func")
        model.functions.push({
          name: name2,
          ret: decl.type.ret,
          params: decl.type.params,
          variadic: decl.type.variadic,
          line: line2(node)
        });
      else if (node.type === "declaration") model.globals.push({ name: name2, type: decl.type, line: line2(node) });
    }
  }
  function typedef(node) {
    const base2 = baseType(node, onSpecifier);
    const attrs = attrsOf(node);
    for (const d of node.childrenForFieldName("declarator")) {
      if (!d) continue;
      const decl = applyDeclarator(base2, d, onSpecifier);
      const declared = declaredName(decl.name);
      if (declared)
        model.typedefs.push({
          name: scoped(declared),
          type: decl.type,
          attrs,
          line: line2(node)
        });
    }
  }
  visit(root);
  if (!macrosOnly) model.gaps = gaps ?? parseGaps(root, regions);
  return model;
}
function gapsOf(trees) {
  return parseGaps(modelTree(trees).rootNode, trees.regions);
}
function modelOfTrees(trees, checkBudget, part = "all", gaps) {
  return buildModel(modelTree(trees).rootNode, trees.language, checkBudget, part, gaps, trees.regions);
}
var DECLARATIONS = /* @__PURE__ */ new Set([
  "preproc_include",
  "struct_specifier",
  "union_specifier",
  "enum_specifier",
  "class_specifier",
  "declaration",
  "function_definition",
  "type_definition"
]);
var KEYWORDS = new Set(
  "auto break case char const continue default do double else enum extern float for goto if inline int long register restrict return short signed sizeof static struct switch typedef union unsigned void volatile while _Bool".split(
    " "
  )
);
function declaredName(raw) {
  if (!raw) return void 0;
  if (/^[A-Za-z_]\w*$/.test(raw)) return KEYWORDS.has(raw) ? void 0 : raw;
  const tokens = tokenize(raw);
  if (tokens.some((t) => t.v === "::" || t.v === "~" || t.v === "operator")) return raw;
  if (!tokens.length || tokens.some((t) => t.t !== "id")) return void 0;
  const last = tokens[tokens.length - 1].v;
  return KEYWORDS.has(last) ? void 0 : last;
}
function includeGuard(root) {
  const first = root.namedChildren.find((c) => c && c.type !== "comment");
  if (first?.type !== "preproc_ifdef" || !first.text.startsWith("#ifndef")) return void 0;
  const name2 = first.childForFieldName("name")?.text;
  const def = first.namedChildren.find((c) => c && c.type !== "comment" && c.type !== "identifier");
  return def?.type === "preproc_def" && def.childForFieldName("name")?.text === name2 ? name2 : void 0;
}
function parseGaps(root, regions) {
  const gaps = [];
  const walk = (n) => {
    if (!n.hasError) return;
    const region = regions?.get(n.id);
    if (region) return walk(region.rootNode);
    if (n.isMissing && n.type === "field_identifier" && n.parent?.children.some((c) => c?.type === "bitfield_clause"))
      return;
    if (n.isError || n.isMissing) {
      const context = n.isMissing ? `missing ${n.type} in ${normaliseText(n.parent?.text ?? "")}` : normaliseText(n.text);
      gaps.push({ key: context, line: line2(n) });
      return;
    }
    for (const c of n.children) if (c) walk(c);
  };
  walk(root);
  return gaps;
}
function macroBody(node) {
  const value = node.childForFieldName("value");
  if (!value) return "";
  return normaliseText(node.text.slice(value.startIndex - node.startIndex));
}

// src/detectors/c/inner-directives.ts
function splitInnerDirectives(text) {
  const lines = innerDirectiveLines(text);
  if (!lines.length) return { code: text, directives: null };
  const code2 = text.split("\n");
  const directives = code2.map(() => "");
  for (const i2 of lines) {
    directives[i2] = code2[i2];
    code2[i2] = blank(code2[i2]);
  }
  return { code: code2.join("\n"), directives: directives.join("\n") };
}
var blank = (line3) => line3.replace(/[^\r]/g, " ");
var DIRECTIVE = /^\s*#\s*(define|undef)\b/;
function innerDirectiveLines(text) {
  const out2 = [];
  const significant = new RegExp(SIGNIFICANT.source, "g");
  let depth = 0;
  let line3 = 0;
  let lineStart = true;
  let from = 0;
  while (significant.test(text)) {
    let i2 = significant.lastIndex - 1;
    const ch = text[i2];
    if (lineStart && i2 > from) lineStart = onlyBlanks(text, from, i2);
    if (ch === "\n") {
      line3++;
      lineStart = true;
      from = i2 + 1;
      continue;
    }
    if (lineStart && depth > 0 && ch === "#" && DIRECTIVE.test(text.slice(i2, text.indexOf("\n", i2) >>> 0))) {
      out2.push(line3);
      let j = i2;
      for (; j < text.length && text[j] !== "\n"; j++) {
        if (text[j] === "/" && text[j + 1] === "*") {
          const end = text.indexOf("*/", j + 2);
          const stop2 = end < 0 ? text.length : end + 2;
          for (let k = j; k < stop2; k++) if (text[k] === "\n") out2.push(++line3);
          j = stop2 - 1;
        } else if (text[j] === "/" && text[j + 1] === "/") {
          while (j + 1 < text.length && text[j + 1] !== "\n") j++;
        } else if (text[j] === "\\" && (text[j + 1] === "\n" || text[j + 1] === "\r" && text[j + 2] === "\n")) {
          j += text[j + 1] === "\r" ? 2 : 1;
          out2.push(++line3);
        }
      }
      line3++;
      lineStart = true;
      significant.lastIndex = from = j + 1;
      continue;
    }
    lineStart = false;
    if (ch === "/" && text[i2 + 1] === "*") {
      const end = text.indexOf("*/", i2 + 2);
      const stop2 = end < 0 ? text.length : end + 2;
      for (let nl = text.indexOf("\n", i2); nl >= 0 && nl < stop2; nl = text.indexOf("\n", nl + 1)) line3++;
      i2 = stop2 - 1;
    } else if (ch === "/" && text[i2 + 1] === "/") {
      const end = text.indexOf("\n", i2);
      i2 = (end < 0 ? text.length : end) - 1;
    } else if (ch === '"' || ch === "'") {
      let j = i2 + 1;
      while (j < text.length && text[j] !== ch && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
      i2 = j;
    } else if (ch === "{") depth++;
    else if (ch === "}") depth = Math.max(0, depth - 1);
    significant.lastIndex = from = i2 + 1;
  }
  return out2;
}
var SIGNIFICANT = /[\n{}"'/#]/;

// src/detectors/c/extern-c-idiom.ts
function blankExternCBlocks(text) {
  if (!text.includes("__cplusplus")) return text;
  const lines = text.split("\n");
  let changed = false;
  for (let i2 = 0; i2 < lines.length; i2++) {
    const line3 = lines[i2];
    if (!line3.includes("__cplusplus") || !/^\s*#\s*(ifdef\s+__cplusplus|if\s+defined\s*\(?\s*__cplusplus\s*\)?)\s*(\/[*/].*)?$/.test(line3))
      continue;
    const body2 = [];
    let j = i2 + 1;
    for (; j < lines.length && !/^\s*#/.test(lines[j]); j++) body2.push(j);
    if (j >= lines.length || !/^\s*#\s*endif\b/.test(lines[j])) continue;
    const code2 = body2.map((k) => stripComments(lines[k])).join(" ").trim();
    if (code2 !== "}" && !/^extern\s*"C"\s*\{$/.test(code2)) continue;
    for (const k of body2) lines[k] = lines[k].replace(/[^\r]/g, " ");
    changed = true;
    i2 = j;
  }
  return changed ? lines.join("\n") : text;
}
function stripComments(line3) {
  return line3.replace(/\/\*.*?\*\//g, " ").replace(/\/\/.*$/, " ");
}

// src/detectors/c/directive-comments.ts
function blankDirectiveComments(text) {
  if (!text.includes("#")) return text;
  const spans = [];
  const significant = /[\n/#"']/g;
  let lineStart = true;
  let inDirective = false;
  let scanned2 = 0;
  while (significant.test(text)) {
    const i2 = significant.lastIndex - 1;
    const ch = text[i2];
    if (lineStart && i2 > scanned2) lineStart = onlyBlanks(text, scanned2, i2);
    let next = i2 + 1;
    if (ch === "\n") {
      if (!(inDirective && /\\\r?$/.test(text.slice(Math.max(0, i2 - 2), i2)))) inDirective = false;
      lineStart = true;
    } else if (ch === "/" && text[i2 + 1] === "*") {
      const e = text.indexOf("*/", i2 + 2);
      next = e < 0 ? text.length : e + 2;
      if (inDirective) spans.push([i2, next]);
    } else if (ch === "/" && text[i2 + 1] === "/") {
      const e = text.indexOf("\n", i2);
      next = e < 0 ? text.length : e;
      if (inDirective) spans.push([i2, next]);
    } else if (ch === '"' || ch === "'") {
      let j = i2 + 1;
      while (j < text.length && text[j] !== ch && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
      next = j + 1;
      lineStart = false;
    } else {
      if (lineStart && ch === "#") inDirective = true;
      lineStart = false;
    }
    significant.lastIndex = scanned2 = next;
  }
  if (spans.length === 0) return text;
  let out2 = "";
  let from = 0;
  for (const [start2, end] of spans) {
    out2 += text.slice(from, start2) + text.slice(start2, end).replace(/[^\n]/g, " ");
    from = end;
  }
  return trimLineEnds(out2 + text.slice(from));
}
function trimLineEnds(text) {
  let out2 = "";
  let kept = 0;
  for (let from = 0; from <= text.length; ) {
    const nl = text.indexOf("\n", from);
    const lineEnd = nl < 0 ? text.length : nl;
    const cr = lineEnd > from && text.charCodeAt(lineEnd - 1) === 13 ? 1 : 0;
    let end = lineEnd - cr;
    while (end > from && isBlank(text.charCodeAt(end - 1))) end--;
    if (end < lineEnd - cr) {
      out2 += text.slice(kept, end);
      kept = lineEnd - cr;
    }
    if (nl < 0) break;
    from = nl + 1;
  }
  return kept ? out2 + text.slice(kept) : text;
}
var isBlank = (c) => c === 32 || c === 9;

// src/detectors/c/attribute-macros.ts
var KNOWN = /* @__PURE__ */ new Set([
  // glibc <sys/cdefs.h>
  "__BEGIN_DECLS",
  "__END_DECLS",
  "__THROW",
  "__THROWNL",
  "__wur",
  "__attribute_pure__",
  "__attribute_const__",
  "__attribute_malloc__",
  "__attribute_used__",
  "__attribute_noinline__",
  "__attribute_deprecated__",
  "__attribute_warn_unused_result__",
  "__attribute_artificial__",
  "__always_inline",
  "__extern_inline",
  "__extern_always_inline",
  "__fortify_function",
  "__LEAF",
  "__LEAF_ATTR",
  "__COLD",
  "__returns_nonnull",
  "__attribute_maybe_unused__",
  "__attribute_nonstring__",
  "__attr_dealloc_free",
  "__BEGIN_NAMESPACE_STD",
  "__END_NAMESPACE_STD",
  "__BEGIN_NAMESPACE_C99",
  "__END_NAMESPACE_C99",
  "__extension__",
  "__restrict_arr",
  "__glibc_const",
  "__attribute_copy__",
  // Linux kernel annotations
  "__user",
  "__kernel",
  "__force",
  "__iomem",
  "__rcu",
  "__bitwise",
  "__bitwise__",
  "__must_check",
  "__init",
  "__exit",
  "__cold",
  "asmlinkage",
  "notrace",
  "__always_unused",
  "__maybe_unused",
  "__percpu",
  "__deprecated",
  "__weak",
  "__pure",
  "__noreturn",
  "__safe",
  "__nocast",
  // GLib and Windows calling conventions
  "G_BEGIN_DECLS",
  "G_END_DECLS",
  "GLIB_AVAILABLE_IN_ALL",
  "G_GNUC_CONST",
  "G_GNUC_PURE",
  "G_GNUC_MALLOC",
  "G_GNUC_WARN_UNUSED_RESULT",
  "G_GNUC_NULL_TERMINATED",
  "G_GNUC_DEPRECATED",
  "G_GNUC_INTERNAL",
  "_GLIB_EXTERN",
  "WINAPI",
  "WINAPIV",
  "__stdcall",
  "__cdecl",
  "CALLBACK",
  "APIENTRY",
  // the Windows SDK's own spellings of calling conventions (windef.h: `#define CDECL _cdecl`),
  // used by headers' Windows branches without including it (zconf.h's `ZEXPORTVA FAR CDECL`)
  "CDECL",
  "PASCAL"
]);
var KNOWN_CALLS = /* @__PURE__ */ new Set([
  "__nonnull",
  "__attr_access",
  "__attr_access_none",
  "__attr_dealloc",
  "__attribute_format_arg__",
  "__attribute_format_strfmon__",
  "__attribute_alloc_size__",
  "__attribute_alloc_align__",
  "__attribute_deprecated_msg__",
  "__acquires",
  "__releases",
  "__must_hold",
  "__counted_by",
  "G_GNUC_PRINTF",
  "__declspec",
  "__USING_NAMESPACE_STD",
  "__REDIRECT_FORTIFY"
]);
var EXPORT_NAME = /^[A-Z][A-Z0-9_]*_(EXTERN|EXPORT|API|CALL|CALLBACK|DEPRECATED|DEPRECATED_FOR|AVAILABLE)$/;
var QUALIFIERS = /* @__PURE__ */ new Set(["const", "volatile", "signed"]);
var OVERRIDE_NAME = /^[A-Z][A-Z0-9_]*$/;
var ATTRIBUTE_TOKENS = /* @__PURE__ */ new Set([
  "__attribute__",
  "__attribute",
  "__declspec",
  "extern",
  "__extension__",
  "static",
  "inline",
  "__inline",
  "__inline__",
  "__forceinline",
  "__asm__",
  "_Noreturn",
  "noreturn",
  // calling conventions and 16-bit pointer qualifiers (zconf.h's `FAR`, Windows' `WINAPI`)
  "__cdecl",
  "_cdecl",
  "cdecl",
  "__stdcall",
  "_stdcall",
  "__fastcall",
  "__vectorcall",
  "__pascal",
  "_pascal",
  "pascal",
  "__export",
  "_export",
  "__loadds",
  "_loadds",
  "far",
  "_far",
  "__far",
  "near",
  "_near",
  "__near",
  "huge",
  "_huge",
  "__huge",
  // Oracle Developer Studio linker scoping (`#define UV_EXTERN __global` under `__SUNPRO_C`)
  "__global",
  "_global",
  "__hidden",
  "_hidden",
  "__symbolic",
  "_symbolic"
]);
var ATTRIBUTE_CALLS = /* @__PURE__ */ new Set(["__attribute__", "__attribute", "__declspec", "__asm__", "_Pragma"]);
function agreedKind(kinds) {
  const decisive = kinds.filter((k) => k !== "override");
  if (!decisive.length) return void 0;
  if (decisive.includes("wrapper") && decisive.every((k) => k === "wrapper" || k === "kr")) return "wrapper";
  const first = decisive[0];
  if (first === void 0 || first === "kr" || !decisive.every((k) => k === first)) return void 0;
  return first;
}
var lastScope;
function macroScope(macros) {
  if (lastScope && sameDefinitions(lastScope.macros, macros)) return lastScope.scope;
  const scope = scopeOf(macros);
  lastScope = { macros: [...macros], scope };
  return scope;
}
function sameDefinitions(a, b) {
  if (a.length !== b.length) return false;
  for (let i2 = 0; i2 < a.length; i2++) if (a[i2] !== b[i2]) return false;
  return true;
}
function scopeOf(macros) {
  const defs = /* @__PURE__ */ new Map();
  for (const m of macros) defs.set(m.name, [...defs.get(m.name) ?? [], m]);
  const plain = new Set(KNOWN);
  const calls = new Set(KNOWN_CALLS);
  const wrappers = /* @__PURE__ */ new Set();
  const defined = new Set(defs.keys());
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name2, list2] of defs) {
      if (plain.has(name2) || calls.has(name2) || wrappers.has(name2) || QUALIFIERS.has(name2)) continue;
      const kind = agreedKind(list2.map((m) => kindOf(m, { plain, calls, defined })));
      if (!kind) continue;
      (kind === "plain" ? plain : kind === "call" ? calls : wrappers).add(name2);
      changed = true;
    }
  }
  const exportNames = new Set([...defined].filter((name2) => EXPORT_NAME.test(name2)));
  const declarationLists = declarationListMacros(defs);
  const key = [
    ...[plain, calls, wrappers, exportNames].map((set) => [...set].sort().join(",")),
    declarationLists.map((m) => `${m.name}(${m.params?.join(",") ?? ""})${m.body}`).join("\n")
  ].join("|");
  return { plain, calls, wrappers, defined, declarationLists, key };
}
function declarationListMacros(defs) {
  const wanted = /* @__PURE__ */ new Set();
  const visit = (name2) => {
    if (wanted.has(name2) || !defs.has(name2)) return;
    wanted.add(name2);
    for (const m of defs.get(name2)) for (const t of bodyTokens(m)) if (t.t === "id") visit(t.v);
  };
  for (const [name2, list2] of defs)
    if (list2.every((m) => m.body === list2[0].body) && isDeclarationList(bodyTokens(list2[0]))) visit(name2);
  return [...defs].filter(([name2]) => wanted.has(name2)).flatMap(([, list2]) => list2);
}
var tokensByMacro = /* @__PURE__ */ new WeakMap();
function bodyTokens(m) {
  let tokens = tokensByMacro.get(m);
  if (!tokens) tokensByMacro.set(m, tokens = tokenize(m.body));
  return tokens;
}
function kindOf(m, known2) {
  const tokens = bodyTokens(m);
  if (m.params?.length === 1 && tokens.length === 2 && tokens[0].v === "(" && tokens[1].v === ")") return "kr";
  const kind = attributeKind(tokens, m.params, known2);
  if (kind || m.params || tokens.length !== 1) return kind;
  return OVERRIDE_NAME.test(tokens[0].v) && !known2.defined.has(tokens[0].v) ? "override" : void 0;
}
function attributeKind(tokens, params, known2) {
  const names = params ?? [];
  let paramUses = 0;
  for (let i2 = 0; i2 < tokens.length; i2++) {
    const t = tokens[i2];
    if (t.t === "str" && t.v === '"C"' && tokens[i2 - 1]?.v === "extern") continue;
    if (t.v === "[" && tokens[i2 + 1]?.v === "[") {
      i2 = closingAttribute(tokens, i2);
      if (i2 < 0) return void 0;
      continue;
    }
    if (t.t !== "id") return void 0;
    if (names.includes(t.v)) {
      paramUses++;
      continue;
    }
    const attribute = ATTRIBUTE_TOKENS.has(t.v) || known2.plain.has(t.v) || !known2.defined.has(t.v) && EXPORT_NAME.test(t.v);
    const call = ATTRIBUTE_CALLS.has(t.v) || known2.calls.has(t.v);
    if (call && tokens[i2 + 1]?.v === "(") {
      i2 = closingParen(tokens, i2 + 1);
      if (i2 < 0) return void 0;
      continue;
    }
    if (!attribute) return void 0;
  }
  if (!params) return "plain";
  if (paramUses === 0) return "call";
  return params.length === 1 && paramUses === 1 ? "wrapper" : void 0;
}
function closingAttribute(tokens, open) {
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    if (tokens[k].v === "[") depth++;
    else if (tokens[k].v === "]" && --depth === 0) return k;
  }
  return -1;
}
function closingParen(tokens, open) {
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    if (tokens[k].v === "(") depth++;
    else if (tokens[k].v === ")" && --depth === 0) return k;
  }
  return -1;
}
function isUndefinedExportName(name2, scope) {
  return !scope.defined.has(name2) && EXPORT_NAME.test(name2);
}

// src/detectors/c/blank-macros.ts
function blankMacros(text, scope) {
  const ranges = [];
  let i2 = 0;
  const state = { lineStart: true };
  while (i2 < text.length) {
    if (!isWordStart(text.charCodeAt(i2))) {
      const next = skipNonCode(text, i2, state);
      i2 = next === i2 ? i2 + 1 : next;
      continue;
    }
    state.lineStart = false;
    let j = i2 + 1;
    while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
    const word = text.slice(i2, j);
    if (scope.calls.has(word) || scope.wrappers.has(word)) {
      const end = parenthesisedEnd(text, j, true);
      if (end > 0) {
        if (scope.calls.has(word)) ranges.push([i2, end]);
        else {
          const open = text.indexOf("(", j) + 1;
          ranges.push([i2, open], [end - 1, end]);
          i2 = open;
          continue;
        }
        i2 = end;
        continue;
      }
    }
    if (scope.plain.has(word) || isUndefinedExportName(word, scope) && beforeDeclarator(text, j)) ranges.push([i2, j]);
    i2 = j;
  }
  return ranges.length ? blanked(text, ranges) : text;
}
function blanked(text, ranges) {
  ranges.sort((a, b) => a[0] - b[0]);
  const parts2 = [];
  let at = 0;
  for (const [from, to] of ranges) {
    if (to <= at) continue;
    const start2 = Math.max(from, at);
    parts2.push(text.slice(at, start2), text.slice(start2, to).replace(/[^\n]/g, " "));
    at = to;
  }
  parts2.push(text.slice(at));
  return parts2.join("");
}
function beforeDeclarator(text, from) {
  let j = from;
  while (j < text.length && /\s/.test(text[j])) j++;
  return /[A-Za-z_*]/.test(text[j] ?? "");
}

// src/detectors/c/unknown-macro-lines.ts
function neutraliseUnknownMacroLines(text) {
  const lines = text.split("\n");
  const stack = [];
  let header = "";
  let inComment = false;
  let changed = false;
  for (let n = 0; n < lines.length; n++) {
    let line3 = lines[n];
    if (inComment) {
      const end = line3.indexOf("*/");
      if (end < 0) continue;
      inComment = false;
      line3 = " ".repeat(end + 2) + line3.slice(end + 2);
    }
    if (/^\s*#/.test(line3)) continue;
    let code2 = line3.replace(/\/\*.*?\*\//g, " ").replace(/\/\/.*$/, "");
    const open = code2.indexOf("/*");
    if (open >= 0) {
      inComment = true;
      code2 = code2.slice(0, open);
    }
    const bare2 = /^\s*([A-Z][A-Z0-9_]{2,})\s*$/.exec(code2);
    const next = bare2 ? nextNonBlank(lines, n + 1) : "";
    if (bare2 && !next.startsWith("(") && !(stack[stack.length - 1] === "enum" && next.startsWith("}"))) {
      const name2 = bare2[1];
      const kind = stack[stack.length - 1];
      lines[n] = kind === "record" ? `${name2} ${name2};` : kind === "enum" ? `${name2} = __impactgate_unknown_${name2},` : "";
      changed = true;
      continue;
    }
    let from = 0;
    for (let k = 0; k < code2.length; k++) {
      const c = code2.charCodeAt(k);
      if (c !== OPEN2 && c !== CLOSE2 && c !== SEMICOLON) continue;
      if (c === OPEN2) {
        header += code2.slice(from, k);
        stack.push(/\benum\b/.test(header) ? "enum" : /\b(struct|union|class)\b/.test(header) ? "record" : "other");
      } else if (c === CLOSE2) stack.pop();
      header = "";
      from = k + 1;
    }
    header += code2.slice(from) + " ";
  }
  return changed ? lines.join("\n") : text;
}
var OPEN2 = 123;
var CLOSE2 = 125;
var SEMICOLON = 59;
function nextNonBlank(lines, from) {
  for (let k = from; k < lines.length; k++) {
    const trimmed = lines[k].trim();
    if (trimmed !== "") return trimmed;
  }
  return "";
}

// src/detectors/c/model-cache.ts
var LIMIT_CHARS = 16 * 1024 * 1024;
var MAX_KEYS_PER_TEXT = 16;
var Memo = class {
  byText = /* @__PURE__ */ new Map();
  chars = 0;
  get(text, sub) {
    return this.byText.get(text)?.get(sub);
  }
  set(text, sub, entry) {
    let subs = this.byText.get(text);
    if (!subs) {
      for (const oldest of this.byText.keys()) {
        if (this.chars + text.length <= LIMIT_CHARS) break;
        this.byText.delete(oldest);
        this.chars -= oldest.length;
      }
      this.byText.set(text, subs = /* @__PURE__ */ new Map());
      this.chars += text.length;
    }
    if (subs.size >= MAX_KEYS_PER_TEXT) subs.clear();
    subs.set(sub, entry);
  }
};
var parses = new Memo();
var preparations = new Memo();
var macroLists = new Memo();
var models = new Memo();
var KeptTrees = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  /** By text (whose hash V8 keeps, see Memo); `grammars` is languageOf the path it was parsed for. */
  byText = /* @__PURE__ */ new Map();
  /** The text last kept for a path. */
  byPath = /* @__PURE__ */ new Map();
  chars = 0;
  get(text, grammars) {
    const kept = this.byText.get(text);
    return kept?.grammars === grammars ? kept.trees : void 0;
  }
  /** The trees of another text kept for `path` (the other side of a change), if any. */
  other(path, text, grammars) {
    const kept = this.byPath.get(path);
    return kept === void 0 || kept === text ? void 0 : this.get(kept, grammars);
  }
  keep(path, text, grammars, trees) {
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
};
var keptTrees = new KeptTrees(4 * 1024 * 1024);
var languageOf = (path) => /\.(hpp|hh|hxx|inl|h\+\+)$/i.test(path) ? "cpp" : "c";
function cached(memo, text, sub, checkBudget, compute) {
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
function prepared(path, text, checkBudget) {
  return cached(preparations, text, languageOf(path), checkBudget, (tick) => {
    const { code: code2, directives } = splitInnerDirectives(
      blankExternCBlocks(blankDirectiveComments(spellGnuKeywords(text)))
    );
    return { code: code2, inner: directives === null ? [] : parseModel(path, directives, tick).macros };
  });
}
function macrosOf(path, text, checkBudget = () => {
}) {
  if (text === null) return [];
  return cached(macroLists, text, languageOf(path), checkBudget, (tick) => {
    const { code: code2, inner } = prepared(path, text, tick);
    const language = languageOf(path);
    tick(parseUnits(code2.length));
    let macros;
    const kept = keptTrees.get(code2, language);
    if (kept) macros = modelOfTrees(kept, tick, "macros").macros;
    else {
      const other = keptTrees.other(path, code2, language);
      const trees = parseHeaderTrees(path, code2, other, other ? false : void 0);
      try {
        macros = modelOfTrees(trees, tick, "macros").macros;
      } finally {
        keptTrees.keep(path, code2, language, trees);
      }
    }
    return [...macros, ...inner].sort((a, b) => a.line - b.line);
  });
}
function modelOf(path, text, checkBudget = () => {
}, scope) {
  if (text === null) return emptyModel("c");
  const macros = macrosOf(path, text, checkBudget);
  const inScope = scope ?? macroScope(macros);
  return cached(models, text, `${languageOf(path)}\0${inScope.key}`, checkBudget, (tick) => ({
    ...modelIn(path, text, macros, inScope, tick),
    macros
  }));
}
function modelIn(path, text, macros, inScope, checkBudget) {
  const language = languageOf(path);
  const { code: code2 } = prepared(path, text, checkBudget);
  const blanked2 = blankMacros(code2, inScope);
  const codeTrees = () => keptTrees.get(code2, language);
  const stage = { blanked: `${path}\0blanked`, retry: `${path}\0retry` };
  const related = (key, text2, own) => {
    const other = keptTrees.other(key, text2, language);
    return other ? { trees: other, linesKept: false } : own && { trees: own, linesKept: true };
  };
  const opened = [];
  try {
    let chosen = read(
      path,
      blanked2,
      checkBudget,
      blanked2 === code2 ? void 0 : related(stage.blanked, blanked2, codeTrees())
    );
    opened.push({ key: stage.blanked, reading: chosen });
    if (chosen.gaps.length) {
      const fixed = neutraliseUnknownMacroLines(
        blankMacros(expandBodyMacros(code2, retryMacros(macros, inScope)), inScope)
      );
      if (fixed !== blanked2) {
        const retry = read(path, fixed, checkBudget, related(stage.retry, fixed, chosen.trees ?? codeTrees()));
        opened.push({ key: stage.retry, reading: retry });
        if (retry.gaps.length <= chosen.gaps.length) chosen = retry;
      }
    }
    return modelOfReading(path, chosen, checkBudget, codeTrees(), "declarations");
  } finally {
    for (const { key, reading } of opened)
      if (reading.trees && reading.owned) keptTrees.keep(key, reading.text, language, reading.trees);
  }
}
function retryMacros(macros, inScope) {
  const own = new Set(macros.map((m) => m.name));
  const foreign = inScope.declarationLists.filter((m) => !own.has(m.name)).map((m) => ({ ...m, line: 0 }));
  return [...foreign, ...macros];
}
function mayDefine(path, text, scope) {
  const language = languageOf(path);
  const words = (sub, of) => {
    const hit = vocabularies.get(text, sub);
    if (hit) return hit.value;
    const value = wordsIn(of());
    vocabularies.set(text, sub, { value, cost: 0 });
    return value;
  };
  const code2 = () => prepared(path, text, () => {
  }).code;
  let written;
  let expansions;
  return (name2) => {
    written ??= words(language, code2);
    if (written.has(name2)) return true;
    expansions ??= words(`${language}\0${scope.key}`, () => {
      const list2 = retryMacros(macrosOf(path, text), scope);
      const byName2 = /* @__PURE__ */ new Map();
      for (const m of list2) byName2.set(m.name, [...byName2.get(m.name) ?? [], m]);
      const reached = /* @__PURE__ */ new Set();
      const queue = [...written].filter((w) => byName2.has(w));
      for (let n = queue.shift(); n !== void 0; n = queue.shift())
        for (const m of byName2.get(n))
          if (!reached.has(m)) {
            reached.add(m);
            for (const w of wordsIn(m.body)) if (byName2.has(w)) queue.push(w);
          }
      return [...reached].some((m) => m.body.includes("##")) ? expandBodyMacros(code2(), list2) : [...reached].map((m) => m.body).join("\n");
    });
    return expansions.has(name2);
  };
}
var vocabularies = new Memo();
function wordsIn(text) {
  const words = /* @__PURE__ */ new Set();
  for (const word of text.match(WORD) ?? []) {
    words.add(word);
    if (!ASCII_IDENTIFIER.test(word)) for (const part of word.match(ASCII_IDENTIFIERS) ?? []) words.add(part);
  }
  return words;
}
var WORD = /[^\s!"#%&'()*+,\-./:;<=>?@[\]^`{|}~]+/gu;
var ASCII_IDENTIFIER = /^[A-Za-z_]\w*$/;
var ASCII_IDENTIFIERS = /[A-Za-z_]\w*/g;
var gapLists = new Memo();
function read(path, text, checkBudget, from) {
  const language = languageOf(path);
  const known2 = gapLists.get(text, language);
  if (known2) {
    checkBudget(known2.cost);
    return { text, gaps: known2.value, owned: false };
  }
  const cost = parseUnits(text.length);
  checkBudget(cost);
  const kept = keptTrees.get(text, language);
  const trees = kept ?? parseHeaderTrees(path, text, from?.trees, from?.linesKept);
  const gaps = gapsOf(trees);
  gapLists.set(text, language, { value: gaps, cost });
  return { text, gaps, trees, owned: !kept };
}
function modelOfReading(path, r, checkBudget, from, part = "all") {
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
function parseModel(path, code2, checkBudget) {
  const r = read(path, code2, checkBudget);
  try {
    return modelOfReading(path, r, checkBudget);
  } finally {
    if (r.trees && r.owned) deleteTrees(r.trees);
  }
}

// src/detectors/c/removals.ts
function confirmRemovals(cmp, view, headText) {
  const gaps = freshGaps(cmp);
  const lines = headText ? headText.split("\n") : [];
  const unparsedNames = new Set(
    gaps.flatMap(
      (g) => tokenize(`${g.key}
${declarationAround(lines, g.line)}`).filter((t) => t.t === "id").map((t) => t.v)
    )
  );
  const unchecked = [];
  const changed = [];
  let elsewhere;
  const kept = cmp.findings.filter((f) => {
    const removal = removalOf(f);
    if (!removal) return true;
    if (unparsedNames.has(removal.name)) {
      unchecked.push(f.symbol ?? removal.name);
      return false;
    }
    elsewhere ??= [cmp.after.model, ...view ? view.reachableModels(cmp.path) : []];
    const home = elsewhere.find((m) => declares(m, removal));
    if (!home) return !placeholderBodyRemoved(cmp, removal, elsewhere);
    const change = removal.kind === "macro" && !f.symbol?.endsWith("()") && movedValueChange(cmp, removal.name, home);
    if (change) changed.push({ f, change });
    return false;
  });
  cmp.findings.splice(0, cmp.findings.length, ...kept);
  for (const { f, change } of changed)
    report(cmp, {
      rule: cRules["c/macro-value-changed"],
      line: f.line,
      symbol: f.symbol,
      message: `Macro \`${f.symbol}\` moved to another header users still include, and its value changes: ${change}; compiled users keep the old value.`
    });
  return { unchecked };
}
function movedValueChange(cmp, name2, home) {
  const homeEnv = buildEnv([home, ...cmp.after.env.models]);
  for (const abi of ABIS) {
    const b2 = evalInt(name2, cmp.before.env, abi);
    const a2 = evalInt(name2, homeEnv, abi);
    if (b2.ok && a2.ok) return b2.value === a2.value ? void 0 : `\`${b2.value}\` \u2192 \`${a2.value}\` (${ABI_NAMES[abi]})`;
  }
  const b = aliasTarget(name2, cmp.before.env);
  const a = aliasTarget(name2, homeEnv);
  return b !== void 0 && a !== void 0 && b !== a ? `\`${b}\` \u2192 \`${a}\`` : void 0;
}
function placeholderBodyRemoved(cmp, r, head) {
  if (r.kind !== "struct" && r.kind !== "union") return false;
  const body2 = cmp.before.model.records.find((x) => x.name === r.name && x.kind === r.kind);
  if (!body2 || body2.fields.length !== 1 || !PLACEHOLDER.test(body2.fields[0].name ?? "")) return false;
  const before = tagUses([...cmp.before.env.models], r.kind, r.name);
  const after = tagUses([...head, ...cmp.after.env.models], r.kind, r.name);
  return before.byValue === 0 && after.byValue === 0 && after.viaPointer > 0;
}
var PLACEHOLDER = /^_*(dummy|unused|placeholder|opaque|reserved)\d*_*$/i;
function tagUses(models2, tag, name2) {
  const out2 = { viaPointer: 0, byValue: 0 };
  const walk = (t, pointer) => {
    switch (t.k) {
      case "tag":
        if (t.tag === tag && t.name === name2) out2[pointer ? "viaPointer" : "byValue"]++;
        return;
      case "ptr":
      case "ref":
        return walk(t.to, true);
      case "array":
        return walk(t.of, pointer);
      case "func":
        walk(t.ret, pointer);
        return t.params.forEach((p) => walk(p.type, pointer));
      case "record":
        return t.rec.fields.forEach((f) => walk(f.type, false));
      default:
        return;
    }
  };
  for (const m of new Set(models2)) {
    for (const rec of m.records) for (const f of rec.fields) walk(f.type, false);
    for (const td of m.typedefs) if (td.type.k !== "tag") walk(td.type, false);
    for (const fn of m.functions) walk({ k: "func", ret: fn.ret, params: fn.params, variadic: fn.variadic }, false);
    for (const g of m.globals) walk(g.type, false);
  }
  return out2;
}
function aliasTarget(name2, env) {
  let m = env.macros.get(name2);
  for (let i2 = 0; m && !m.params && i2 < 16; i2++) {
    const next = /^[A-Za-z_]\w*$/.test(m.body) ? env.macros.get(m.body) : void 0;
    if (!next || next.params) return m.body;
    m = next;
  }
  return void 0;
}
function removalOf(f) {
  const symbol = f.symbol ?? "";
  switch (f.ruleId) {
    case cRules["c/function-removed"].id:
      return f.message.startsWith("Overload") ? void 0 : { kind: "function", name: symbol.replace(/\(\)$/, "") };
    case cRules["c/global-removed"].id:
      return { kind: "global", name: symbol };
    case cRules["c/macro-removed"].id:
      return { kind: "macro", name: symbol };
    case cRules["c/macro-changed"].id:
      return f.message.includes("was removed") ? { kind: "macro", name: symbol.replace(/\(\)$/, "") } : void 0;
    case cRules["c/enum-member-removed"].id:
      return { kind: "constant", name: symbol.split(".").pop() };
    case cRules["c/type-removed"].id: {
      const tagged = /^(struct|union|enum|class) (.+)$/.exec(symbol);
      if (!tagged) return { kind: "typedef", name: symbol };
      return { kind: tagged[1] === "class" ? "struct" : tagged[1], name: tagged[2] };
    }
    default:
      return void 0;
  }
}
function declares(m, r) {
  switch (r.kind) {
    case "function":
      return m.functions.some((f) => f.name === r.name);
    case "global":
      return m.globals.some((g) => g.name === r.name);
    case "macro":
      return m.macros.some((x) => x.name === r.name);
    case "constant":
      return m.enums.some((e) => e.members.some((x) => x.name === r.name));
    case "typedef":
      return m.typedefs.some((t) => t.name === r.name);
    case "enum":
      return m.enums.some((e) => e.name === r.name);
    default:
      return m.records.some(
        (x) => x.name === r.name && (x.kind === r.kind || x.kind === "class" && r.kind === "struct")
      );
  }
}
function declarationAround(lines, line3) {
  const ends = (l) => l === void 0 || /[;{}]\s*$|^\s*(#|$)/.test(l);
  let from = line3 - 1;
  while (from > 0 && line3 - 1 - from < 32 && !ends(lines[from - 1])) from--;
  let to = line3 - 1;
  while (to < lines.length - 1 && to - (line3 - 1) < 32 && !ends(lines[to])) to++;
  return lines.slice(from, to + 1).join("\n");
}
function freshGaps(cmp) {
  const old = /* @__PURE__ */ new Map();
  for (const g of cmp.before.model.gaps) old.set(g.key, (old.get(g.key) ?? 0) + 1);
  return cmp.after.model.gaps.filter((g) => !isExternCIdiom(g.key)).filter((g) => {
    const n = old.get(g.key) ?? 0;
    if (n > 0) {
      old.set(g.key, n - 1);
      return false;
    }
    return true;
  });
}
function isExternCIdiom(key) {
  return key === "}" || key === "{" || key.startsWith("missing") && key.includes("__cplusplus");
}
function gathersOnly(m, text) {
  return includeNames(text).length > 1 && !m.functions.length && !m.globals.length && !m.records.length && !m.enums.length && !m.typedefs.length;
}
function headersInView(texts, model = (p, t) => modelOf(p, t)) {
  const paths = new Set(texts.keys());
  const reach = /* @__PURE__ */ new Map();
  const reachable = (from) => {
    const hit = reach.get(from);
    if (hit) return hit;
    const seen = /* @__PURE__ */ new Set([from]);
    const queue = [from];
    while (queue.length) {
      const p = queue.shift();
      for (const inc of includeNames(texts.get(p) ?? ""))
        for (const q2 of includeCandidates(inc.name, p, paths))
          if (!seen.has(q2)) {
            seen.add(q2);
            queue.push(q2);
          }
    }
    reach.set(from, seen);
    return seen;
  };
  return {
    reachableModels(path) {
      const out2 = new Set(reachable(path));
      const umbrellas = new Set(umbrellaCandidates(path, paths));
      const isUmbrella = (p) => umbrellas.has(p) || gathersOnly(model(p, texts.get(p)), texts.get(p));
      for (const p of paths)
        if (p !== path && reachable(p).has(path) && isUmbrella(p)) for (const q2 of reachable(p)) out2.add(q2);
      out2.delete(path);
      return [...out2].map((p) => model(p, texts.get(p)));
    }
  };
}

// src/detectors/c/branch-findings.ts
var named = /* @__PURE__ */ new WeakSet();
var capitalised = (s2) => s2[0].toUpperCase() + s2.slice(1);
function withCondition(f, cond) {
  const optIn = cond.optIn ? ` (the opt-in experimental \`${cond.optIn}\`, which promises no stability)` : "";
  const out2 = {
    ...f,
    severity: cond.optIn ? "notice" : f.severity,
    message: `${capitalised(cond.where)}${optIn}: ${f.message}`
  };
  named.add(out2);
  return out2;
}
function reportNamed(cmp, spec) {
  report(cmp, spec);
  named.add(cmp.findings[cmp.findings.length - 1]);
}
var markOf = (cmp) => ({ findings: cmp.findings.length, sections: cmp.sections.length });
function recordInBranch(cmp, b, a, mark) {
  const from = mark.findings;
  const found = cmp.findings.slice(from);
  if (!found.length) return;
  const cond = conditionAt(cmp.after.model, a.rec.line) ?? conditionAt(cmp.before.model, b.rec.line);
  if (!cond) return;
  const fb = flatten(b.rec, cmp.before.env);
  const fa = flatten(a.rec, cmp.after.env);
  const why = fa.unknown.lp64 ?? fb.unknown.lp64;
  if (cond.truth !== "false" || !why) {
    cmp.findings.splice(from, found.length, ...found.map((f) => withCondition(f, cond)));
    return;
  }
  cmp.findings.splice(from, found.length);
  cmp.sections.splice(mark.sections);
  const afterNames = new Set(fa.leaves.map((l) => l.path));
  const beforeNames = new Set(fb.leaves.map((l) => l.path));
  const removed = [...beforeNames].filter((n) => !afterNames.has(n));
  const added = [...afterNames].filter((n) => !beforeNames.has(n));
  const changes = [
    removed.length ? `members ${list(removed)} go` : "",
    added.length ? `${list(added)} come` : "",
    !removed.length && !added.length ? "its members change" : ""
  ].filter(Boolean);
  report(cmp, {
    rule: cRules["c/platform-layout-unknown"],
    line: a.rec.line,
    symbol: a.display,
    message: `${capitalised(cond.where)}, which the default target (GCC on Linux) does not compile, \`${a.display}\` changes: ${changes.join(", ")}. Its layout there cannot be computed (${why} \u2014 a platform or system-header type not in view), so whether its size and the offsets of its members are kept is unknown \u2014 check them on that platform (a \`static_assert\` on \`sizeof\` in its build).`
  });
  named.add(cmp.findings[cmp.findings.length - 1]);
}
function findingsInBranches(cmp) {
  const shims = /* @__PURE__ */ new Map();
  const kept = [];
  for (const f of cmp.findings) {
    const removal = removalOf(f);
    const shim = removal && removal.kind !== "function" && removal.kind !== "global" && shimCondition(cmp.before.model, rootName(f.symbol) ?? removal.name);
    if (shim) {
      const group = shims.get(shim.line) ?? { names: [], cond: shim.cond };
      group.names.push(f.symbol ?? removal.name);
      shims.set(shim.line, group);
      continue;
    }
    const cond = named.has(f) ? void 0 : findingCondition(cmp, f, !!removal);
    kept.push(cond ? withCondition(f, cond) : f);
  }
  cmp.findings.splice(0, cmp.findings.length, ...kept);
  for (const [line3, { names, cond }] of shims)
    report(cmp, {
      rule: cRules["c/compat-shim-removed"],
      line: line3,
      symbol: names[0],
      message: `${list(names)} ${names.length === 1 ? "was" : "were"} removed; ${names.length === 1 ? "it was" : "they were"} declared only ${cond.where} \u2014 ${cond.toolchain ? `a compatibility shim for the \`${cond.toolchain}\` toolchain, whose own headers lack ${names.length === 1 ? "it" : "them"}` : `a platform's own macro, defined for the toolchains that do not define it`}. Only code built with ${cond.toolchain ? "that toolchain" : "those toolchains"} loses ${names.length === 1 ? "it" : "them"}: say whether ${cond.toolchain ? "that toolchain is" : "they are"} still supported.`
    });
}
var list = (xs) => xs.map((x) => `\`${x}\``).join(", ");
function shimCondition(before, name2) {
  const lines = declarationLines(before, name2);
  if (!lines.length) return void 0;
  const conds = lines.map((l) => conditionAt(before, l));
  const first = conds[0];
  if (!first || first.truth !== "false" || conds.some((c) => c?.where !== first.where)) return void 0;
  if (!first.toolchain && !(isPlatformMacro(name2) && before.macros.some((m) => m.name === name2))) return void 0;
  return { line: lines[0], cond: first };
}
function findingCondition(cmp, f, removal) {
  const root = rootName(f.symbol);
  if (!root) return void 0;
  const gone = removal || f.ruleId === cRules["c/function-removed"].id;
  for (const side of gone ? [cmp.before] : [cmp.after, cmp.before]) {
    const lines = declarationLines(side.model, root);
    if (!lines.length) continue;
    const at = !removal && lines.includes(f.line) ? [f.line] : lines;
    const conds = at.map((l) => conditionAt(side.model, l));
    return conds.every((c) => c?.where === conds[0]?.where) ? conds[0] : void 0;
  }
  return void 0;
}
function rootName(symbol) {
  if (!symbol || symbol.includes("/")) return void 0;
  return symbol.replace(/\(\)$/, "").split(".")[0];
}
function declarationLines(m, name2) {
  const lines = [
    ...m.functions.filter((x) => x.name === name2),
    ...m.globals.filter((x) => x.name === name2),
    ...m.typedefs.filter((x) => x.name === name2),
    ...m.macros.filter((x) => x.name === name2),
    ...m.records.filter((x) => `${x.kind} ${x.name}` === name2),
    ...m.enums.filter((x) => `enum ${x.name}` === name2),
    ...m.enums.flatMap((e) => e.members.filter((x) => x.name === name2))
  ].map((x) => x.line);
  return [...new Set(lines)].sort((a, b) => a - b);
}

// src/detectors/c/rules/typedef-branches.ts
function compareTypedefBranches(cmp) {
  const before = byName(cmp.before.model.typedefs, (t) => t.name);
  const after = byName(cmp.after.model.typedefs, (t) => t.name);
  for (const [name2, heads] of after) {
    const bases = before.get(name2);
    if (!bases || bases.length === 1 && heads.length === 1) continue;
    const reported = /* @__PURE__ */ new Set();
    const pairs = [
      ...pairsByNarrowing(cmp.after.model, heads, cmp.before.model, bases).map(([h, b]) => [b, h]),
      ...pairsByNarrowing(cmp.before.model, bases, cmp.after.model, heads)
    ];
    for (const [b, h] of pairs) {
      cmp.checkBudget();
      if (cmp.before.env.typedefs.get(name2) === b && cmp.after.env.typedefs.get(name2) === h) continue;
      if (isTagBody(b.type) || isTagBody(h.type)) continue;
      if (canonical(b.type, cmp.before.env) === canonical(h.type, cmp.after.env)) continue;
      const [model, line3] = conjunctsAt(cmp.after.model, h.line).size >= conjunctsAt(cmp.before.model, b.line).size ? [cmp.after.model, h.line] : [cmp.before.model, b.line];
      const cond = conditionAt(model, line3);
      if (!cond || reported.has(cond.where)) continue;
      const differs = sizeDifference(cmp, b.type, h.type, conjunctsAt(model, line3));
      if (!differs) continue;
      reported.add(cond.where);
      reportNamed(cmp, {
        rule: cRules["c/typedef-changed"],
        severity: "warning",
        line: h.line,
        symbol: name2,
        message: `${cond.where[0].toUpperCase()}${cond.where.slice(1)} (not the default configuration: GCC on Linux, no \`-D\` flags): typedef \`${name2}\` changes from \`${spell(b.type)}\` to \`${spell(h.type)}\` \u2014 ${differs}. Code compiled for that configuration against the old header and a library built with the new one disagree on it: every function, member and global using \`${name2}\` changes its ABI there.`
      });
    }
  }
}
function pairsByNarrowing(fromModel, from, toModel, to) {
  const out2 = [];
  for (const f of from) {
    const mine = conjunctsAt(fromModel, f.line);
    let best;
    for (const t of to) {
      const theirs = conjunctsAt(toModel, t.line);
      if ([...theirs].every((c) => mine.has(c)) && (!best || theirs.size > best.n)) best = { t, n: theirs.size };
    }
    if (best) out2.push([f, best.t]);
  }
  return out2;
}
var isTagBody = (t) => t.k === "record" || t.k === "enum";
var MODEL_NAMES = {
  lp64: "LP64",
  ilp32: "ILP32",
  win64: "64-bit Windows (LLP64)",
  win32: "32-bit Windows"
};
function sizeDifference(cmp, b, a, conjuncts) {
  const windows = windowsModels(conjuncts);
  const models2 = windows.length ? windows : ["lp64", "ilp32"];
  const diffs = [];
  for (const m of models2) {
    const x = sizeOn(b, cmp.before.env, m);
    const y = sizeOn(a, cmp.after.env, m);
    if (!x || !y || x.size === y.size && x.align === y.align) continue;
    diffs.push(
      x.size !== y.size ? `${x.size} \u2192 ${y.size} bytes on ${MODEL_NAMES[m]}` : `aligned to ${x.align} \u2192 ${y.align} bytes on ${MODEL_NAMES[m]}`
    );
  }
  return diffs.length ? diffs.join(", ") : void 0;
}
function sizeOn(t, env, model) {
  const abi = model === "win64" || model === "lp64" ? "lp64" : "ilp32";
  if (model === "win64" || model === "win32") {
    const base2 = scalarName(t, env);
    if (base2 === void 0) return void 0;
    if (/^(signed |unsigned )?long( int)?$/.test(base2)) return { size: 4, align: 4 };
  }
  const l = typeLayout(t, env, abi);
  return l.ok ? { size: l.size, align: l.align } : void 0;
}
function scalarName(t, env, depth = 0) {
  if (depth > 16) return void 0;
  if (t.k === "prim") return t.name;
  if (t.k !== "name") return t.k === "ptr" || t.k === "ref" ? "pointer" : void 0;
  const td = env.typedefs.get(t.name);
  return td ? scalarName(td.type, env, depth + 1) : t.name;
}

// src/detectors/c/rules/privacy.ts
init_glob();

// src/detectors/c/rules/struct-facts.ts
var RESERVED = /^(__)?(reserved|pad|padding|unused|spare|rsvd|resv)\w*$/i;
function isReserved(path) {
  return RESERVED.test(path.split(".").pop());
}
function firstMove(b, a, abi) {
  const after = new Map(a.leaves.map((l) => [l.path, l]));
  for (const lb of b.leaves) {
    const la = after.get(lb.path);
    const ob = lb.place[abi]?.offset;
    const oa = la?.place[abi]?.offset;
    if (ob !== void 0 && oa !== void 0 && ob !== oa) return `offset of \`${lb.path}\` moves ${ob}\u2192${oa}`;
  }
  return void 0;
}
function moves(b, a, later) {
  for (const abi of ABIS) {
    const sub = firstMove({ ...b, leaves: b.leaves.filter((l) => later.some((x) => x.path === l.path)) }, a, abi);
    if (sub) return `${sub} on ${ABI_NAMES[abi]}`;
  }
  return void 0;
}
function sizeChange(b, a, what) {
  const parts2 = [];
  for (const abi of ABIS) {
    const x = b[what][abi];
    const y = a[what][abi];
    if (x !== void 0 && y !== void 0 && x !== y)
      parts2.push(`from ${x} to ${y}${what === "size" ? " bytes" : ""} on ${ABI_NAMES[abi]}`);
  }
  return parts2.length ? parts2.join(" and ") : void 0;
}
function differs3264(f) {
  if (f.size.lp64 === void 0 || f.size.ilp32 === void 0) return false;
  if (f.size.lp64 !== f.size.ilp32) return true;
  return f.leaves.some(
    (l) => l.place.lp64?.offset !== l.place.ilp32?.offset || l.place.lp64?.size !== l.place.ilp32?.size || l.place.lp64?.bitOffset !== l.place.ilp32?.bitOffset
  );
}
function firstHole(f, abi) {
  const size2 = f.size[abi];
  if (size2 === void 0) return void 0;
  const covered = new Uint8Array(size2);
  const last = {};
  for (const l of f.leaves) {
    const p = l.place[abi];
    if (!p) return void 0;
    const start2 = p.bits !== void 0 ? Math.floor(p.bitOffset / 8) : p.offset;
    const end = p.bits !== void 0 ? Math.ceil((p.bitOffset + p.bits) / 8) : p.offset + p.size;
    for (let i2 = start2; i2 < end && i2 < size2; i2++) covered[i2] = 1;
    if (end > start2) last[end] = l.path;
  }
  for (let i2 = 0; i2 < size2; i2++) {
    if (covered[i2]) continue;
    let j = i2;
    while (j < size2 && !covered[j]) j++;
    return { offset: i2, bytes: j - i2, after: last[i2] };
  }
  return void 0;
}
function sameSize(b, a, abi) {
  if (b.size[abi] !== void 0 || a.size[abi] !== void 0) return b.size[abi] === a.size[abi];
  const tb = b.tail[abi];
  const ta = a.tail[abi];
  return !!tb && !!ta && tb.at === ta.at && tb.key === ta.key;
}
function tailMoved(b, a) {
  return ABIS.some(
    (abi) => b.tail[abi] !== void 0 && a.tail[abi] !== void 0 && (b.tail[abi].at !== a.tail[abi].at || b.tail[abi].key !== a.tail[abi].key)
  );
}
function placeUnknown(l) {
  return ABIS.every((abi) => l.place[abi] === void 0);
}

// src/detectors/c/rules/by-value-use.ts
function byValueUse(env, target) {
  return firstUse(
    memoised(env, "by-value-uses", () => byValueUses(env)),
    target
  );
}
function byValueUses(env) {
  const uses2 = new UseIndex();
  const is = (t, message) => uses2.add(recordIdentities(t, env), message);
  const arrayOf = (t, message) => {
    const element = elementOf(t, env);
    if (element !== t) uses2.add(recordIdentities(element, env), message);
  };
  for (const m of env.models) {
    for (const f of m.functions) {
      is(f.ret, `is returned by value from \`${f.name}()\``);
      for (const x of f.params) is(x.type, `is passed by value to \`${f.name}()\``);
      for (const x of f.params)
        arrayOf(x.type, `is indexed as an array by \`${f.name}()\`${x.name ? ` (parameter \`${x.name}\`)` : ""}`);
    }
    for (const g of m.globals) {
      is(g.type, `is the type of global \`${g.name}\``);
      arrayOf(g.type, `is the element type of global array \`${g.name}\``);
    }
    for (const td of m.typedefs) arrayOf(td.type, `is the element type of array typedef \`${td.name}\``);
    for (const rec of m.records)
      memberUses(rec, rec.name ? `${rec.kind} ${rec.name}` : "an anonymous record", is, arrayOf);
    for (const td of m.typedefs) {
      if (td.type.k !== "record" || td.type.rec.name) continue;
      memberUses(td.type.rec, td.name, is, arrayOf);
    }
  }
  return uses2;
}
function memberUses(rec, shown2, is, arrayOf) {
  const fields = rec.fields;
  const next = [];
  for (let i2 = fields.length - 1, after; i2 >= 0; i2--) {
    next[i2] = after;
    if (fields[i2].name !== null || fields[i2].type.k === "record") after = fields[i2];
  }
  fields.forEach((f, i2) => {
    arrayOf(f.type, `is the element type of array member \`${shown2}.${f.name ?? "(anonymous)"}\``);
    const following = next[i2];
    if (rec.kind !== "union" && following)
      is(f.type, `is embedded by value in \`${shown2}\` before its member \`${following.name ?? "(anonymous)"}\``);
    if (f.type.k === "record" && !f.type.rec.name)
      memberUses(f.type.rec, f.name ? `${shown2}.${f.name}` : shown2, is, arrayOf);
  });
}
var UseIndex = class {
  byIdentity = /* @__PURE__ */ new Map();
  count = 0;
  add(identities, value) {
    const order = this.count++;
    for (const id of identities) if (!this.byIdentity.has(id)) this.byIdentity.set(id, { order, value });
  }
  first(identities) {
    let best;
    for (const id of identities) {
      const hit = this.byIdentity.get(id);
      if (hit && (!best || hit.order < best.order)) best = hit;
    }
    return best?.value;
  }
};
function firstUse(index, target) {
  return index.first(targetIdentities(target));
}
function memoised(env, name2, build) {
  const table2 = memoOf(env, name2);
  let value = table2.get(env);
  if (!value) table2.set(env, value = build());
  return value;
}
function recordIdentities(t, env, depth = 0) {
  if (depth > 32) return [];
  switch (t.k) {
    case "name": {
      const own = [`typedef ${t.name}`, `bare ${t.name.replace(/^.*::/, "")}`];
      const td = env.typedefs.get(t.name);
      return td ? [...own, ...recordIdentities(td.type, env, depth + 1)] : own;
    }
    case "tag":
      return t.tag === "enum" ? [] : [`${t.tag === "class" ? "struct" : t.tag} ${t.name}`];
    case "record":
      return t.rec.name ? [t.rec, `${t.rec.kind === "class" ? "struct" : t.rec.kind} ${t.rec.name}`] : [t.rec];
    default:
      return [];
  }
}
function targetIdentities(target) {
  const cxx = target.rec.cxx !== void 0 || target.key.includes("::");
  return cxx ? [target.key, target.rec, `bare ${target.key.replace(/^\w+ (?:.*::)?/, "")}`] : [target.key, target.rec];
}
function elementOf(t, env) {
  let cur = t;
  for (let i2 = 0; i2 < 32; i2++) {
    if (cur.k === "array") cur = cur.of;
    else if (cur.k === "name" && env.typedefs.get(cur.name)?.type.k === "array") cur = env.typedefs.get(cur.name).type;
    else break;
  }
  return cur;
}

// src/detectors/c/rules/privacy.ts
var PRIVATE_NAME = /(^|_)PRIVATE(_|$)/;
var PRIVATE_RECORD_WORDS = /* @__PURE__ */ new Set(["internal", "private", "priv"]);
var KEEP_OUT_WORDS = /* @__PURE__ */ new Set(["internal", "private", "priv", "donotuse", "dontuse"]);
function privateWhy(l, record, configured = []) {
  if (record !== void 0 && configured.length && matchesAny(`${bare(record)}.${l.path}`, configured))
    return `\`${bare(record)}.${l.path}\` matches \`c.private\``;
  if (l.field.private) return l.field.private;
  const parts2 = l.path.split(".");
  if (PRIVATE_NAME.test(parts2[parts2.length - 1])) return `it stands for the private macro \`${parts2.at(-1)}\``;
  const underscored = parts2.find((p) => p.startsWith("_") && !isReserved(p));
  return underscored ? `its name \`${underscored}\` begins with \`_\`` : void 0;
}
function recordPrivateWhy(e, env, configured) {
  const name2 = bare(e.display);
  const aliases = [name2, ...typedefsOf(e, env)];
  const hit = aliases.find((n) => configured.length && matchesAny(n, configured));
  if (hit) return `\`${hit}\` matches \`c.private\``;
  const named2 = aliases.find((n) => PRIVATE_RECORD_WORDS.has(nameWords(n).at(-1) ?? ""));
  if (named2) return `its name \`${named2}\` says it is the library's own`;
  const prefixed = aliases.map((n) => internalPrefixWhy(n, env)).find(Boolean);
  if (prefixed) return prefixed;
  const uses2 = embeddingMembers(e, aliases, env);
  if (uses2.length && uses2.every(keepOut))
    return `it is only embedded as ${uses2.map((f) => `\`${f.name}\``).join(", ")}, which users are told to keep out of`;
  return void 0;
}
function internalPrefixWhy(name2, env) {
  const m = /^([A-Za-z][A-Za-z0-9_]*?)__[A-Za-z0-9]/.exec(name2);
  if (!m || m[1].endsWith("_")) return void 0;
  const prefix = m[1];
  if (!functionPrefixes(env).has(prefix.toLowerCase())) return void 0;
  return `its name \`${name2}\` is the project's prefix \`${prefix}_\` followed by \`__\`, which marks the library's internals`;
}
function functionPrefixes(env) {
  return memoised(env, "function-prefixes", () => {
    const out2 = /* @__PURE__ */ new Set();
    for (const m of env.models)
      for (const f of m.functions) {
        if (f.name.startsWith("_")) continue;
        const name2 = f.name.toLowerCase();
        for (let i2 = name2.indexOf("_"); i2 > 0; i2 = name2.indexOf("_", i2 + 1))
          if (/[a-z0-9]/.test(name2[i2 + 1] ?? "")) out2.add(name2.slice(0, i2));
      }
    return out2;
  });
}
function typedefPrivateWhy(name2, env, configured) {
  if (configured.length && matchesAny(name2, configured)) return `\`${name2}\` matches \`c.private\``;
  return internalPrefixWhy(name2, env);
}
var bare = (display) => display.replace(/^(struct|union|class) /, "");
function nameWords(name2) {
  return name2.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/_+/).filter(Boolean);
}
function typedefsOf(e, env) {
  const key = e.key.startsWith("typedef ") ? void 0 : e.key;
  if (!key) return [];
  return [...env.typedefs.values()].filter((t) => t.type.k === "tag" && `${t.type.tag === "class" ? "struct" : t.type.tag} ${t.type.name}` === key).map((t) => t.name);
}
function embeddingMembers(e, aliases, env) {
  const key = e.key.startsWith("typedef ") ? void 0 : e.key;
  const holds = (t) => t.k === "name" && aliases.includes(t.name) || t.k === "tag" && key === `${t.tag === "class" ? "struct" : t.tag} ${t.name}` || t.k === "array" && holds(t.of);
  const out2 = [];
  const visit = (rec, depth) => {
    if (depth > 8 || rec === e.rec) return;
    for (const f of rec.fields) {
      if (holds(f.type)) out2.push(f);
      else if (f.type.k === "record" && !f.type.rec.name) visit(f.type.rec, depth + 1);
    }
  };
  for (const m of env.models) {
    for (const rec of m.records) visit(rec, 0);
    for (const td of m.typedefs) if (td.type.k === "record" && !td.type.rec.name) visit(td.type.rec, 0);
  }
  return out2;
}
function keepOut(f) {
  if (f.private) return true;
  if (!f.name) return false;
  return f.name.startsWith("_") || nameWords(f.name).some((w) => KEEP_OUT_WORDS.has(w));
}

// src/detectors/c/settled.ts
function sameShape(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b;
    if (a.length !== bs.length) return false;
    for (let i2 = 0; i2 < a.length; i2++) if (!sameShape(a[i2], bs[i2])) return false;
    return true;
  }
  const [x, y] = [a, b];
  for (const k in x) if (k !== "line" && !sameShape(x[k], y[k])) return false;
  for (const k in y) if (k !== "line" && !(k in x) && y[k] !== void 0) return false;
  return true;
}
var wordMemo = /* @__PURE__ */ new WeakMap();
function wordsOf(decl) {
  let w = wordMemo.get(decl);
  if (!w) {
    const words = /* @__PURE__ */ new Set();
    const walk = (v) => {
      if (typeof v === "string") {
        if (IDENTIFIER.test(v)) words.add(v);
        else for (const word of v.match(WORDS) ?? []) words.add(word);
      } else if (Array.isArray(v)) for (const x of v) walk(x);
      else if (typeof v === "object" && v !== null) for (const k in v) walk(v[k]);
    };
    walk(decl);
    wordMemo.set(decl, w = [...words]);
  }
  return w;
}
var IDENTIFIER = /^[A-Za-z_]\w*$/;
var WORDS = /[A-Za-z_]\w*/g;
var keyIdentifiers = (key) => (key.match(/[A-Za-z_]\w*/g) ?? []).filter((w, i2) => i2 > 0 || !TAGS.has(w));
var TAGS = /* @__PURE__ */ new Set(["struct", "union", "enum", "class"]);
var meaningMemo = /* @__PURE__ */ new WeakMap();
function meaningsOf(before, after) {
  let byAfter = meaningMemo.get(before);
  if (!byAfter) meaningMemo.set(before, byAfter = /* @__PURE__ */ new WeakMap());
  let m = byAfter.get(after);
  if (m) return m;
  const seeds = /* @__PURE__ */ new Set();
  const qualified = /* @__PURE__ */ new Map();
  const deferredAlike = sameDeferred(before, after);
  const table2 = (name2, same) => {
    const [mb, ma] = [before[name2], after[name2]];
    const visit = (key, b, a) => {
      if (b === void 0 || a === void 0 || !same(b, a)) for (const n of keyIdentifiers(key)) seeds.add(n);
      if (key.includes("::"))
        for (const n of keyIdentifiers(key)) {
          const list2 = qualified.get(n);
          if (list2) list2.push(key);
          else qualified.set(n, [key]);
        }
    };
    const keys = deferredAlike ? builtKeys(before, after, name2) : void 0;
    if (keys) for (const key of keys) visit(key, mb.get(key), ma.get(key));
    else {
      for (const [key, b] of mb) visit(key, b, ma.get(key));
      for (const [key, a] of ma) if (!mb.has(key)) visit(key, void 0, a);
    }
  };
  const sameDef = (b, a) => b === a || sameShape(b, a);
  table2("macros", sameDef);
  table2("typedefs", sameDef);
  table2("records", sameDef);
  table2("enums", sameDef);
  const sameEnums = /* @__PURE__ */ new Map();
  const sameEnum = (b, a) => {
    let byAfter2 = sameEnums.get(b);
    if (!byAfter2) sameEnums.set(b, byAfter2 = /* @__PURE__ */ new Map());
    let same = byAfter2.get(a);
    if (same === void 0) byAfter2.set(a, same = sameDef(b, a));
    return same;
  };
  table2("constants", (b, a) => b.index === a.index && sameEnum(b.en, a.en));
  m = { seeds, known: /* @__PURE__ */ new Map(), before, after, qualified, direct: closedSeeds(before, after, seeds) };
  byAfter.set(after, m);
  return m;
}
function sameDeferred(before, after) {
  const [b, a] = [before.sources, after.sources];
  return b.length === a.length && b.some((s2) => s2 instanceof DeferredModel) && b.every((s2, i2) => s2 instanceof DeferredModel || a[i2] instanceof DeferredModel ? s2 === a[i2] : true);
}
function builtKeys(before, after, table2) {
  const keys = /* @__PURE__ */ new Set();
  for (const env of [before, after])
    for (const s2 of env.sources) if (!(s2 instanceof DeferredModel)) for (const key of keysOf(s2, table2)) keys.add(key);
  return keys;
}
function nothingChanged(before, after) {
  return meaningsOf(before, after).seeds.size === 0;
}
function closedSeeds(before, after, seeds) {
  if (!seeds.size) return true;
  const allSeeds = (key) => IDENTIFIER.test(key) ? seeds.has(key) : keyIdentifiers(key).every((n) => seeds.has(n));
  const closed = (map, def) => {
    for (const [key, v] of map) if (!allSeeds(key) && wordsOf(def(v)).some((w) => seeds.has(w))) return false;
    return true;
  };
  const self = (v) => v;
  return (before === after ? [before] : [before, after]).every(
    (env) => closed(env.macros, self) && closed(env.typedefs, self) && closed(env.records, self) && closed(env.enums, self) && closed(env.constants, (c) => c.en)
  );
}
function definitionsOf(word, env, m) {
  const out2 = [];
  const add = (x) => x && out2.push(x);
  add(env.macros.get(word));
  add(env.typedefs.get(word));
  add(env.enums.get(word));
  add(env.constants.get(word)?.en);
  for (const tag of ["struct ", "union "]) add(env.records.get(tag + word));
  for (const key of m.qualified.get(word) ?? []) {
    add(env.typedefs.get(key));
    add(env.enums.get(key));
    for (const tag of ["struct ", "union "]) if (key.startsWith(tag)) add(env.records.get(key));
  }
  return out2;
}
function meaningChanged(word, m) {
  if (m.direct) return m.seeds.has(word);
  const known2 = m.known.get(word);
  if (known2 !== void 0) return known2;
  const visited = /* @__PURE__ */ new Set([word]);
  const stack = [word];
  let found = false;
  while (stack.length && !found) {
    const w = stack.pop();
    if (m.seeds.has(w) || m.known.get(w) === true) {
      found = true;
      break;
    }
    if (m.known.get(w) === false) continue;
    for (const env of [m.before, m.after])
      for (const def of definitionsOf(w, env, m))
        for (const next of wordsOf(def))
          if (!visited.has(next)) {
            visited.add(next);
            stack.push(next);
          }
  }
  if (found) m.known.set(word, true);
  else for (const w of visited) m.known.set(w, false);
  return found;
}
function settled(cmp, before, after, decl) {
  const [mb, ma] = [cmp.before.model, cmp.after.model];
  if (mb.language !== ma.language || mb.guard !== ma.guard || mb.platform !== ma.platform) return false;
  if (before.length !== after.length) return false;
  const meanings = meaningsOf(cmp.before.env, cmp.after.env);
  for (let i2 = 0; i2 < before.length; i2++) {
    const [b, a] = [decl(before[i2]), decl(after[i2])];
    if (b.label !== a.label || !sameShape(b.def, a.def)) return false;
    if (JSON.stringify(conditionAt(mb, b.line)) !== JSON.stringify(conditionAt(ma, a.line))) return false;
    if (meanings.seeds.size && wordsOf(b.def).some((w) => meaningChanged(w, meanings))) return false;
  }
  return true;
}

// src/detectors/c/rules/typedef.ts
function changedTypedefs(before, after) {
  const out2 = /* @__PURE__ */ new Map();
  if (nothingChanged(before, after)) return out2;
  for (const [name2, b] of before.typedefs) {
    const a = after.typedefs.get(name2);
    if (!a || b.type.k === "record" || b.type.k === "enum" || a.type.k === "record" || a.type.k === "enum") continue;
    const cb = canonical(b.type, before) + (b.attrs.aligned ? ` aligned(${b.attrs.aligned})` : "");
    const ca = canonical(a.type, after) + (a.attrs.aligned ? ` aligned(${a.attrs.aligned})` : "");
    if (cb !== ca) out2.set(name2, { before: shown(b), after: shown(a) });
  }
  return out2;
}
var shown = (t) => `${spell(t.type)}${t.attrs.aligned ? ` __attribute__((aligned(${t.attrs.aligned})))` : ""}`;
function compareTypedefs(cmp) {
  const after = new Set(cmp.after.model.typedefs.map((t) => t.name));
  for (const td of cmp.before.model.typedefs) {
    const successor = after.has(td.name) ? void 0 : versionMarkerSuccessor(td.name, [...after]);
    if (successor)
      report(cmp, {
        rule: cRules["c/version-macro-changed"],
        line: td.line,
        symbol: td.name,
        message: `Version-marker typedef \`${td.name}\` is now \`${successor}\`: its name is the version, renamed at every release so that the library's sources cannot be compiled against a mismatched header; users do not name it.`
      });
    else if (!after.has(td.name)) {
      const why = typedefPrivateWhy(td.name, cmp.before.env, cmp.privateNames);
      report(cmp, {
        rule: cRules["c/type-removed"],
        ...why ? { severity: "notice" } : {},
        line: td.line,
        symbol: td.name,
        message: why ? `Typedef \`${td.name}\` was removed; it is private by convention (${why}): code that uses the library's functions and public types never names it.` : `Typedef \`${td.name}\` was removed; code using it no longer compiles.`
      });
    }
  }
  compareTypedefBranches(cmp);
  if (!cmp.changedTypedefs.size) return;
  const changedUses = usesThatChange(cmp, [cmp.before.model], [cmp.after.model]);
  let everyUse;
  const allUses = () => everyUse ??= usesThatChange(cmp, cmp.before.env.models, cmp.after.env.models);
  const defined = new Map(cmp.after.model.typedefs.map((t) => [t.name, t]));
  for (const [name2, change] of cmp.changedTypedefs) {
    cmp.checkBudget();
    const def = defined.get(name2);
    const list2 = (def ? allUses() : changedUses).get(name2) ?? [];
    if (!def && (!list2.length || cmp.changedHeaderTypedefs.has(name2))) continue;
    const shown2 = list2.slice(0, 6).map((u) => `\`${u.symbol}\``);
    if (list2.length > 6) shown2.push(`${list2.length - 6} more`);
    const usedBy = list2.length ? `; uses that change with it: ${shown2.join(", ")}` : "";
    if (!def) {
      report(cmp, {
        rule: cRules["c/typedef-changed"],
        line: list2[0].line,
        symbol: list2[0].symbol,
        message: `Typedef \`${name2}\` (defined in another header) changes from \`${change.before}\` to \`${change.after}\`${usedBy}.`
      });
      continue;
    }
    const respelled = !list2.length && pointerRespelling(cmp, name2);
    report(cmp, {
      rule: cRules["c/typedef-changed"],
      ...respelled ? { severity: "warning" } : {},
      line: def.line,
      symbol: name2,
      message: respelled ? `Typedef \`${name2}\` changes from \`${change.before}\` to \`${change.after}\`: ${respelled}. Every declaration in these headers keeps its type, so the ABI is unchanged; users' code that declares with \`${name2}\` must follow.` : `Typedef \`${name2}\` changes from \`${change.before}\` to \`${change.after}\`; every use of it changes with it${usedBy}.`
    });
  }
}
function usesThatChange(cmp, beforeModels, afterModels) {
  const old = new Map(beforeModels.flatMap(uses).map((u) => [`${u.name}\0${u.symbol}`, u]));
  const out2 = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const use of afterModels.flatMap(uses)) {
    const key = `${use.name}\0${use.symbol}`;
    if (seen.has(key)) continue;
    seen.add(key);
    cmp.checkBudget();
    const was = old.get(key);
    if (!was || !cmp.changedTypedefs.has(use.name) || use.symbol === use.name || cmp.changedTypedefs.has(use.symbol))
      continue;
    if (canonical(was.decl, cmp.before.env) === canonical(use.decl, cmp.after.env)) continue;
    const list2 = out2.get(use.name);
    if (list2) list2.push(use);
    else out2.set(use.name, [use]);
  }
  return out2;
}
function pointerRespelling(cmp, name2) {
  const b = cmp.before.env.typedefs.get(name2)?.type;
  const a = cmp.after.env.typedefs.get(name2)?.type;
  if (!b || !a) return void 0;
  const same = (x, y) => canonical(x, cmp.before.env) === canonical(y, cmp.after.env);
  if (b.k === "func" && a.k === "ptr" && a.to.k === "func" && same(b, a.to))
    return "a function type became a pointer to the same function type";
  if (a.k === "func" && b.k === "ptr" && b.to.k === "func" && same(b.to, a))
    return "a pointer-to-function type became the function type itself";
  return void 0;
}
function uses(model) {
  const out2 = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (t, symbol, line3) => {
    for (const name2 of namesIn(t)) {
      const key = `${name2}\0${symbol}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out2.push({ name: name2, symbol, line: line3, decl: t });
    }
  };
  const record = (rec, prefix) => {
    for (const f of rec.fields) {
      if (f.type.k === "record" && !f.type.rec.name) record(f.type.rec, f.name ? `${prefix}.${f.name}` : prefix);
      else add(f.type, `${prefix}.${f.name ?? "(anonymous)"}`, f.line);
    }
  };
  for (const rec of model.records) if (rec.name) record(rec, `${rec.kind} ${rec.name}`);
  for (const td of model.typedefs) {
    if (td.type.k === "record" && !td.type.rec.name) record(td.type.rec, td.name);
    else add(td.type, td.name, td.line);
  }
  for (const f of model.functions)
    add({ k: "func", ret: f.ret, params: f.params, variadic: f.variadic }, `${f.name}()`, f.line);
  for (const g of model.globals) add(g.type, g.name, g.line);
  return out2;
}
function namesIn(t) {
  switch (t.k) {
    case "name":
      return [t.name];
    case "ptr":
    case "ref":
      return namesIn(t.to);
    case "array":
      return namesIn(t.of);
    case "func":
      return [...namesIn(t.ret), ...t.params.flatMap((p) => namesIn(p.type))];
    default:
      return [];
  }
}

// src/detectors/c/sides.ts
var cache = /* @__PURE__ */ new WeakMap();
function changeSetEnvs(ctx) {
  const cs = ctx.changeSet;
  const hit = cache.get(cs);
  if (hit) return hit;
  const headers = interfaceHeaderPairs(cs, ctx.config);
  const included = includedHeaders(cs, headers);
  const umbrellas = umbrellaTexts(
    cs,
    cs.files.map((f) => f.path)
  );
  const textsOf = (which) => [
    ...headers.map((f) => ({ path: which === "before" ? f.previousPath ?? f.path : f.path, text: f[which] })),
    ...Object.entries(included).map(([path, text]) => ({ path, text }))
  ];
  const texts = { before: textsOf("before"), after: textsOf("after") };
  const scopes = {
    before: macroScope(texts.before.flatMap((t) => macrosOf(t.path, t.text))),
    after: macroScope(texts.after.flatMap((t) => macrosOf(t.path, t.text)))
  };
  const sources = contextDeferred(texts, scopes, headers.length);
  const side = (which) => {
    const scope = scopes[which];
    const present = new Map([
      ...umbrellas,
      ...texts[which].flatMap((t) => t.text === null ? [] : [[t.path, t.text]])
    ]);
    const changed = sources[which].slice(0, headers.length);
    return {
      env: buildEnv(sources[which]),
      scope,
      view: headersInView(present, (p, t) => modelOf(p, t, void 0, scope)),
      typedefs: new Set(changed.flatMap((m) => m.typedefs.map((t) => t.name)))
    };
  };
  const before = side("before");
  const after = side("after");
  const envs = {
    before: before.env,
    after: after.env,
    changedTypedefs: changedTypedefs(before.env, after.env),
    changedHeaderTypedefs: after.typedefs,
    paths: new Set(headers.map((f) => f.path)),
    scopes: { before: before.scope, after: after.scope },
    included,
    view: after.view
  };
  cache.set(cs, envs);
  return envs;
}
function contextDeferred(texts, scopes, changed) {
  const built = { before: /* @__PURE__ */ new Map(), after: /* @__PURE__ */ new Map() };
  const raw = (which, i2) => {
    let m = built[which].get(i2);
    if (!m) built[which].set(i2, m = modelOf(texts[which][i2].path, texts[which][i2].text, void 0, scopes[which]));
    return m;
  };
  const sites = { before: includeSitesByTarget(texts.before), after: includeSitesByTarget(texts.after) };
  const sitesOf = (which, i2) => sites[which].get(texts[which][i2].path) ?? [];
  const withConditions = (which, i2) => underIncluders(
    raw(which, i2),
    sitesOf(which, i2).map((s2) => skippedAt(raw(which, s2.includer), s2.line))
  );
  const conditionInputs = (which, i2) => JSON.stringify(
    sitesOf(which, i2).map(
      (s2) => s2.includer < changed ? skippedAt(raw(which, s2.includer), s2.line) : [s2.includer, s2.line]
    )
  );
  const deferred = (which, i2) => {
    const { path, text } = texts[which][i2];
    return new DeferredModel(
      () => withConditions(which, i2),
      macrosOf(path, text),
      mayDefine(path, text ?? "", scopes[which])
    );
  };
  const out2 = { before: [], after: [] };
  texts.before.forEach(({ text }, i2) => {
    if (i2 < changed) {
      out2.before.push(raw("before", i2));
      out2.after.push(raw("after", i2));
      return;
    }
    if (text === null || /::|\bnamespace\b/.test(text)) {
      out2.before.push(withConditions("before", i2));
      out2.after.push(withConditions("after", i2));
      return;
    }
    const before = deferred("before", i2);
    const same = scopes.before.key === scopes.after.key && conditionInputs("before", i2) === conditionInputs("after", i2);
    out2.before.push(before);
    out2.after.push(same ? before : deferred("after", i2));
  });
  return out2;
}
function includedHeaders(cs, headers) {
  const changed = new Set(cs.files.flatMap((f) => f.previousPath ? [f.path, f.previousPath] : [f.path]));
  const start2 = headers.map((f) => ({ path: f.path, texts: [f.before, f.after] }));
  const found = cs.includes ?? includeClosureOf(start2, cs.workspace?.files ?? {});
  return Object.fromEntries(Object.entries(found).filter(([p]) => !changed.has(p)));
}
function envsFor(pair, ctx, own) {
  const envs = changeSetEnvs(ctx);
  if (envs.paths.has(pair.path)) return envs;
  const before = buildEnv([own.before]);
  const after = buildEnv([own.after]);
  return { ...envs, before, after, changedTypedefs: changedTypedefs(before, after), paths: /* @__PURE__ */ new Set([pair.path]) };
}

// src/detectors/c/symbols.ts
function symbolsOf(model, path) {
  const out2 = [];
  const add = (name2, kind, line3) => out2.push({ name: name2, kind, path, line: line3 });
  for (const r of model.records) if (r.name) add(r.name, r.kind === "class" ? "class" : r.kind, r.line);
  for (const e of model.enums) if (e.name) add(e.name, "enum", e.line);
  for (const t of model.typedefs) add(t.name, "typedef", t.line);
  for (const f of model.functions) add(f.name, "function", f.line);
  for (const g of model.globals) add(g.name, "variable", g.line);
  for (const m of model.macros) add(m.name, "macro", m.line);
  return out2;
}

// src/detectors/c/rules/file.ts
var base = (p) => p.split("/").pop();
function renameCounterpart(pair, cs) {
  if (pair.status !== "added" && pair.status !== "removed") return void 0;
  const want = pair.status === "added" ? "removed" : "added";
  return cs.files.find((f) => f.status === want && base(f.path) === base(pair.path));
}
function headerRemoved(cmp) {
  report(cmp, {
    rule: cRules["c/header-removed"],
    line: 1,
    symbol: cmp.path,
    message: `Header \`${cmp.path}\` was removed; every \`#include\` of it breaks.`
  });
}
function headerRenamed(cmp, from) {
  report(cmp, {
    rule: cRules["c/header-renamed"],
    line: 1,
    symbol: cmp.path,
    message: `Header \`${from}\` moved to \`${cmp.path}\`; \`#include\` lines of the old path break unless a forwarding header stays.`
  });
}
function parseIncomplete(cmp, unchecked) {
  const fresh = freshGaps(cmp);
  if (!fresh.length) return;
  const first = fresh[0];
  const text = first.key.length > 60 ? first.key.slice(0, 57) + "..." : first.key;
  const names = unchecked.slice(0, 8).map((n) => `\`${n}\``);
  if (unchecked.length > 8) names.push(`${unchecked.length - 8} more`);
  const notChecked = names.length ? ` Not checked, because their names are still in that text: ${names.join(", ")} (not reported as removed).` : "";
  report(cmp, {
    rule: cRules["c/parse-incomplete"],
    line: first.line,
    message: `${fresh.length} changed region${fresh.length === 1 ? "" : "s"} of this header could not be parsed (first at line ${first.line}: \`${text}\`); the findings cover only what parsed \u2014 check those lines by hand.${notChecked}`
  });
}

// src/detectors/c/compare.ts
function prepare(pair, ctx, withFileRules) {
  const counterpart = renameCounterpart(pair, ctx.changeSet);
  if (pair.status === "removed" && counterpart) return void 0;
  const beforePath = pair.previousPath ?? counterpart?.path ?? pair.path;
  const beforeText = counterpart ? counterpart.before : pair.before;
  const { scopes } = changeSetEnvs(ctx);
  const before = modelOf(beforePath, beforeText, ctx.checkBudget, scopes.before);
  const after = modelOf(pair.path, pair.after, ctx.checkBudget, scopes.after);
  const envs = envsFor(pair, ctx, { before, after });
  const cmp = {
    path: pair.path,
    before: { model: before, env: envs.before },
    after: { model: after, env: envs.after },
    changedTypedefs: envs.changedTypedefs,
    changedHeaderTypedefs: envs.changedHeaderTypedefs,
    privateNames: ctx.config.c.private,
    findings: [],
    sections: [],
    checkBudget: ctx.checkBudget
  };
  const out2 = {
    findings: cmp.findings,
    parsed: true,
    sections: cmp.sections,
    symbols: { before: symbolsOf(before, beforePath), after: symbolsOf(after, pair.path) }
  };
  if (withFileRules) {
    if (pair.after === null) headerRemoved(cmp);
    else if (pair.status === "renamed" && pair.previousPath) headerRenamed(cmp, pair.previousPath);
    else if (counterpart) headerRenamed(cmp, counterpart.path);
  }
  return { cmp, out: out2, unchanged: beforePath === pair.path && sameSides(cmp) };
}
function sameSides({ before, after }) {
  if (before.model !== after.model) return false;
  if (before.env === after.env) return true;
  const [bs, as] = [before.env.sources, after.env.sources];
  if (bs.length === as.length && bs.every((s2, i2) => s2 === as[i2])) return true;
  const [b, a] = [before.env.models, after.env.models];
  return b.length === a.length && b.every((m, i2) => m === a[i2]);
}
function finish(cmp, ctx) {
  const head = ctx.changeSet.files.find((f) => f.path === cmp.path)?.after;
  const { unchecked } = confirmRemovals(cmp, changeSetEnvs(ctx).view, head);
  findingsInBranches(cmp);
  parseIncomplete(cmp, unchecked);
}

// src/detectors/c/rules/function.ts
function compareFunctions(cmp) {
  const sig = (side) => (f) => canonical({ k: "func", ret: f.ret, params: f.params, variadic: f.variadic }, cmp[side].env);
  const before = byName(cmp.before.model.functions, (f) => f.name);
  const after = byName(cmp.after.model.functions, (f) => f.name);
  for (const [name2, list2] of before) {
    cmp.checkBudget();
    const now = after.get(name2);
    if (!now) {
      report(cmp, {
        rule: cRules["c/function-removed"],
        line: list2[0].line,
        symbol: `${name2}()`,
        message: `Function \`${name2}()\` was removed; binaries calling it fail to link or load.`
      });
      continue;
    }
    if (settled(cmp, list2, now, (f) => ({ def: f, line: f.line }))) continue;
    for (const [b, a] of pairVariants(list2, now, (f, side) => sig(side)(f))) compareFunction(cmp, b, a);
    for (const gone of unpairedBefore(list2, now, (f, side) => sig(side)(f))) {
      const shown2 = `${name2}(${gone.params.map((p) => spell(p.type)).join(", ")}${gone.variadic ? ", ..." : ""})`;
      report(cmp, {
        rule: cRules["c/function-removed"],
        line: gone.line,
        symbol: `${name2}()`,
        message: `Overload \`${shown2}\` was removed; binaries calling it fail to link or load.`
      });
    }
  }
  compareGlobals(cmp);
}
function compareFunction(cmp, b, a) {
  const sym = `${a.name}()`;
  const c = (t, side, quals2 = true) => canonical(t, cmp[side].env, quals2);
  const add = (rule, message, severity) => report(cmp, { rule, severity, line: a.line, symbol: sym, message });
  if (spell(b.ret) !== spell(a.ret) && c(b.ret, "before") !== c(a.ret, "after")) {
    const sameWord = sameIntegerWord(b.ret, cmp.before.env, a.ret, cmp.after.env, "result");
    if (c(b.ret, "before", false) === c(a.ret, "after", false)) {
      const compatible = pointeeQualsOnly(a.ret, cmp.after.env, b.ret, cmp.before.env);
      add(
        cRules["c/function-qualifier-changed"],
        `\`${sym}\` return type changes qualifiers: \`${spell(b.ret)}\` \u2192 \`${spell(a.ret)}\`${compatible ? "; callers reading the result compile and run unchanged" : "; callers storing the result in the old type no longer compile cleanly (C++: not at all), the ABI is unchanged"}.`,
        compatible ? "notice" : void 0
      );
    } else if (c(b.ret, "before") === "void" && valueInRegisters(a.ret, cmp.after.env))
      add(
        cRules["c/function-return-changed"],
        `\`${sym}\` now returns \`${spell(a.ret)}\` instead of \`void\`; old callers ignore the result register, so they keep working (function pointers of the old type need a cast).`,
        "notice"
      );
    else if (sameWord)
      add(
        cRules["c/function-return-changed"],
        `\`${sym}\` return type changes from \`${spell(b.ret)}\` to \`${spell(a.ret)}\`; ${sameWord}.`,
        "notice"
      );
    else
      add(
        cRules["c/function-return-changed"],
        `\`${sym}\` return type changes from \`${spell(b.ret)}\` to \`${spell(a.ret)}\`${c(b.ret, "before") === "void" ? "; a record returned by value is written through a hidden pointer old callers do not pass" : ""}.`
      );
  }
  if (b.variadic !== a.variadic)
    add(
      cRules["c/variadic-changed"],
      `\`${sym}\` ${a.variadic ? "becomes" : "is no longer"} variadic; the calling convention for its arguments changes.`
    );
  const same = (pb, pa) => spell(pb.type) === spell(pa.type) || c(pb.type, "before") === c(pa.type, "after");
  const { pairs, removed, added } = alignParams(b.params, a.params, same);
  for (const [i2, j] of pairs) {
    const pb = b.params[i2];
    const pa = a.params[j];
    if (same(pb, pa)) continue;
    const which = `parameter ${j + 1}${pa.name ? ` (\`${pa.name}\`)` : ""}`;
    if (c(pb.type, "before", false) === c(pa.type, "after", false)) {
      const compatible = pointeeQualsOnly(pb.type, cmp.before.env, pa.type, cmp.after.env);
      add(
        cRules["c/function-qualifier-changed"],
        `\`${sym}\` ${which} changes qualifiers: \`${spell(pb.type)}\` \u2192 \`${spell(pa.type)}\`${compatible ? "; every argument old callers pass still converts implicitly, the ABI is unchanged" : "; callers whose arguments no longer convert implicitly get a diagnostic (an error in C++), the ABI is unchanged"}.`,
        compatible ? "notice" : void 0
      );
    } else {
      const sameWord = sameIntegerWord(pb.type, cmp.before.env, pa.type, cmp.after.env, "argument");
      add(
        cRules["c/function-param-type-changed"],
        `\`${sym}\` ${which} changes type from \`${spell(pb.type)}\` to \`${spell(pa.type)}\`${sameWord ? `; ${sameWord}` : ""}.`,
        sameWord ? "notice" : void 0
      );
    }
  }
  const listed = (params, at) => at.map((k) => `\`${spell(params[k].type)}${params[k].name ? " " + params[k].name : ""}\` (parameter ${k + 1})`).join(", ");
  const shifts = (at, total) => at.some((k) => k < total - at.length) ? "; every argument after it now arrives in the wrong place" : "";
  if (added.length)
    add(
      cRules["c/function-param-added"],
      `\`${sym}\` takes ${a.params.length} parameters instead of ${b.params.length}: added ${listed(a.params, added)}; existing callers pass garbage for it${shifts(added, a.params.length)}.`
    );
  if (removed.length)
    add(
      cRules["c/function-param-removed"],
      `\`${sym}\` takes ${a.params.length} parameters instead of ${b.params.length}: removed ${listed(b.params, removed)}${shifts(removed, b.params.length)}.`
    );
}
function alignParams(b, a, same) {
  const rest = (pairs) => ({
    pairs,
    removed: b.map((_, i2) => i2).filter((i2) => !pairs.some(([x]) => x === i2)),
    added: a.map((_, j) => j).filter((j) => !pairs.some(([, y]) => y === j))
  });
  const n = Math.min(b.length, a.length);
  const positional = rest(Array.from({ length: n }, (_, i2) => [i2, i2]));
  if (b.length === a.length) return positional;
  const names = (ps) => ps.map((p) => p.name ?? "");
  const nb = names(b);
  const na = names(a);
  const unique = (ns) => ns.every(Boolean) && new Set(ns).size === ns.length;
  if (unique(nb) && unique(na)) {
    const byName2 = nb.flatMap((name2, i2) => na.includes(name2) ? [[i2, na.indexOf(name2)]] : []);
    const ordered = byName2.every(([, j], x) => x === 0 || j > byName2[x - 1][1]);
    const aligned = rest(byName2);
    if (byName2.length && ordered && (!aligned.removed.length || !aligned.added.length)) return aligned;
  }
  const [short, long, flip] = b.length < a.length ? [b, a, false] : [a, b, true];
  const byType = [];
  let k = 0;
  for (let i2 = 0; i2 < short.length; i2++) {
    while (k < long.length && !(flip ? same(long[k], short[i2]) : same(short[i2], long[k]))) k++;
    if (k === long.length) break;
    byType.push(flip ? [k, i2] : [i2, k]);
    k++;
  }
  if (byType.length === short.length) return rest(byType);
  return positional;
}
function compareGlobals(cmp) {
  const before = byName(cmp.before.model.globals, (g) => g.name);
  const after = byName(cmp.after.model.globals, (g) => g.name);
  const shape = (side) => (g) => canonical(g.type, cmp[side].env);
  for (const [name2, list2] of before) {
    const now = after.get(name2);
    if (!now) {
      report(cmp, {
        rule: cRules["c/global-removed"],
        line: list2[0].line,
        symbol: name2,
        message: `Global variable \`${name2}\` was removed; binaries using it fail to link or load.`
      });
      continue;
    }
    if (settled(cmp, list2, now, (g) => ({ def: g, line: g.line }))) continue;
    for (const [b, a] of pairVariants(list2, now, (g, side) => shape(side)(g))) {
      if (spell(b.type) === spell(a.type)) continue;
      report(cmp, {
        rule: cRules["c/global-type-changed"],
        line: a.line,
        symbol: name2,
        message: `Global variable \`${name2}\` changes type from \`${spell(b.type)}\` to \`${spell(a.type)}\`.`
      });
    }
  }
}
function pointeeQualsOnly(narrow, narrowEnv, wide, wideEnv) {
  if (narrow.k !== "ptr" || wide.k !== "ptr") return false;
  const bare2 = (t, env) => canonical({ ...t, q: void 0 }, env);
  if (bare2(narrow.to, narrowEnv) !== bare2(wide.to, wideEnv)) return false;
  const has = new Set(quals(wide.to));
  return quals(narrow.to).every((x) => has.has(x));
}
function quals(t) {
  return "q" in t && t.q ? t.q : [];
}
function sameIntegerWord(b, envB, a, envA, what) {
  const kb = integerKind(b, envB);
  const ka = integerKind(a, envA);
  if (!kb || !ka) return void 0;
  for (const abi of ABIS) {
    const sb = typeLayout(b, envB, abi);
    const sa = typeLayout(a, envA, abi);
    if (!sb.ok || !sa.ok || sb.size !== sa.size || sb.size < 4) return void 0;
  }
  const cxx = what === "argument" && ka === "enum" && kb !== "enum" ? " (C++ callers passing a plain integer need a cast)" : what === "result" && kb === "enum" && ka !== "enum" ? " (C++ callers storing it in the enum need a cast)" : "";
  return `both are integers of the same size, so the ${what} travels in the same register with the same bits: compiled callers are unaffected and C callers compile unchanged${cxx}`;
}
function integerKind(t, env, depth = 0) {
  if (depth > 16) return void 0;
  switch (t.k) {
    case "enum":
      return "enum";
    case "tag":
      return t.tag === "enum" && env.enums.has(t.name) ? "enum" : void 0;
    case "prim":
    case "name": {
      const td = t.k === "name" ? env.typedefs.get(t.name) : void 0;
      if (td) return integerKind(td.type, env, depth + 1);
      const key = scalarKey(t.name);
      return key && /^[su]\d/.test(key) ? "int" : void 0;
    }
    default:
      return void 0;
  }
}
function valueInRegisters(t, env, depth = 0) {
  if (depth > 16) return false;
  switch (t.k) {
    case "prim":
      return t.name !== "void";
    case "ptr":
    case "enum":
      return true;
    case "tag":
      return t.tag === "enum";
    case "name": {
      const td = env.typedefs.get(t.name);
      return td ? valueInRegisters(td.type, env, depth + 1) : scalarKey(t.name) !== void 0;
    }
    default:
      return false;
  }
}

// src/detectors/c/records.ts
function recordEntries(model, cxx) {
  const out2 = [];
  for (const rec of model.records) {
    if (!!rec.cxx !== cxx || !rec.name) continue;
    const kind = rec.kind === "class" ? "struct" : rec.kind;
    out2.push({ key: `${kind} ${rec.name}`, display: `${rec.kind} ${rec.name}`, rec });
  }
  for (const td of model.typedefs) {
    if (td.type.k !== "record" || td.type.rec.name || !!td.type.rec.cxx !== cxx) continue;
    out2.push({ key: `typedef ${td.name}`, display: td.name, rec: td.type.rec });
  }
  return out2;
}
function respelledKey(key, from, to) {
  const typedefName = key.startsWith("typedef ") ? key.slice(8) : typedefOf(key, from);
  if (!typedefName) return void 0;
  if (!key.startsWith("typedef ")) {
    const td = to.typedefs.find((t) => t.name === typedefName);
    return td?.type.k === "record" && !td.type.rec.name ? `typedef ${typedefName}` : void 0;
  }
  return typedefOf(void 0, to, typedefName);
}
function typedefOf(key, model, typedefName) {
  for (const td of model.typedefs) {
    const t = td.type;
    const tagKey = t.k === "record" && t.rec.name ? `${t.rec.kind === "class" ? "struct" : t.rec.kind} ${t.rec.name}` : t.k === "tag" && t.tag !== "enum" ? `${t.tag === "class" ? "struct" : t.tag} ${t.name}` : void 0;
    if (!tagKey) continue;
    if (typedefName !== void 0 && td.name === typedefName) return tagKey;
    if (key !== void 0 && tagKey === key) return td.name;
  }
  return void 0;
}
function inlineRespelled(b, a, envB, envA, depth = 0) {
  if (depth > 8) return [b, a];
  const fieldsB = [...b.fields];
  const fieldsA = [...a.fields];
  let changed = false;
  fieldsB.forEach((fb, i2) => {
    const j = fb.name === null ? -1 : fieldsA.findIndex((f) => f.name === fb.name);
    if (j < 0) return;
    const fa = fieldsA[j];
    const ib = inlineRecord(fb.type);
    const ia = inlineRecord(fa.type);
    const sideB = ib ?? (ia ? anonymous(namedBody(fb.type, envB)) : void 0);
    const sideA = ia ?? (ib ? anonymous(namedBody(fa.type, envA)) : void 0);
    if (!sideB || !sideA || sideB.kind !== sideA.kind) return;
    const [rb, ra] = inlineRespelled(sideB, sideA, envB, envA, depth + 1);
    if (rb === ib && ra === ia) return;
    fieldsB[i2] = withRecord(fb, rb);
    fieldsA[j] = withRecord(fa, ra);
    changed = true;
  });
  return changed ? [
    { ...b, fields: fieldsB },
    { ...a, fields: fieldsA }
  ] : [b, a];
}
function inlineRecord(t) {
  return t.k === "record" && !t.rec.name ? t.rec : void 0;
}
function anonymous(rec) {
  return rec && { ...rec, name: void 0 };
}
function namedBody(t, env, depth = 0) {
  if (depth > 8) return void 0;
  if (t.k === "record") return t.rec;
  if (t.k === "tag" && t.tag !== "enum") return env.records.get(`${t.tag === "class" ? "struct" : t.tag} ${t.name}`);
  if (t.k === "name") {
    const td = env.typedefs.get(t.name);
    return td ? namedBody(td.type, env, depth + 1) : void 0;
  }
  return void 0;
}
function withRecord(f, rec) {
  return { ...f, type: { k: "record", rec } };
}

// src/detectors/c/rules/layout-table.ts
var cell = (p) => p ? p.bits !== void 0 ? `${Math.floor(p.bitOffset / 8)} (bit ${p.bitOffset % 8}, ${p.bits} bits)` : `${p.offset}` : "\u2013";
var size = (p) => p ? `${p.size}` : "\u2013";
function layoutSection(name2, path, fb, fa) {
  const tables = [table(fb, fa, "lp64")];
  const ilp = table(fb, fa, "ilp32");
  if (ilp.replace(/ILP32/g, "LP64") !== tables[0]) tables.push(ilp);
  return { title: `Layout of ${name2} (${path})`, markdown: tables.join("\n\n") };
}
function table(fb, fa, abi) {
  const rows = [
    `**${ABI_NAMES[abi]}** \u2014 size ${fb.size[abi] ?? "unknown"} \u2192 ${fa.size[abi] ?? "unknown"}, alignment ${fb.align[abi] ?? "?"} \u2192 ${fa.align[abi] ?? "?"}`,
    "",
    "| field | type | offset before | size before | offset after | size after |",
    "|---|---|---|---|---|---|"
  ];
  const paths = [.../* @__PURE__ */ new Set([...fb.leaves.map((l) => l.path), ...fa.leaves.map((l) => l.path)])];
  const ordered = [...fa.leaves.map((l) => l.path), ...paths.filter((p) => !fa.leaves.some((l) => l.path === p))];
  for (const p of ordered) {
    const b = fb.leaves.find((l) => l.path === p);
    const a = fa.leaves.find((l) => l.path === p);
    const type = a && b && a.spelled !== b.spelled ? `${b.spelled} \u2192 ${a.spelled}` : (a ?? b).spelled;
    rows.push(
      `| ${code(p, { inTable: true })} | ${code(type, { inTable: true })} | ${cell(b?.place[abi])} | ${size(b?.place[abi])} | ${cell(a?.place[abi])} | ${size(a?.place[abi])} |`
    );
  }
  return rows.join("\n");
}

// src/detectors/c/rules/former-bytes.ts
var MAX_BITS = 1 << 20;
var bitRange = (p) => p.bits !== void 0 ? [p.bitOffset, p.bitOffset + p.bits] : [p.offset * 8, (p.offset + p.size) * 8];
function oldCover(fb, vacated) {
  const cover = {};
  for (const abi of ABIS) {
    const size2 = fb.size[abi];
    const bits = size2 !== void 0 ? size2 * 8 : fb.tail[abi]?.at;
    if (bits === void 0 || bits > MAX_BITS) continue;
    const c = { kept: new Uint8Array(bits), vacated: new Uint8Array(bits) };
    let known2 = true;
    for (const l of fb.leaves) {
      const p = l.place[abi];
      if (!p) {
        if (size2 === void 0) continue;
        known2 = false;
        break;
      }
      const [s2, e] = bitRange(p);
      (vacated.has(l.path) ? c.vacated : c.kept).fill(1, s2, Math.min(e, bits));
    }
    if (known2) cover[abi] = c;
  }
  return cover;
}
function formerOf(la, cover) {
  let result = "vacated";
  for (const abi of ABIS) {
    const c = cover[abi];
    const p = la.place[abi];
    if (!c || !p) return void 0;
    const [s2, e] = bitRange(p);
    if (e > c.kept.length || e <= s2) return void 0;
    for (let i2 = s2; i2 < e; i2++) {
      if (c.kept[i2]) return "kept";
      if (!c.vacated[i2]) result = "padding";
    }
  }
  return result;
}
function sameFrame(fb, fa) {
  return ABIS.every((abi) => {
    if (fb.size[abi] !== void 0) return fb.size[abi] === fa.size[abi] && fb.align[abi] === fa.align[abi];
    const tb = fb.tail[abi];
    const ta = fa.tail[abi];
    return !!tb && !!ta && tb.at === ta.at && tb.key === ta.key && tb.align === ta.align;
  });
}
function frameText(fb) {
  return ABIS.flatMap((abi) => {
    const size2 = fb.size[abi];
    if (size2 !== void 0) return [`${size2} bytes on ${ABI_NAMES[abi]}`];
    const tail = fb.tail[abi];
    const at = tail && (tail.at % 8 ? `bit ${tail.at}` : `offset ${tail.at / 8}`);
    return at ? [`its members of unknown layout still start at ${at} on ${ABI_NAMES[abi]}`] : [];
  }).join(", ");
}
function placeText(l) {
  return ABIS.filter((abi) => l.place[abi]).map((abi) => {
    const p = l.place[abi];
    const where = p.bits !== void 0 ? `bit ${p.bitOffset}, ${p.bits} bits` : `offset ${p.offset}, ${p.size} bytes`;
    return `${where} on ${ABI_NAMES[abi]}`;
  }).join("; ");
}

// src/detectors/c/rules/struct-fields.ts
function compareFields({ cmp, name: name2, fb, fa, fieldRules, appendUse, handedOut }) {
  const afterBy = new Map(fa.leaves.map((l) => [l.path, l]));
  const beforeBy = new Map(fb.leaves.map((l) => [l.path, l]));
  const added = fa.leaves.filter((l) => !beforeBy.has(l.path));
  const explained = /* @__PURE__ */ new Set();
  let errors = 0;
  let benign = 0;
  const sym = (l) => `${name2}.${l.path}`;
  const note = unknownNote(fb, fa);
  const vacated = new Set(
    fb.leaves.filter((lb) => {
      const la = afterBy.get(lb.path);
      return la ? retyped(lb, la) && restructured(lb, la) : shapeOf(lb) !== "scalar";
    }).map((l) => l.path)
  );
  const cover = oldCover(fb, vacated);
  const plan = sameLayoutPlan(fb, fa, added, vacated, cover);
  for (const lb of fb.leaves) {
    cmp.checkBudget();
    const la = afterBy.get(lb.path);
    if (!la || la.canon !== lb.canon && isReserved(lb.path)) {
      const replacement = reservedReplacement(lb, la, added, fb, fa);
      if (replacement) {
        replacement.forEach((l) => explained.add(l.path));
        benign++;
        report(cmp, {
          rule: cRules["c/reserved-field-used"],
          line: replacement[0].field.line,
          symbol: sym(lb),
          message: `Reserved member \`${lb.path}\` of \`${name2}\` is now ${replacement.map((l) => `\`${l.path}\``).join(", ")} of the same size; the layout is unchanged, but old binaries may have left garbage there \u2014 say how the kernel/library tells the fields are valid (flags, size).`
        });
        continue;
      }
    }
    const occupants = plan?.get(lb.path);
    if (occupants?.length) {
      occupants.forEach((l) => explained.add(l.path));
      benign++;
      replacedSameLayout(cmp, name2, lb, la, occupants, fb);
      continue;
    }
    if (!la) {
      errors++;
      report(cmp, {
        rule: fieldRules.removed,
        line: lb.field.line,
        symbol: sym(lb),
        message: `Member \`${lb.path}\` was removed from \`${name2}\`${note}.`
      });
      continue;
    }
    if (isFlexMigration(lb, la)) {
      benign++;
      report(cmp, {
        rule: cRules["c/flex-array-migration"],
        line: la.field.line,
        symbol: sym(la),
        message: `\`${name2}.${la.path}\` changes from \`${lb.spelled}\` to a flexible array member \`${la.spelled}\`; sizeof(${name2}) may change but the members' offsets do not.`
      });
      continue;
    }
    const kept = retyped(lb, la) ? layoutKeepingRetype(cmp, name2, lb, la, handedOut) : void 0;
    if (kept) {
      report(cmp, {
        rule: fieldRules.typeChanged,
        severity: kept.severity,
        line: la.field.line,
        symbol: sym(la),
        message: `\`${name2}.${la.path}\` changes type from \`${lb.spelled}\` to \`${la.spelled}\`: ${kept.why}.`
      });
      continue;
    }
    if (retyped(lb, la)) {
      errors++;
      report(cmp, {
        rule: fieldRules.typeChanged,
        line: la.field.line,
        symbol: sym(la),
        message: `\`${name2}.${la.path}\` changes type from \`${lb.spelled}\` to \`${la.spelled}\`${sizeNote(lb, la)}${note}.`
      });
      continue;
    }
    if (lb.field.bits !== la.field.bits || ABIS.some(
      (abi) => lb.place[abi] && la.place[abi] && lb.place[abi].bits !== void 0 && lb.place[abi].bitOffset !== la.place[abi].bitOffset && lb.place[abi].offset === la.place[abi].offset
    )) {
      errors++;
      report(cmp, {
        rule: cRules["c/bitfield-changed"],
        line: la.field.line,
        symbol: sym(la),
        message: `Bit-field \`${name2}.${la.path}\` changes from ${bitText(lb)} to ${bitText(la)}.`
      });
    }
  }
  errors += reordered(cmp, name2, fb, fa, fieldRules.reordered);
  for (const la of added) {
    if (explained.has(la.path)) continue;
    const later = fa.leaves.filter((l) => l.order > la.order && beforeBy.has(l.path));
    const move = moves(fb, fa, later);
    const knownLayout = !placeUnknown(la);
    const tailShift = knownLayout && later.some(placeUnknown) && tailMoved(fb, fa);
    if (!move && !tailShift && formerOf(la, cover) === "padding") {
      errors++;
      report(cmp, {
        rule: cRules["c/field-in-padding"],
        line: la.field.line,
        symbol: sym(la),
        message: `Member \`${la.path}\` of \`${name2}\` is placed where \`${name2}\` had padding (${placeText(la)}); no offset or size changes, but binaries built against the old header never write those bytes, so the library reads whatever was left there (uninitialised stack or heap) \u2014 abidiff reports this as an incompatible change. Use a reserved member callers already zero, or a flag or size that says the member is valid.`
      });
      continue;
    }
    if (move || la.parentKind !== "union" && (!knownLayout && later.length > 0 || tailShift)) {
      errors++;
      report(cmp, {
        rule: fieldRules.inserted,
        line: la.field.line,
        symbol: sym(la),
        message: `Member \`${la.path}\` was inserted into \`${name2}\` before existing members${move ? `: ${move}` : ""}${note}.`
      });
    } else if (later.length === 0 && la.parentKind !== "union" && !withinOldSize(la, fb)) {
      benign++;
      const { severity, why } = appendUse();
      report(cmp, {
        rule: fieldRules.appended,
        severity,
        line: la.field.line,
        symbol: sym(la),
        message: `Member \`${la.path}\` was appended to \`${name2}\`${growth(fb, fa)}${note}${why}.`
      });
    }
  }
  return { onlyBenign: errors === 0 && benign > 0 };
}
var retyped = (lb, la) => lb.spelled !== la.spelled && lb.canon !== la.canon;
function layoutKeepingRetype(cmp, name2, lb, la, handedOut) {
  const tb = lb.field.type;
  const ta = la.field.type;
  const envB = cmp.before.env;
  const envA = cmp.after.env;
  const sameLayout = ABIS.every((abi) => {
    const b = typeLayout(tb, envB, abi);
    const a = typeLayout(ta, envA, abi);
    return b.ok && a.ok && b.size === a.size && b.align === a.align;
  });
  if (!sameLayout || lb.field.bits !== void 0 || la.field.bits !== void 0) return void 0;
  const layout = "the layout is unchanged and built binaries read and write the same bytes";
  if (canonical(tb, envB, false) === canonical(ta, envA, false)) {
    const dropped = canonical(withoutOwnQuals(tb), envB) === canonical(withoutOwnQuals(ta), envA) && ownQuals(ta).every((q2) => ownQuals(tb).includes(q2));
    return dropped ? {
      severity: "notice",
      why: `only the member's own qualifiers are dropped, so ${layout}, and every use that compiled still compiles`
    } : void 0;
  }
  if (!integerKind(tb, envB) || !integerKind(ta, envA)) return void 0;
  const why = `both are integers of the same size and alignment on every ABI, so ${layout}; values are read with the new type's signedness (a negative one becomes a large one), so source comparing the member with a negative value or printing it with the old format may warn`;
  const privately = privateWhy(la, name2, cmp.privateNames) ?? privateWhy(lb, name2, cmp.privateNames);
  if (privately) return { severity: "notice", why: `${why} \u2014 but the member is private by convention: ${privately}` };
  const giver = handedOut();
  if (giver)
    return {
      severity: "notice",
      why: `${why} \u2014 but \`${name2}\` is only handed out by the library (\`${giver}()\` returns a pointer to it and no interface declares it by value), which fills the member`
    };
  return { severity: "warning", why };
}
function ownQuals(t) {
  if (t.k === "array") return ownQuals(t.of);
  return "q" in t && t.q ? t.q : [];
}
function withoutOwnQuals(t) {
  if (t.k === "array") return { ...t, of: withoutOwnQuals(t.of) };
  return "q" in t ? { ...t, q: void 0 } : t;
}
function shapeOf(l) {
  const c = l.canon.replace(/\b(const|volatile|restrict) /g, "");
  if (/\]$/.test(c)) return "array";
  return /^(struct|union|class) /.test(c) ? "record" : "scalar";
}
var elementOf2 = (l) => l.canon.replace(/\[[^\]]*\]$/, "");
function restructured(lb, la) {
  const b = shapeOf(lb);
  const a = shapeOf(la);
  if (b === "scalar" || a === "scalar") return false;
  return b !== a || a === "record" || elementOf2(lb) === elementOf2(la);
}
function sameLayoutPlan(fb, fa, added, vacated, cover) {
  if (!vacated.size || !sameFrame(fb, fa)) return void 0;
  const afterBy = new Map(fa.leaves.map((l) => [l.path, l]));
  const kept = fb.leaves.filter((l) => !vacated.has(l.path) && afterBy.has(l.path));
  if (moves(fb, fa, kept)) return void 0;
  const fresh = [...added, ...[...vacated].flatMap((p) => afterBy.get(p) ?? [])];
  for (const l of fresh) {
    const former = formerOf(l, cover);
    if (former !== "vacated" && !(former === "kept" && l.parentKind === "union")) return void 0;
  }
  const plan = /* @__PURE__ */ new Map();
  for (const lb of fb.leaves) {
    if (!vacated.has(lb.path)) continue;
    const inside = fresh.filter((l) => overlaps(l, lb));
    if (inside.length) plan.set(lb.path, inside);
  }
  return plan;
}
function overlaps(a, b) {
  return ABIS.every((abi) => {
    const p = a.place[abi];
    const q2 = b.place[abi];
    if (!p || !q2) return false;
    const [ps, pe] = bitRange(p);
    const [qs, qe] = bitRange(q2);
    return ps < qe && qs < pe;
  });
}
function replacedSameLayout(cmp, name2, lb, la, occupants, fb) {
  const others = occupants.filter((l) => l !== la);
  const what = la ? `\`${name2}.${lb.path}\` changes type from \`${lb.spelled}\` to \`${la.spelled}\` in the same bytes (${placeText(lb)}${placeText(la) !== placeText(lb) ? ` \u2192 ${placeText(la)}` : ""})${others.length ? `, now shared with ${others.map((l) => `\`${l.path}\``).join(", ")}` : ""}` : `Member \`${lb.path}\` of \`${name2}\` (\`${lb.spelled}\`, ${placeText(lb)}) is replaced by ${others.map((l) => `\`${l.path}\``).join(", ")} in the same bytes`;
  const why = [lb, ...la ? [la] : [], ...others].map((l) => privateWhy(l, name2, cmp.privateNames)).find(Boolean);
  const sizes = frameText(fb);
  report(cmp, {
    rule: cRules["c/field-replaced-same-layout"],
    severity: why ? "notice" : "warning",
    line: (la ?? others[0]).field.line,
    symbol: `${name2}.${lb.path}`,
    message: `${what}; \`${name2}\` keeps its size (${sizes}) and every other member its offset, so built binaries are unaffected${why ? `, and the member is private by convention: ${why}` : "; source that names the member must change"}.`
  });
}
function unknownNote(fb, fa) {
  const why = fa.unknown.lp64 ?? fb.unknown.lp64;
  return why ? ` (layout unknown: ${why})` : "";
}
function growth(fb, fa) {
  const parts2 = ABIS.filter(
    (abi) => fb.size[abi] !== void 0 && fa.size[abi] !== void 0 && fb.size[abi] !== fa.size[abi]
  ).map((abi) => `${fb.size[abi]}\u2192${fa.size[abi]} bytes on ${ABI_NAMES[abi]}`);
  return parts2.length ? ` (size ${parts2.join(", ")})` : "";
}
function sizeNote(lb, la) {
  const b = lb.place.lp64?.size;
  const a = la.place.lp64?.size;
  return b !== void 0 && a !== void 0 && a !== b ? ` (size ${b}\u2192${a} bytes on LP64)` : "";
}
function bitText(l) {
  const p = l.place.lp64;
  return l.field.bits === void 0 ? "a plain member" : `${l.field.bits} bit${p?.bitOffset !== void 0 ? `s at bit ${p.bitOffset}` : "s"}`;
}
function isFlexMigration(lb, la) {
  const tb = lb.field.type;
  const ta = la.field.type;
  return tb.k === "array" && ta.k === "array" && (tb.len === "0" || tb.len === "1") && ta.len === null && lb.spelled.replace(/\[[^\]]*\]$/, "") === la.spelled.replace(/\[[^\]]*\]$/, "");
}
function withinOldSize(la, fb) {
  return ABIS.every((abi) => {
    const p = la.place[abi];
    const size2 = fb.size[abi];
    return p !== void 0 && size2 !== void 0 && p.offset + p.size <= size2;
  });
}
function reservedReplacement(lb, la, added, fb, fa) {
  if (!isReserved(lb.path)) return void 0;
  for (const abi of ABIS) if (!sameSize(fb, fa, abi)) return void 0;
  const candidates = la ? [...added, la] : added;
  const inside = candidates.filter(
    (l) => ABIS.every((abi) => {
      const p = l.place[abi];
      const r = lb.place[abi];
      return p && r && p.offset >= r.offset && p.offset + (p.bits !== void 0 ? 0 : p.size) <= r.offset + r.size;
    })
  );
  if (!inside.length || la && !inside.includes(la)) return void 0;
  const fresh = inside.filter((l) => l !== la);
  return fresh.length && !moves(
    fb,
    fa,
    fb.leaves.filter((l) => l !== lb)
  ) ? fresh : void 0;
}
function reordered(cmp, name2, fb, fa, rule) {
  const afterOrder = new Map(fa.leaves.map((l) => [l.path, l.order]));
  const common = fb.leaves.filter((l) => afterOrder.has(l.path) && l.parentKind !== "union");
  const seq = common.map((l) => afterOrder.get(l.path));
  const keep = longestIncreasing(seq);
  let n = 0;
  common.forEach((lb, i2) => {
    if (keep.has(i2)) return;
    const la = fa.leaves[afterOrder.get(lb.path)];
    n++;
    const where = (p) => p.bits !== void 0 ? `bit ${p.bitOffset}` : `offset ${p.offset}`;
    const move = ABIS.map(
      (abi) => lb.place[abi] && la.place[abi] ? `${where(lb.place[abi])}\u2192${where(la.place[abi]).replace(/^\w+ /, "")} on ${ABI_NAMES[abi]}` : ""
    ).filter(Boolean)[0];
    report(cmp, {
      rule,
      line: la.field.line,
      symbol: `${name2}.${la.path}`,
      message: `Member \`${la.path}\` of \`${name2}\` moved in declaration order${move ? ` (${move})` : ""}.`
    });
  });
  return n;
}
function longestIncreasing(seq) {
  const len = seq.map(() => 1);
  const prev = seq.map(() => -1);
  for (let i2 = 0; i2 < seq.length; i2++)
    for (let j = 0; j < i2; j++)
      if (seq[j] < seq[i2] && len[j] + 1 > len[i2]) {
        len[i2] = len[j] + 1;
        prev[i2] = j;
      }
  let best = len.indexOf(Math.max(0, ...len));
  const keep = /* @__PURE__ */ new Set();
  while (best >= 0) {
    keep.add(best);
    best = prev[best];
  }
  return keep;
}

// src/detectors/c/ioctl.ts
function ioctlCall(body2, env) {
  let tokens = tokenize(body2);
  while (tokens[0]?.v === "(" && tokens[tokens.length - 1]?.v === ")") tokens = tokens.slice(1, -1);
  const name2 = tokens[0]?.v;
  if (!name2 || !(name2 in IOCTL_MACROS) || tokens[1]?.v !== "(") return void 0;
  const args2 = splitArgs2(tokens.slice(2, -1));
  const numbers = Object.fromEntries(ABIS.map((abi) => [abi, evalTokens(tokens, env, abi, 0)]));
  const argSize = {};
  for (const abi of ABIS) {
    const l = name2 === "_IO" || !args2[2] ? void 0 : typeLayout(typeFromTokens(args2[2], env), env, abi);
    if (l?.ok) argSize[abi] = l.size;
  }
  return { macro: name2, args: args2.map((a) => a.map((t) => t.v).join(" ")), numbers, argSize };
}
function splitArgs2(tokens) {
  const out2 = [[]];
  let depth = 0;
  for (const t of tokens) {
    if (t.v === "(") depth++;
    if (t.v === ")") depth--;
    if (t.v === "," && depth === 0) out2.push([]);
    else out2[out2.length - 1].push(t);
  }
  return out2;
}
var hex32 = (v) => `0x${v.toString(16).padStart(8, "0")}`;
function numberChanges(b, a) {
  const parts2 = [];
  let changed = false;
  for (const abi of ABIS) {
    const x = b.numbers[abi];
    const y = a.numbers[abi];
    if (x.ok && y.ok) {
      const sb = b.argSize[abi];
      const sa = a.argSize[abi];
      const why = sb !== void 0 && sa !== void 0 && sb !== sa ? ` (sizeof(${a.args[2]}) ${sb}\u2192${sa})` : "";
      if (x.value !== y.value) {
        changed = true;
        parts2.push(`${hex32(x.value)} \u2192 ${hex32(y.value)} on ${ABI_NAMES[abi]}${why}`);
      } else parts2.push(`${hex32(x.value)} unchanged on ${ABI_NAMES[abi]}`);
    } else parts2.push(`number unknown on ${ABI_NAMES[abi]} (${!x.ok ? x.why : y.why})`);
  }
  return { changed, text: parts2.join(", ") };
}

// src/detectors/c/rules/append-verdict.ts
var SIZE_MEMBER = /^(size|argsz|struct_size|structsize|cbSize|cb|version|iVersion|abi_version|struct_version)$/;
function appendVerdict(env, target, path, name2) {
  const use = byValueUse(env, target);
  if (use) return { severity: "error", why: `; \`${name2}\` ${use}, so callers built against the old size break` };
  const ioctl = ioctlArgumentOf(env, target);
  if (ioctl)
    return {
      severity: "error",
      why: `; \`${name2}\` is the argument of ioctl \`${ioctl}\`, whose request number encodes its size, so old binaries issue a request the kernel no longer recognises`
    };
  const fields = target.rec.fields;
  const lead = fields.slice(0, 2).find((f) => f.name && SIZE_MEMBER.test(f.name));
  if (lead)
    return {
      severity: "notice",
      why: `. It is extensible by convention: its leading \`${lead.name}\` member tells the library which version of the struct the caller built, so old callers get the old behaviour`
    };
  if (isUapi(path))
    return {
      severity: "error",
      why: `; \`${name2}\` is in a UAPI header, where user space allocates and copies it by its compiled size, and it has no leading size or version member to say which size it passes`
    };
  if (functionTable(fields, env) && versionInView(env))
    return {
      severity: "notice",
      why: `. It is a table of function pointers next to a version users check before touching new slots, so old callers never read past the old end`
    };
  const giver = handedOutBy(env, target);
  if (giver)
    return {
      severity: "notice",
      why: `. It is only handed out by the library: \`${giver}()\` returns a pointer to it and no interface declares it by value, so callers never allocate it with the old size`
    };
  return {
    severity: "warning",
    why: `. Fine for a struct the interface versions by size or flags; a break where callers allocate, embed or copy it with the old size (the headers say neither)`
  };
}
function onlyHandedOutBy(env, target) {
  return byValueUse(env, target) ? void 0 : handedOutBy(env, target);
}
function isUapi(path) {
  return /(^|\/)uapi\//.test(path);
}
function ioctlArgumentOf(env, target) {
  const index = memoised(env, "ioctl-arguments", () => {
    const uses2 = new UseIndex();
    for (const m of env.macros.values()) {
      if (m.params || !/\b_IO[RW]*\b/.test(m.body)) continue;
      const arg = ioctlCall(m.body, env)?.args[2];
      if (arg) uses2.add(recordIdentities(typeFromTokens(tokenize(arg), env), env), m.name);
    }
    return uses2;
  });
  return firstUse(index, target);
}
function functionTable(fields, env) {
  const slots = fields.filter((f) => !(f.name && SIZE_MEMBER.test(f.name)));
  return slots.length > 0 && slots.every((f) => isFunctionPointer(f.type, env));
}
function isFunctionPointer(t, env) {
  const to = resolvePointer(t, env);
  if (!to) return false;
  if (to.k === "func") return true;
  return to.k === "name" && env.typedefs.get(to.name)?.type.k === "func";
}
function versionInView(env) {
  if ([...env.macros.keys()].some(hasVersionWord)) return true;
  return env.models.some((m) => m.functions.some((f) => /version/i.test(f.name)));
}
function handedOutBy(env, target) {
  const index = memoised(env, "handed-out-by", () => {
    const uses2 = new UseIndex();
    for (const m of env.models)
      for (const f of m.functions) {
        const ret = resolvePointer(f.ret, env);
        if (ret) uses2.add(recordIdentities(ret, env), f.name);
      }
    return uses2;
  });
  return firstUse(index, target);
}
function resolvePointer(t, env) {
  if (t.k === "ptr") return t.to;
  if (t.k === "name") {
    const td = env.typedefs.get(t.name);
    if (td?.type.k === "ptr") return td.type.to;
  }
  return void 0;
}

// src/detectors/c/rules/struct.ts
var STRUCT_FIELD_RULES = {
  removed: cRules["c/field-removed"],
  typeChanged: cRules["c/field-type-changed"],
  reordered: cRules["c/field-reordered"],
  inserted: cRules["c/field-inserted"],
  appended: cRules["c/field-appended"]
};
var CLASS_FIELD_RULES = {
  removed: cppRules["cpp/class-field-removed"],
  typeChanged: cppRules["cpp/class-field-type-changed"],
  reordered: cppRules["cpp/class-field-reordered"],
  inserted: cppRules["cpp/class-field-inserted"],
  appended: cppRules["cpp/class-field-appended"]
};
function compareRecords(cmp, cxx) {
  const fieldRules = cxx ? CLASS_FIELD_RULES : STRUCT_FIELD_RULES;
  const shape = (side) => (e) => canonical({ k: "record", rec: { ...e.rec, name: void 0 } }, cmp[side].env) + attrsText(e.rec.attrs) + JSON.stringify(flatShape(flatten(e.rec, cmp[side].env)));
  const before = byName(recordEntries(cmp.before.model, cxx), (e) => e.key);
  const after = byName(recordEntries(cmp.after.model, cxx), (e) => e.key);
  const respelled = /* @__PURE__ */ new Set();
  for (const [key, list2] of before) {
    cmp.checkBudget();
    const alias = after.has(key) ? void 0 : respelledKey(key, cmp.before.model, cmp.after.model);
    if (alias) respelled.add(alias);
    const now = after.get(alias ?? key);
    if (!now) {
      const gone = list2[0];
      const why = cxx ? void 0 : recordPrivateWhy(gone, cmp.before.env, cmp.privateNames);
      report(cmp, {
        rule: cRules["c/type-removed"],
        ...why ? { severity: "notice" } : {},
        line: gone.rec.line,
        symbol: gone.display,
        message: why ? `\`${gone.display}\` was removed; it is private by convention (${why}): code that uses the library's functions and public types never names it, and a public record that embedded it reports its own change.` : `\`${gone.display}\` was removed; code using it no longer compiles.`
      });
      continue;
    }
    if (settled(cmp, list2, now, (e) => ({ def: e.rec, line: e.rec.line, label: e.display }))) continue;
    const branch = (e, side) => conditionAt(cmp[side].model, e.rec.line)?.where ?? "";
    for (const [b, a] of pairVariants(list2, now, (e, side) => shape(side)(e), branch)) {
      const mark = markOf(cmp);
      if (cxx) compareRecord(cmp, b, a, fieldRules);
      else comparePossiblyPrivate(cmp, b, a, fieldRules);
      recordInBranch(cmp, b, a, mark);
    }
  }
  for (const [key, list2] of after) {
    if (before.has(key) || respelled.has(key)) continue;
    for (const e of list2) newRecord(cmp, e, cxx);
  }
}
function flatShape(f) {
  return [f.size, f.align, f.leaves.map((l) => [l.path, l.place])];
}
function comparePossiblyPrivate(cmp, b, a, fieldRules) {
  const why = recordPrivateWhy(a, cmp.after.env, cmp.privateNames) ?? recordPrivateWhy(b, cmp.before.env, cmp.privateNames);
  if (!why) return compareRecord(cmp, b, a, fieldRules);
  const local = { ...cmp, findings: [] };
  compareRecord(local, b, a, fieldRules);
  for (const f of local.findings)
    cmp.findings.push(
      f.severity === "notice" ? f : {
        ...f,
        severity: "notice",
        message: `${f.message} \`${a.display}\` is private by convention (${why}): code that uses the library's functions and public types never names its members.`
      }
    );
}
function compareRecord(cmp, b, a, fieldRules) {
  const [rb, ra] = inlineRespelled(b.rec, a.rec, cmp.before.env, cmp.after.env);
  const fb = flatten(rb, cmp.before.env);
  const fa = flatten(ra, cmp.after.env);
  const name2 = a.display;
  const before = cmp.findings.length;
  const packing = attrsText(b.rec.attrs) !== attrsText(a.rec.attrs);
  if (packing) {
    report(cmp, {
      rule: cRules["c/packing-changed"],
      line: a.rec.line,
      symbol: name2,
      message: `\`${name2}\` attributes change from \`${attrsText(b.rec.attrs) || "none"}\` to \`${attrsText(a.rec.attrs) || "none"}\`${layoutNote(fb, fa)}.`
    });
  }
  let use;
  const appendUse = () => use ??= appendVerdict(cmp.after.env, a, cmp.path, name2);
  const handedOut = () => onlyHandedOutBy(cmp.after.env, a);
  const { onlyBenign } = compareFields({ cmp, name: name2, fb, fa, fieldRules, appendUse, handedOut });
  const size2 = sizeChange(fb, fa, "size");
  if (size2 && !onlyBenign) {
    const move = moves(fb, fa, fb.leaves);
    const grows = ABIS.some((abi) => (fa.size[abi] ?? 0) > (fb.size[abi] ?? 0));
    report(cmp, {
      rule: cRules["c/size-changed"],
      line: a.rec.line,
      symbol: name2,
      message: `\`${name2}\` ${grows ? "grows" : "shrinks"} ${size2}${move ? ` (${move})` : ""}.`
    });
  }
  const align = sizeChange(fb, fa, "align");
  if (align && !onlyBenign && !packing)
    report(cmp, {
      rule: cRules["c/alignment-changed"],
      line: a.rec.line,
      symbol: name2,
      message: `\`${name2}\` alignment changes ${align}; arrays of it and structs embedding it change layout.`
    });
  if (cmp.findings.length > before && differs3264(fa) && !differs3264(fb)) warn3264(cmp, a, fa);
  if (layoutChanged(fb, fa)) cmp.sections.push(layoutSection(name2, cmp.path, fb, fa));
}
function layoutNote(fb, fa) {
  const s2 = sizeChange(fb, fa, "size");
  return s2 ? `; its size changes ${s2}` : "";
}
function layoutChanged(fb, fa) {
  return JSON.stringify(flatShape(fb)) !== JSON.stringify(flatShape(fa));
}
function warn3264(cmp, e, f) {
  const moved = f.leaves.find(
    (l) => l.place.lp64?.offset !== l.place.ilp32?.offset || l.place.lp64?.size !== l.place.ilp32?.size
  );
  const detail = moved ? `\`${moved.path}\` is at offset ${moved.place.lp64?.offset} (${moved.place.lp64?.size} bytes) on LP64 but ${moved.place.ilp32?.offset} (${moved.place.ilp32?.size} bytes) on ILP32` : `it is ${f.size.lp64} bytes on LP64 but ${f.size.ilp32} on ILP32`;
  report(cmp, {
    rule: cRules["c/layout-differs-32-64"],
    line: e.rec.line,
    symbol: e.display,
    message: `\`${e.display}\` has different LP64 and ILP32 layouts: ${detail}. 32-bit processes on a 64-bit kernel need a compat path; use fixed-width, explicitly aligned types (\`__aligned_u64\`).`
  });
}
function newRecord(cmp, e, cxx) {
  if (cxx) return;
  const f = flatten(e.rec, cmp.after.env);
  if (differs3264(f)) warn3264(cmp, e, f);
  for (const abi of ABIS) {
    const hole = firstHole(f, abi);
    if (!hole) continue;
    const where = hole.after ? `after \`${hole.after}\`` : `at offset ${hole.offset}`;
    report(cmp, {
      rule: cRules["c/implicit-padding"],
      line: e.rec.line,
      symbol: e.display,
      message: `New \`${e.display}\` has ${hole.bytes} byte${hole.bytes === 1 ? "" : "s"} of implicit padding ${where} (offset ${hole.offset}) on ${ABI_NAMES[abi]}; make it an explicit reserved member so it is zeroed and can be used later.`
    });
    break;
  }
}

export {
  tokenize,
  prettyText,
  conditionAt,
  loadGrammars,
  isDeclarationList,
  ABIS,
  ABI_NAMES,
  report,
  byName,
  pairVariants,
  isVersionMacro,
  hasVersionWord,
  evalInt,
  enumValues,
  enumSize,
  evalInitializer,
  isZeroInitializer,
  nameWords,
  settled,
  compareTypedefs,
  prepare,
  finish,
  compareFunctions,
  ioctlCall,
  numberChanges,
  recordEntries,
  compareRecords
};
