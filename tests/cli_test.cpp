// End-to-end: the built binary, its JSON, its messages and its exit statuses.
#include <fmt/format.h>

#include "cli_support.h"
#include "test_support.h"

using Json = nlohmann::json;

using test::run_error;
using test::run_json;
using test::temp_dir;
using test::write;

TEST_CASE("issue acceptance: V100 PCIe 100 h with the intensity replaced", "[cli]") {
  // NVIDIA datasheet: V100 PCIe 250 W; 250 W x 100 h = 25 kWh; x 566.3 g/kWh = 14.1575 kg.
  const Json j = run_json({"estimate", "-g", "V100-PCIe-16GB", "--hours", "100", "--region", "gcp:us-central1", "--pue", "1",
                           "--intensity", "566.3"});
  CHECK(j["energy_kwh"].get<double>() == Approx(25.0).epsilon(0.001));
  CHECK(j["co2e_kg"].get<double>() == Approx(14.1575).epsilon(0.001));
  CHECK(j["inputs"]["power_w"].get<double>() == 250);
  CHECK(j["inputs"]["intensity_origin"] == "user");
}

TEST_CASE("the published reference cases are reproduced", "[cli][cases]") {
  // tests/cases/published.json: figures from Lacoste et al. 2019 (ML CO2 Impact calculator) and
  // Patterson et al. 2021, worked by hand there; each with its relative tolerance.
  const Json cases = Json::parse(test::read_text(MLCARBON_SOURCE_DIR "/tests/cases/published.json"));
  REQUIRE(cases["cases"].size() >= 5);
  for (const Json& c : cases["cases"]) {
    INFO(c["id"].get<std::string>());
    std::vector<std::string> args{"estimate"};
    for (const Json& a : c["args"]) args.push_back(a.get<std::string>());
    const Json out = run_json(args);
    const double tolerance = c["tolerance"].get<double>();
    for (const auto& [key, expected] : c["expected"].items()) {
      INFO(key);
      CHECK(out[key].get<double>() == Approx(expected.get<double>()).epsilon(tolerance));
    }
  }
}

TEST_CASE("a real estimate in text names its sources and years", "[cli]") {
  // The short view: each figure's origin and year, the works as numbered references.
  const RunResult r = run_mlcarbon({"estimate", "-g", "a100", "-n", "8", "--hours", "24", "--region", "aws:us-east-1"});
  REQUIRE(r.status == 0);
  CHECK_THAT(r.out, Catch::Contains("TDP [1]"));
  CHECK_THAT(r.out, Catch::Contains("aws fleet, 2025 [2]"));
  CHECK_THAT(r.out, Catch::Contains("US-SRVC 2023, direct to lifecycle [3]"));
  CHECK_THAT(r.out, Catch::Contains("[1] NVIDIA A100 Tensor Core GPU datasheet (NVIDIA, 2021)"));
  CHECK(r.err.empty());
  // The full report: every source in words, the years, the assumptions.
  const RunResult v = run_mlcarbon({"estimate", "-g", "a100", "-n", "8", "--hours", "24", "--region", "aws:us-east-1", "-v"});
  REQUIRE(v.status == 0);
  CHECK_THAT(v.out, Catch::Contains("Breakdown:"));
  CHECK_THAT(v.out, Catch::Contains("annual average"));
  CHECK_THAT(v.out, Catch::Contains("Assumptions:"));
}

TEST_CASE("the default text of the README example: at most 24 lines of at most 80 columns", "[cli]") {
  const RunResult r = run_mlcarbon({"estimate", "-g", "a100", "-n", "8", "--hours", "24", "--region", "aws:us-east-1"});
  REQUIRE(r.status == 0);
  CHECK(test::count_lines(r.out) <= 24);
  std::size_t widest = 0;
  for (std::size_t a = 0, b; a < r.out.size(); a = b + 1) widest = std::max(widest, (b = r.out.find('\n', a)) - a);
  CHECK(widest <= 80);
  // --verbose carries today's full report: the same as the text of --equivalents without that section.
  const RunResult v = run_mlcarbon({"estimate", "-g", "a100", "-n", "8", "--hours", "24", "--region", "aws:us-east-1", "--verbose"});
  CHECK(test::count_lines(v.out) > 24);
  CHECK_THAT(v.out, Catch::Contains("Provider statements"));
  CHECK_THAT(v.out, Catch::Contains("Range ("));
}

