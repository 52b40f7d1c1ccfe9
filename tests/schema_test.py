#!/usr/bin/env python3
"""Validates mlcarbon's JSON outputs against the JSON Schemas in schema/.

usage: python3 tests/schema_test.py PATH/TO/mlcarbon SCHEMA_DIR

Runs the binary for a representative set of commands (single estimates, jobs files with good and
bad rows, hardware, regions, data check), parses what each prints on stdout and validates it with
the `jsonschema` package (Debian: python3-jsonschema; draft 2020-12, format checking off). Also
checks that every schema file is itself a valid schema, that the schemas reject a few broken
documents (so a schema that accepts anything fails), and a few promises of the README that a
schema cannot express (`--format jsonl` prints the same object as `--format json`, ...).

Exit status: 0 when everything validates ("ok: N documents validated"), 1 on any failure (each
failure names the command and the JSON path), 2 on bad usage, 77 when `jsonschema` is missing
(CTest: SKIP_RETURN_CODE 77).
"""
import copy
import json
import os
import shlex
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:  # pragma: no cover - depends on the machine
    print("skip: the Python package jsonschema is not installed (Debian: apt-get install python3-jsonschema)")
    sys.exit(77)

SCHEMA_FILES = [
    "estimate.schema.json",
    "jobs.schema.json",
    "jobs-record.schema.json",
    "hardware.schema.json",
    "regions.schema.json",
    "data-check.schema.json",
    "compare.schema.json",
    "instances.schema.json",
    "measure.schema.json",
    "when.schema.json",
]
# $defs that several schemas carry (each schema file is self-contained): they must not drift apart.
SHARED_DEFS = ["source", "data", "equivalent"]

TIMEOUT_S = 120
CONDITION_KEYWORDS = {"if", "then", "else", "not", "allOf"}

# A jobs file in CSV: good rows (cloud region, private site with offsets, country, Google region
# with its own intensity) and bad rows (unknown hardware, not a number, unknown region, no hours).
JOBS_CSV = """\
name,hardware,count,hours,duration,region,power,utilization,intensity,pue,offset,offset_kg
cloud,a100,8,24,,aws:us-east-1,,,,,,
private,,2,10,,,300,,250,1.2,30,
country,h100,4,,1d12h,FR,,0.5,,,,
gcp,v100,1,12,,gcp:us-central1,,,,,,2
bad-hardware,nosuchgpu,1,5,,FR,,,,,,
bad-number,v100,abc,5,,FR,,,,,,
bad-region,v100,1,5,,nowhere:zz-9,,,,,,
no-hours,v100,1,,,FR,,,,,,
"""

# The same kind of file in JSON Lines, with a line that is not a flat JSON object.
JOBS_JSONL = """\
{"name": "tpu", "hardware": "tpu-v3", "count": 64, "hours": 100, "region": "gcp:europe-west4"}
{"name": "measured", "hardware": "a100", "power": 250, "hours": 3, "region": "country:DE", "offset_kg": 1}
{"hardware": "xeon-e5-2699-v3", "count": 2, "hours": 1.5, "region": "azure:westeurope", "pue": 1.3}
{"name": "bad-number", "hardware": "a100", "hours": "ten", "region": "FR"}
{"name": "metered", "energy_kwh": "1.5MWh", "region": "world"}
{"name": "slice", "hardware": "v4-32", "hours": 10, "energy_kwh": 40, "region": "gcp:us-central1"}
{"name": "bad-hardware", "hardware": "A1OO", "hours": 1, "region": "FR"}
[1, 2, 3]
"""

# Good rows only: exit status 0.
JOBS_GOOD_CSV = """\
name,hardware,count,hours,region,cpu,cpu_cores,memory_gb,cpu_tdp_w
a,a100,8,24,aws:us-east-1,,,,
b,h100,2,1,FR,,,,
c,,,10,FR,epyc-7763,32,128,
d,,,10,FR,,,64,150
"""

