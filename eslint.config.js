// ESLint: a small set of rules that catch bugs. Style is Prettier's, so no style rule is on here.
// TypeScript files are linted with type information (for no-floating-promises) from tsconfig.json.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

/** The globals of Node that the plain JavaScript launchers use. */
const nodeGlobals = {
  process: "readonly",
  console: "readonly",
  URL: "readonly",
  setTimeout: "readonly",
  clearTimeout: "readonly",
};

export default defineConfig(
  {
    ignores: [
      "dist/",
      "out/",
      "scratch/",
      "notebooks/out/",
      "notebooks/out-quick/",
      "viz/docs/",
      "test/browser/screenshots/",
    ],
  },
  js.configs.recommended,
  {
    files: ["**/*.ts"],
    extends: [tseslint.configs.recommended],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
        },
      ],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-explicit-any": "warn",
    },
  },
  {
    // The engine gives the same bytes in every JavaScript engine (Node's V8, Chromium's in the
    // studio): Math.pow and ** differ in the last bit between them (fdlibm against the C library),
    // while Math.exp, Math.log and the arithmetic operators agree. Powers of two literals are folded
    // exactly by the parser and stay allowed.
    files: ["engine/**/*.ts"],
    ignores: ["engine/node/**", "engine/calibration/**"],
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "Math",
          property: "pow",
          message: "Math.pow differs between JavaScript engines: use Math.exp/Math.log or products.",
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "BinaryExpression[operator='**']:not([left.type='Literal'][right.type='Literal'])",
          message: "** differs between JavaScript engines: use products or Math.exp/Math.log.",
        },
      ],
    },
  },
  {
    files: ["test/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["**/*.{js,mjs}"],
    languageOptions: { globals: nodeGlobals },
  },
  {
    rules: {
      "prefer-const": "error",
      eqeqeq: ["error", "always", { null: "ignore" }],
    },
  },
);