TEST_CASE("csv output has a header and a row", "[cli]") {
  const RunResult r = run_mlcarbon({"estimate", "--power", "300", "--hours", "10", "--intensity", "100", "--format", "csv"});
  REQUIRE(r.status == 0);
  CHECK_THAT(r.out, Catch::StartsWith("schema_version,hardware,count,"));
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 2);
}

TEST_CASE("usage errors exit 2 with one line naming the problem", "[cli][errors]") {
  const std::vector<std::string> base{"estimate", "--power", "300", "--intensity", "400"};
  auto with = [&](std::vector<std::string> extra) {
    auto all = base;
    all.insert(all.end(), extra.begin(), extra.end());
    return all;
  };
  CHECK_THAT(run_error(with({"--hours", "-5"}), 2), Catch::Contains("--hours: '-5' is out of range"));
  CHECK_THAT(run_error(with({"--hours=-5"}), 2), Catch::Contains("--hours: '-5' is out of range"));
  CHECK_THAT(run_error(with({"--hours", "0"}), 2), Catch::Contains("out of range"));
  CHECK_THAT(run_error(with({"--hours", "nan"}), 2), Catch::Contains("'nan' is not a number"));
  CHECK_THAT(run_error(with({"--hours", "inf"}), 2), Catch::Contains("'inf' is not a number"));
  CHECK_THAT(run_error(with({"--hours", "1e400"}), 2), Catch::Contains("'1e400' is out of range"));
  CHECK_THAT(run_error(with({"--hours", "ten"}), 2), Catch::Contains("'ten' is not a number"));
  CHECK_THAT(run_error(with({"--hours", ""}), 2), Catch::Contains("is empty"));
  CHECK_THAT(run_error(with({"--hours", "10", "--count", "0"}), 2), Catch::Contains("--count: '0' is out of range"));
  CHECK_THAT(run_error(with({"--hours", "10", "--count", "99999999999999999999"}), 2), Catch::Contains("out of range"));
  CHECK_THAT(run_error(with({"--hours", "10", "--pue", "0.8"}), 2), Catch::Contains("--pue: '0.8' is out of range"));
  CHECK_THAT(run_error(with({"--duration", "3x"}), 2), Catch::Contains("--duration: '3x' has an unknown unit"));
  CHECK_THAT(run_error(with({}), 2), Catch::Contains("give --hours H"));
  CHECK_THAT(run_error(with({"--hours", "1", "--duration", "1h"}), 2), Catch::Contains("--hours and --duration conflict"));
  CHECK_THAT(run_error(with({"--hours", "1", "--hours", "2"}), 2), Catch::Contains("--hours"));
  CHECK_THAT(run_error(with({"--hours", "1", "--utilization", "0.5"}), 2), Catch::Contains("--utilization conflicts with --power"));
  CHECK_THAT(run_error(with({"--hours", "1", "--offset", "10", "--offset-kg", "1"}), 2), Catch::Contains("conflict"));
  CHECK_THAT(run_error(with({"--hours", "1", "--format", "yaml"}), 2), Catch::Contains("--format: 'yaml' is not a format"));
  CHECK_THAT(run_error(with({"--hours", "1", "--frobnicate"}), 2), Catch::Contains("frobnicate"));
  CHECK_THAT(run_error({"estimate", "--hours", "1", "--intensity", "400"}, 2), Catch::Contains("no power figure"));
  CHECK_THAT(run_error({"estimate", "--hours", "1", "--power", "300"}, 2), Catch::Contains("no grid intensity"));
  CHECK_THAT(run_error({"launch"}, 2), Catch::Contains("unknown command 'launch'"));
}

