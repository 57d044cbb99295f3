import { CombinedGraphQLErrors } from "@apollo/client";
import type { GraphQLFormattedError } from "graphql";

export type Path = ReadonlyArray<string | number>;

const SHARING_CODE = "FORBIDDEN_BY_SHARING_AGREEMENT";

/** The fields a response left out because of the caller's sharing agreements, by response path. */
export class Restrictions {
  private readonly byPath = new Map<string, string>();
  /** Errors that are not sharing-agreement refusals: shown as they are. */
  readonly otherErrors: GraphQLFormattedError[] = [];

  constructor(errors: ReadonlyArray<GraphQLFormattedError> = []) {
    for (const error of errors) {
      const category = error.extensions?.code === SHARING_CODE ? error.extensions.category : undefined;
      if (typeof category === "string" && error.path) this.byPath.set(error.path.join("."), category);
      else this.otherErrors.push(error);
    }
  }

  static from(error: unknown): Restrictions {
    return new Restrictions(CombinedGraphQLErrors.is(error) ? error.errors : []);
  }

  /** The category refused at this path or at one of its parents, if any. */
  categoryAt(path: Path): string | undefined {
    for (let length = path.length; length > 0; length--) {
      const category = this.byPath.get(path.slice(0, length).join("."));
      if (category) return category;
    }
    return undefined;
  }

  get size(): number {
    return this.byPath.size;
  }
}

export function restrictionText(category: string): string {
  return `Restricted — needs ${category} under a sharing agreement`;
}
