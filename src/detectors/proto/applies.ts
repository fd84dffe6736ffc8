/** The files the protobuf detector reads; a path test only, so deciding costs no protobufjs. */
export function isProtoPath(path: string): boolean {
  return path.endsWith(".proto");
}
