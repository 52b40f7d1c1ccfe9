#!/usr/bin/env bash
# mlcarbon-sampler against fakes: a fake NVML library (tests/fake_nvml.cpp) replaying 2 GPUs at
# 300 W and 250 W, and a fake powercap tree (tests/fake_rapl.cpp) whose package counter draws
# 120 W (and DRAM 10 W) in real time, wrapping once. The expected energies are the scripted
# watts x the duration the sampler reports, by hand: within 2 % (the fake counters move in 10 ms
# steps). Then `mlcarbon measure` and `mlcarbon run` over the same fakes. Usage:
# sampler_test.sh SAMPLER FAKE_RAPL FAKE_NVML_LIBRARY MLCARBON
set -euo pipefail
sampler=$1 fake_rapl=$2 fake_nvml=$3 mlcarbon=$4
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# Runs the sampler for SECONDS (its stdin closes then) with the rest of the arguments; prints its output.
measure() {
  local seconds=$1; shift
  "$sampler" "$@" < <(sleep "$seconds")
}

# check NAME OUTPUT PYTHON-EXPRESSION: the expression over `total` and `sources` (the records) holds.
check() {
  local name=$1 output=$2 expr=$3
  if ! python3 - "$output" "$expr" <<'EOF'
import json, sys
records = [json.loads(line) for line in sys.argv[1].splitlines()]
sources = next(r for r in records if r["record"] == "sources")
total = next(r for r in records if r["record"] == "total")
samples = [r for r in records if r["record"] == "sample"]
def near(a, b, tol=0.02):
    return abs(a - b) <= tol * abs(b)
ok = eval(sys.argv[2])
if not ok:
    print(json.dumps(total), file=sys.stderr)
sys.exit(0 if ok else 1)
EOF
  then
    fail "$name: $expr"
  fi
}

# The package counter starts 1 s of 120 W before its wrap (max_energy_range_uj 262143328850).
range=262143328850
start=$((range - 120000000))
"$fake_rapl" "$tmp/powercap" 8 120 10 "$start" "$range" &
sleep 0.3

out=$(FAKE_NVML_WATTS=300,250 measure 3 --interval 0.5 --powercap-root "$tmp/powercap" --nvml "$fake_nvml")
check "two GPUs by their counters" "$out" \
  'sources["nvml"] == "ok" and len(total["gpus"]) == 2 and all(g["method"] == "energy_counter" for g in total["gpus"])'
check "GPU 0 at 300 W" "$out" 'near(total["gpus"][0]["energy_j"], 300 * total["duration_s"])'
check "GPU 1 at 250 W" "$out" 'near(total["gpus"][1]["energy_j"], 250 * total["duration_s"])'
check "package at 120 W across the wrap" "$out" 'near(total["package_j"], 120 * total["duration_s"])'
check "DRAM at 10 W, core not added" "$out" 'near(total["dram_j"], 10 * total["duration_s"]) and sources["powercap_zones"] == ["package-0", "dram"]'
check "duration about 3 s" "$out" '2.7 <= total["duration_s"] <= 3.6'
check "samples each interval" "$out" 'len(samples) >= 5 and all(near(s["gpu_w"][0], 300, 0.05) for s in samples[1:-1])'
check "utilization from NVML" "$out" 'total["gpus"][0]["utilization"] == 0.9'

out=$(FAKE_NVML_WATTS=300 FAKE_NVML_COUNTER=0 measure 2 --interval 0.5 --powercap-root "$tmp/powercap" --nvml "$fake_nvml")
check "no counter: power samples integrated" "$out" \
  'total["gpus"][0]["method"] == "power_samples" and near(total["gpus"][0]["energy_j"], 300 * total["duration_s"])'

out=$(CUDA_VISIBLE_DEVICES=1 FAKE_NVML_WATTS=300,250 measure 1 --powercap-root "$tmp/powercap" --nvml "$fake_nvml")
check "CUDA_VISIBLE_DEVICES=1: GPU 1 only" "$out" '[g["index"] for g in total["gpus"]] == [1]'
out=$(CUDA_VISIBLE_DEVICES=GPU-fake-0 FAKE_NVML_WATTS=300,250 measure 1 --powercap-root "$tmp/powercap" --nvml "$fake_nvml")
check "CUDA_VISIBLE_DEVICES by UUID" "$out" '[g["index"] for g in total["gpus"]] == [0]'
out=$(CUDA_VISIBLE_DEVICES=7,0 FAKE_NVML_WATTS=300,250 measure 1 --powercap-root "$tmp/powercap" --nvml "$fake_nvml")
check "CUDA_VISIBLE_DEVICES stops at a GPU that is not there" "$out" 'total["gpus"] == [] and "not a GPU here" in sources["nvml_note"]'
out=$(CUDA_VISIBLE_DEVICES=7 FAKE_NVML_WATTS=300,250 measure 1 --all-gpus --powercap-root "$tmp/powercap" --nvml "$fake_nvml")
check "--all-gpus ignores CUDA_VISIBLE_DEVICES" "$out" 'len(total["gpus"]) == 2'

