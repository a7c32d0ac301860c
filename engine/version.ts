/** The engine's version, written into every results file (kept equal to package.json by a test). */
export const ENGINE_VERSION = "0.3.0";
