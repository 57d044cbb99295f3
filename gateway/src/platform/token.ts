import path from "node:path";
import { parseArgs } from "node:util";
import { isUuid, type Role, USER_ROLES } from "@partnership/runtime";
import { DemoIdentityProvider } from "../auth/demo-identity-provider.js";
import { localKeys } from "../config.js";
import { platformConfigSchema } from "./config.js";
import { demoUser } from "./demo-users.js";

const USAGE =
  "usage: npm run token -- (--agency <demo short name> | --agency-id <uuid>) --role <role> [--role <role>] [--user <sign-in id>] [--expires 12h]";

/**
 * `npm run token`: a token from the local demo identity provider, for a demo agency by short name
 * or any agency of the directory by id (one onboarded through the API), as any user (`--user`, the
 * sign-in identity the directory gives roles to). The gateway, not this command, decides what the
 * token may do: its roles count only where the directory gives them.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      agency: { type: "string" },
      "agency-id": { type: "string" },
      user: { type: "string" },
      role: { type: "string", multiple: true },
      expires: { type: "string", default: "12h" },
    },
  });
  if (!values.agency === !values["agency-id"] || !values.role?.length) throw new Error(USAGE);
  const roles = values.role.map((role) => role.toUpperCase()) as Role[];
  const unknown = roles.filter((role) => !USER_ROLES.includes(role));
  if (unknown.length > 0) throw new Error(`unknown role ${unknown.join(", ")}; choose from ${USER_ROLES.join(", ")}`);
  const agencyId = values["agency-id"];
  if (agencyId !== undefined && !isUuid(agencyId)) throw new Error(`--agency-id must be an agency's id (a UUID)`);
  const user = agencyId
    ? { userId: values.user ?? `user:${agencyId}`, agencyId, roles, name: values.user ?? "Directory user" }
    : { ...demoUser(values.agency!, roles), ...(values.user ? { userId: values.user } : {}) };
  const dataDir = platformConfigSchema.shape.DATA_DIR.parse(process.env.DATA_DIR);
  const keys = await localKeys(path.join(dataDir, "keys"));
  const provider = await DemoIdentityProvider.fromJwk(keys.users.privateJwk);
  console.log(await provider.issue(user, values.expires));
}

main().catch((error: unknown) => {
  console.error(`token: ${(error as Error).message}`);
  process.exit(1);
});
