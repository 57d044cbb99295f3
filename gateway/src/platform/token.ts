import path from "node:path";
import { parseArgs } from "node:util";
import type { Role } from "@partnership/runtime";
import { DemoIdentityProvider } from "../auth/demo-identity-provider.js";
import { localKeys } from "../config.js";
import { platformConfigSchema } from "./config.js";
import { demoUser } from "./demo-users.js";

/** `npm run token -- --agency WMP --role CASEWORKER [--role …] [--expires 12h]`: a demo user's token. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      agency: { type: "string" },
      role: { type: "string", multiple: true },
      expires: { type: "string", default: "12h" },
    },
  });
  if (!values.agency || !values.role?.length) {
    throw new Error("usage: npm run token -- --agency <short name> --role <role> [--role <role>] [--expires 12h]");
  }
  const dataDir = platformConfigSchema.shape.DATA_DIR.parse(process.env.DATA_DIR);
  const keys = await localKeys(path.join(dataDir, "keys"));
  const user = demoUser(values.agency, values.role.map((role) => role.toUpperCase()) as Role[]);
  const provider = await DemoIdentityProvider.fromJwk(keys.users.privateJwk);
  console.log(await provider.issue(user, values.expires));
}

main().catch((error: unknown) => {
  console.error(`token: ${(error as Error).message}`);
  process.exit(1);
});
