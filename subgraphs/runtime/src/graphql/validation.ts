import { validate, type ValidationError } from "class-validator";
import type { ValidatorFn } from "type-graphql";
import { badUserInput } from "../errors.js";

/** Flattens nested class-validator errors into `path: message` pairs, e.g. `parties.1.agencyId`. */
function flatten(errors: ValidationError[], prefix: string[] = []): Array<{ path: string; message: string }> {
  return errors.flatMap((error) => {
    const path = [...prefix, error.property];
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path: path.join("."), message }));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/** Names the object argument being validated; our mutations take a single `input` object. */
function argumentName(args: Record<string, unknown>): string {
  const objects = Object.entries(args).filter(([, v]) => v !== null && typeof v === "object");
  return objects.length === 1 ? objects[0]![0] : "input";
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
    const field = `${argumentName(args)}.${problems[0]!.path}`;
    const error = badUserInput(field, problems[0]!.message);
    error.extensions.fields = problems.map((p) => ({ field: `${argumentName(args)}.${p.path}`, message: p.message }));
    throw error;
  }
};
