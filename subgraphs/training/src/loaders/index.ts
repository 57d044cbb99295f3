import { type BaseContext, groupLoader, uniqueLoader } from "@partnership/runtime";
import { Completion, Course, Delegate } from "../entities/index.js";

/** Every relation the training schema resolves, batched per request. */
export function createLoaders({ dataSource }: BaseContext) {
  const repo = dataSource.getRepository.bind(dataSource);
  return {
    course: uniqueLoader(repo(Course)),
    delegate: uniqueLoader(repo(Delegate)),
    delegateByEmail: uniqueLoader(repo(Delegate), "email"),
    completionsOfSession: groupLoader(repo(Completion), "sessionId"),
    completionsOfDelegate: groupLoader(repo(Completion), "delegateId", { completedOn: "DESC" }),
  };
}

export type TrainingLoaders = ReturnType<typeof createLoaders>;
