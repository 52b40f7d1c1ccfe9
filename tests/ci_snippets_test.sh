#!/bin/sh
# The README's GitHub Actions step and GitLab CI job (between <!-- ci:github --> and
# <!-- ci:gitlab --> markers) do what the README says: run on a jobs file under the budget, they
# exit 0 and leave the Markdown summary; over it, they exit 7 and still leave the summary.
# Usage: ci_snippets_test.sh README.md PATH/TO/mlcarbon
set -eu
readme=$1
bin=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/bin"
ln -s "$bin" "$dir/bin/mlcarbon"
# The shell lines of each snippet: GitHub's `run: |` block, GitLab's `script:` items.
snippet() { sed -n "/<!-- ci:$1 -->/,/<!-- \/ci:$1 -->/p" "$readme"; }
snippet github | awk '/run: \|/ {on = 1; next} on && /^    / {sub(/^    /, ""); print}' >"$dir/github.sh"
snippet gitlab | awk '/script:/ {on = 1; next} on && /^    - / {sub(/^    - /, ""); print; next} on && !/^    - / {on = 0}' >"$dir/gitlab.sh"
for f in github gitlab; do
  [ -s "$dir/$f.sh" ] || { echo "FAIL: no shell lines found in the README's $f snippet"; exit 1; }
done
# Under 2 t: 8 A100 x 400 W (NVIDIA's datasheet) x 12 h = 38.4 kWh x PUE 1.14 (AWS 2025) =
# 43.776 kWh, tens of kg. Over: 256 H100 x 700 W x 72 h = 12,902 kWh, several tonnes at any grid here.
printf 'name,hardware,count,hours,region\nfinetune,a100,8,12,aws:us-east-1\n' >"$dir/under.csv"
printf 'name,hardware,count,hours,region\npretrain,h100,256,72,gcp:us-central1\n' >"$dir/over.csv"
run() {  # run SNIPPET JOBS EXPECTED_STATUS
  work="$dir/run-$1-$2"
  mkdir -p "$work"
  cp "$dir/$2.csv" "$work/jobs.csv"
  : >"$work/summary.md"
  status=0
  (cd "$work" && PATH="$dir/bin:$PATH" GITHUB_STEP_SUMMARY="$work/summary.md" bash -e "$dir/$1.sh") >"$work/out" 2>"$work/err" || status=$?
  [ "$status" = "$3" ] || { echo "FAIL: $1 snippet on $2.csv exited $status, expected $3"; cat "$work/err"; exit 1; }
  summary="$work/summary.md"
  [ "$1" = gitlab ] && summary="$work/carbon.md"
  grep -q '^| Job | Hardware' "$summary" || { echo "FAIL: $1 snippet on $2.csv left no Markdown table"; exit 1; }
  grep -q '^\*\*Energy and carbon footprint\.\*\*' "$summary" || { echo "FAIL: $1 snippet on $2.csv left no paragraph"; exit 1; }
  if [ "$3" = 7 ]; then grep -q 'budget exceeded' "$work/err" || { echo "FAIL: $1 on $2.csv: no budget message"; exit 1; }; fi
}
for s in github gitlab; do
  run "$s" under 0
  run "$s" over 7
done
echo "ok: both snippets, under and over the budget"
