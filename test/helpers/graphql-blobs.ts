import type nock from "nock";

/**
 * One batched blob query (`repository.object(expression: "<sha>:<path>")` aliases) answered from
 * `files` (expression → text); expressions not in it come back null (no such file).
 */
export function graphqlBlobs(api: nock.Scope, files: Record<string, string>): { expressions: string[] } {
  const seen = { expressions: [] as string[] };
  api.post("/graphql").reply(200, async (req: Request) => {
    const { variables } = (await req.json()) as { variables: Record<string, string> };
    const repository: Record<string, object | null> = {};
    for (const [name, expr] of Object.entries(variables)) {
      if (!/^e\d+$/.test(name)) continue;
      seen.expressions.push(expr);
      const text = files[expr];
      repository[`f${name.slice(1)}`] = text === undefined ? null : { __typename: "Blob", text, isBinary: false, isTruncated: false, byteSize: Buffer.byteLength(text) };
    }
    return { data: { repository } };
  });
  return seen;
}
