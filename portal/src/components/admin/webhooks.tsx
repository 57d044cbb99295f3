import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { graphql } from "../../gql";
import type { EventType } from "../../gql/graphql";
import { ErrorList } from "../../lib/errors";
import { dateTime, label } from "../../lib/format";
import { TableScroll } from "../table-scroll";
import { type AgencyChoice, EVENT_TYPES } from "./choices";
import { ConfirmButton } from "./confirm-button";
import { SecretOnce } from "./secret-once";
import { serverErrors } from "./server-errors";

const REGISTER_WEBHOOK = graphql(`
  mutation PortalRegisterWebhook($input: RegisterWebhookInput!) {
    registerWebhook(input: $input) {
      id
      secret
      webhook {
        id
        url
      }
    }
  }
`);

const ROTATE_SECRET = graphql(`
  mutation PortalRotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      id
      secret
      webhook {
        id
        url
        secretRotatedAt
      }
    }
  }
`);

const DISABLE_WEBHOOK = graphql(`
  mutation PortalDisableWebhook($id: ID!) {
    disableWebhook(id: $id) {
      id
      url
      active
      disabledAt
    }
  }
`);

export interface WebhookRow {
  id: string;
  url: string;
  eventTypes: EventType[];
  active: boolean;
  createdAt: string;
  disabledAt?: string | null;
  secretRotatedAt?: string | null;
  agency?: { shortName: string } | null;
}

/** A secret answered once, for the webhook at this address. */
interface Shown {
  title: string;
  secret: string;
}

function WebhookActions({
  webhook,
  onSecret,
  onChanged,
}: {
  webhook: WebhookRow;
  onSecret(shown: Shown): void;
  onChanged(message: string): void;
}) {
  const [rotate, rotating] = useMutation(ROTATE_SECRET);
  const [disable, disabling] = useMutation(DISABLE_WEBHOOK);
  if (!webhook.active) return <>Disabled {dateTime(webhook.disabledAt)}</>;
  return (
    <div className="actions">
      <ConfirmButton
        action="Rotate secret"
        question="A new signing secret replaces the old one at once: the receiving system must be given it, or it will refuse every later delivery."
        confirm="Yes, make a new secret"
        busy={rotating.loading}
        onConfirm={async () => {
          const result = await rotate({ variables: { id: webhook.id } }).catch(() => null);
          const rotated = result?.data?.rotateWebhookSecret;
          if (rotated) onSecret({ title: `New signing secret for ${rotated.webhook.url}`, secret: rotated.secret });
          return Boolean(rotated);
        }}
      >
        <ErrorList errors={serverErrors(rotating.error)} />
      </ConfirmButton>
      <ConfirmButton
        action="Disable webhook"
        question="Nothing more is sent to this address, and deliveries waiting to be sent are given up. It cannot be enabled again."
        confirm="Yes, disable it"
        busy={disabling.loading}
        onConfirm={async () => {
          const result = await disable({ variables: { id: webhook.id } }).catch(() => null);
          const disabled = result?.data?.disableWebhook;
          if (disabled) onChanged(`The webhook to ${disabled.url} is disabled.`);
          return Boolean(disabled);
        }}
      >
        <ErrorList errors={serverErrors(disabling.error)} />
      </ConfirmButton>
    </div>
  );
}

/** Webhooks of member agencies' systems: registering one, its secret shown once, rotating and disabling. */
export function Webhooks({
  webhooks,
  agencies,
  onChanged,
}: {
  webhooks: readonly WebhookRow[];
  agencies: readonly AgencyChoice[];
  onChanged(): void;
}) {
  const [form, setForm] = useState<{ agencyId: string; url: string; eventTypes: EventType[] }>({
    agencyId: "",
    url: "",
    eventTypes: [],
  });
  const [shown, setShown] = useState<Shown | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [register, { loading, error }] = useMutation(REGISTER_WEBHOOK);
  const secret = (next: Shown) => {
    setDone(null);
    setShown(next);
    onChanged();
  };
  const changed = (message: string) => {
    setShown(null);
    setDone(message);
    onChanged();
  };
  const toggle = (type: EventType, on: boolean) =>
    setForm({ ...form, eventTypes: on ? [...form.eventTypes, type] : form.eventTypes.filter((t) => t !== type) });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await register({ variables: { input: form } }).catch(() => null);
    const registered = result?.data?.registerWebhook;
    if (registered) {
      setForm({ agencyId: "", url: "", eventTypes: [] });
      secret({ title: `Signing secret for ${registered.webhook.url}`, secret: registered.secret });
    }
  };
  return (
    <section aria-labelledby="webhooks-heading">
      <h2 id="webhooks-heading">Webhooks</h2>
      <p className="muted">Partner systems told when something happens: events carry ids and types only.</p>
      {shown && <SecretOnce title={shown.title} secret={shown.secret} onDone={() => setShown(null)} />}
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
      {webhooks.length === 0 ? (
        <p className="empty">No webhooks are registered.</p>
      ) : (
        <TableScroll name="List of webhooks">
          <table className="list">
            <thead>
              <tr>
                <th scope="col">Address</th>
                <th scope="col">Agency</th>
                <th scope="col">Events</th>
                <th scope="col">Registered</th>
                <th scope="col">Secret last changed</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {webhooks.map((webhook) => (
                <tr key={webhook.id}>
                  <td className="cell-wrap">{webhook.url}</td>
                  <td>{webhook.agency?.shortName ?? "—"}</td>
                  <td>{webhook.eventTypes.map(label).join(", ")}</td>
                  <td>{dateTime(webhook.createdAt)}</td>
                  <td>{webhook.secretRotatedAt ? dateTime(webhook.secretRotatedAt) : "Never"}</td>
                  <td>
                    <WebhookActions webhook={webhook} onSecret={secret} onChanged={changed} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <form className="form card" onSubmit={submit} aria-labelledby="new-webhook-heading">
        <h3 id="new-webhook-heading">Register a webhook</h3>
        <ErrorList errors={serverErrors(error)} />
        <label htmlFor="w-agency">For the agency</label>
        <select
          id="w-agency"
          required
          value={form.agencyId}
          onChange={(e) => setForm({ ...form, agencyId: e.target.value })}
        >
          <option value="">Choose a member agency…</option>
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name} ({a.shortName})
            </option>
          ))}
        </select>
        <label htmlFor="w-url">Address events are sent to</label>
        <input
          id="w-url"
          type="url"
          required
          placeholder="https://"
          value={form.url}
          onChange={(e) => setForm({ ...form, url: e.target.value })}
        />
        <fieldset className="admin-fieldset">
          <legend>Events</legend>
          <div className="checkbox-grid">
            {EVENT_TYPES.map((type) => (
              <label key={type} className="checkbox">
                <input
                  type="checkbox"
                  checked={form.eventTypes.includes(type)}
                  onChange={(e) => toggle(type, e.target.checked)}
                />
                {label(type)}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" disabled={loading}>
          {loading ? "Registering…" : "Register webhook"}
        </button>
      </form>
    </section>
  );
}
