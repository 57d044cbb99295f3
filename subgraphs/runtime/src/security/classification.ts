import { Directive, Extensions } from "type-graphql";
import type { DataCategory } from "../data-category.js";
import type { Role } from "./roles.js";

/** Field extensions type-graphql carries into the built schema, read back when permissions are built. */
export interface SensitiveExtension {
  category: DataCategory;
  /** Detail of a record: only agencies taking part in the record see it (the subgraph defines "taking part"). */
  detail: boolean;
}

export interface ClassificationExtensions {
  sensitive?: SensitiveExtension;
  public?: boolean;
  roles?: Role[];
}

/**
 * Classifies a field as sensitive: `@sensitive(category: X)` goes into the SDL, so every client can
 * see which fields are restricted and why, and the permission layer gives it a graphql-shield rule.
 * The field must be nullable: a denied field resolves to null with an explanation.
 */
export function Sensitive(
  category: DataCategory,
  options: { detail?: boolean } = {},
): PropertyDecorator & MethodDecorator {
  const directive = Directive(`@sensitive(category: ${category})`);
  const extensions = Extensions({
    sensitive: { category, detail: options.detail ?? false } satisfies SensitiveExtension,
  });
  return (target: object, property: string | symbol, descriptor?: PropertyDescriptor) => {
    directive(target, property, descriptor as never);
    extensions(target, property, descriptor as never);
  };
}

/** Declares a field (or, on a class, every field of the type) public to every signed-in partner. */
export function Public(): PropertyDecorator & MethodDecorator & ClassDecorator {
  return Extensions({ public: true }) as never;
}

/** The roles allowed to call a query or mutation. Mutations without it are refused to everyone. */
export function Roles(...roles: Role[]): MethodDecorator {
  return Extensions({ roles }) as MethodDecorator;
}
