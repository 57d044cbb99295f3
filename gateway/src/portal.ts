import { existsSync } from "node:fs";
import path from "node:path";
import { DEMO_AGENCIES } from "@partnership/governance";
import { type Role, USER_ROLES } from "@partnership/runtime";
import express, { type Router } from "express";
import { z } from "zod";
import type { DemoIdentityProvider } from "./auth/demo-identity-provider.js";
import { demoUser } from "./platform/demo-users.js";

/** Where `npm run build` leaves the portal (portal/dist), from gateway/src or gateway/dist alike. */
export const DEFAULT_PORTAL_DIR = path.resolve(__dirname, "../../portal/dist");

/** The path the portal is served under; the portal's Vite `base` is the same. */
export const PORTAL_PATH = "/portal/";

export interface PortalOptions {
  /** The built portal; not served when the folder does not exist (a gateway-only container). */
  portalDir?: string;
  /**
   * The embedded default's demo identity provider. Given only outside production: it makes
   * `/demo/sign-in` issue a demo user's token, which is how the portal signs in on a laptop.
   */
  demoIdentityProvider?: DemoIdentityProvider;
}

const signInSchema = z.object({
  agency: z.string().min(1, "choose an agency"),
  roles: z.array(z.string()).min(1, "choose at least one role"),
});

/**
 * The portal's static files at /portal/ (and / redirecting there), plus, in the demo set-up only,
 * the demo sign-in: `GET /demo/users` lists the agencies and roles, `POST /demo/sign-in`
 * `{agency, roles}` answers a 12-hour token for that demo user.
 */
export function portalRoutes(options: PortalOptions): Router {
  const router = express.Router();
  const portalDir = options.portalDir ?? DEFAULT_PORTAL_DIR;
  if (existsSync(path.join(portalDir, "index.html"))) {
    router.get("/", (_req, res) => res.redirect(302, PORTAL_PATH));
    router.use(PORTAL_PATH, express.static(portalDir, { index: "index.html", maxAge: "1h" }));
  }
  const provider = options.demoIdentityProvider;
  if (!provider) return router;

  router.get("/demo/users", (_req, res) => {
    res.json({
      agencies: DEMO_AGENCIES.map(({ shortName, name, sector }) => ({ shortName, name, sector })),
      roles: USER_ROLES,
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
