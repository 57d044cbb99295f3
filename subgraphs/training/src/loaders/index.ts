import { type BaseContext, uniqueLoader } from "@partnership/runtime";
import { Course } from "../entities/index.js";

export function createLoaders({ dataSource }: BaseContext) {
  const repo = dataSource.getRepository.bind(dataSource);
  return { course: uniqueLoader(repo(Course)) };
}

export type TrainingLoaders = ReturnType<typeof createLoaders>;