TEST_CASE("mlcarbon alone lists every command and exits 2; help COMMAND is --help", "[cli][errors]") {
  const RunResult alone = run_mlcarbon({});
  CHECK(alone.status == 2);
  for (const char* command : {"estimate", "compare", "hardware", "regions", "instances", "data"}) {
    CHECK_THAT(alone.out, Catch::Contains(fmt::format("\n  {} ", command)));
  }
  CHECK(alone.err == "mlcarbon: error: a command is required: the commands are listed above (`mlcarbon help COMMAND` for one)\n");
  const RunResult help = run_mlcarbon({"help", "estimate"});
  CHECK(help.status == 0);
  CHECK(help.out == run_mlcarbon({"estimate", "--help"}).out);
  CHECK(run_mlcarbon({"help"}).out == run_mlcarbon({"--help"}).out);
}

TEST_CASE("unknown names exit 3 and name the closest matches", "[cli][errors]") {
  CHECK_THAT(run_error({"estimate", "-g", "A1OO", "--hours", "1", "--intensity", "400"}, 3),
             Catch::Contains("unknown hardware 'A1OO'; did you mean a100-"));
  // Bare "P4" and "A2" are not aliases (P4 is also an AWS instance family); the device whose
  // name has them as a word is suggested first.
  CHECK_THAT(run_error({"estimate", "-g", "P4", "--hours", "1", "--intensity", "400"}, 3),
             Catch::Contains("did you mean tesla-p4, "));
  CHECK_THAT(run_error({"estimate", "-g", "A2", "--hours", "1", "--intensity", "400"}, 3),
             Catch::Contains("did you mean nvidia-a2, "));
  CHECK_THAT(run_error({"estimate", "-g", "a100", "--hours", "1", "--region", "aws:us-east-9"}, 3),
             Catch::Contains("did you mean aws:us-east-"));
  CHECK_THAT(run_error({"hardware", "show", "nonesuch-9000"}, 3), Catch::Contains("unknown hardware"));
  CHECK_THAT(run_error({"regions", "show", "atlantis"}, 3), Catch::Contains("unknown region"));
  CHECK_THAT(run_error({"regions", "--provider", "ibmcloud"}, 3), Catch::Contains("unknown provider"));
}

TEST_CASE("data files: missing 5, malformed 4, each naming file and key", "[cli][errors]") {
  const std::vector<std::string> job{"estimate", "-g", "a100", "--hours", "1", "--region", "FR"};
  auto with_dir = [&](const std::string& dir) {
    auto all = job;
    all.insert(all.end(), {"--data-dir", dir});
    return all;
  };
  CHECK_THAT(run_error(with_dir("/nonexistent/mlcarbon"), 5), Catch::Contains("cannot read '/nonexistent/mlcarbon/hardware.json'"));
  const std::string dir = temp_dir("bad-data");
  std::filesystem::create_directories(dir + "/hardware.json");  // a directory where a file is expected
  CHECK_THAT(run_error(with_dir(dir), 5), Catch::Contains("it is a directory"));
  std::filesystem::remove_all(dir + "/hardware.json");
  write(dir + "/hardware.json", "{\"schema_version\": 1, \"data_version\": \"x\", \"hardware\": [ {\"id\": \"a\"");
  write(dir + "/regions.json", test::read_text(MLCARBON_TEST_DATA_DIR "/mini/regions.json"));
  CHECK_THAT(run_error(with_dir(dir), 4), Catch::Contains("hardware.json: not valid JSON at line 1"));
  write(dir + "/hardware.json", test::read_text(MLCARBON_TEST_DATA_DIR "/mini/hardware.json"));
  const RunResult ok = run_mlcarbon(with_dir(dir));
  CHECK(ok.status == 0);
  // The environment variable does the same as --data-dir; the flag wins over it.
  CHECK(run_mlcarbon(job, {"MLCARBON_DATA_DIR=/nonexistent"}).status == 5);
  CHECK(run_mlcarbon(with_dir(dir), {"MLCARBON_DATA_DIR=/nonexistent"}).status == 0);
  std::string regions = test::read_text(MLCARBON_TEST_DATA_DIR "/mini/regions.json");
  regions.replace(regions.find("\"pue\": 1.15"), 11, "\"pue\": 0.5");
  write(dir + "/regions.json", regions);
  CHECK_THAT(run_error(with_dir(dir), 4), Catch::Contains("regions.json: providers[0] 'aws': key 'pue': expected a number >= 1"));
}

