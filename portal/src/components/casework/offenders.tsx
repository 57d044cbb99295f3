import { useState } from "react";
import { graphql } from "../../gql";
import { date } from "../../lib/format";
import { useGranted } from "../../lib/grants";
import { Guarded, type Path, Restrictions } from "../../lib/restrictions";
import { usePortalQuery } from "../../lib/use-portal-query";
import { OpenedForm } from "../opened-form";
import { RestrictedField } from "../restricted-field";
import { TableScroll } from "../table-scroll";
import { RecordOffenderForm } from "./record-offender-form";
import { ORDER_KINDS, RecordOrderForm } from "./record-order-form";

const OFFENDERS_AND_ORDERS = graphql(`
  query PortalConcernOffenders($id: ID!) {
    concern(id: $id) {
      id
      offenders {
        id
        fullName
        dateOfBirth
        role
        arrestedOn
        charge
      }
      orders {
        id
        kind
        subject
        grantedOn
        expiresOn
      }
    }
  }
`);

const orderName = (kind: string | null | undefined) => ORDER_KINDS.find((option) => option.kind === kind)?.name ?? "—";

/**
 * The concern's suspected offenders and the STPOs and STROs obtained, with the forms that record
 * them (OFFENDER_IDENTITY: an agency without it sees the section restricted). Offenders are added
 * while the concern is open; an order may come from the court after it closed.
 */
export function OffendersAndOrders({
  concernId,
  mayWrite,
  closed,
}: {
  concernId: string;
  mayWrite: boolean;
  closed: boolean;
}) {
  const [form, setForm] = useState<"offender" | "order" | null>(null);
  const { data, error, refetch } = usePortalQuery(OFFENDERS_AND_ORDERS, { variables: { id: concernId } });
  const granted = useGranted();
  const r = Restrictions.from(error);
  const at = (...rest: Array<string | number>): Path => ["concern", ...rest];
  const offenders = data?.concern?.offenders;
  const orders = data?.concern?.orders;
  const saved = () => {
    setForm(null);
    void refetch();
  };
  const writable = mayWrite && granted("OFFENDER_IDENTITY");
  return (
    <section aria-labelledby="offenders-heading">
      <div className="page-head">
        <h2 id="offenders-heading">Offenders and orders</h2>
        {writable && (
          <div className="actions">
            {!closed && (
              <button
                type="button"
                onClick={() => setForm(form === "offender" ? null : "offender")}
                aria-expanded={form === "offender"}
              >
                Record an offender
              </button>
            )}
            <button
              type="button"
              onClick={() => setForm(form === "order" ? null : "order")}
              aria-expanded={form === "order"}
            >
              Record an order
            </button>
          </div>
        )}
      </div>
      {mayWrite && !granted("OFFENDER_IDENTITY") && (
        <RestrictedField id="offenders-write" label="Recording offenders and orders" category="OFFENDER_IDENTITY" />
      )}
      {form && (
        <OpenedForm key={form} onClose={() => setForm(null)}>
          {form === "offender" && <RecordOffenderForm concernId={concernId} onSaved={saved} />}
          {form === "order" && (
            <RecordOrderForm
              concernId={concernId}
              offenders={(offenders ?? []).map((o) => ({ id: o.id, fullName: o.fullName ?? null }))}
              onSaved={saved}
            />
          )}
        </OpenedForm>
      )}
      <h3>Suspected offenders</h3>
      <Guarded r={r} at={at("offenders")}>
        {offenders && offenders.length > 0 ? (
          <TableScroll name="Suspected offenders">
            <table className="list" data-testid="offenders">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Born</th>
                  <th scope="col">Their part</th>
                  <th scope="col">Arrested</th>
                  <th scope="col">Charged with</th>
                </tr>
              </thead>
              <tbody>
                {offenders.map((offender) => (
                  <tr key={offender.id}>
                    <td>{offender.fullName}</td>
                    <td>{offender.dateOfBirth ? date(offender.dateOfBirth) : "—"}</td>
                    <td>{offender.role ?? "—"}</td>
                    <td>{offender.arrestedOn ? date(offender.arrestedOn) : "—"}</td>
                    <td>{offender.charge ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : (
          <p className="muted">None recorded.</p>
        )}
      </Guarded>
      <h3>Prevention and risk orders</h3>
      <Guarded r={r} at={at("orders")}>
        {orders && orders.length > 0 ? (
          <TableScroll name="Prevention and risk orders">
            <table className="list" data-testid="orders">
              <thead>
                <tr>
                  <th scope="col">Order</th>
                  <th scope="col">On</th>
                  <th scope="col">Granted</th>
                  <th scope="col">Expires</th>
                </tr>
              </thead>
              <tbody>
                {orders.map((order) => (
                  <tr key={order.id}>
                    <td>{orderName(order.kind)}</td>
                    <td>{order.subject ?? "—"}</td>
                    <td>{date(order.grantedOn)}</td>
                    <td>{date(order.expiresOn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : (
          <p className="muted">None recorded.</p>
        )}
      </Guarded>
    </section>
  );
}
