import { validate, type ValidationError } from "class-validator";
import type { ValidatorFn } from "type-graphql";
import { badUserInput } from "../errors.js";

/** Flattens nested class-validator errors into `path: message` pairs, e.g. `.grants[1].categories`. */
function flatten(errors: ValidationError[], prefix: string[] = []): Array<{ path: string; message: string }> {
  return errors.flatMap((error) => {
    const path = [...prefix, /^\d+$/.test(error.property) ? `[${error.property}]` : `.${error.property}`];
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path: path.join(""), message }));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/**
 * The full field path of a problem: an `@ArgsType` property (`first`) is an argument itself; an
 * input object's property (`.endDate`) is prefixed with the one object argument (`input.endDate`).
 */
function fieldPath(args: Record<string, unknown>, path: string): string {
  const top = path.slice(1).split(/[.[]/)[0]!;
  if (top in args) return path.slice(1);
  const objects = Object.entries(args).filter(([, v]) => v !== null && typeof v === "object");
  return `${objects.length === 1 ? objects[0]![0] : "input"}${path}`;
}

/**
 * type-graphql's argument validator: class-validator rules on input classes, reported as one
 * BAD_USER_INPUT error naming the first offending field (all of them in `extensions.fields`).
 */
export const validateArgument: ValidatorFn = async (value, _type, { args }) => {
  if (value === null || typeof value !== "object") return;
  const targets: object[] = Array.isArray(value) ? value : [value];
  for (const target of targets) {
    const problems = flatten(await validate(target, { forbidUnknownValues: false }));
    if (problems.length === 0) continue;
    const field = fieldPath(args, problems[0]!.path);
    const error = badUserInput(field, problems[0]!.message);
    error.extensions.fields = problems.map((p) => ({ field: fieldPath(args, p.path), message: p.message }));
    throw error;
  }
};
