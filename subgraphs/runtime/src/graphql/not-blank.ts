import { ValidateBy, type ValidationOptions } from "class-validator";

/** The constraint's name in class-validator's report, and what the test of every input looks for. */
export const NOT_BLANK = "notBlank";

/**
 * Text given must have text: a value of only spaces (or tabs, or line breaks) is refused, as an
 * empty one is. Length rules count spaces, so `Length(3, 300)` alone lets "   " through as an
 * address. Null and absent values are left to `IsOptional` and the field's nullability.
 */
export function NotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: NOT_BLANK,
      validator: {
        validate: (value: unknown) => typeof value !== "string" || value.trim().length > 0,
        defaultMessage: () => "must not be blank",
      },
    },
    options,
  );
}
