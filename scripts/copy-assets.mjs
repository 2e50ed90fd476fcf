// Part of `npm run build`: copy the dashboard's page files (HTML, CSS, browser JS modules) from
// src/server/assets to dist/server/assets, where the built server reads them (tsc copies no such files).
import { cpSync, rmSync } from "node:fs";

rmSync("dist/server/assets", { recursive: true, force: true });
cpSync("src/server/assets", "dist/server/assets", { recursive: true });
