import type { GraphQLFormattedError } from "graphql";
import { PARTNERSHIP_HEADER } from "../../lib/apollo";
import type { RegistryReport } from "./registry-report";

/** The gateway's streamed upload of a registry file (gateway/src/registry-upload.ts). */
export const REGISTRY_UPLOAD_URL = "/procurement/registry-import";

export type UploadOutcome = { report: RegistryReport } | { errors: GraphQLFormattedError[] };

/**
 * Sends the file as it is, streamed from disk by the browser (never read into the page), and
 * reports the bytes sent as they go. XMLHttpRequest, not fetch: only it reports upload progress.
 * The server reads the file as it arrives, so the bytes sent are also how far the import has got.
 */
export function uploadRegistryFile(
  file: File,
  token: string,
  partnershipId: string,
  onProgress: (sent: number, total: number) => void,
): { done: Promise<UploadOutcome>; abort(): void } {
  const request = new XMLHttpRequest();
  const done = new Promise<UploadOutcome>((resolve) => {
    request.open("POST", REGISTRY_UPLOAD_URL);
    request.setRequestHeader("content-type", "text/csv");
    request.setRequestHeader("authorization", `Bearer ${token}`);
    request.setRequestHeader(PARTNERSHIP_HEADER, partnershipId);
    request.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    request.onload = () => {
      try {
        const body = JSON.parse(request.responseText) as Partial<{
          report: RegistryReport;
          errors: GraphQLFormattedError[];
        }>;
        if (body.report) return resolve({ report: body.report });
        if (body.errors) return resolve({ errors: body.errors });
      } catch {
        // Not JSON: a proxy's page; said in words below.
      }
      resolve({ errors: [{ message: `The upload failed (HTTP ${request.status}); nothing was imported.` }] });
    };
    const failed = (message: string) => () => resolve({ errors: [{ message }] });
    request.onerror = failed("The upload was cut off before the platform answered; nothing was imported. Try again.");
    request.onabort = failed("The upload was stopped; nothing was imported.");
    request.send(file);
  });
  return { done, abort: () => request.abort() };
}
