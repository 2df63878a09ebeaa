import { detectHost } from "../../src/excel/host";

const office = (host: string | null, platform: string | null) =>
  ({ onReady: () => Promise.resolve({ host, platform }) }) as unknown as typeof Office;

describe("detectHost", () => {
  test("inside Excel: the platform", async () => {
    expect(await detectHost(office("Excel", "OfficeOnline"))).toEqual({
      kind: "excel",
      label: "Excel on the web",
    });
    expect(await detectHost(office("Excel", "PC"))).toEqual({
      kind: "excel",
      label: "Excel on Windows",
    });
  });

  test("office.js outside Office resolves host null; no office.js at all", async () => {
    expect(await detectHost(office(null, null))).toEqual({
      kind: "none",
      label: "No Office host",
    });
    expect(await detectHost(undefined)).toEqual({ kind: "none", label: "No Office host" });
    expect((await detectHost(office("Word", "PC"))).kind).toBe("none");
  });
});