out=$(measure 1 --powercap-root "$tmp/none" --nvml "$tmp/no-such-library.so")
check "no NVML, no powercap: said, and still a total" "$out" \
  'sources["nvml"] == "absent" and "not loadable" in sources["nvml_note"] and sources["powercap"] == "absent" and total["package_j"] is None'
out=$(FAKE_NVML_FAIL_INIT=1 measure 1 --powercap-root "$tmp/none" --nvml "$fake_nvml")
check "NVML that does not start" "$out" 'sources["nvml"] == "absent" and "did not start" in sources["nvml_note"]'

# SIGTERM: the total is still printed. SIGINT (a Ctrl-C for the measured command) is ignored.
mkfifo "$tmp/in"
"$sampler" --interval 0.2 --powercap-root "$tmp/powercap" --nvml "$fake_nvml" < "$tmp/in" > "$tmp/term.jsonl" &
pid=$!
exec 3> "$tmp/in"  # the sampler's stdin stays open until the end of the script
sleep 0.5
kill -INT $pid
sleep 0.3
kill -0 $pid 2>/dev/null || fail "SIGINT stopped the sampler"
kill -TERM $pid
wait $pid || fail "exit status after SIGTERM"
check "SIGTERM: a total" "$(cat "$tmp/term.jsonl")" 'total["duration_s"] > 0'
exec 3>&-

# mlcarbon measure, over the same fakes (a new tree: the first one's counters have stopped).
"$fake_rapl" "$tmp/powercap2" 8 120 10 &
sleep 0.3
export MLCARBON_SAMPLER=$sampler MLCARBON_POWERCAP_ROOT=$tmp/powercap2 MLCARBON_NVML_LIBRARY=$fake_nvml FAKE_NVML_WATTS=300,250
json=$("$mlcarbon" measure --duration 2s --interval 0.5 -f json)
python3 - "$json" <<'EOF' || fail "measure -f json: the fakes' watts x the duration"
import json, sys
m = json.loads(sys.argv[1])
d = m["duration_s"]
near = lambda a, b: abs(a - b) <= 0.02 * b
ok = (1.8 <= d <= 3.0 and near(m["gpus"][0]["energy_j"], 300 * d) and near(m["gpus"][1]["energy_j"], 250 * d)
      and near(m["package_j"], 120 * d) and near(m["dram_j"], 10 * d) and near(m["measured_j"], 680 * d)
      and m["gpus"][0]["method"] == "energy_counter" and m["powercap"] == "ok")
sys.exit(0 if ok else 1)
EOF
text=$("$mlcarbon" measure --duration 1s)
grep -q "GPU 1 (Fake GPU)" <<<"$text" || fail "measure text names the GPUs"
grep -q "measured in all" <<<"$text" || fail "measure text totals"
# Until Ctrl-C: SIGINT ends the measurement and the report is printed.
"$mlcarbon" measure > "$tmp/int.txt" &
pid=$!
sleep 1.5
kill -INT $pid
wait $pid || fail "measure exits 0 after Ctrl-C"
grep -q "CPU packages" "$tmp/int.txt" || fail "measure reports after Ctrl-C"
MLCARBON_SAMPLER=$tmp/none "$mlcarbon" measure --duration 1s > /dev/null 2> "$tmp/err.txt" && fail "a missing sampler is an error"
grep -q "MLCARBON_SAMPLER names" "$tmp/err.txt" || fail "a missing sampler is named"
unset MLCARBON_SAMPLER MLCARBON_POWERCAP_ROOT MLCARBON_NVML_LIBRARY FAKE_NVML_WATTS

