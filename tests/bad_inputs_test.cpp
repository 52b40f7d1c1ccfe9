// The bad-input catalogue: every case runs the binary and asserts its exact exit status and a
// message naming the problem. No case may crash, hang or exit with an undocumented status.
#include <filesystem>
#include <string>
#include <vector>

#include "cli_support.h"
#include "cli/data_files.h"

using test::temp_dir;
using test::write;

namespace {

struct BadInput {
  const char* name;
  std::vector<std::string> args;  // "{dir}" is replaced by the fixture directory
  int status;
  const char* message;  // must appear in stderr
  std::vector<std::string> env = {};
  std::string input = {};
};

// A job that is valid but for the options a case adds.
std::vector<std::string> job(std::vector<std::string> extra) {
  std::vector<std::string> all{"estimate", "--power", "300", "--intensity", "400"};
  all.insert(all.end(), extra.begin(), extra.end());
  return all;
}

const std::vector<BadInput>& cases() {
  static const std::vector<BadInput> all = {
      // Numbers: negative, zero, NaN, infinite, too large, empty, blank, look-alikes, units.
      {"negative hours", job({"--hours", "-5"}), 2, "--hours: '-5' is out of range"},
      {"zero hours", job({"--hours", "0"}), 2, "--hours: '0' is out of range"},
      {"NaN hours", job({"--hours", "nan"}), 2, "--hours: 'nan' is not a number"},
      {"NaN upper case", job({"--hours", "NaN"}), 2, "'NaN' is not a number"},
      {"infinite hours", job({"--hours", "inf"}), 2, "--hours: 'inf' is not a number"},
      {"infinity spelled out", job({"--hours", "Infinity"}), 2, "is not a number"},
      {"1e400 hours", job({"--hours", "1e400"}), 2, "--hours: '1e400' is out of range"},
      {"empty hours", job({"--hours", ""}), 2, "--hours: '' is empty"},
      {"blank hours", job({"--hours", "   "}), 2, "--hours: '   ' is empty"},
      {"full-width digits", job({"--hours", "\xef\xbc\x91\xef\xbc\x90"}), 2, "is not a number"},
      {"hours with a unit", job({"--hours", "10h"}), 2, "--hours: '10h' is not a number"},
      {"decimal comma", job({"--hours", "1,5"}), 2, "is not a number"},
      {"hex hours", job({"--hours", "0x10"}), 2, "is not a number"},
      {"absurd hours", job({"--hours", "2000000"}), 2, "is out of range; expected hours > 0 and <= 1000000"},
      {"duration without unit", job({"--duration", "100"}), 2, "--duration: '100' has no unit"},
      {"duration with unknown unit", job({"--duration", "3x"}), 2, "has an unknown unit"},
      {"duration in years", job({"--duration", "2y"}), 2, "has an unknown unit"},
      {"duration repeating a unit", job({"--duration", "1h1h"}), 2, "repeats a unit"},
      {"absurd duration", job({"--duration", "99999999w"}), 2, "is out of range"},
      {"negative duration", job({"--duration", "-1h"}), 2, "is negative"},
      {"zero device-hours", job({"--device-hours", "0"}), 2, "--device-hours: '0' is out of range"},
      {"device-hours with a unit", job({"--device-hours", "10h"}), 2, "--device-hours: '10h' is not a number"},
      {"absurd device-hours", job({"--device-hours", "1e11"}), 2, "expected device-hours > 0 and <= 1e10"},
      {"device-hours and hours", job({"--device-hours", "1M", "--hours", "2"}), 2, "--hours and --device-hours conflict"},
      {"device-hours and compute", job({"--device-hours", "1M", "--flops", "1e20"}), 2, "--device-hours and --flops conflict"},
      {"compat: unknown tool", job({"--hours", "1", "--compat", "eco2ai"}), 2, "--compat: 'eco2ai' is not a tool"},
      {"compat: empty", job({"--hours", "1", "--compat", ""}), 2, "--compat: '' is not a tool"},
      {"zero count", job({"--hours", "1", "--count", "0"}), 2, "--count: '0' is out of range"},
      {"negative count", job({"--hours", "1", "--count", "-1"}), 2, "--count: '-1' is not a whole number"},
      {"fractional count", job({"--hours", "1", "--count", "2.5"}), 2, "is not a whole number"},
      {"count overflow", job({"--hours", "1", "--count", "99999999999999999999999"}), 2, "is out of range"},
      {"count above the limit", job({"--hours", "1", "--count", "10000001"}), 2, "<= 10000000"},
      {"PUE below 1", job({"--hours", "1", "--pue", "0.9"}), 2, "--pue: '0.9' is out of range; expected a PUE >= 1"},
      {"PUE above 3", job({"--hours", "1", "--pue", "3.5"}), 2, "--pue: '3.5' is out of range"},
      {"PUE not a number", job({"--hours", "1", "--pue", "abc"}), 2, "--pue: 'abc' is not a number"},
      {"zero power", {"estimate", "--power", "0", "--hours", "1", "--intensity", "400"}, 2, "--power: '0' is out of range"},
      {"negative power", {"estimate", "--power", "-250", "--hours", "1", "--intensity", "400"}, 2, "--power: '-250' is out of range"},
      {"absurd power", {"estimate", "--power", "1e6", "--hours", "1", "--intensity", "400"}, 2, "is out of range"},
      {"utilization above 1", {"estimate", "-g", "a100", "--hours", "1", "--intensity", "4", "-u", "1.5"}, 2, "--utilization: '1.5' is out of range"},
      {"zero utilization", {"estimate", "-g", "a100", "--hours", "1", "--intensity", "4", "-u", "0"}, 2, "is out of range"},
      {"utilization of 150%", {"estimate", "-g", "a100", "--hours", "1", "--intensity", "4", "-u", "150%"}, 2, "is out of range"},
      {"negative intensity", {"estimate", "--power", "3", "--hours", "1", "--intensity", "-1"}, 2, "--intensity: '-1' is out of range"},
      {"absurd intensity", {"estimate", "--power", "3", "--hours", "1", "--intensity", "2000"}, 2, "is out of range"},
      {"offset above 100%", job({"--hours", "1", "--offset", "101"}), 2, "--offset: '101' is out of range"},
      {"negative offset mass", job({"--hours", "1", "--offset-kg", "-5"}), 2, "--offset-kg: '-5' is out of range"},
      {"budget without unit", job({"--hours", "1", "--budget", "50"}), 2, "--budget: '50' has no unit"},
      {"budget in pounds", job({"--hours", "1", "--budget", "50lbs"}), 2, "--budget: '50lbs' has an unknown unit"},
      {"negative budget", job({"--hours", "1", "--budget", "-5kg"}), 2, "--budget: '-5kg' is negative"},
      // Options: unknown, repeated, conflicting, missing.
      {"unknown option", job({"--hours", "1", "--frobnicate"}), 2, "--frobnicate"},
      {"repeated option", job({"--hours", "1", "--hours", "2"}), 2, "--hours"},
      {"hours and duration", job({"--hours", "1", "--duration", "1h"}), 2, "--hours and --duration conflict"},
      {"two kinds of offset", job({"--hours", "1", "--offset", "1", "--offset-kg", "1"}), 2, "--offset and --offset-kg conflict"},
      {"power and utilization", job({"--hours", "1", "-u", "0.5"}), 2, "--utilization conflicts with --power"},
      {"quiet and value", job({"--hours", "1", "-q", "--value", "co2e_kg"}), 2, "--quiet and --value conflict"},
      {"option without its value", job({"--hours"}), 2, "--hours"},
      {"no duration", job({}), 2, "how long? give --hours H"},
      {"no power figure", {"estimate", "--hours", "1", "--intensity", "400"}, 2, "no power figure"},
      {"no grid intensity", {"estimate", "--hours", "1", "--power", "300"}, 2, "no grid intensity"},
      {"no command", {}, 2, "a command is required"},
      {"unknown command", {"launch"}, 2, "launch"},
      {"unknown format", job({"--hours", "1", "--format", "yaml"}), 2, "--format: 'yaml' is not a format"},
      {"format not offered by a list", {"hardware", "list", "--format", "latex"}, 2, "--format latex is not available for `hardware list`"},
      {"unknown value field", job({"--hours", "1", "--value", "bogus"}), 2, "--value: 'bogus' is not a field"},
      {"strict without jobs", job({"--hours", "1", "--strict"}), 2, "need --jobs FILE"},
      {"empty hardware name", {"estimate", "-g", "", "--hours", "1", "--intensity", "4"}, 2, "--hardware: '' is empty"},
      {"unknown hardware kind", {"hardware", "list", "--kind", "fpga"}, 2, "--kind: 'fpga' is not a kind"},
      // Names: look-alikes, unknown, ambiguous.
      {"letter O for zero", {"estimate", "-g", "A1OO", "--hours", "1", "--intensity", "4"}, 3, "unknown hardware 'A1OO'; did you mean a100-"},
      {"full-width name", {"estimate", "-g", "\xef\xbc\xa1\xef\xbc\x91\xef\xbc\x90\xef\xbc\x90", "--hours", "1", "--intensity", "4"}, 3, "did you mean a100-"},
      {"unknown region", {"estimate", "-g", "a100", "--hours", "1", "--region", "atlantis"}, 3, "unknown region 'atlantis'"},
      {"unknown provider", {"estimate", "-g", "a100", "--hours", "1", "--region", "mars:x"}, 3, "unknown provider 'mars'"},
      {"ambiguous region code", {"estimate", "-g", "a100", "--hours", "1", "--region", "useast1"}, 3, "is ambiguous; say which: aws:us-east-1, gcp:us-east1"},
      {"unknown country", {"estimate", "-g", "a100", "--hours", "1", "--region", "country:XX"}, 3, "unknown region 'country:XX'"},
      {"unknown device to show", {"hardware", "show", "nonesuch-9000"}, 3, "unknown hardware 'nonesuch-9000'"},
      // Data files: missing, a directory, not a regular file, unreadable, malformed, duplicate.
      {"missing data directory", job({"--hours", "1", "--data-dir", "{dir}/nowhere"}), 5, "cannot read '{dir}/nowhere/hardware.json'"},
      {"directory for a data file", job({"--hours", "1", "--data-dir", "{dir}/dir-as-file"}), 5, "it is a directory, expected a file"},
      {"missing regions file", job({"--hours", "1", "--data-dir", "{dir}/only-hardware"}), 5, "only-hardware/regions.json"},
      {"malformed data file", job({"--hours", "1", "--data-dir", "{dir}/malformed"}), 4, "hardware.json: not valid JSON at line 3"},
      {"repeated key in a data file", job({"--hours", "1", "--data-dir", "{dir}/repeated"}), 4, "key 'power_w' appears twice"},
      {"empty data file", {"data", "check", "{dir}/empty.json"}, 4, "not valid JSON at line 1, column 1"},
      {"overlay with an existing id", job({"--hours", "1", "--data-add", "{dir}/duplicate-id.json"}), 4, "a hardware entry with this id already exists"},
      // Found by the data fuzzer (a number beyond a double's range escaped as an internal error).
      {"overlay with a number beyond a double", job({"--hours", "1", "--data-add", "{dir}/huge-number.json"}), 4,
       "{dir}/huge-number.json: number 1e400 at line 1, column 57 is out of range for a double"},
      {"device file as overlay", job({"--hours", "1", "--data-add", "/dev/null"}), 5, "not a regular file"},
      {"unreadable data file", job({"--hours", "1", "--data-add", "/proc/self/mem"}), 5, "cannot read '/proc/self/mem'"},
      // Jobs files.
      {"missing jobs file", job({"--jobs", "{dir}/missing.csv"}), 5, "--jobs: cannot read '{dir}/missing.csv'"},
      {"directory as jobs file", job({"--jobs", "{dir}"}), 5, "it is a directory"},
      {"unreadable jobs file", job({"--jobs", "/proc/self/mem"}), 5, "--jobs: cannot read"},
      {"unknown column", job({"--jobs", "{dir}/unknown-column.csv"}), 2, "unknown-column.csv:1: unknown column 'hourz'"},
      {"row with a missing column", job({"--jobs", "{dir}/short-row.csv"}), 6, "short-row.csv:3: 1 fields, but the header has 2 columns"},
      {"row with an extra column", job({"--jobs", "{dir}/long-row.csv"}), 6, "long-row.csv:2: 3 fields, but the header has 2 columns"},
      {"malformed JSON line", job({"--jobs", "{dir}/bad.jsonl"}), 6, "bad.jsonl:2: not a flat JSON object"},
      {"unknown device in a row", job({"--jobs", "{dir}/unknown-device.csv"}), 6, "unknown-device.csv:2: unknown hardware 'A1OO'"},
      {"unknown jobs format", job({"--jobs", "{dir}/short-row.csv", "--jobs-format", "xml"}), 2, "--jobs-format: 'xml' is not a format"},
      {"BOM, CRLF and a truncated last line read well", job({"--jobs", "{dir}/bom-crlf.csv", "--value", "jobs"}), 0, ""},
      {"jobs on stdin with a bad row", job({"--jobs", "-", "--totals-only"}), 6, "stdin:3: hours: 'x' is not a number", {}, "hours\n1\nx\n"},
      // Defaults from the environment and the project file.
      {"malformed project file", job({"--hours", "1"}), 2, "project file: {dir}/bad-config.json: not valid JSON", {"MLCARBON_CONFIG={dir}/bad-config.json"}},
      {"bad format in the environment", job({"--hours", "1"}), 2, "MLCARBON_FORMAT: 'yaml' is not a format", {"MLCARBON_FORMAT=yaml"}},
      {"bad budget in the environment", job({"--hours", "1"}), 2, "MLCARBON_BUDGET: '5' has no unit", {"MLCARBON_BUDGET=5"}},
      {"project file with a number beyond a double", job({"--hours", "1"}), 2,
       "project file: {dir}/huge-config.json: number 1e400 at line 1, column 12 is out of range", {"MLCARBON_CONFIG={dir}/huge-config.json"}},
      {"missing project file", job({"--hours", "1"}), 5, "cannot read '{dir}/none.json'", {"MLCARBON_CONFIG={dir}/none.json"}},
  };
  return all;
}

std::string expand(std::string text, const std::string& dir) {
  for (std::size_t at = 0; (at = text.find("{dir}", at)) != std::string::npos; at += dir.size()) text.replace(at, 5, dir);
  return text;
}

std::string fixtures() {
  const std::string dir = temp_dir("bad-inputs");
  namespace fs = std::filesystem;
  const std::string hardware = mlcarbon::read_text_file(MLCARBON_TEST_DATA_DIR "/mini/hardware.json");
  const std::string regions = mlcarbon::read_text_file(MLCARBON_TEST_DATA_DIR "/mini/regions.json");
  fs::create_directories(dir + "/dir-as-file/hardware.json");
  write(dir + "/dir-as-file/regions.json", regions);
  fs::create_directories(dir + "/only-hardware");
  write(dir + "/only-hardware/hardware.json", hardware);
  fs::create_directories(dir + "/malformed");
  write(dir + "/malformed/hardware.json", "{\n  \"schema_version\": 1,\n  oops\n}\n");
  write(dir + "/malformed/regions.json", regions);
  fs::create_directories(dir + "/repeated");
  std::string repeated = hardware;
  repeated.replace(repeated.find("\"power_w\": 300,"), 15, "\"power_w\": 300, \"power_w\": 250,");
  write(dir + "/repeated/hardware.json", repeated);
  write(dir + "/repeated/regions.json", regions);
  write(dir + "/empty.json", "");
  write(dir + "/duplicate-id.json",
        R"({"schema_version": 1, "hardware": [{"id": "a100-sxm4-40gb", "name": "X", "vendor": "V", "kind": "gpu", "power_w": 1, "power_kind": "tdp", "source": "nvidia-a100-datasheet"}]})");
  write(dir + "/unknown-column.csv", "hardware,hourz\na100,1\n");
  write(dir + "/short-row.csv", "hours,count\n1,1\n2\n");
  write(dir + "/long-row.csv", "hours,count\n1,1,1\n");
  write(dir + "/bad.jsonl", "{\"hours\": 1}\n{\"hours\": 1\n");
  write(dir + "/unknown-device.csv", "hardware,hours\nA1OO,1\n");
  write(dir + "/bom-crlf.csv", "\xEF\xBB\xBFhours,count\r\n1,1\r\n2,2");
  write(dir + "/bad-config.json", "{\"region\": ");
  write(dir + "/huge-number.json", R"({"schema_version": 1, "hardware": [{"id":"x","power_w": 1e400}]})");
  write(dir + "/huge-config.json", R"({"region": 1e400})");
  return dir;
}

}  // namespace

TEST_CASE("the bad-input catalogue: exact statuses and messages, no crash or hang", "[cli][errors][catalogue]") {
  REQUIRE(cases().size() >= 60);
  const std::string dir = fixtures();
  for (const BadInput& c : cases()) {
    std::vector<std::string> args, env{"MLCARBON_CONFIG="};
    for (const std::string& a : c.args) args.push_back(expand(a, dir));
    for (const std::string& e : c.env) env.push_back(expand(e, dir));
    const RunResult r = run_mlcarbon(args, env, c.input);
    INFO(c.name << "\nstdout: " << r.out << "\nstderr: " << r.err);
    CHECK(!r.timed_out);
    CHECK(r.status == c.status);
    const std::string message = expand(c.message, dir);
    if (c.status == 0) {
      CHECK(r.err.empty());
    } else {
      CHECK_THAT(r.err, Catch::Contains(message));
      CHECK_THAT(r.err, Catch::StartsWith("mlcarbon: error: "));
      if (c.status != 6) {
        CHECK(r.out.empty());
        CHECK(test::count_lines(r.err) == 1);
      }
    }
  }
}