# 48 hourly intensities, and the Carbon Intensity API's half-hours (actual, then forecast).
SERIES_CSV = "timestamp,g_per_kwh\n" + "".join(f"2024-03-{1 + h // 24:02}T{h % 24:02}:00Z,{50 if 30 <= h <= 35 else 200}\n" for h in range(48))
SERIES_GB_JSON = json.dumps({"data": [{"from": f"2024-03-01T{h // 2:02}:{30 * (h % 2):02}Z",
                                       "to": f"2024-03-01T{(h + 1) // 2:02}:{30 * ((h + 1) % 2):02}Z",
                                       "intensity": {"forecast": 100 + h, "actual": 90 + h if h < 8 else None, "index": "low"}}
                                      for h in range(20)]})

# An overlay of extra entries: a private device (an estimate, with cores and no memory), a provider
# without a PUE but with a claim, a sub-national grid (direct basis, zero intensity) and a site with
# its own PUE; exercises the kinds and origins the built-in data lacks.
OVERLAY = {
    "schema_version": 1,
    "description": "schema test overlay",
    "sources": {
        "schema-test-lab": {"title": "Schema test lab measurements", "publisher": "mlcarbon tests",
                            "url": "https://example.org/lab", "year": 2024, "license": "CC0-1.0"}
    },
    "hardware": [
        {"id": "lab-asic-x1", "name": "Lab ASIC X1", "vendor": "Lab", "kind": "accelerator",
         "power_w": 123.5, "power_kind": "estimate", "cores": 64, "source": "schema-test-lab"}
    ],
    "providers": [
        {"id": "labcloud", "name": "Lab Cloud",
         "claims": [{"text": "Lab Cloud says it matches its use with renewables.", "year": 2024,
                     "source": "schema-test-lab"}]}
    ],
    "grids": [
        {"id": "US-TST", "kind": "subregion", "name": "Test grid", "country": "US",
         "intensity_g_per_kwh": 0, "year": 2023, "basis": "direct", "source": "schema-test-lab",
         "mix": {"year": 2023, "source": "schema-test-lab", "unit": "percent", "hydro": 100}}
    ],
    "regions": [
        {"provider": "labcloud", "id": "lab-1", "name": "Lab One", "location": "Basement", "country": "US",
         "grid": "US-TST", "pue": 1.05, "pue_year": 2024, "pue_source": "schema-test-lab"},
        {"provider": "labcloud", "id": "lab-2", "name": "Lab Two", "location": "Attic", "country": "FR",
         "grid": "FR"}
    ],
}


class Failures:
    def __init__(self):
        self.messages = []

    def add(self, command, message):
        self.messages.append(f"FAIL: {command}\n  {message}")


def undocumented_properties(node, path="#", in_condition=False):
    """Properties without a "description" (outside if/then/else/not/allOf fragments, which only
    constrain properties documented elsewhere): the schemas double as documentation."""
    missing = []
    if isinstance(node, dict):
        if "properties" in node and not in_condition:
            missing += [f"{path}/properties/{key}" for key, sub in node["properties"].items()
                        if not isinstance(sub, dict) or "description" not in sub]
        for key, sub in node.items():
            missing += undocumented_properties(sub, f"{path}/{key}", in_condition or key in CONDITION_KEYWORDS)
    elif isinstance(node, list):
        for index, sub in enumerate(node):
            missing += undocumented_properties(sub, f"{path}/{index}", in_condition)
    return missing


# The breakdown's rows, in their documented order; the first twelve are always there.
BREAKDOWN_ORDER = ["count", "power_w", "utilization", "cpu_count", "cpu_power_w", "cpu_utilization", "memory_gb",
                   "memory_w_per_gb", "overhead_w", "it_power_kw", "flops", "peak_tflops", "mfu", "device_hours", "hours",
                   "it_energy_kwh", "pue", "energy_kwh", "published_intensity_g_per_kwh", "basis_conversion_g_per_kwh",
                   "intensity_g_per_kwh", "co2e_kg", "offset_kg", "net_co2e_kg",
                   "market_co2e_kg", "embodied_kg", "total_with_embodied_kg"]
ALWAYS = {"count", "power_w", "utilization", "it_power_kw", "hours", "it_energy_kwh", "pue", "energy_kwh",
          "intensity_g_per_kwh", "co2e_kg", "offset_kg", "net_co2e_kg"}


