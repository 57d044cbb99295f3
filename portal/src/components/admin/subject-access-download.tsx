import { useState } from "react";
import { PARTNERSHIP_HEADER } from "../../lib/apollo";
import { useSignedIn } from "../../lib/session";

/**
 * The gateway's subject access export (every record held about the subject) for a request. It
 * needs the officer's token, which a plain link would not send, so it is fetched and handed to the
 * browser as a download; nothing of it is kept.
 */
export function SubjectAccessDownload({ requestId, partnershipId }: { requestId: string; partnershipId: string }) {
  const session = useSignedIn();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const response = await fetch(`/subject-requests/${encodeURIComponent(requestId)}/export.pdf`, {
        headers: { authorization: `Bearer ${session.token}`, [PARTNERSHIP_HEADER]: partnershipId },
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { errors?: Array<{ message: string }> } | null;
        setProblem(body?.errors?.[0]?.message ?? `the export could not be made (${response.status})`);
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = `subject-access-${requestId}.pdf`;
      link.click();
      URL.revokeObjectURL(url);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="secondary" disabled={busy} onClick={() => void download()}>
        {busy ? "Preparing…" : "Download what is held (PDF)"}
      </button>
      {problem && (
        <span role="alert" className="error">
          {problem}
        </span>
      )}
    </>
  );
}
