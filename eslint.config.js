// ESLint flat config: the recommended JavaScript and typescript-eslint rules (syntax-only, no type
// information, so `npm run lint` stays fast); formatting is Prettier's job.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["lib/", "node_modules/", "fixtures/", "examples/", "coverage/", "dist/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": "off",
    },
  },
  {
    files: ["src/app/**/*.ts", "src/engine/**/*.ts", "src/detectors/**/*.ts", "src/render/**/*.ts"],
    rules: { "no-console": "error" },
  },
  {
    // CommonJS on purpose: src/detectors/ts/typescript.cts says why
    files: ["**/*.cts"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // hand-written declarations for the JavaScript bench helpers and test doubles of GitHub payloads
    files: ["**/*.d.ts", "test/app/helpers/*.ts"],
    rules: { "@typescript-eslint/consistent-type-imports": "off", "@typescript-eslint/no-explicit-any": "off" },
  },
);
