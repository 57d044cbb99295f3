import { createLogger } from "@partnership/runtime";
import { launchPlatform, type Platform } from "../../src/platform/launch.js";
import { createTestDatabase, type TestDatabase } from "./database.js";

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
}

export interface TestPlatform {
  platform: Platform;
  database: TestDatabase;
  gatewayUrl: string;
  /** Sends an operation through the gateway over real HTTP. */
  query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export async function postGraphQL<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** The whole platform (every subgraph and the gateway) in this process, on free ports, over a fresh database with the demo data. */
export async function startTestPlatform(): Promise<TestPlatform> {
  const database = await createTestDatabase();
  try {
    const platform = await launchPlatform({
      databaseUrl: database.url,
      gatewayPort: 0,
      subgraphBasePort: 0,
      production: false,
      poolSize: 5,
      seedDemo: true,
      logger: createLogger("test-platform", "error"),
    });
    return {
      platform,
      database,
      gatewayUrl: platform.gateway.url,
      query: (query, variables, headers) => postGraphQL(platform.gateway.url, query, variables, headers),
      stop: async () => {
        await platform.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
