import { type FormEvent, useEffect, useState } from "react";
import { label } from "../lib/format";
import { useSession } from "../lib/session";
import { documentTitle } from "../routes";

interface DemoDirectory {
  agencies: Array<{ shortName: string; name: string; sector: string }>;
  roles: string[];
  presets: Array<{ label: string; agency: string; roles: string[] }>;
}

/**
 * Signs in as a demo user (agency and roles) through the gateway's demo sign-in, which exists only
 * outside production; anywhere else the user pastes a token from their agency's identity provider.
 */
export function SignInPage() {
  const { signIn } = useSession();
  const [directory, setDirectory] = useState<DemoDirectory | null>(null);
  const [demoUnavailable, setDemoUnavailable] = useState(false);
  const [agency, setAgency] = useState("WMP");
  const [roles, setRoles] = useState<string[]>(["CASEWORKER"]);
  const [token, setToken] = useState("");
  const [error, setError] = useState<string | null>(null);

  // Also after signing out, when the tab still bears the last page's title.
  useEffect(() => {
    document.title = documentTitle("Sign in");
  }, []);

  useEffect(() => {
    fetch("/demo/users")
      .then((response) => (response.ok ? (response.json() as Promise<DemoDirectory>) : Promise.reject()))
      .then(setDirectory, () => setDemoUnavailable(true));
  }, []);

  async function demoSignIn(event: FormEvent, as = { agency, roles }) {
    event.preventDefault();
    setError(null);
    const response = await fetch("/demo/sign-in", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(as),
    });
    const body = (await response.json()) as { token?: string; error?: string };
    if (!response.ok || !body.token) return setError(body.error ?? `sign-in failed (${response.status})`);
    signIn(body.token);
  }

  function tokenSignIn(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      signIn(token.trim());
    } catch (failure) {
      setError((failure as Error).message);
    }
  }

  const toggleRole = (role: string) =>
    setRoles((current) => (current.includes(role) ? current.filter((r) => r !== role) : [...current, role]));

  return (
    <main id="main" className="sign-in">
      <h1>Partnership portal</h1>
      <p>Sign in to see what your agency's sharing agreements allow.</p>
      {error && (
        <div role="alert" className="error">
          {error}
        </div>
      )}
      {directory && directory.presets.length > 0 && (
        <section aria-labelledby="presets-heading" className="card">
          <h2 id="presets-heading">Demo users</h2>
          <ul className="plain presets">
            {directory.presets.map((preset) => (
              <li key={preset.label}>
                <button type="button" onClick={(event) => void demoSignIn(event, preset)}>
                  {preset.label}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {directory && (
        <form onSubmit={demoSignIn} aria-labelledby="demo-heading" className="card">
          <h2 id="demo-heading">Sign in as a demo user of any agency</h2>
          <label htmlFor="agency">Agency</label>
          <select id="agency" value={agency} onChange={(e) => setAgency(e.target.value)}>
            {directory.agencies.map((a) => (
              <option key={a.shortName} value={a.shortName}>
                {a.name} ({a.shortName}, {label(a.sector)})
              </option>
            ))}
          </select>
          <fieldset>
            <legend>Roles</legend>
            {directory.roles.map((role) => (
              <label key={role} className="checkbox">
                <input type="checkbox" checked={roles.includes(role)} onChange={() => toggleRole(role)} />
                {label(role)}
              </label>
            ))}
          </fieldset>
          <button type="submit" disabled={roles.length === 0}>
            Sign in
          </button>
        </form>
      )}
      <form onSubmit={tokenSignIn} aria-labelledby="token-heading" className="card">
        <h2 id="token-heading">{demoUnavailable ? "Sign in with your token" : "Or paste a token"}</h2>
        <label htmlFor="token">Token from your agency's identity provider</label>
        <textarea id="token" rows={3} value={token} onChange={(e) => setToken(e.target.value)} />
        <button type="submit" disabled={!token.trim()}>
          Use this token
        </button>
      </form>
    </main>
  );
}
