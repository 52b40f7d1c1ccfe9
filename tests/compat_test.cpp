// --compat: other tools' rules applied to the stated inputs. Expected values are the tools'
// published formulas worked by hand (each tool's public source, as cited).
#include "cli_support.h"
#include "compat/compat.h"

using Json = nlohmann::json;
using mlcarbon::codecarbon_dimm_count;
using mlcarbon::codecarbon_ram_watts;
using mlcarbon::js_round2;
using test::run_error;
using test::run_json;

namespace {

const std::string kGreenAlgorithmsCpu = MLCARBON_TEST_DATA_DIR "/green-algorithms-cpu.json";

double line(const Json& j, const std::string& name, const std::string& column) {
  for (const Json& row : j["compat"]["lines"]) {
    if (row["name"] == name) return row[column].get<double>();
  }
  FAIL("no compat line " << name);
  return 0;
}

Json compat(const std::string& tool, std::vector<std::string> args) {
  args.insert(args.begin(), {"estimate", "--compat", tool});
  return run_json(args);
}

}  // namespace

TEST_CASE("JavaScript's toFixed(2): the exact binary value, halfway cases away from zero", "[compat]") {
  // ECMA-262 Number.prototype.toFixed: "let n be an integer for which n / 10^f - x is as close to
  // zero as possible; if there are two such n, pick the larger n". 1.005 and 2.675 are stored
  // just below their decimal text; 0.125 and 0.375 are exact halves (odd eighths).
  CHECK(js_round2(1.005) == 1.0);
  CHECK(js_round2(2.675) == 2.67);
  CHECK(js_round2(0.125) == 0.13);  // printf("%.2f") gives 0.12 (ties to even)
  CHECK(js_round2(0.375) == 0.38);
  CHECK(js_round2(14.25) == 14.25);
  CHECK(js_round2(28.416) == 28.42);
  CHECK(js_round2(10.8864) == 10.89);
  CHECK(js_round2(-0.125) == -0.13);
  CHECK(js_round2(0) == 0);
}

TEST_CASE("CodeCarbon 3's memory model: DIMMs from the size, 5 W each, less beyond 4, 8, 16", "[compat]") {
  // codecarbon/external/ram.py: <=2 GB 1 DIMM; <=16 GB 2; <=64 GB 4; <=128 GB 8; above, 8+ DIMMs of
  // the largest common size <= total/8, at most 32. 5 W per DIMM; 90 % for DIMMs 5-8, 80 % for
  // 9-16, 70 % beyond; at least 10 W.
  CHECK(codecarbon_dimm_count(1) == 1);
  CHECK(codecarbon_ram_watts(1) == 10);  // the 10 W minimum
  CHECK(codecarbon_dimm_count(16) == 2);
  CHECK(codecarbon_dimm_count(32) == 4);
  CHECK(codecarbon_ram_watts(32) == 20);
  CHECK(codecarbon_dimm_count(128) == 8);
  CHECK(codecarbon_dimm_count(512) == 8);  // 8 x 64 GB
  CHECK(codecarbon_ram_watts(512) == Approx(38));  // 4 x 5 + 4 x 4.5
  CHECK(codecarbon_dimm_count(2048) == 16);  // 16 x 128 GB
  CHECK(codecarbon_ram_watts(2048) == Approx(70));  // 20 + 18 + 8 x 4
  CHECK(codecarbon_dimm_count(8192) == 32);  // 64 x 128 GB, capped at 32
  CHECK(codecarbon_ram_watts(8192) == Approx(126));  // 70 + 16 x 3.5
}

