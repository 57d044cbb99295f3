import { existsSync } from "node:fs";
import path from "node:path";
import express, { type Router } from "express";

/** Where `npm run build` leaves the portal (portal/dist), from gateway/src or gateway/dist alike. */
export const DEFAULT_PORTAL_DIR = path.resolve(__dirname, "../../portal/dist");

/** The path the portal is served under; the portal's Vite `base` is the same. */
export const PORTAL_PATH = "/portal/";

export interface PortalOptions {
  /** The built portal; not served when the folder does not exist (a gateway-only container). */
  portalDir?: string;
  /**
   * The embedded default's demo sign-in (`platform/demo-sign-in.ts`), given only outside
   * production: how the portal signs in on a laptop. It lives with the demo data, so a gateway
   * container never loads the subgraphs' code.
   */
  demoSignIn?: Router;
}

/**
 * The portal's static files at /portal/ (and / redirecting there), plus, in the demo set-up only,
 * the demo sign-in.
 */
export function portalRoutes(options: PortalOptions): Router {
  const router = express.Router();
  const portalDir = options.portalDir ?? DEFAULT_PORTAL_DIR;
  if (existsSync(path.join(portalDir, "index.html"))) {
    router.get("/", (_req, res) => res.redirect(302, PORTAL_PATH));
    router.use(PORTAL_PATH, express.static(portalDir, { index: "index.html", maxAge: "1h" }));
  }
  if (options.demoSignIn) router.use(options.demoSignIn);
  return router;
}