TEST_CASE("an overlay file (--data-add) puts private hardware on top", "[cli]") {
  const std::string dir = temp_dir("overlay");
  write(dir + "/lab.json", R"({"schema_version": 1,
    "sources": {"lab-meter": {"title": "Rack power meter log", "publisher": "Our lab", "url": "https://example.org/m", "year": 2026}},
    "hardware": [{"id": "lab-node", "name": "Lab node", "vendor": "Ourselves", "kind": "gpu", "power_w": 1200,
                  "power_kind": "measured_average", "source": "lab-meter"}]})");
  // 2 x 1200 W x 10 h = 24 kWh; x PUE 1 x 100 g/kWh = 2.4 kg.
  const Json j = run_json({"estimate", "--data-add", dir + "/lab.json", "-g", "lab-node", "-n", "2", "--hours", "10", "--pue", "1",
                           "--intensity", "100"});
  CHECK(j["energy_kwh"].get<double>() == Approx(24.0));
  CHECK(j["co2e_kg"].get<double>() == Approx(2.4));
}

TEST_CASE("hardware and regions list and show, in text and JSON", "[cli]") {
  const Json hw = run_json({"hardware", "list", "--kind", "gpu"});
  REQUIRE(hw["hardware"].size() > 0);
  for (const Json& h : hw["hardware"]) {
    CHECK(h["kind"] == "gpu");
    CHECK(h["source"]["year"].get<int>() > 0);
  }
  const Json gcp = run_json({"regions", "list", "--provider", "gcp"});
  REQUIRE(gcp["regions"].size() > 0);
  for (const Json& r : gcp["regions"]) CHECK(r["provider"] == "gcp");
  const Json fr = run_json({"regions", "show", "FR"});
  CHECK(fr["region"]["id"] == "country:FR");
  CHECK(fr["region"]["pue"]["origin"] == "default");
  const RunResult text = run_mlcarbon({"hardware", "show", "v100"});
  CHECK(text.status == 0);
  CHECK_THAT(text.out, Catch::Contains("300 W (TDP)"));
  CHECK_THAT(text.out, Catch::Contains("source:"));
  CHECK(run_mlcarbon({"hardware"}).status == 0);
  CHECK(run_mlcarbon({"regions"}).status == 0);
}

TEST_CASE("help and version exit 0", "[cli]") {
  const RunResult help = run_mlcarbon({"--help"});
  CHECK(help.status == 0);
  CHECK_THAT(help.out, Catch::Contains("estimate"));
  const RunResult sub = run_mlcarbon({"estimate", "--help"});
  CHECK(sub.status == 0);
  CHECK_THAT(sub.out, Catch::Contains("--intensity"));
  const RunResult version = run_mlcarbon({"--version"});
  CHECK(version.status == 0);
  CHECK_THAT(version.out, Catch::StartsWith("mlcarbon 0.1.0"));
  CHECK_THAT(version.out, Catch::Contains("hardware.json"));
}

