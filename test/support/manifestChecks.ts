/**
 * The checks every manifest passes — the source (development) manifest.xml and a production
 * build's dist/manifest.xml: well formed, shared runtime, the MSP namespace, one runtime id
 * everywhere, every resid defined, every URL https under the base URL, only the
 * ReadWriteDocument permission, and icons that exist at the sizes it names. (Microsoft's online
 * validator, `npm run validate`, needs the internet; this runs offline.)
 */
import * as fs from "fs";
import * as path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

/** Every element of a parsed document, depth first, with its tag name. */
function* elements(
  node: unknown,
  tag = ""
): Generator<{ tag: string; node: Record<string, unknown> }> {
  if (Array.isArray(node)) {
    for (const n of node) yield* elements(n, tag);
    return;
  }
  if (node === null || typeof node !== "object") return;
  yield { tag, node: node as Record<string, unknown> };
  for (const [k, v] of Object.entries(node)) if (!k.startsWith("@_")) yield* elements(v, k);
}

export function describeManifest(label: string, file: string, base: string) {
  describe(label, () => {
    const xml = fs.readFileSync(file, "utf8");
    const doc = new XMLParser({
      ignoreAttributes: false,
      isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
    }).parse(xml);
    const all = [...elements(doc)];
    const attr = (name: string) =>
      all.map((e) => e.node[`@_${name}`]).filter((v): v is string => typeof v === "string");

    test("is well-formed XML", () => {
      expect(XMLValidator.validate(xml)).toBe(true);
    });

    test("every resid resolves to a resource", () => {
      const ids = new Set(
        all
          .filter((e) => ["bt:Image", "bt:Url", "bt:String"].includes(e.tag))
          .map((e) => e.node["@_id"])
      );
      const resids = attr("resid");
      expect(resids.length).toBeGreaterThan(10);
      for (const r of resids) expect(ids).toContain(r);
    });

    test("every URL is https, under the base URL (the AppDomain is its origin)", () => {
      const urls = [...xml.matchAll(/(?:DefaultValue="|<AppDomain>)([a-z]+:\/\/[^"<]+)/g)].map(
        (m) => m[1]
      );
      expect(urls.length).toBeGreaterThan(5);
      for (const u of urls) expect(u).toMatch(/^https:\/\//);
      for (const u of urls) expect(u.startsWith(base) || u === new URL(base).origin).toBe(true);
    });

    test("custom functions in the MSP namespace, in a shared runtime", () => {
      expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
      expect(xml).toMatch(/<ExtensionPoint xsi:type="CustomFunctions">/);
      expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="MSP"\/>/);
      expect(xml).toMatch(/<Namespace resid="Functions.Namespace"\/>/);
    });

    test("the same runtime id everywhere: runtime, functions page, function file, task pane", () => {
      const runtime = xml.match(/<Runtime resid="([^"]+)" lifetime="long"\/>/)?.[1];
      expect(runtime).toBe("Taskpane.Url");
      expect(xml).toMatch(new RegExp(`<Page>\\s*<SourceLocation resid="${runtime}"/>`));
      expect(xml).toMatch(new RegExp(`<FunctionFile resid="${runtime}"/>`));
      expect(xml).toMatch(
        new RegExp(`<Action xsi:type="ShowTaskpane">[\\s\\S]*?<SourceLocation resid="${runtime}"/>`)
      );
    });

    test("asks only for ReadWriteDocument", () => {
      expect([...xml.matchAll(/<Permissions>([^<]+)<\/Permissions>/g)].map((m) => m[1])).toEqual([
        "ReadWriteDocument",
      ]);
    });

    test("a Home-tab button opens the task pane", () => {
      expect(xml).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Action xsi:type="ShowTaskpane">/);
    });

    test("every icon it names exists in assets/ at its size", () => {
      const icons = [...xml.matchAll(/"([^"]+\/assets\/(icon-(\d+)\.png))"/g)];
      expect(icons.length).toBeGreaterThan(3);
      for (const [, url, name, size] of icons) {
        expect(url).toBe(`${base}assets/${name}`);
        const png = fs.readFileSync(path.join(path.dirname(file), "assets", name));
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
      }
    });

    test("office-addin-manifest reads it (offline)", async () => {
      const { OfficeAddinManifest } = await import("office-addin-manifest");
      const info = await OfficeAddinManifest.readManifestFile(file);
      expect(info.displayName).toBe("MSP Scorecard");
      expect(info.permissions).toBe("ReadWriteDocument");
    });
  });
}