def breakdown_order_problem(doc):
    """None when the estimate's breakdown rows follow the documented order, else what is wrong."""
    names = [row.get("name") for row in doc.get("breakdown", [])]
    # A given energy (--energy-kwh) replaces power x time: the devices and hours are there only when given.
    # A job without accelerators (power_origin "none") has no devices' lines.
    origin = doc.get("inputs", {}).get("power_origin")
    always = ALWAYS - {"count", "power_w", "utilization", "it_power_kw", "hours"} if origin == "energy" \
        else ALWAYS - {"count", "power_w", "utilization"} if origin == "none" else ALWAYS
    missing = always - set(names)
    if missing:
        return f"breakdown lacks {sorted(missing)}"
    positions = [BREAKDOWN_ORDER.index(n) for n in names]
    if positions != sorted(positions) or len(set(names)) != len(names):
        return f"breakdown rows out of the documented order: {names}"
    return None


def json_path(error):
    path = "$"
    for part in error.absolute_path:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def describe_error(error):
    """The deepest, most specific error of an if/then, allOf or oneOf."""
    best = jsonschema.exceptions.best_match([error])
    schema_path = "/".join(str(p) for p in best.absolute_schema_path)
    instance = json.dumps(best.instance, ensure_ascii=False)
    if len(instance) > 160:
        instance = instance[:157] + "..."
    return f"at {json_path(best)}: {best.message if len(best.message) < 300 else best.message[:297] + '...'}" \
           f"\n    value: {instance}\n    schema keyword (path through $ref): #/{schema_path}"


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    binary, schema_dir = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    if not os.access(binary, os.X_OK):
        print(f"schema_test: {binary} is not an executable", file=sys.stderr)
        return 2
    failures = Failures()

    # ---- the schemas themselves -------------------------------------------------------------
    schemas = {}
    for name in SCHEMA_FILES:
        path = os.path.join(schema_dir, name)
        try:
            with open(path, encoding="utf-8") as f:
                schema = json.load(f)
            jsonschema.Draft202012Validator.check_schema(schema)
        except (OSError, ValueError) as e:
            failures.add(f"load {path}", str(e))
            continue
        except jsonschema.exceptions.SchemaError as e:
            failures.add(f"check_schema {path}", f"not a valid draft 2020-12 schema: {e.message} "
                                                 f"(at {'/'.join(str(p) for p in e.absolute_path)})")
            continue
        if schema.get("$schema") != "https://json-schema.org/draft/2020-12/schema":
            failures.add(f"check_schema {path}", "$schema is not https://json-schema.org/draft/2020-12/schema")
        for where in undocumented_properties(schema):
            failures.add(f"document {path}", f"property {where} has no \"description\"")
        schemas[name] = schema
    for key in SHARED_DEFS:
        copies = {name: s["$defs"][key] for name, s in schemas.items() if key in s.get("$defs", {})}
        first = next(iter(copies.items()), None)
        for name, definition in copies.items():
            if definition != first[1]:
                failures.add(f"compare {name} and {first[0]}", f"$defs/{key} differs: keep the copies identical")
    if len(schemas) != len(SCHEMA_FILES):
        print("\n".join(failures.messages))
        return 1
    validators = {name: jsonschema.Draft202012Validator(schema) for name, schema in schemas.items()}

    # ---- the commands -----------------------------------------------------------------------
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env = {k: v for k, v in os.environ.items() if not k.startswith("MLCARBON_")}
    env["MLCARBON_CONFIG"] = ""  # no project file (.mlcarbon.json) from the directories above
    env["LC_ALL"] = "C"
    documents = 0

    with tempfile.TemporaryDirectory(prefix="mlcarbon-schema-") as tmp:
        files = {"series.csv": SERIES_CSV, "gb.json": SERIES_GB_JSON, "jobs.csv": JOBS_CSV, "jobs.jsonl": JOBS_JSONL, "good.csv": JOBS_GOOD_CSV,
                 "overlay.json": json.dumps(OVERLAY, indent=2)}
        for name, text in files.items():
            with open(os.path.join(tmp, name), "w", encoding="utf-8") as f:
                f.write(text)
        overlay = ["--data-add", "overlay.json"]

        def run(args, schema, mode="json", status=0, settings=None):
            """Runs mlcarbon ARGS, validates stdout; returns the parsed document(s) or None."""
            nonlocal documents
            command = "mlcarbon " + shlex.join(args)
            try:
                proc = subprocess.run([binary, *args], cwd=tmp, env={**env, **(settings or {})}, capture_output=True,
                                      timeout=TIMEOUT_S)
            except subprocess.TimeoutExpired:
                failures.add(command, f"did not finish in {TIMEOUT_S} s")
                return None
            stderr = proc.stderr.decode("utf-8", "replace").strip()
            if proc.returncode != status:
                failures.add(command, f"exit status {proc.returncode}, expected {status}; stderr: {stderr[:500]}")
                return None
            try:
                text = proc.stdout.decode("utf-8")
            except UnicodeDecodeError as e:
                failures.add(command, f"stdout is not UTF-8: {e}")
                return None
            if not text.endswith("\n"):
                failures.add(command, "stdout does not end with a newline")
                return None
            if mode == "json":
                chunks = [text]
            else:
                chunks = text.splitlines()
                if not chunks or any(not line.strip() for line in chunks):
                    failures.add(command, "JSON Lines output is empty or has a blank line")
                    return None
            docs = []
            for number, chunk in enumerate(chunks, 1):
                where = "" if mode == "json" else f" (line {number})"
                try:
                    doc = json.loads(chunk)
                except ValueError as e:
                    failures.add(command, f"stdout{where} is not JSON: {e}")
                    return None
                errors = sorted(validators[schema].iter_errors(doc), key=json_path)
                if schema == "estimate.schema.json" and breakdown_order_problem(doc):
                    failures.add(command + where, breakdown_order_problem(doc))
                for error in errors[:5]:
                    failures.add(command + where, f"does not match schema/{schema} {describe_error(error)}")
                if len(errors) > 5:
                    failures.add(command + where, f"... and {len(errors) - 5} more errors")
                documents += 1
                docs.append(doc)
            return docs[0] if mode == "json" else docs

        def expect(command, condition, message):
            if not condition:
                failures.add(command, message)

        # Single estimates.
        a100 = ["estimate", "-g", "a100", "-n", "8", "--hours", "24", "--region", "aws:us-east-1"]
        as_json = run(a100 + ["--format", "json"], "estimate.schema.json")
        as_jsonl = run(a100 + ["--format", "jsonl"], "estimate.schema.json", mode="jsonl")
        if as_json is not None and as_jsonl is not None:
            expect("mlcarbon " + shlex.join(a100 + ["--format", "jsonl"]),
                   len(as_jsonl) == 1 and as_jsonl[0] == as_json,
                   "--format jsonl does not print the same object as --format json, on one line")
        run(["estimate", "--power", "310", "-n", "2", "--hours", "500", "--intensity", "250", "--pue", "1.4",
             "--format", "json"], "estimate.schema.json")
        run(["estimate", "--power", "310", "--hours", "500", "--intensity", "250", "--format", "json"],
            "estimate.schema.json")
        # A reported energy (--energy-kwh): alone, and with the devices and hours that give embodied emissions.
        run(["estimate", "--energy-kwh", "1.2MWh", "--region", "FR", "--format", "json"], "estimate.schema.json")
        run(["estimate", "--energy-kwh", "1200", "-g", "a100", "-n", "8", "--hours", "300", "--region", "aws:us-east-1",
             "--format", "json"], "estimate.schema.json")
        # measure, and run (here without NVML or RAPL: the parts modelled, and said so).
        run(["measure", "--duration", "0.3s", "--interval", "0.1", "--format", "json"], "measure.schema.json")
        run(["run", "-g", "a100", "-n", "2", "-r", "FR", "--format", "json", "--", "true"], "estimate.schema.json")
        # A TPU slice by its name, and the world average.
        run(["estimate", "-g", "tpu-v3-8", "--hours", "24", "--region", "world", "--format", "json"], "estimate.schema.json")
        gcp = run(["estimate", "-g", "V100-PCIe-16GB", "-n", "4", "--duration", "3d12h", "--region", "gcp:us-central1",
                   "--utilization", "0.7", "--format", "json"], "estimate.schema.json")
        if gcp is not None:
            expect("mlcarbon estimate ... --region gcp:us-central1", len(gcp["provider_claims"]) >= 1,
                   "no provider_claims for gcp:us-central1 (expected its CFE share)")
        run(["estimate", "-g", "h100", "-n", "64", "--hours", "72", "--region", "FR", "--format", "json"],
            "estimate.schema.json")
        run(["estimate", "-g", "h100", "--hours", "1", "--region", "France", "--budget", "1g", "--format", "json"],
            "estimate.schema.json", status=7)  # over budget: same output, status 7
        equivalents = run(["estimate", "-g", "a100", "--hours", "10", "--region", "azure:westeurope", "--offset", "30",
                           "--equivalents", "--format", "json"], "estimate.schema.json")
        if equivalents is not None:
            expect("mlcarbon estimate ... --equivalents", len(equivalents["equivalents"]) > 0,
                   "--equivalents printed no equivalents")
        for tool in ("mlco2", "codecarbon", "carbontracker", "green-algorithms"):
            compat = run(["estimate", "--compat", tool, "-g", "a100", "-n", "8", "--hours", "24", "--region", "gcp:europe-west1",
                          "--cpu", "epyc-7763", "--memory-gb", "1024", "--format", "json"], "estimate.schema.json")
            expect(f"mlcarbon estimate --compat {tool}", compat["compat"] is not None and compat["compat"]["tool"] == tool,
                   "the compat object names the tool")
        run(["estimate", "--compat", "mlco2", "--power", "350", "--hours", "72", "--format", "jsonl"], "estimate.schema.json",
            mode="jsonl")
        # Modes of the trackers, and jobs without accelerators (power_origin "none").
        for tool in ("codecarbon:constant", "codecarbon:threads=64", "carbontracker:simulated", "carbontracker:v1"):
            run(["estimate", "--compat", tool, "--tdp", "400", "-n", "2", "--cpu-tdp", "150", "--hours", "10", "--intensity", "300",
                 "--format", "json"], "estimate.schema.json")
        run(["estimate", "--cpu", "epyc-7763", "--cpu-cores", "32", "--memory-gb", "128", "--hours", "48", "-r", "DE", "--format",
             "json"], "estimate.schema.json")
        run(["estimate", "--cpu-tdp", "150", "--cpu-count", "2", "--hours", "10", "--intensity", "300", "--compat", "codecarbon",
             "--format", "json"], "estimate.schema.json")
        run(["estimate", "--instance", "aws:c6i.4xlarge", "-n", "2", "--hours", "24", "-r", "aws:us-east-1", "--format", "json"],
            "estimate.schema.json")
        run(["compare", "--instance", "aws:c6i.4xlarge", "--hours", "24", "-r", "aws:us-east-1", "--regions", "aws:eu-north-1",
             "--format", "json"], "compare.schema.json")
        run(["instances", "show", "aws:m6i.4xlarge", "--format", "json"], "instances.schema.json")
        # Hour by hour, and when to start (the series written with the jobs files below).
        run(["estimate", "--power", "1000", "--hours", "3", "--pue", "1", "-r", "GB", "--intensity-series", "series.csv", "--start",
             "2024-03-01T10:30Z", "--format", "json"], "estimate.schema.json")
        run(["when", "--power", "1000", "--hours", "6", "--intensity-series", "series.csv", "--from", "2024-03-01T00:00Z", "--within",
             "30h", "--format", "json"], "when.schema.json")
        run(["when", "--power", "1000", "--hours", "6", "-r", "GB", "--intensity-series", "gb.json", "--from", "2024-03-01T00:00Z",
             "--deadline", "2024-03-01T08:00Z", "--top", "2", "--format", "json"], "when.schema.json")
        run(["estimate", "--power", "330", "-n", "10000", "--duration", "14.8d", "--pue", "1.1", "--intensity", "429",
             "--offset-kg", "1000000000", "--format", "jsonl"], "estimate.schema.json", mode="jsonl")
        run(["estimate", "-g", "a100", "--power", "300", "--hours", "5", "--region", "country:DE", "--format", "json"],
            "estimate.schema.json")
        run(["estimate", "-g", "tpu-v3", "-n", "32", "--hours", "5", "--region", "aws:us-east-1", "--intensity", "100",
             "--pue", "1.2", "--format", "json"], "estimate.schema.json")
        run(overlay + ["estimate", "-g", "lab-asic-x1", "--hours", "3", "-r", "labcloud:lab-1", "--format", "json"],
            "estimate.schema.json")
        run(overlay + ["estimate", "-g", "lab-asic-x1", "--hours", "3", "-r", "labcloud:lab-2", "--format", "json"],
            "estimate.schema.json")
        run(overlay + ["estimate", "-g", "a100", "--hours", "3", "-r", "grid:US-TST", "--format", "json"],
            "estimate.schema.json")
        mini = os.path.join(repo, "tests", "data", "mini")
        if os.path.isdir(mini):
            run(["--data-dir", mini, "estimate", "-g", "v100", "--hours", "1", "-r", "aws:eu-west-1", "--format", "json"],
                "estimate.schema.json")

        # Jobs files.
        for jobs in ["jobs.csv", "jobs.jsonl"]:
            base = ["estimate", "--jobs", jobs]
            full = run(base + ["--format", "json"], "jobs.schema.json", status=6)
            totals_only = run(base + ["--format", "json", "--totals-only", "--equivalents"], "jobs.schema.json", status=6)
            records = run(base + ["--format", "jsonl"], "jobs-record.schema.json", mode="jsonl", status=6)
            run(base + ["--format", "jsonl", "--totals-only"], "jobs-record.schema.json", mode="jsonl", status=6)
            command = "mlcarbon " + shlex.join(base)
            if full is not None:
                expect(command, full["jobs"] and full["errors"], "expected both good and bad rows")
                expect(command, full["errors_not_listed"] == full["totals"]["failed"] - len(full["errors"]),
                       "errors_not_listed != totals.failed - len(errors)")
            if totals_only is not None:
                expect(command + " --totals-only", totals_only["jobs"] == [], "--totals-only printed jobs")
            if records is not None:
                kinds = [r.get("record") for r in records]
                expect(command + " --format jsonl", kinds.count("total") == 1, "expected exactly one total record")
        run(["estimate", "--jobs", "good.csv", "--format", "json"], "jobs.schema.json")
        run(["estimate", "--jobs", "good.csv", "--format", "jsonl"], "jobs-record.schema.json", mode="jsonl")
        run(overlay + ["estimate", "--jobs", "good.csv", "--region", "grid:US-TST", "--format", "json"],
            "jobs.schema.json")

        # SLURM accounting with a cluster file: totals by group, skipped lines, each job against a series.
        sacct = ["estimate", "--jobs", os.path.join(repo, "tests", "data", "sacct", "accounting.txt"), "--jobs-format", "sacct",
                 "--cluster", os.path.join(repo, "tests", "data", "sacct", "cluster.json")]
        grouped = run(sacct + ["--group-by", "user,account,partition,month", "--format", "json"], "jobs.schema.json", status=6)
        if grouped is not None:
            expect("estimate --jobs-format sacct --group-by", len(grouped["totals"]["by_user"]) == 3, "expected 3 users")
        run(sacct + ["--group-by", "user,account,partition,month", "--format", "jsonl"], "jobs-record.schema.json", mode="jsonl",
            status=6)
        hourly = run(sacct + ["--intensity-series", "series.csv", "--group-by", "month", "--format", "json"], "jobs.schema.json",
                     status=6)
        if hourly is not None:
            notes = {j["intensity_series"]["note"] for j in hourly["jobs"]}
            expect("estimate --jobs-format sacct --intensity-series", None in notes and "outside the series" in notes,
                   "expected jobs both within and outside the series")
        run(sacct + ["--intensity-series", "series.csv", "--format", "jsonl"], "jobs-record.schema.json", mode="jsonl", status=6)

        # Defaults from the environment: named in "settings" (and records "setting").
        defaults = {"MLCARBON_PUE": "1.2", "MLCARBON_REGION": "FR"}
        one = run(["estimate", "-g", "a100", "--hours", "3", "--format", "json"], "estimate.schema.json", settings=defaults)
        if one is not None:
            expect("MLCARBON_PUE=1.2 estimate", one["inputs"]["pue_origin"] == "setting", "pue_origin is not \"setting\"")
            expect("MLCARBON_PUE=1.2 estimate", len(one["settings"]) == 2, "expected two settings")
        run(["estimate", "--jobs", "good.csv", "--format", "json"], "jobs.schema.json", settings=defaults)
        lines = run(["estimate", "--jobs", "good.csv", "--format", "jsonl"], "jobs-record.schema.json", mode="jsonl",
                    settings=defaults)
        if lines is not None:
            expect("MLCARBON_PUE=1.2 estimate --jobs", [r["record"] for r in lines].count("setting") == 2,
                   "expected two setting records")
        run(["compare", "-g", "a100", "--hours", "24", "--pue-values", "1.1", "--format", "json"], "compare.schema.json",
            settings=defaults)

        # Comparisons.
        run(["compare", "-g", "a100", "-n", "8", "--hours", "24", "--region", "aws:us-east-1", "--regions", "gcp",
             "--pue-values", "1.1,1.6", "--format", "json"], "compare.schema.json")
        run(["compare", "-g", "a100", "-n", "64", "--params", "7B", "--tokens", "1T", "--region", "FR", "--devices",
             "h100,v100,nvidia-a2,mi300x", "--format", "json"], "compare.schema.json")

        # Hardware.
        run(["hardware", "list", "--format", "json"], "hardware.schema.json")
        run(["hardware", "list", "--kind", "cpu", "--format", "json"], "hardware.schema.json")
        run(["hardware", "show", "a100", "--format", "json"], "hardware.schema.json")
        run(["hardware", "show", "tesla-k80", "--format", "json"], "hardware.schema.json")
        run(overlay + ["hardware", "show", "lab-asic-x1", "--format", "json"], "hardware.schema.json")

        # Regions.
        run(["regions", "list", "--format", "json"], "regions.schema.json")
        run(["instances", "list", "--format", "json"], "instances.schema.json")
        run(["instances", "list", "-g", "h100", "--format", "json"], "instances.schema.json")
        run(["instances", "show", "aws:p4d.24xlarge", "--format", "json"], "instances.schema.json")
        run(["instances", "show", "gcp:a3-highgpu-8g", "--format", "json"], "instances.schema.json")
        run(["regions", "list", "--provider", "gcp", "--format", "json"], "regions.schema.json")
        run(["regions", "list", "--kind", "country", "--format", "json"], "regions.schema.json")
        run(overlay + ["regions", "list", "--kind", "subnational", "--format", "json"], "regions.schema.json")
        for region in ["aws:us-east-1", "gcp:us-central1", "FR"]:
            run(["regions", "show", region, "--format", "json"], "regions.schema.json")
        for region in ["grid:US-TST", "labcloud:lab-1", "labcloud:lab-2"]:
            run(overlay + ["regions", "show", region, "--format", "json"], "regions.schema.json")

        # Data check.
        run(["data", "check", "--format", "json"], "data-check.schema.json")
        checked = ["overlay.json"] + [os.path.join(repo, "data", f) for f in ["hardware.json", "regions.json"]
                                      if os.path.isfile(os.path.join(repo, "data", f))]
        run(["data", "check", *checked, "--format", "json"], "data-check.schema.json")

        # The schemas must reject broken documents (guards against a schema that accepts anything).
        if as_json is not None:
            def broken(description, change):
                doc = copy.deepcopy(as_json)
                change(doc)
                if validators["estimate.schema.json"].is_valid(doc):
                    failures.add("schema/estimate.schema.json", f"accepts a broken estimate: {description}")

            broken("an unknown key", lambda d: d.update(unexpected=1))
            broken("schema_version 2", lambda d: d.update(schema_version=2))
            broken("a negative co2e_kg", lambda d: d.update(co2e_kg=-1))
            broken("energy_kwh as a string", lambda d: d.update(energy_kwh="88"))
            broken("an unknown pue_origin", lambda d: d["inputs"].update(pue_origin="guess"))
            broken("a missing inputs.grid", lambda d: d["inputs"].pop("grid"))
            broken("a null power_source with a device's power", lambda d: d["inputs"].update(power_source=None))
            reversed_rows = copy.deepcopy(as_json)
            reversed_rows["breakdown"].reverse()
            if breakdown_order_problem(reversed_rows) is None:
                failures.add("tests/schema_test.py", "the order check accepts a reversed breakdown")
            broken("a source without a year", lambda d: d["inputs"]["pue_source"].pop("year"))
        if records:
            bad = dict(records[0], record="jobs")
            if validators["jobs-record.schema.json"].is_valid(bad):
                failures.add("schema/jobs-record.schema.json", "accepts a record of unknown kind \"jobs\"")

    if failures.messages:
        print("\n".join(failures.messages))
        print(f"schema_test: {len(failures.messages)} failure(s); {documents} documents validated")
        return 1
    print(f"ok: {documents} documents validated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
