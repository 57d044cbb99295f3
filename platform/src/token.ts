import path from "node:path";
import { parseArgs } from "node:util";
import { isUuid, readConfig, type Role, USER_ROLES } from "@partnership/runtime";
import { DemoIdentityProvider, localKeys } from "@partnership/gateway";
import { tokenConfigSchema } from "./cli-config.js";
import { demoUser } from "./demo-users.js";

const USAGE =
  "usage: npm run token -- (--agency <demo short name> | --agency-id <uuid>) --role <role> [--role <role>] [--user <sign-in id>] [--expires 12h]\n" +
  "       npm run token -- --client <client id> [--expires 1h]   (a machine client's client-credentials token)";

/**
 * `npm run token`: a token from the local demo identity provider, for a demo agency by short name
 * or any agency of the directory by id (one onboarded through the API), as any user (`--user`, the
 * sign-in identity the directory gives roles to). The gateway, not this command, decides what the
 * token may do: its roles count only where the directory gives them. With `--client`, a partner
 * system's client-credentials access token instead (RFC 9068): it acts only once a partnership
 * administrator has registered the client id (registerMachineClient), as that registration says.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      agency: { type: "string" },
      "agency-id": { type: "string" },
      user: { type: "string" },
      role: { type: "string", multiple: true },
      client: { type: "string" },
      expires: { type: "string" },
    },
  });
  const { DATA_DIR: dataDir } = readConfig(tokenConfigSchema);
  const keys = await localKeys(path.join(dataDir, "keys"));
  const provider = await DemoIdentityProvider.fromJwk(keys.users.privateJwk);
  if (values.client !== undefined) {
    if (values.agency || values["agency-id"] || values.role || values.user || !/^\S+$/.test(values.client))
      throw new Error(USAGE);
    console.log(await provider.issueClientToken(values.client, values.expires ?? "1h"));
    return;
  }
  if (!values.agency === !values["agency-id"] || !values.role?.length) throw new Error(USAGE);
  const roles = values.role.map((role) => role.toUpperCase()) as Role[];
  const unknown = roles.filter((role) => !USER_ROLES.includes(role));
  if (unknown.length > 0) throw new Error(`unknown role ${unknown.join(", ")}; choose from ${USER_ROLES.join(", ")}`);
  const agencyId = values["agency-id"];
  if (agencyId !== undefined && !isUuid(agencyId)) throw new Error(`--agency-id must be an agency's id (a UUID)`);
  const user = agencyId
    ? { userId: values.user ?? `user:${agencyId}`, agencyId, roles, name: values.user ?? "Directory user" }
    : { ...demoUser(values.agency!, roles), ...(values.user ? { userId: values.user } : {}) };
  console.log(await provider.issue(user, values.expires ?? "12h"));
}

main().catch((error: unknown) => {
  console.error(`token: ${(error as Error).message}`);
  process.exit(1);
});
