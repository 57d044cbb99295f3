import { CsvError, parse } from "csv-parse/sync";
import { badUserInput } from "../errors.js";

/**
 * An uploaded CSV file's rows, keyed by the header's names as `column` spells them (cells as
 * written: a row check trims what it needs to). A file that cannot be read is refused whole, with
 * BAD_USER_INPUT on `field`, before anything is checked.
 */
export function csvRecords(csv: string, field: string, column: (name: string) => string): Record<string, string>[] {
  try {
    return parse(csv, {
      columns: (header: string[]) => header.map(column),
      skip_empty_lines: true,
      bom: true,
      trim: false,
    });
  } catch (error) {
    if (error instanceof CsvError) throw badUserInput(field, `is not a readable CSV file: ${error.message}`);
    throw error;
  }
}
