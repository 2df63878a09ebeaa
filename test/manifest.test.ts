/** The source manifest.xml: the development manifest, every URL on https://localhost:3000/. */
import * as path from "path";
import { DEV_BASE } from "../scripts/deploy";
import { describeManifest } from "./support/manifestChecks";

describeManifest("manifest.xml", path.resolve(__dirname, "../manifest.xml"), DEV_BASE);
