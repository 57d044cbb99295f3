import { useParams } from "react-router";

/**
 * The `:id` of the route showing the page. Every route to such a page has one, so a missing id is
 * a routing mistake, not something a person can cause.
 */
export function useRouteId(): string {
  const { id } = useParams();
  if (id === undefined) throw new Error("This page's route has no :id");
  return id;
}
