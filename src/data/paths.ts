import { fileURLToPath } from "node:url";
import path from "node:path";

/** The project's bundled `data/` folder (works from `src/` under tsx and from `dist/` after build). */
export const BUNDLED_DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

/** The default database-vintage data folder shipped with regecon. */
export const DEFAULT_DATASET_DIR = path.join(BUNDLED_DATA_DIR, "nbs");
