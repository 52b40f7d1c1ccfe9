// Jobs without accelerators: host CPUs, memory and overhead alone, in options, jobs files,
// instance types and every output format. Expected values are worked by hand from the sources
// named in each case (datasheet TDPs, Green Algorithms' per-core model, providers' pages).
#include "cli_support.h"

using Json = nlohmann::json;
using test::run_error;
using test::run_json;
using test::factor;

namespace {

const std::string kGreenAlgorithmsCpu = MLCARBON_TEST_DATA_DIR "/green-algorithms-cpu.json";

bool has_factor(const Json& j, const std::string& name) {
  for (const Json& row : j["breakdown"]) {
    if (row["name"] == name) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("Green Algorithms worked example 1 as they state it: cores and memory, no accelerator", "[cli][cpu]") {
  // METHODS.md (Green Algorithms defaults): 12 h, 12 cores at 7.5 W, usage 1, 64 GB, PUE 1.56,
  // 30 g/kWh: P = 1.56 x (90 + 64 x 0.3725) = 177.5904 W; E = 2.1310848 kWh; 63.93 g.
  // 7.5 W a core: the Xeon E5-2683 v4's 120 W TDP over its 16 cores (Intel ARK, test fixture).
  const Json j = run_json({"estimate", "--data-add", kGreenAlgorithmsCpu, "--cpu", "xeon-e5-2683-v4", "--cpu-cores", "12",
                           "--memory-gb", "64", "--hours", "12", "--pue", "1.56", "--intensity", "30"});
  CHECK(j["energy_kwh"].get<double>() == Approx(2.1310848));
  CHECK(j["co2e_kg"].get<double>() * 1000 == Approx(63.932544));
  CHECK(factor(j, "cpu_count") == Approx(0.75));  // 12 of 16 cores
  const Json& in = j["inputs"];
  CHECK(in["power_origin"] == "none");
  CHECK(in["count"].is_null());
  CHECK(in["power_w"].is_null());
  CHECK(in["utilization"].is_null());
  CHECK(in["hardware"].is_null());
  CHECK(in["cpu"] == "xeon-e5-2683-v4");
  CHECK(in["cpu_power_origin"] == "hardware");
  CHECK(j["embodied_kg"].get<double>() == 0);
  CHECK_FALSE(has_factor(j, "count"));
  CHECK_FALSE(has_factor(j, "power_w"));
}

TEST_CASE("a CPU-only job from the datasheet TDP", "[cli][cpu]") {
  // Intel ARK: Xeon Platinum 8380, 270 W TDP. 2 packages x 270 W x 10 h = 5.4 kWh; x PUE 1.2 =
  // 6.48 kWh; x 100 g/kWh = 0.648 kg.
  const Json j = run_json({"estimate", "--cpu", "xeon-platinum-8380", "--cpu-count", "2", "--hours", "10", "--pue", "1.2",
                           "--intensity", "100"});
  CHECK(j["it_energy_kwh"].get<double>() == Approx(5.4));
  CHECK(j["energy_kwh"].get<double>() == Approx(6.48));
  CHECK(j["co2e_kg"].get<double>() == Approx(0.648));
  CHECK(factor(j, "cpu_power_w") == 270);

  // AMD's EPYC 7763 page: 280 W TDP, 64 cores. Green Algorithms' per-core model for 32 cores at
  // half load: 32 x 280 / 64 W x 0.5 = 70 W; + 128 GB x 0.3725 = 47.68 W; 117.68 W x 48 h =
  // 5.64864 kWh; PUE 1 and 200 g/kWh: 1.129728 kg.
  const Json g = run_json({"estimate", "--cpu", "epyc-7763", "--cpu-cores", "32", "--cpu-utilization", "50%", "--memory-gb", "128",
                           "--hours", "48", "--pue", "1", "--intensity", "200"});
  CHECK(g["it_energy_kwh"].get<double>() == Approx(5.64864));
  CHECK(g["co2e_kg"].get<double>() == Approx(1.129728));
}

TEST_CASE("a CPU not in the data, by its rated power (--cpu-tdp)", "[cli][cpu]") {
  // 2 packages x 150 W x 0.5 = 150 W; + 64 GB x 0.3725 W = 23.84 W; 173.84 W x 10 h = 1.7384 kWh;
  // PUE 1, 100 g/kWh: 0.17384 kg.
  const Json j = run_json({"estimate", "--cpu-tdp", "150W", "--cpu-count", "2", "--cpu-utilization", "0.5", "--memory-gb", "64",
                           "--hours", "10", "--pue", "1", "--intensity", "100"});
  CHECK(j["it_energy_kwh"].get<double>() == Approx(1.7384));
  CHECK(j["co2e_kg"].get<double>() == Approx(0.17384));
  CHECK(j["inputs"]["cpu"].is_null());
  CHECK(j["inputs"]["cpu_power_origin"] == "user");
  CHECK(j["inputs"]["cpu_power_w"] == 150);
  // Beside accelerators too: one 400 W device + 1 x 150 W CPU, 10 h: 5.5 kWh.
  const Json both = run_json({"estimate", "--tdp", "400", "--cpu-tdp", "150", "--hours", "10", "--pue", "1", "--intensity", "100"});
  CHECK(both["it_energy_kwh"].get<double>() == Approx(5.5));
}

TEST_CASE("an instance type without accelerators: its CPU share and memory", "[cli][cpu]") {
  // AWS user guide (compute optimized, 2023): c6i.4xlarge, 16 vCPUs, 32 GiB, Ice Lake 8375C; a
  // 32-core (64-vCPU) package, so 16 / 64 = 0.25 of it at 300 W (CodeCarbon's estimate) = 75 W;
  // 32 GiB = 34.36 GB (3 decimals) x 0.3725 = 12.7991 W. Two instances, 10 h:
  // 2 x 87.7991 W x 10 h = 1.755982 kWh.
  const Json j = run_json({"estimate", "--instance", "aws:c6i.4xlarge", "-n", "2", "--hours", "10", "--pue", "1", "--intensity", "100"});
  CHECK(j["it_energy_kwh"].get<double>() == Approx(1.755982));
  CHECK(j["inputs"]["nodes"] == 2);
  CHECK(j["inputs"]["count"].is_null());
  CHECK(j["inputs"]["power_origin"] == "none");
  CHECK(factor(j, "cpu_count") == Approx(0.5));
  CHECK(factor(j, "memory_gb") == Approx(68.72));
  // Azure (Dsv5 page): Standard_D16s_v5, 16 vCPUs, 64 GiB.
  const Json d = run_json({"instances", "show", "azure:Standard_D16s_v5"});
  CHECK(d["instance"]["accelerator"].is_null());
  CHECK(d["instance"]["accelerator_count"] == 0);
  CHECK(d["instance"]["vcpus"] == 16);
  CHECK(d["instance"]["memory_gb"] == Approx(68.719));
}

TEST_CASE("a CPU-only job in every format", "[cli][cpu]") {
  const std::vector<std::string> job{"estimate", "--cpu", "epyc-7763", "--cpu-cores", "32", "--memory-gb", "128", "--hours", "48", "-r", "DE"};
  for (const std::string format : {"text", "json", "jsonl", "csv", "markdown", "latex", "model-card"}) {
    std::vector<std::string> args = job;
    args.insert(args.end(), {"--format", format});
    const RunResult r = run_mlcarbon(args);
    INFO(format << ": " << r.err);
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK_FALSE(r.out.empty());
    CHECK(r.out.find("0 x") == std::string::npos);  // no phantom device
    if (format == "markdown" || format == "latex") CHECK(r.out.find("without accelerators") != std::string::npos);
    if (format == "model-card") CHECK(r.out.find("32 cores of AMD EPYC 7763 + 128 GB memory (no accelerators)") != std::string::npos);
    if (format == "text") CHECK(r.out.find("host CPUs") != std::string::npos);
  }
  const RunResult brief = run_mlcarbon({"estimate", "--cpu-tdp", "100", "--hours", "1", "--intensity", "100", "--brief"});
  CHECK(brief.out.find("1 x CPU at 100 W for 1 h (no accelerators)") != std::string::npos);
}

TEST_CASE("jobs files: rows with a host and no hardware", "[cli][cpu][jobs]") {
  const std::string dir = test::temp_dir("cpu-jobs");
  // Row 2: 32/64 x 280 W + 128 x 0.3725 W = 187.68 W x 10 h = 1.8768 kWh.
  // Row 3: 2 x 150 W + 64 x 0.3725 W = 323.84 W x 10 h = 3.2384 kWh.
  // Row 4: 8 x 400 W (A100 SXM4 datasheet) x 10 h = 32 kWh.  IT total 37.1152 kWh; PUE 1.
  test::write(dir + "/jobs.csv",
              "name,hardware,count,hours,cpu,cpu_cores,cpu_count,memory_gb,cpu_tdp_w\n"
              "prep,,,10,epyc-7763,32,,128,\n"
              "custom,,,10,,,2,64,150\n"
              "train,a100,8,10,,,,,\n");
  const Json j = run_json({"estimate", "--jobs", dir + "/jobs.csv", "--pue", "1", "--intensity", "100"});
  CHECK(j["totals"]["it_energy_kwh"].get<double>() == Approx(37.1152));
  CHECK(j["totals"]["co2e_kg"].get<double>() == Approx(3.71152));
  CHECK(j["jobs"][0]["power_origin"] == "none");
  CHECK(j["jobs"][0]["count"].is_null());
  test::write(dir + "/jobs.jsonl",
              "{\"name\":\"prep\",\"hours\":10,\"cpu\":\"epyc-7763\",\"cpu_cores\":32,\"memory_gb\":128}\n"
              "{\"name\":\"custom\",\"hours\":10,\"cpu_tdp_w\":150,\"cpu_count\":2,\"memory_gb\":64}\n");
  const Json l = run_json({"estimate", "--jobs", dir + "/jobs.jsonl", "--pue", "1", "--intensity", "100"});
  CHECK(l["totals"]["it_energy_kwh"].get<double>() == Approx(5.1152));
}

TEST_CASE("a job without accelerators refuses what only accelerators take, with what to give", "[cli][cpu]") {
  CHECK_THAT(run_error({"estimate", "--hours", "1", "-r", "FR"}, 2),
             Catch::Contains("for a job without accelerators, its host: --cpu NAME (or --cpu-tdp W), --memory-gb G"));
  CHECK_THAT(run_error({"estimate", "--cpu", "epyc-7763", "-n", "4", "--hours", "1", "-r", "FR"}, 2),
             Catch::Contains("--count counts accelerators, and this job has none"));
  CHECK_THAT(run_error({"estimate", "--cpu", "epyc-7763", "-u", "0.5", "--hours", "1", "-r", "FR"}, 2),
             Catch::Contains("give --cpu-utilization for its CPUs"));
  CHECK_THAT(run_error({"estimate", "--cpu", "epyc-7763", "--device-hours", "100", "-r", "FR"}, 2),
             Catch::Contains("--device-hours are divided among accelerators"));
  CHECK_THAT(run_error({"estimate", "--cpu", "epyc-7763", "--flops", "1e20", "-r", "FR"}, 2),
             Catch::Contains("an estimate from compute needs accelerators"));
  CHECK_THAT(run_error({"estimate", "--memory-gb", "0", "--hours", "1", "-r", "FR"}, 2), Catch::Contains("the job draws no power"));
  CHECK_THAT(run_error({"estimate", "--cpu", "epyc-7763", "--cpu-tdp", "100", "--hours", "1", "-r", "FR"}, 2),
             Catch::Contains("a CPU from the data brings its own TDP"));
  CHECK_THAT(run_error({"estimate", "--cpu-tdp", "100", "--cpu-cores", "8", "--hours", "1", "-r", "FR"}, 2),
             Catch::Contains("cores need the core count of a CPU from the data"));
  CHECK_THAT(run_error({"estimate", "--instance", "aws:c6i.4xlarge", "-u", "0.5", "--hours", "1", "-r", "FR"}, 2),
             Catch::Contains("c6i.4xlarge has no accelerators"));
  // An unknown CPU: the closest names, and --cpu-tdp for one not in the data.
  CHECK_THAT(run_error({"estimate", "--cpu", "epyc-7764", "--hours", "1", "-r", "FR"}, 3), Catch::Contains("epyc-7763"));
  const RunResult c = run_mlcarbon({"compare", "--cpu", "epyc-7763", "--hours", "1", "-r", "FR", "--devices", "a100"});
  CHECK(c.status == 2);
  CHECK_THAT(c.out, Catch::Contains("a100: --devices: the job has no accelerators to replace"));
}