# mlcarbon run (issue 14's acceptance): 2 GPUs at 300 W and 250 W and RAPL at 120 W while
# `sleep 10` runs: GPU energy 550 W x 10 s = 5,500 J = 1.528 Wh, CPU 120 W x 10 s = 1,200 J =
# 0.333 Wh, within 2 %; the command's exit status is kept; SIGINT mid-run still reports.
"$fake_rapl" "$tmp/powercap3" 40 120 &
sleep 0.3
export MLCARBON_SAMPLER=$sampler MLCARBON_POWERCAP_ROOT=$tmp/powercap3 MLCARBON_NVML_LIBRARY=$fake_nvml FAKE_NVML_WATTS=300,250
json=$("$mlcarbon" run -g a100 -n 2 -r FR --pue 1.1 -f json -- sleep 10)
python3 - "$json" <<'EOF' || fail "run -- sleep 10: GPU 1.528 Wh and CPU 0.333 Wh within 2 %"
import json, sys
e = json.loads(sys.argv[1])
run = e["run"]
gpu_wh = sum(p["energy_kwh"] for p in run["parts"] if p["kind"] == "gpu") * 1000
cpu_wh = sum(p["energy_kwh"] for p in run["parts"] if p["kind"] == "cpu") * 1000
near = lambda a, b: abs(a - b) <= 0.02 * b
it_kwh = e["it_energy_kwh"]
ok = (near(gpu_wh, 5500 / 3600) and near(cpu_wh, 1200 / 3600) and 9.9 <= run["seconds"] <= 11 and run["exit_status"] == 0
      and all(p["measured"] for p in run["parts"]) and e["inputs"]["power_origin"] == "measured"
      and abs(it_kwh - (gpu_wh + cpu_wh) / 1000) < 1e-9 and abs(e["energy_kwh"] - it_kwh * 1.1) < 1e-9
      and abs(e["inputs"]["hours"] - run["seconds"] / 3600) < 1e-9 and e["embodied_kg"] > 0)
if not ok:
    print(json.dumps(run), gpu_wh, cpu_wh, file=sys.stderr)
