#!/usr/bin/env bash
# Seeds every fuzz target's corpus with the fixtures of the matching kind.
set -euo pipefail
cd "$(dirname "$0")"
seed() {
  local target="$1" pattern="$2"
  mkdir -p "corpus/$target"
  find ../tests/fixtures ../fixtures -type f -regextype posix-extended -regex "$pattern" -exec cp {} "corpus/$target/" \;
}
seed hcl '.*\.tf$'
seed hcl_differential '.*\.tf$'
seed terraform_json '.*\.tf\.json$'
seed tfvars '.*\.tfvars$'
seed cloudformation_yaml '.*\.ya?ml$'
seed cloudformation_json '.*\.(json|template)$'
seed json_differential '.*\.(json|template)$'
seed yaml_differential '.*\.(ya?ml|template)$'
seed plan_json '.*plan\.json$'
mkdir -p corpus/config && printf 'allowed-ports = ["tcp:443"]\n[[per-path]]\npaths = ["a/**"]\nignore = ["SG001"]\n' > corpus/config/seed.toml
mkdir -p corpus/pipeline && for file in ../tests/fixtures/SG00*/positive*; do printf '\000' | cat - "$file" > "corpus/pipeline/$(basename "$file")"; done
mkdir -p corpus/terraform_modules && cp regressions/terraform_modules/* corpus/terraform_modules/
