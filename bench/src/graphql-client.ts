/** What a GraphQL server answers. */
export interface GraphQLAnswer<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

/** Posts one operation and fails loudly on anything but an answer with data. */
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  body: { query: string; variables?: Record<string, unknown>; operationName?: string },
  headers: Record<string, string>,
): Promise<GraphQLAnswer<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as GraphQLAnswer<T>;
  if (!response.ok || !answer.data) {
    throw new Error(`${url} answered ${response.status}: ${JSON.stringify(answer.errors ?? answer).slice(0, 500)}`);
  }
  return answer;
}
