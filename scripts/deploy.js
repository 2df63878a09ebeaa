/**
 * Where a build is for, and the content security policy of every page — shared by webpack, the
 * dist server and the tests.
 *
 * ADDIN_URL is the HTTPS base URL the add-in's files are served from, with its trailing slash
 * (https://addins.example.org/msp/). Without it a build is for the development server,
 * https://localhost:3000/, as the source manifest.xml is.
 */
const DEV_BASE = "https://localhost:3000/";

/** The base URL to build for, checked; throws with a message a person can act on. */
function addinBase(value = process.env.ADDIN_URL) {
  if (value === undefined || value === "") return DEV_BASE;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `ADDIN_URL "${value}" is not a URL. Use e.g. ADDIN_URL=https://addins.example.org/msp/`
    );
  }
  if (url.protocol !== "https:")
    throw new Error(
      `ADDIN_URL must be https:// (Office loads add-ins over HTTPS only), not "${value}".`
    );
  if (url.search || url.hash)
    throw new Error(`ADDIN_URL must not have a query or fragment: "${value}".`);
  if (!url.pathname.endsWith("/"))
    throw new Error(
      `ADDIN_URL must end with "/" (the folder the files are served from): "${value}/".`
    );
  return url.href;
}

/** What a production build says about where it is for. */
function buildMessage(base) {
  return base === DEV_BASE
    ? `Building for ${DEV_BASE} (the development server). To deploy, build for your HTTPS host: ADDIN_URL=https://your.host/path/ npm run build`
    : `Building for ${base}`;
}

/** `text` with every development URL moved under `base` (the AppDomain becomes its origin). */
function forBase(text, base) {
  const origin = new URL(base).origin;
  return text
    .split(DEV_BASE)
    .join(base)
    .split("<AppDomain>https://localhost:3000</AppDomain>")
    .join(`<AppDomain>${origin}</AppDomain>`);
}

/**
 * Every page's content security policy: scripts only from the page's own origin and the
 * Microsoft CDNs Office.js loads from, no inline script; connections to its own origin only;
 * styles inline as Fluent UI injects them; no frames, plugins or foreign forms.
 *
 * What Office.js needs (Microsoft publishes no list: OfficeDev/office-js#1005,
 * office-js-docs-pr#721), read from @microsoft/office-js 1.1.110, the CDN's files:
 * - office.js from its CDN — officeapis.public.onecdn.static.microsoft (the address Microsoft's
 *   docs give since 2026) or appsforoffice.microsoft.com (the older one, still served) — and the
 *   host file (excel-web-16.00.js, excel-win32-16.00.js, ...), locale strings and telemetry
 *   scripts from the same base path;
 * - MicrosoftAjax.js from ajax.aspnetcdn.com: excel-win32-16.00.js (Excel on Windows) loads it
 *   when it is absent and throws "Not able to load MicrosoftAjax.js." without it.
 * Office's telemetry (an iframe to telemetryservice.firstpartyapps.oaspapps.com, Aria requests)
 * is blocked on purpose: the add-in makes no network calls beyond its own origin.
 */
const OFFICE_SCRIPTS = [
  "https://officeapis.public.onecdn.static.microsoft",
  "https://appsforoffice.microsoft.com",
  "https://ajax.aspnetcdn.com",
];

const CSP = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_SCRIPTS.join(" ")}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

module.exports = { DEV_BASE, addinBase, buildMessage, forBase, CSP };
