/**
 * Where the add-in runs. Office.onReady resolves with {host, platform}; outside an Office host
 * (a plain browser, the workbench) host is null, and without office.js there is no Office at all.
 */
export interface HostInfo {
  /** True inside Excel (desktop, Mac or the web). */
  inExcel: boolean;
  /** "Excel on PC", "Excel on the web", …, or "No Office host". */
  label: string;
}

const PLATFORMS: Record<string, string> = {
  PC: "Excel on Windows",
  Mac: "Excel on Mac",
  OfficeOnline: "Excel on the web",
  iOS: "Excel on iPad",
};

export async function detectHost(
  office: typeof Office | undefined = globalThis.Office
): Promise<HostInfo> {
  if (!office?.onReady) return { inExcel: false, label: "No Office host" };
  const info = await office.onReady();
  if (String(info.host) !== "Excel") return { inExcel: false, label: "No Office host" };
  return { inExcel: true, label: PLATFORMS[String(info.platform)] ?? "Excel" };
}
