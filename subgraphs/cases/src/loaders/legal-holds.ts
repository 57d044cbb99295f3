import { groupLoader } from "@partnership/runtime";
import type DataLoader from "dataloader";
import { LegalHold } from "../entities/index.js";
import type { CasesContext } from "../context.js";

const LOADERS = new WeakMap<object, DataLoader<string, LegalHold[]>>();

/**
 * The holds of each concern, newest first, one query for every concern of a request: a loader kept
 * for the request (keyed by its loaders object, made once per request) beside the others.
 */
export function legalHoldsOfConcern(ctx: CasesContext): DataLoader<string, LegalHold[]> {
  let loader = LOADERS.get(ctx.loaders);
  if (!loader) {
    loader = groupLoader(ctx.dataSource.getRepository(LegalHold), "concernId", { placedAt: "DESC", id: "ASC" });
    LOADERS.set(ctx.loaders, loader);
  }
  return loader;
}
