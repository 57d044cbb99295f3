import { demoAgencyId } from "@partnership/governance";
import { type Role, USER_ROLES } from "@partnership/runtime";
import express, { type Router } from "express";
import { z } from "zod";
import type { DemoIdentityProvider } from "@partnership/gateway";
import { ALL_DEMO_AGENCIES, DEMO_USERS, demoUser } from "./demo-users.js";

const signInSchema = z.object({
  agency: z.string().min(1, "choose an agency"),
  roles: z.array(z.string()).min(1, "choose at least one role"),
});

/**
 * The portal's sign-in on the embedded default: `GET /demo/users` lists the demo agencies, roles
 * and the users `npm start` prints tokens for, `POST /demo/sign-in` `{agency, roles}` answers a 12-hour token for that demo user.
 */
export function demoSignInRoutes(provider: DemoIdentityProvider): Router {
  const router = express.Router();
  router.get("/demo/users", (_req, res) => {
    res.json({
      // The id lets a signed-in portal find its user's agency again, to sign the same user in again.
      agencies: ALL_DEMO_AGENCIES.map(({ shortName, name, sector }) => ({
        id: demoAgencyId(shortName),
        shortName,
        name,
        sector,
      })),
      roles: USER_ROLES,
      // The users `npm start` prints tokens for, as one-click choices.
      presets: DEMO_USERS.map(({ label, user }) => ({
        label,
        agency: ALL_DEMO_AGENCIES.find((a) => demoAgencyId(a.shortName) === user.agencyId)?.shortName,
        roles: user.roles,
      })),
    });
  });
  router.post("/demo/sign-in", express.json({ limit: "4kb" }), async (req, res) => {
    const parsed = signInSchema.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      res.status(400).json({ error: issue.message, field: issue.path.join(".") });
      return;
    }
    let user;
    try {
      user = demoUser(parsed.data.agency, parsed.data.roles as Role[]);
    } catch (error) {
      const message = (error as Error).message;
      res.status(400).json({ error: message, field: message.startsWith("unknown role") ? "roles" : "agency" });
      return;
    }
    res.json({ token: await provider.issue(user), user });
  });
  return router;
}
