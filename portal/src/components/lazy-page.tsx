import { type ComponentType, lazy } from "react";

/** A section's page whose code loads on first use, and loads again after `retry` (React keeps a failed load). */
export interface LazyPage {
  (): React.JSX.Element;
  retry(): void;
}

export function lazyPage(load: () => Promise<{ default: ComponentType }>): LazyPage {
  let Loaded = lazy(load);
  const Page = () => <Loaded />;
  Page.retry = () => {
    Loaded = lazy(load);
  };
  return Page;
}