TEST_CASE("data check validates the data in use and named files", "[cli][data]") {
  const RunResult ok = run_mlcarbon({"data", "check"});
  CHECK(ok.status == 0);
  CHECK_THAT(ok.out, Catch::Contains("embedded (data in use): valid"));
  const RunResult files = run_mlcarbon({"data", "check", MLCARBON_SOURCE_DIR "/data/hardware.json", MLCARBON_SOURCE_DIR "/data/regions.json"});
  CHECK(files.status == 0);
  CHECK_THAT(files.out, Catch::Contains("hardware.json (hardware file): valid"));
  CHECK_THAT(files.out, Catch::Contains("regions.json (regions file): valid"));
  const Json j = run_json({"data", "check"});
  CHECK(j["checks"][0]["valid"] == true);
  CHECK(j["checks"][0]["hardware"].get<int>() >= 80);

  // A deliberately broken copy of the shipped hardware file: file, entry and key are named.
  const std::string dir = temp_dir("data-check");
  std::string hardware = test::read_text(MLCARBON_SOURCE_DIR "/data/hardware.json");
  const auto at = hardware.find("\"power_w\": 700");
  REQUIRE(at != std::string::npos);
  hardware.replace(at, 14, "\"power_w\": 7000");
  write(dir + "/hardware.json", hardware);
  CHECK_THAT(run_error({"data", "check", dir + "/hardware.json"}, 4),
             Catch::Matches(".*hardware\\.json: hardware\\[[0-9]+\\] '[a-z0-9-]+': key 'power_w': expected a number >= 1 and <= 2000, got 7000\n"));
  std::string regions = test::read_text(MLCARBON_SOURCE_DIR "/data/regions.json");
  const auto grid = regions.find("\"grid\": \"US\"");
  REQUIRE(grid != std::string::npos);
  regions.replace(grid, 12, "\"grid\": \"ZZ\"");
  write(dir + "/regions.json", regions);
  CHECK_THAT(run_error({"data", "check", dir + "/regions.json"}, 4), Catch::Contains("key 'grid': no grid 'ZZ' in 'grids'"));
  CHECK_THAT(run_error({"data", "check", dir + "/missing.json"}, 5), Catch::Contains("cannot read"));
}

