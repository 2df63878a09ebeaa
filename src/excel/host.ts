/**
 * Where the add-in runs. Office.onReady resolves with {host, platform}; outside an Office host
 * (a plain browser, the workbench) host is null, and without office.js there is no Office at all.
 */
import type { HostInfo } from "../sheets/plan/workbook";

const NO_HOST: HostInfo = { kind: "none", label: "No Office host" };

const PLATFORMS: Record<string, string> = {
  PC: "Excel on Windows",
  Mac: "Excel on Mac",
  OfficeOnline: "Excel on the web",
  iOS: "Excel on iPad",
};

export async function detectHost(
  office: typeof Office | undefined = globalThis.Office
): Promise<HostInfo> {
  if (!office?.onReady) return NO_HOST;
  const info = await office.onReady();
  if (String(info.host) !== "Excel") return NO_HOST;
  return { kind: "excel", label: PLATFORMS[String(info.platform)] ?? "Excel" };
}