TEST_CASE("same job, four trackers: CodeCarbon and Carbontracker", "[compat][cli]") {
  // METHODS.md, "Same job, four trackers": 10 h; one 200 W CPU at 50 % load without RAPL; 4 GPUs at
  // 250 W; 512 GB of RAM; Germany (Our World in Data 2023, 380.95 g/kWh, the figure both tools' tables hold).
  // CodeCarbon: 1000 + 200 x (0.1 + 0.9 x 0.5^3) + 38 = 1080.5 W; 10.805 kWh at PUE 1.0; 4.12 kg.
  // Carbontracker: (1000 + 200 / 2) x 10 h x 1.58 = 17.38 kWh; 6.62 kg (no RAM without RAPL).
  const std::vector<std::string> job{"-g", "v100-pcie-16gb", "-n", "4", "--hours", "10", "--cpu", "epyc-7702",
                                     "--cpu-utilization", "50%", "--memory-gb", "512", "--intensity", "380.95"};
  const Json cc = compat("codecarbon", job);
  CHECK(cc["compat"]["tool"] == "codecarbon");
  CHECK(line(cc, "cpu_w", "tool") == Approx(42.5));
  CHECK(line(cc, "memory_w", "tool") == Approx(38));
  CHECK(line(cc, "pue", "tool") == 1);
  CHECK(cc["compat"]["energy_kwh"].get<double>() == Approx(10.805));
  CHECK(cc["compat"]["co2e_kg"].get<double>() == Approx(4.12).epsilon(0.002));
  // mlcarbon's own column: CPU linear in load, 0.3725 W/GB, PUE 1.56 (Uptime 2024).
  CHECK(line(cc, "cpu_w", "mlcarbon") == Approx(100));
  CHECK(line(cc, "memory_w", "mlcarbon") == Approx(190.72));
  CHECK(cc["compat"]["ratio"]["pue"].get<double>() == Approx(1 / 1.56));
  const double product = cc["compat"]["ratio"]["it_energy"].get<double>() * cc["compat"]["ratio"]["pue"].get<double>() *
                         cc["compat"]["ratio"]["intensity"].get<double>();
  CHECK(product == Approx(cc["compat"]["ratio"]["co2e"].get<double>()));
  // mlcarbon's own estimate is unchanged: 1290.72 W x 10 h x PUE 1.56 x 380.95 g/kWh.
  CHECK(cc["co2e_kg"].get<double>() == Approx(12.9072 * 1.56 * 0.38095));

  const Json ct = compat("carbontracker", job);
  CHECK(line(ct, "cpu_w", "tool") == Approx(100));
  CHECK(line(ct, "memory_w", "tool") == 0);
  CHECK(line(ct, "pue", "tool") == 1.58);
  CHECK(ct["compat"]["energy_kwh"].get<double>() == Approx(17.38));
  CHECK(ct["compat"]["co2e_kg"].get<double>() == Approx(6.62).epsilon(0.001));
  // A stated PUE is CodeCarbon's setting but not Carbontracker's constant.
  std::vector<std::string> with_pue = job;
  with_pue.insert(with_pue.end(), {"--pue", "1.2"});
  CHECK(compat("codecarbon", with_pue)["compat"]["energy_kwh"].get<double>() == Approx(10.805 * 1.2));
  CHECK(compat("carbontracker", with_pue)["compat"]["energy_kwh"].get<double>() == Approx(17.38));
}

TEST_CASE("ML CO2 Impact calculator: device-hours, no PUE, its rounding", "[compat][cli]") {
  // The ML CO2 Impact calculator's own results (mlco2.github.io/impact; its data/impact.csv and
  // data/gpus.csv in mlco2/impact): a 250 W GPU for 100 h in gcp us-central1 (its table: 566.3 g/kWh,
  // truncated to 566, shown as 0.57 kg/kWh): 25 kWh, 14.25 kg.
  const Json a = compat("mlco2", {"--power", "250", "--hours", "100", "-r", "gcp:us-central1", "--intensity", "566.3"});
  CHECK(a["compat"]["energy_kwh"].get<double>() == 25);
  CHECK(line(a, "intensity_g_per_kwh", "tool") == Approx(570));
  CHECK(a["compat"]["co2e_kg"].get<double>() == 14.25);
  CHECK(line(a, "pue", "tool") == 1);
  // 8 x 400 W for 24 h in aws us-east-1 (367.8 -> 0.37 kg/kWh): 76.8 kWh, 28.42 kg (28.416 rounded).
  const Json b = compat("mlco2", {"--power", "400", "-n", "8", "--hours", "24", "-r", "aws:us-east-1", "--intensity", "367.8"});
  CHECK(b["compat"]["energy_kwh"].get<double>() == 76.8);
  CHECK(b["compat"]["co2e_kg"].get<double>() == 28.42);
  // Private infrastructure, no place given: its default 0.432 kg/kWh, not rounded: 350 W x 72 h =
  // 25.2 kWh, 10.8864 -> 10.89 kg.
  const Json c = compat("mlco2", {"--power", "350", "--hours", "72"});
  CHECK(c["compat"]["energy_kwh"].get<double>() == 25.2);
  CHECK(c["compat"]["co2e_kg"].get<double>() == 10.89);
  CHECK(c["inputs"]["intensity_g_per_kwh"].get<double>() == 432);
  // Utilization is not applied: the calculator takes the full power.
  const Json d = compat("mlco2", {"--hardware", "v100-pcie-16gb", "-u", "0.5", "--hours", "10", "--intensity", "500"});
  CHECK(d["compat"]["energy_kwh"].get<double>() == 2.5);
  CHECK(d["energy_kwh"].get<double>() == Approx(1.25 * 1.56));
}

