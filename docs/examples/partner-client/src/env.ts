import process from "node:process";

/** A required environment variable, or a clear message and exit when it is missing. */
export function required(name: string, what: string): string {
  const value = process.env[name]?.trim();
  if (value) return value;
  console.error(`Set ${name}: ${what}.`);
  process.exit(2);
}

/** The GraphQL endpoint, the token and the partnership, from GRAPHQL_URL, ACCESS_TOKEN and PARTNERSHIP_ID. */
export function connectionFromEnv() {
  return {
    url: process.env.GRAPHQL_URL?.trim() || "http://localhost:4000/graphql",
    accessToken: required("ACCESS_TOKEN", "a bearer token for your agency (in development: npm run token)"),
    partnershipId: process.env.PARTNERSHIP_ID?.trim() || undefined,
  };
}