TEST_CASE("every option in --help is documented in the README and the man page", "[cli][docs]") {
  const auto read = [](const std::string& path) {
    std::ifstream in(std::string(MLCARBON_SOURCE_DIR) + "/" + path, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    REQUIRE(!text.empty());
    return text;
  };
  const std::string readme = read("README.md");
  std::string man = read("man/mlcarbon.1");
  man.erase(std::remove(man.begin(), man.end(), '\\'), man.end());  // roff writes \-\-hours
  for (const std::string command : {"estimate", "compare", "hardware", "regions", "instances", "data"}) {
    const RunResult help = run_mlcarbon({command, "--help"});
    REQUIRE(help.status == 0);
    std::size_t at = 0;
    while ((at = help.out.find("--", at)) != std::string::npos) {
      std::size_t end = at + 2;
      while (end < help.out.size() && (std::isalnum(static_cast<unsigned char>(help.out[end])) || help.out[end] == '-')) ++end;
      const std::string option = help.out.substr(at, end - at);
      at = end;
      if (option == "--" || option == "--help") continue;
      INFO(command << " " << option);
      CHECK(readme.find(option) != std::string::npos);
      CHECK(man.find(option) != std::string::npos);
    }
    INFO(command);
    CHECK(readme.find("mlcarbon " + std::string(command)) != std::string::npos);
    CHECK(man.find(".B " + std::string(command)) != std::string::npos);
  }
}

// --value and the CSV give every figure the JSON output has at its top level (issue 13, point 6):
// the same double, through three separate writers, for estimates with and without a market-based
// figure, embodied emissions and a range.
TEST_CASE("value and CSV outputs carry every top-level figure of the JSON output, exactly", "[cli]") {
  const std::vector<std::vector<std::string>> jobs = {
      {"estimate", "-g", "a100", "-n", "8", "--hours", "24", "--region", "gcp:us-central1"},
      {"estimate", "--power", "300", "--hours", "10", "--intensity", "400"},
      {"estimate", "-g", "h100", "--hours", "3", "-r", "FR", "--offset", "20"},
  };
  for (const auto& args : jobs) {
    std::vector<std::string> json_args = args;
    json_args.insert(json_args.end(), {"--format", "json"});
    const auto json = nlohmann::json::parse(run_mlcarbon(json_args).out);
    std::vector<std::string> csv_args = args;
    csv_args.insert(csv_args.end(), {"--format", "csv"});
    const std::string csv = run_mlcarbon(csv_args).out;
    const std::string header = csv.substr(0, csv.find('\n'));
    const std::string row = csv.substr(csv.find('\n') + 1);
    const auto column = [&](const std::string& name) {
      std::vector<std::string> names, values;
      for (std::size_t a = 0, b; a <= header.size(); a = b + 1) names.push_back(header.substr(a, (b = std::min(header.find(',', a), header.size())) - a));
      for (std::size_t a = 0, b; a <= row.size(); a = b + 1) values.push_back(row.substr(a, (b = std::min(row.find_first_of(",\n", a), row.size())) - a));
      const auto at = std::find(names.begin(), names.end(), name);
      REQUIRE(at != names.end());
      return values.at(static_cast<std::size_t>(at - names.begin()));
    };
    for (const std::string field : {"energy_kwh", "it_energy_kwh", "co2e_kg", "offset_kg", "net_co2e_kg", "embodied_kg",
                                    "total_with_embodied_kg", "market_co2e_kg", "co2e_kg_low", "co2e_kg_high", "energy_kwh_low",
                                    "energy_kwh_high"}) {
      INFO(fmt::format("{}: {}", fmt::join(args, " "), field));
      const bool in_range = field.ends_with("_low") || field.ends_with("_high");
      const nlohmann::json& expected = in_range ? json["uncertainty"][field] : json[field];
      std::vector<std::string> value_args = args;
      value_args.insert(value_args.end(), {"--value", field, "--digits", "full"});
      const RunResult value = run_mlcarbon(value_args);
      if (expected.is_null()) {
        CHECK(value.status == 2);
        CHECK(column(field).empty());
        continue;
      }
      REQUIRE(value.status == 0);
      CHECK(std::stod(value.out) == expected.get<double>());
      CHECK(std::stod(column(field)) == expected.get<double>());
    }
  }
}

TEST_CASE("brief: the README example in at most 3 lines of at most 80 columns", "[cli]") {
  const RunResult r = run_mlcarbon({"estimate", "-g", "a100", "-n", "8", "--hours", "24", "--region", "aws:us-east-1", "--brief"});
  REQUIRE(r.status == 0);
  CHECK(test::count_lines(r.out) <= 3);
  std::size_t widest = 0;
  for (std::size_t a = 0, b; a < r.out.size(); a = b + 1) widest = std::max(widest, (b = r.out.find('\n', a)) - a);
  CHECK(widest <= 80);
  CHECK_THAT(r.out, Catch::StartsWith("87.552 kWh, 29.506 kg CO2e: 8 x a100-sxm4-40gb, 24 h, aws:us-east-1\n"));
}

// Listings and help within 80 columns (issue 13, point 1): every line of them.
TEST_CASE("listings and help fit 80 columns", "[cli]") {
  const std::vector<std::vector<std::string>> commands = {
      {"--help"},          {"estimate", "--help"}, {"compare", "--help"},   {"hardware", "--help"}, {"regions", "--help"},
      {"instances", "--help"}, {"data", "--help"}, {"hardware", "list"}, {"regions", "list"},    {"instances", "list"},
      {"regions", "list", "--kind", "subnational"},
  };
  for (const auto& args : commands) {
    const RunResult r = run_mlcarbon(args);
    INFO(fmt::format("{}", fmt::join(args, " ")));
    REQUIRE(r.status == 0);
    std::size_t widest = 0, lines = 0;
    for (std::size_t a = 0, b; a < r.out.size(); a = b + 1, ++lines) {
      b = r.out.find('\n', a);
      std::size_t chars = 0;  // UTF-8 code points
      for (std::size_t i = a; i < b; ++i) chars += (static_cast<unsigned char>(r.out[i]) & 0xC0) != 0x80;
      widest = std::max(widest, chars);
    }
    CHECK(lines > 3);
    CHECK(widest <= 80);
  }
}
