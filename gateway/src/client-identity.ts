import { type ClientIdentity, ErrorCode } from "@partnership/runtime/edge";
import { GraphQLError } from "graphql";

/** The headers Apollo's client libraries and tools send to name the application (and Apollo's router reads). */
export const CLIENT_NAME_HEADER = "apollographql-client-name";
export const CLIENT_VERSION_HEADER = "apollographql-client-version";

const NAME = /^[A-Za-z0-9][A-Za-z0-9 ._@/:+-]{0,99}$/;
const VERSION = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,49}$/;

const refuse = (header: string, message: string) =>
  new GraphQLError(`${header}: ${message}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field: header, http: { status: 400 } },
  });

/**
 * The client application a request names, or null when it names none. What it sends reaches the
 * audit log, the metrics and the logs, so only a short printable name is taken: anything else is
 * refused as BAD_USER_INPUT naming the header, not cleaned up into something it did not send.
 */
export function clientIdentityOf(name: string | undefined, version: string | undefined): ClientIdentity | null {
  const trimmedName = name?.trim() ?? "";
  const trimmedVersion = version?.trim() ?? "";
  if (!trimmedName) {
    if (trimmedVersion) throw refuse(CLIENT_NAME_HEADER, "a client version needs the client's name beside it");
    return null;
  }
  if (!NAME.test(trimmedName))
    throw refuse(
      CLIENT_NAME_HEADER,
      "must be 1 to 100 letters, digits, spaces or . _ @ / : + -, starting with a letter or digit",
    );
  if (trimmedVersion && !VERSION.test(trimmedVersion))
    throw refuse(CLIENT_VERSION_HEADER, "must be 1 to 50 letters, digits or . _ + -, starting with a letter or digit");
  return { name: trimmedName, version: trimmedVersion || null };
}
