import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);

// src/core/paths.ts
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
function findRoot(start) {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(start, "..");
  }
}
var PROJECT_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));
function projectPath(...parts) {
  return path.join(PROJECT_ROOT, ...parts);
}

export {
  PROJECT_ROOT,
  projectPath
};
