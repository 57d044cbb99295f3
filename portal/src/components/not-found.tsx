import type { ReactNode } from "react";
import { Link } from "react-router";

/** A page for something that is not there (or not visible to this user), with the way back. */
export function NotFound({
  title,
  back,
  children,
}: {
  title: string;
  back: { to: string; label: string };
  children: ReactNode;
}) {
  return (
    <>
      <h1>{title}</h1>
      <p>{children}</p>
      <p>
        <Link to={back.to}>{back.label}</Link>
      </p>
    </>
  );
}
