import { type BaseContext, uniqueLoader } from "@partnership/runtime";
import DataLoader from "dataloader";
import { In, type Repository } from "typeorm";
import { Completion, Course, Delegate } from "../entities/index.js";

type OfPartnership = { partnershipId: string };

/**
 * Rows of one partnership by a unique column: a delegate another partnership recorded is as
 * unknown here as one nobody recorded. With no partnership (a platform-level caller) nothing loads.
 */
function partnershipUniqueLoader<T extends OfPartnership>(
  repository: Repository<T>,
  partnershipId: string | null,
  column: keyof T & string,
): DataLoader<string, T | null> {
  return new DataLoader(async (keys) => {
    if (!partnershipId) return keys.map(() => null);
    const rows = await repository.findBy({ [column]: In([...keys]), partnershipId } as never);
    const byKey = new Map(rows.map((row) => [String(row[column]), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** One partnership's rows sharing a foreign key, in one query per batch; none without a partnership. */
function partnershipGroupLoader<T extends OfPartnership>(
  repository: Repository<T>,
  partnershipId: string | null,
  column: keyof T & string,
  order: Partial<Record<keyof T & string, "ASC" | "DESC">> = {},
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    if (!partnershipId) return keys.map(() => []);
    const rows = await repository.find({
      where: { [column]: In([...keys]), partnershipId } as never,
      order: order as never,
    });
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(String(row[column]))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/**
 * Every relation the training schema resolves, batched per request. Courses are shared; delegates
 * and completions load only from the partnership the request acts in.
 */
export function createLoaders({ dataSource, caller }: BaseContext) {
  const repo = dataSource.getRepository.bind(dataSource);
  const partnershipId = caller.partnership?.id ?? null;
  return {
    course: uniqueLoader(repo(Course)),
    delegate: partnershipUniqueLoader(repo(Delegate), partnershipId, "id"),
    delegateByEmail: partnershipUniqueLoader(repo(Delegate), partnershipId, "email"),
    completionsOfSession: partnershipGroupLoader(repo(Completion), partnershipId, "sessionId"),
    completionsOfDelegate: partnershipGroupLoader(repo(Completion), partnershipId, "delegateId", {
      completedOn: "DESC",
    }),
  };
}

export type TrainingLoaders = ReturnType<typeof createLoaders>;
