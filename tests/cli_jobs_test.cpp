// End-to-end: jobs files, budgets, bare values, defaults from the environment and a project
// file, and the appendix formats. Expected numbers are worked by hand from data/ figures whose
// sources the comments name.
#include <sstream>

#include <fmt/format.h>

#include "cli_support.h"

using Json = nlohmann::json;
using test::count_lines;
using test::run_error;
using test::run_json;
using test::temp_dir;
using test::write;

namespace {

// 4 good rows; 3 bad rows on lines 3 (unknown hardware), 5 (bad number), 7 (missing field).
const char* kJobsWithThreeBadRows =
    "name,hardware,count,hours,region,pue,intensity\n"
    "ok1,a100,8,24,,1,100\n"
    "bad-hw,A1OO,8,24,,1,100\n"
    "ok2,v100,1,10,,1,100\n"
    "bad-hours,a100,1,ten,,1,100\n"
    "ok3,a100,2,5,,1,100\n"
    "bad-missing,a100,2,,,1,100\n"
    "ok4,v100,4,1,,1,100\n";
// Good rows, by hand (NVIDIA datasheets: A100 SXM4 400 W, V100 SXM2 300 W; PUE 1; 100 g/kWh):
// ok1 8 x 400 W x 24 h = 76.8 kWh; ok2 300 W x 10 h = 3 kWh; ok3 2 x 400 W x 5 h = 4 kWh;
// ok4 4 x 300 W x 1 h = 1.2 kWh. Total 85 kWh, x 100 g/kWh = 8.5 kg.
constexpr double kGoodEnergyKwh = 85.0;
constexpr double kGoodCo2eKg = 8.5;

std::vector<std::string> error_lines(const std::string& err) {
  std::vector<std::string> lines;
  std::istringstream in(err);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("a jobs file with 3 bad rows reports exactly those, with line numbers, and still totals", "[cli][jobs]") {
  const std::string dir = temp_dir("jobs-bad");
  write(dir + "/jobs.csv", kJobsWithThreeBadRows);
  const RunResult r = run_mlcarbon({"estimate", "--jobs", dir + "/jobs.csv", "--format", "json"});
  CHECK(r.status == 6);
  const std::vector<std::string> errors = error_lines(r.err);
  REQUIRE(errors.size() == 3);
  CHECK_THAT(errors[0], Catch::StartsWith("mlcarbon: error: " + dir + "/jobs.csv:3: unknown hardware 'A1OO'"));
  CHECK_THAT(errors[1], Catch::StartsWith("mlcarbon: error: " + dir + "/jobs.csv:5: hours: 'ten' is not a number"));
  CHECK_THAT(errors[2], Catch::StartsWith("mlcarbon: error: " + dir + "/jobs.csv:7: how long?"));
  const Json j = Json::parse(r.out);
  CHECK(j["jobs"].size() == 4);
  CHECK(j["errors"].size() == 3);
  CHECK(j["errors"][0]["line"] == 3);
  CHECK(j["errors"][0]["kind"] == "not_found");
  CHECK(j["totals"]["jobs"] == 4);
  CHECK(j["totals"]["failed"] == 3);
  CHECK(j["totals"]["energy_kwh"].get<double>() == Approx(kGoodEnergyKwh));
  CHECK(j["totals"]["co2e_kg"].get<double>() == Approx(kGoodCo2eKg));
  // Text output still ends with the totals.
  const RunResult text = run_mlcarbon({"estimate", "--jobs", dir + "/jobs.csv"});
  CHECK(text.status == 6);
  CHECK_THAT(text.out, Catch::Contains("Total of 4 jobs (3 rows failed, not counted)"));
}

// The JSON outputs write the fields that follow from where a job ran once per site and copy their
// text after. Each job of a file that mixes sites, given PUEs and intensities (and a PUE of the
// project's setting kind, given in one row and not the next) must read as it does estimated alone:
// each row is run again as a file of its own, blank lines before it so that its line is the same.
TEST_CASE("JSON job records are those of each job estimated alone", "[cli][jobs]") {
  const std::string dir = temp_dir("jobs-sites");
  const char* header = "name,hardware,count,hours,region,pue,intensity\n";
  const char* regions[] = {"aws:us-east-1", "FR", "gcp:us-central1", "country:DE", ""};
  const char* pues[] = {"", "1.2", "", "1.5"};
  const char* intensities[] = {"", "", "300", ""};
  std::vector<std::string> rows;
  for (int i = 0; i < 40; ++i) {
    std::string region = regions[i % 5], intensity = intensities[i % 4];
    if (region.empty() && intensity.empty()) intensity = "250";
    rows.push_back(fmt::format("r{},a100,{},{},{},{},{}\n", i, 1 + i % 3, 1 + i, region, pues[i % 4], intensity));
  }
  std::string all = header;
  for (const std::string& row : rows) all += row;
  write(dir + "/all.csv", all);
  for (const char* format : {"jsonl", "json"}) {
    INFO(format);
    const RunResult together = run_mlcarbon({"estimate", "--jobs", dir + "/all.csv", "--format", format});
    REQUIRE(together.status == 0);
    // JSON Lines: each record's text as written; JSON: each job as parsed.
    const bool lines = std::string(format) == "jsonl";
    const auto job_records = [lines](const std::string& out) {
      std::vector<std::string> jobs;
      if (!lines) {
        const Json document = Json::parse(out);
        for (const Json& job : document["jobs"]) jobs.push_back(job.dump());
        return jobs;
      }
      std::istringstream in(out);
      for (std::string line; std::getline(in, line);) {
        if (Json::parse(line)["record"] == "job") jobs.push_back(line);
      }
      return jobs;
    };
    const std::vector<std::string> jobs = job_records(together.out);
    REQUIRE(jobs.size() == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
      write(dir + "/one.csv", header + std::string(i, '\n') + rows[i]);
      const RunResult alone = run_mlcarbon({"estimate", "--jobs", dir + "/one.csv", "--format", format});
      REQUIRE(alone.status == 0);
      const std::vector<std::string> expected = job_records(alone.out);
      REQUIRE(expected.size() == 1);
      INFO(rows[i]);
      CHECK(jobs[i] == expected[0]);
    }
  }
}

TEST_CASE("strict mode stops at the first bad row with its own status", "[cli][jobs]") {
  const std::string dir = temp_dir("jobs-strict");
  write(dir + "/jobs.csv", kJobsWithThreeBadRows);
  CHECK_THAT(run_error({"estimate", "--jobs", dir + "/jobs.csv", "--strict", "--totals-only"}, 3),
             Catch::Contains("jobs.csv:3: unknown hardware 'A1OO'"));
}

TEST_CASE("jobs from stdin as JSON Lines, with the options as defaults", "[cli][jobs]") {
  // --intensity 100 --pue 1 from the options; rows give the rest. 76.8 + 3 kWh = 79.8 kWh, 7.98 kg.
  const std::string jsonl = "{\"hardware\": \"a100\", \"count\": 8, \"hours\": 24}\n{\"hardware\": \"v100\", \"hours\": \"10\"}\n";
  const RunResult r = run_mlcarbon({"estimate", "--jobs", "-", "--intensity", "100", "--pue", "1", "--value", "energy_kwh"}, {}, jsonl);
  CHECK(r.status == 0);
  CHECK(std::stod(r.out) == Approx(79.8));
  const RunResult lines = run_mlcarbon({"estimate", "--jobs", "-", "--intensity", "100", "--pue", "1", "-f", "jsonl"}, {}, jsonl);
  REQUIRE(lines.status == 0);
  std::istringstream in(lines.out);
  std::vector<Json> records;
  for (std::string line; std::getline(in, line);) records.push_back(Json::parse(line));
  REQUIRE(records.size() == 2 + 1 + 1 + 2);  // 2 jobs, the total, 1 region ("-"), 2 devices
  CHECK(records[0]["record"] == "job");
  CHECK(records[2]["record"] == "total");
  CHECK(records[2]["co2e_kg"].get<double>() == Approx(7.98));
  CHECK(records[3]["record"] == "region_total");
  CHECK(records[3]["region"] == "-");
}

TEST_CASE("CSV output of jobs keeps one column layout for jobs, errors and totals", "[cli][jobs]") {
  const std::string dir = temp_dir("jobs-csv");
  write(dir + "/jobs.csv", kJobsWithThreeBadRows);
  const RunResult r = run_mlcarbon({"estimate", "--jobs", dir + "/jobs.csv", "--format", "csv"});
  CHECK(r.status == 6);
  std::istringstream in(r.out);
  std::string header;
  std::getline(in, header);
  const auto commas = std::count(header.begin(), header.end(), ',');
  std::size_t rows = 0;
  for (std::string line; std::getline(in, line); ++rows) {
    INFO(line);
    // Fields with commas are quoted; none of these rows has one outside quotes but the messages.
    if (line.find('"') == std::string::npos) CHECK(std::count(line.begin(), line.end(), ',') == commas);
  }
  CHECK(rows == 4 + 3 + 1 + 1 + 2);  // jobs, errors, total, 1 region ("-"), 2 devices
}

TEST_CASE("a million-row jobs file runs in flat memory", "[cli][jobs][slow]") {
  const std::string dir = temp_dir("jobs-million");
  {
    std::ofstream out(dir + "/jobs.csv");
    out << "name,hardware,count,hours,region\n";
    const char* regions[] = {"aws:us-east-1", "gcp:us-central1", "FR", "azure:westeurope"};
    for (int i = 0; i < 1'000'000; ++i) out << "run-" << i << ",a100," << (i % 8 + 1) << ",24," << regions[i % 4] << "\n";
  }
  const RunResult r = run_mlcarbon({"estimate", "--jobs", dir + "/jobs.csv", "--format", "csv"}, {}, {}, 60);
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(count_lines(r.out) == 1 + 1'000'000 + 1 + 4 + 1);
#ifndef MLCARBON_SANITIZED  // the sanitizers' shadow memory is not the program's
  CHECK(r.max_rss_kb < 50 * 1024);
#endif
  std::filesystem::remove_all(dir);
}

TEST_CASE("budgets: under, equal and over, for CO2e and energy", "[cli][budget]") {
  // 1 x 250 W x 100 h, PUE 1, 400 g/kWh: 25 kWh and 10 kg CO2e.
  const std::vector<std::string> job{"estimate", "--power", "250", "--hours", "100", "--pue", "1", "--intensity", "400"};
  auto with = [&](std::vector<std::string> extra) {
    auto all = job;
    all.insert(all.end(), extra.begin(), extra.end());
    return run_mlcarbon(all);
  };
  RunResult r = with({"--budget", "11kg"});
  CHECK(r.status == 0);
  CHECK_THAT(r.err, Catch::Contains("within budget: gross emissions of 10 kg CO2e, budget 11kg"));
  r = with({"--budget", "10kg"});  // equal: within
  CHECK(r.status == 0);
  r = with({"--budget", "10000g"});
  CHECK(r.status == 0);
  r = with({"--budget", "8kg"});
  CHECK(r.status == 7);
  CHECK_THAT(r.err, Catch::Contains("budget exceeded: gross emissions of 10 kg CO2e are 2 kg CO2e (25%) over the budget of 8kg"));
  CHECK_THAT(r.out, Catch::Contains("  emissions  10 kg CO2e"));  // the estimate is still printed
  r = with({"--budget", "0.009t"});
  CHECK(r.status == 7);
  r = with({"--budget", "25kWh"});
  CHECK(r.status == 0);
  r = with({"--budget", "0.02MWh"});
  CHECK(r.status == 7);
  CHECK_THAT(r.err, Catch::Contains("facility energy of 25 kWh are 5 kWh (25%) over the budget of 0.02MWh"));
  r = with({"--budget", "20kg", "--budget", "20kWh"});  // one of two exceeded
  CHECK(r.status == 7);
  CHECK_THAT(run_error({"estimate", "--power", "250", "--hours", "1", "--intensity", "400", "--budget", "50"}, 2),
             Catch::Contains("--budget: '50' has no unit"));
  CHECK_THAT(run_error({"estimate", "--power", "250", "--hours", "1", "--intensity", "400", "--budget", "5 miles"}, 2),
             Catch::Contains("has an unknown unit"));
}

TEST_CASE("value and quiet modes print one bare number", "[cli]") {
  // 250 W x 100 h x PUE 1 = 25 kWh; x 566.3 g/kWh = 14.1575 kg; 30 % offset: net 9.91025 kg.
  const std::vector<std::string> job{"estimate", "--power", "250", "--hours", "100", "--pue", "1", "--intensity", "566.3", "--offset", "30"};
  auto with = [&](std::vector<std::string> extra) {
    auto all = job;
    all.insert(all.end(), extra.begin(), extra.end());
    return run_mlcarbon(all);
  };
  RunResult r = with({"--quiet"});
  CHECK(r.status == 0);
  CHECK(std::stod(r.out) == Approx(9.91025));
  CHECK(count_lines(r.out) == 1);
  r = with({"--value", "energy_kwh"});
  CHECK(r.out == "25\n");
  CHECK_THAT(run_error({"estimate", "--power", "1", "--hours", "1", "--intensity", "1", "--value", "jobs"}, 2),
             Catch::Contains("--value jobs is a figure of a jobs file's totals: give --jobs FILE"));
}

TEST_CASE("defaults: flag > environment > project file > built-in", "[cli][config]") {
  const std::string dir = temp_dir("config");
  write(dir + "/.mlcarbon.json", R"({"region": "FR", "pue": 1.2, "format": "json", "budget": "1kg"})");
  const std::vector<std::string> env{"MLCARBON_CONFIG=" + dir + "/.mlcarbon.json", "MLCARBON_REGION", "MLCARBON_PUE",
                                     "MLCARBON_FORMAT", "MLCARBON_BUDGET"};
  const std::vector<std::string> job{"estimate", "-g", "v100", "--hours", "10"};
  // From the file: France, PUE 1.2, JSON. 300 W x 10 h x 1.2 = 3.6 kWh; x FR 41.44 g/kWh (OWID/Ember
  // 2025) = 0.149184 kg.
  RunResult r = run_mlcarbon(job, env);
  REQUIRE(r.status == 0);
  Json j = Json::parse(r.out);
  CHECK(j["inputs"]["region"] == "country:FR");
  CHECK(j["inputs"]["pue"].get<double>() == 1.2);
  CHECK(j["co2e_kg"].get<double>() == Approx(0.149184));
  // The environment beats the file; the flag beats both.
  auto env2 = env;
  env2.push_back("MLCARBON_PUE=1.4");
  env2.push_back("MLCARBON_BUDGET=0.1kg");
  r = run_mlcarbon(job, env2);
  CHECK(r.status == 7);  // 4.2 kWh x 41.44 g/kWh = 0.174048 kg > 0.1 kg
  CHECK(Json::parse(r.out)["inputs"]["pue"].get<double>() == 1.4);
  auto flags = job;
  flags.insert(flags.end(), {"--pue", "1.1", "--budget", "1kg", "--format", "csv"});
  r = run_mlcarbon(flags, env2);
  CHECK(r.status == 0);
  CHECK_THAT(r.out, Catch::StartsWith("schema_version,"));
  // A bad value names where it came from; a bad file names file and key.
  auto env3 = env;
  env3.push_back("MLCARBON_FORMAT=yaml");
  CHECK_THAT(run_error(job, 2, env3), Catch::Contains("MLCARBON_FORMAT: 'yaml' is not a format"));
  write(dir + "/.mlcarbon.json", R"({"regoin": "FR"})");
  CHECK_THAT(run_error(job, 2, env), Catch::Contains(".mlcarbon.json: top level: key 'regoin': unknown key"));
  // Found upward from the working directory when MLCARBON_CONFIG is not set: tested through
  // MLCARBON_CONFIG= (empty: no file), which must give the built-in defaults.
  r = run_mlcarbon({"estimate", "-g", "v100", "--hours", "10", "-r", "FR", "-f", "json"}, {"MLCARBON_CONFIG="});
  CHECK(Json::parse(r.out)["inputs"]["pue_origin"] == "default");
}

TEST_CASE("Markdown output is a paragraph, a table and references", "[cli][appendix]") {
  const RunResult r = run_mlcarbon({"estimate", "-g", "a100", "-n", "8", "--hours", "24", "--region", "aws:us-east-1", "-f", "markdown"});
  REQUIRE(r.status == 0);
  CHECK_THAT(r.out, Catch::Contains("**Energy and carbon footprint.**"));
  CHECK_THAT(r.out, Catch::Contains("| Quantity | Value | Source |\n| --- | --- | --- |\n"));
  CHECK_THAT(r.out, Catch::Contains("| Power per device | 400 W (TDP) | [3] |"));
  CHECK_THAT(r.out, Catch::Contains("| PUE | 1.14 | [4] |"));  // AWS, 2025
  // The grid: its scope and basis, converted to the default basis with the conversion's sources.
  CHECK_THAT(r.out, Catch::Contains("SERC Virginia/Carolina (eGRID SRVC)"));
  CHECK_THAT(r.out, Catch::Contains("lifecycle basis"));
  CHECK_THAT(r.out, Catch::Contains("**References**"));
  CHECK_THAT(r.out, Catch::Contains("1. Lacoste, A."));
  CHECK_THAT(r.out, Catch::Contains("energy as devices × power per device × utilization × hours × PUE"));
}

TEST_CASE("the model card block carries the Hugging Face keys, emissions in grams", "[cli][appendix]") {
  // 250 W x 100 h x PUE 1 x 566.3 g/kWh = 14,157.5 g.
  const RunResult r = run_mlcarbon({"estimate", "--power", "250", "--hours", "100", "--pue", "1", "--intensity", "566.3", "-f",
                                    "model-card", "--training-type", "fine-tuning"});
  REQUIRE(r.status == 0);
  CHECK_THAT(r.out, Catch::StartsWith("co2_eq_emissions:\n  emissions: 14157.5\n  source: \"mlcarbon"));
  CHECK_THAT(r.out, Catch::Contains("  training_type: \"fine-tuning\"\n"));
  CHECK_THAT(r.out, Catch::Contains("  geographical_location: \"private site\"\n"));
  CHECK_THAT(r.out, Catch::Contains("  hardware_used: \"1 x devices at 250 W\"\n"));
}

TEST_CASE("equivalents compare the gross CO2e with sourced constants", "[cli]") {
  // 10 kg CO2e. EPA: 3.93e-4 t/mile -> 0.244198 kg/km -> 40.95 km; 60 kg per seedling -> 0.1667;
  // 12.4 g per phone charge -> 806.45 charges. DESNZ 2025 short-haul 0.07435 kg/pkm -> 134.5 km.
  const Json j = run_json({"estimate", "--power", "250", "--hours", "100", "--pue", "1", "--intensity", "400", "--equivalents"});
  REQUIRE(j["equivalents"].size() == 5);
  std::map<std::string, double> by_id;
  for (const Json& q : j["equivalents"]) {
    by_id[q["id"]] = q["value"].get<double>();
    CHECK(q["source"]["year"].get<int>() >= 2024);
  }
  CHECK(by_id["car_km"] == Approx(10 / (3.93e-4 * 1000 / 1.609344)));
  CHECK(by_id["car_km"] == Approx(40.95).epsilon(0.001));
  CHECK(by_id["tree_seedlings_10y"] == Approx(10.0 / 60));
  CHECK(by_id["smartphone_charges"] == Approx(806.45).epsilon(0.001));
  CHECK(by_id["flight_km_short_haul"] == Approx(10 / 0.07435));
  const RunResult text = run_mlcarbon({"estimate", "--power", "250", "--hours", "100", "--pue", "1", "--intensity", "400", "--equivalents"});
  CHECK_THAT(text.out, Catch::Contains("km driven by an average passenger car"));
  CHECK_THAT(text.out, Catch::Contains("U.S. Environmental Protection Agency"));
}