TEST_CASE("Green Algorithms v3.0: its PUE table, cores x TDP per core, 0.3725 W/GB", "[compat][cli]") {
  // METHODS.md worked example 2: GCP europe-west1, which Green Algorithms lists at PUE 1.08
  // (cloudProviders_datacenters.csv), 161.89 g/kWh; 8 of 16 cores of a 120 W CPU (7.5 W each);
  // one 300 W GPU; 32 GB; 24 h x factor 10 = 240 h: 1.08 x (300 + 60 + 11.92) = 401.6736 W;
  // 96.401664 kWh; 15,606.47 g.
  const Json j = compat("green-algorithms", {"--data-add", kGreenAlgorithmsCpu, "--power", "300", "--cpu", "xeon-e5-2683-v4",
                                             "--cpu-cores", "8", "--memory-gb", "32", "--hours", "240", "-r",
                                             "gcp:europe-west1", "--intensity", "161.89"});
  CHECK(line(j, "pue", "tool") == 1.08);
  CHECK(j["compat"]["energy_kwh"].get<double>() == Approx(96.401664));
  CHECK(j["compat"]["co2e_kg"].get<double>() * 1000 == Approx(15606.47).epsilon(1e-6));
  // Worked example 1, its defaults: no place -> PUE 1.56 ("Unknown", Uptime 2024) and 12 cores
  // at 7.5 W with 64 GB for 12 h at 30 g/kWh: 2.1310848 kWh, 63.93 g. The world figure 475 g/kWh
  // (IEA 2019) is its fallback when no intensity is given.
  const Json k = compat("green-algorithms", {"--data-add", kGreenAlgorithmsCpu, "--power", "90", "--memory-gb", "64", "--hours",
                                             "12", "--intensity", "30"});
  CHECK(line(k, "pue", "tool") == 1.56);
  CHECK(k["compat"]["energy_kwh"].get<double>() == Approx(2.1310848));
  CHECK(k["compat"]["co2e_kg"].get<double>() * 1000 == Approx(63.932544));
  const Json w = compat("ga", {"--power", "200", "--hours", "1"});
  CHECK(line(w, "intensity_g_per_kwh", "tool") == 475);
  CHECK(w["compat"]["co2e_kg"].get<double>() == Approx(0.2 * 1.56 * 0.475));
  // A provider it has a default for: AWS 1.2 (defaults_PUE.csv).
  CHECK(line(compat("green-algorithms", {"--power", "200", "--hours", "1", "-r", "aws:eu-west-1"}), "pue", "tool") == 1.2);
}

TEST_CASE("compat modes in text output, and their bad uses", "[compat][cli]") {
  const auto r = run_mlcarbon({"estimate", "--compat", "carbontracker", "--power", "300", "--hours", "10", "-r", "DE"});
  REQUIRE(r.status == 0);
  CHECK_THAT(r.out, Catch::Contains("As Carbontracker would compute it"));
  CHECK_THAT(r.out, Catch::Contains("Carbontracker's CO2e is"));
  CHECK_THAT(r.out, Catch::Contains("its constant PUE_2023"));
  CHECK_THAT(run_error({"estimate", "--compat", "eco2ai", "--power", "1", "--hours", "1"}, 2),
             Catch::Contains("expected one of mlco2, codecarbon, carbontracker, green-algorithms"));
  CHECK_THAT(run_error({"estimate", "--compat", "mlco2", "--power", "1", "--hours", "1", "-f", "csv"}, 2),
             Catch::Contains("--compat prints in text or json"));
  CHECK_THAT(run_error({"estimate", "--compat", "mlco2", "--power", "1", "--hours", "1", "-q"}, 2),
             Catch::Contains("conflicts with --value and --quiet"));
  CHECK_THAT(run_error({"estimate", "--compat", "mlco2", "--jobs", "-"}, 2), Catch::Contains("does not apply to --jobs"));
}