sys.exit(0 if ok else 1)
EOF
# run --intensity-series: the measured power's shape over the run against a series (here one
# figure, 200 g/kWh, from an hour ago for a day): the hourly figure is the facility energy x 200 g.
python3 - "$tmp/now.csv" <<'EOF'
import sys, time, datetime
t = (int(time.time()) // 3600 - 1) * 3600
with open(sys.argv[1], "w") as f:
    f.write("timestamp,g_per_kwh\n")
    for h in range(25):
        f.write(datetime.datetime.fromtimestamp(t + 3600 * h, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ") + ",200\n")
EOF
json=$("$mlcarbon" run -g a100 -n 2 -r FR --pue 1.1 --intensity-series "$tmp/now.csv" -f json -- sleep 2)
python3 - "$json" <<'EOF' || fail "run --intensity-series: the measured profile priced at 200 g/kWh"
import json, sys
e = json.loads(sys.argv[1])
s = e["intensity_series"]
ok = (abs(s["co2e_kg"] - e["energy_kwh"] * 0.2) <= 1e-9 * e["energy_kwh"] and abs(s["mean_g_per_kwh"] - 200) < 1e-9
      and any("measured power was" in n for n in e["run"]["notes"]))
if not ok:
    print(json.dumps(s), json.dumps(e["run"]["notes"]), file=sys.stderr)
sys.exit(0 if ok else 1)
EOF
# run --record writes the measured energy minute by minute; --jobs with the series spreads it so.
"$mlcarbon" run -g a100 -n 2 -r FR --record "$tmp/rec.jsonl" -q -- sleep 2 > /dev/null
json=$("$mlcarbon" estimate --jobs "$tmp/rec.jsonl" --intensity-series "$tmp/now.csv" -f json)
python3 - "$json" "$tmp/rec.jsonl" <<'EOF' || fail "run --record's profile: --jobs with the series at 200 g/kWh"
import json, sys
e = json.loads(sys.argv[1])
rec = json.loads(open(sys.argv[2]).read())
job = e["jobs"][0]
ok = (rec["profile_step_s"] == 60 and len(rec["profile_kwh"].split()) == 1 and float(rec["profile_kwh"]) > 0
      and abs(job["intensity_series"]["co2e_kg"] - job["energy_kwh"] * 0.2) <= 1e-9 * job["energy_kwh"])
if not ok:
    print(json.dumps(rec), json.dumps(job), file=sys.stderr)
sys.exit(0 if ok else 1)
EOF
set +e
out=$("$mlcarbon" run -r FR --intensity 100 -- sh -c 'echo to-stdout; exit 3' 2>/dev/null)
status=$?
set -e
[ "$status" -eq 3 ] || fail "run keeps the command's exit status (got $status)"
grep -q "^to-stdout$" <<<"$out" || fail "the command's stdout passes through"
tr -s ' \n' ' ' <<<"$out" | grep -q "exit status 3)" || fail "the report says the exit status"
"$mlcarbon" run -r FR -- sleep 30 > "$tmp/run-int.txt" &
pid=$!
sleep 1.5
kill -INT $pid
set +e
wait $pid
status=$?
set -e
[ "$status" -eq 130 ] || fail "SIGINT: the command's status 130 (got $status)"
tr -s ' \n' ' ' < "$tmp/run-int.txt" | grep -q "Measured by mlcarbon run: \`sleep 30\` (.*interrupted)" || fail "SIGINT mid-run still prints a report"
set +e
"$mlcarbon" run -r FR -- no-such-command-here > /dev/null 2> "$tmp/err.txt"
status=$?
set -e
[ "$status" -eq 127 ] || fail "a command not found exits 127 (got $status)"
grep -q "command not found" "$tmp/err.txt" || fail "a command not found is named"
# Nothing measured: the parts named are modelled from their TDP, and said so.
json=$(MLCARBON_POWERCAP_ROOT=$tmp/none MLCARBON_NVML_LIBRARY=$tmp/none.so "$mlcarbon" run -g a100 -n 2 -r FR -f json -- sleep 1)
python3 - "$json" <<'EOF' || fail "nothing measured: modelled from the TDP"
import json, sys
e = json.loads(sys.argv[1])
run = e["run"]
ok = (not any(p["measured"] for p in run["parts"]) and e["inputs"]["power_origin"] == "hardware"
      and any("Nothing was measured" in n for n in run["notes"]) and any("not loadable" in n for n in run["notes"]))
sys.exit(0 if ok else 1)
EOF
# Counters that do not move (the first fake tree has stopped): a measured 0, reported as such.
json=$(MLCARBON_POWERCAP_ROOT=$tmp/powercap MLCARBON_NVML_LIBRARY=$tmp/none.so "$mlcarbon" run -r FR -f json -- true)
python3 - "$json" <<'EOF' || fail "a measured 0 is reported"
import json, sys
e = json.loads(sys.argv[1])
sys.exit(0 if e["co2e_kg"] == 0 and e["inputs"]["power_origin"] == "measured" and e["run"]["parts"][0]["method"] == "rapl" else 1)
EOF
# --record: each run appended as a jobs row; --jobs over the record gives the runs' estimates again.
rm -f "$tmp/runs.jsonl"
a=$("$mlcarbon" run -g a100 -n 2 -r FR --record "$tmp/runs.jsonl" -f json -- sleep 1)
b=$("$mlcarbon" run -g a100 -n 2 -r aws:us-east-1 --pue 1.2 --record "$tmp/runs.jsonl" -f json -- sleep 1)
total=$("$mlcarbon" estimate --jobs "$tmp/runs.jsonl" --value co2e_kg --digits full)
python3 - "$a" "$b" "$total" "$tmp/runs.jsonl" <<'EOF' || fail "--record: --jobs over the record sums the runs"
import json, sys
a, b = json.loads(sys.argv[1]), json.loads(sys.argv[2])
rows = [json.loads(line) for line in open(sys.argv[4])]
total = float(sys.argv[3])
ok = (len(rows) == 2 and abs(total - (a["co2e_kg"] + b["co2e_kg"])) <= 1e-12 * total
      and rows[0]["command"] == "sleep 1" and rows[0]["exit_status"] == 0 and rows[1]["pue"] == "1.2"
      and abs(rows[0]["gpu_kwh"] + rows[0]["cpu_kwh"] + rows[0]["dram_kwh"] - rows[0]["energy_kwh"]) < 1e-12
      and rows[0]["start"].endswith("Z") and rows[0]["hours"] == a["inputs"]["hours"])
if not ok:
    print(rows, total, a["co2e_kg"], b["co2e_kg"], file=sys.stderr)
sys.exit(0 if ok else 1)
EOF
unset MLCARBON_SAMPLER MLCARBON_POWERCAP_ROOT MLCARBON_NVML_LIBRARY FAKE_NVML_WATTS

set +e
"$sampler" --interval 0 < /dev/null > /dev/null 2>&1
[ $? -eq 2 ] || fail "--interval 0 is refused with status 2"
"$sampler" --bogus < /dev/null > /dev/null 2>&1
[ $? -eq 2 ] || fail "an unknown argument is refused with status 2"
set -e

if [ "$failures" -ne 0 ]; then
  echo "sampler_test: $failures failure(s)"
  exit 1
fi
echo "sampler_test: ok"
