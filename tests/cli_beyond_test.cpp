// End-to-end: whole-node power, estimates from compute, embodied and market-based emissions,
// uncertainty ranges. Expected values are worked by hand from the sources named.
#include "cli_support.h"

using Json = nlohmann::json;
using test::run_error;
using test::run_json;
using test::factor;

namespace {

const std::string kGreenAlgorithmsCpu = MLCARBON_TEST_DATA_DIR "/green-algorithms-cpu.json";

}  // namespace

TEST_CASE("Green Algorithms worked example 1: CPU cores and memory", "[cli][node]") {
  // METHODS.md (Green Algorithms defaults): 12 h, 12 cores at 7.5 W, usage 1, 64 GB, PUE 1.56,
  // 30 g/kWh: P = 1.56 x (90 + 64 x 0.3725) = 177.5904 W; E = 2.1310848 kWh; 63.93 g.
  // Here the cores' 90 W are given as a device's power (--power 90); tests/cpu_only_test.cpp
  // states the same job as what it is, 12 of the 16 cores of a 120 W Xeon E5-2683 v4 and no
  // accelerator.
  const Json j = run_json({"estimate", "--data-add", kGreenAlgorithmsCpu, "--power", "90", "--memory-gb", "64", "--hours", "12",
                           "--pue", "1.56", "--intensity", "30"});
  CHECK(j["energy_kwh"].get<double>() == Approx(2.1310848));
  CHECK(j["co2e_kg"].get<double>() * 1000 == Approx(63.932544));
  CHECK(factor(j, "memory_w_per_gb") == 0.3725);
}

TEST_CASE("Green Algorithms worked example 2: a GPU, CPU cores by TDP per core, memory", "[cli][node]") {
  // METHODS.md: GCP europe-west1 (PUE 1.08, 161.89 g/kWh), 8 cores at 7.5 W + one 300 W GPU,
  // 32 GB, 24 h, pragmatic factor 10: P = 1.08 x (300 + 60 + 11.92) = 401.6736 W;
  // E = 96.401664 kWh; 15,606.47 g. The factor 10 is ten runs: 240 h.
  const Json j = run_json({"estimate", "--data-add", kGreenAlgorithmsCpu, "--power", "300", "--cpu", "xeon-e5-2683-v4",
                           "--cpu-cores", "8", "--memory-gb", "32", "--hours", "240", "--pue", "1.08", "--intensity",
                           "161.89"});
  CHECK(j["energy_kwh"].get<double>() == Approx(96.401664));
  CHECK(j["co2e_kg"].get<double>() * 1000 == Approx(15606.47).epsilon(1e-6));
  CHECK(j["inputs"]["cpu_count"].get<double>() == Approx(0.5));  // 8 of 16 cores
}

TEST_CASE("an instance preset brings its accelerators, CPUs and memory", "[cli][node]") {
  // data/instances.json, aws:p4d.24xlarge: 8 A100 SXM4 40 GB (400 W, NVIDIA), 2 Xeon 8275CL
  // (240 W, CodeCarbon's table), 1152 GiB = 1236.950581248 GB. IT power per instance:
  // 3200 + 480 + 1236.950581248 x 0.3725 = 4140.7640915 W. Two instances, 10 h, PUE 1, 100 g/kWh:
  // 82.81528183 kWh, 8.281528183 kg.
  const Json j = run_json({"estimate", "--instance", "aws:p4d.24xlarge", "-n", "2", "--hours", "10", "--pue", "1",
                           "--intensity", "100"});
  CHECK(j["inputs"]["count"] == 16);
  CHECK(j["inputs"]["nodes"] == 2);
  CHECK(j["inputs"]["cpu"] == "xeon-platinum-8275cl");
  CHECK(j["energy_kwh"].get<double>() == Approx(82.81528183));
  CHECK(j["co2e_kg"].get<double>() == Approx(8.281528183));
  CHECK_THAT(run_error({"estimate", "--instance", "p4d.24xlarg", "--hours", "1", "--intensity", "1"}, 3),
             Catch::Contains("did you mean aws:p4d.24xlarge"));
  CHECK_THAT(run_error({"estimate", "--instance", "aws:p4d.24xlarge", "-g", "a100", "--hours", "1", "--intensity", "1"}, 2),
             Catch::Contains("--hardware and --instance conflict"));
}

TEST_CASE("hours from compute: 6 x params x tokens at the bf16 peak and the MFU", "[cli][compute]") {
  // Kaplan et al. 2020: C = 6 N D = 6 x 7e9 x 1e12 = 4.2e22 FLOP. A100 SXM4 bf16 dense peak
  // 312 TFLOP/s (NVIDIA datasheet); MFU 0.4 (default): 4.2e22 / (312e12 x 0.4) / 3600 =
  // 93,482.9 device-hours; on 64 GPUs, 1,460.67 h; at 400 W, PUE 1: 37,393.2 kWh.
  const Json j = run_json({"estimate", "-g", "a100", "-n", "64", "--params", "7B", "--tokens", "1T", "--pue", "1",
                           "--intensity", "100"});
  const Json& c = j["inputs"]["compute"];
  CHECK(c["flops"].get<double>() == Approx(4.2e22));
  CHECK(c["peak_tflops"].get<double>() == 312);
  CHECK(c["precision"] == "bf16");
  CHECK(c["mfu"].get<double>() == 0.4);
  CHECK(c["device_hours"].get<double>() == Approx(93482.9).epsilon(1e-5));
  CHECK(j["inputs"]["hours"].get<double>() == Approx(1460.67).epsilon(1e-5));
  CHECK(j["energy_kwh"].get<double>() == Approx(37393.2).epsilon(1e-5));
  // --flops and an explicit MFU: 3.14e23 FLOP (GPT-3, Brown et al. 2020) on 1024 A100 at 0.5 MFU:
  // 3.14e23 / (312e12 x 0.5) / 3600 = 559,116 device-hours.
  const Json g = run_json({"estimate", "-g", "a100", "-n", "1024", "--flops", "3.14e23", "--mfu", "0.5", "--intensity", "100"});
  CHECK(g["inputs"]["compute"]["device_hours"].get<double>() == Approx(559116).epsilon(1e-5));
  CHECK_THAT(run_error({"estimate", "-g", "a100", "--flops", "1e20", "--hours", "3", "--intensity", "1"}, 2),
             Catch::Contains("conflict"));
  CHECK_THAT(run_error({"estimate", "-g", "a100", "--params", "7B", "--intensity", "1"}, 2),
             Catch::Contains("--params and --tokens go together"));
  CHECK_THAT(run_error({"estimate", "-g", "a100", "--flops", "1e20", "--precision", "fp8", "--intensity", "1"}, 2),
             Catch::Contains("publishes no fp8 figure"));
  CHECK_THAT(run_error({"estimate", "--power", "300", "--flops", "1e20", "--intensity", "1"}, 2),
             Catch::Contains("needs --hardware"));
}

TEST_CASE("embodied emissions by the BLOOM method reproduce BLOOM's 11.2 t", "[cli][embodied]") {
  // Luccioni et al. 2022, section 4.3: 150 kg per GPU + 2,500 kg per 8-GPU server, 6 years at 85 %
  // use: (150 + 312.5) / (6 x 8760 x 0.85) = 0.0103523 kg per GPU-hour. BLOOM: 1,082,990 A100
  // hours (here 10 GPUs x 108,299 h) -> 11,211 kg (the paper: 7.57 t for servers + 3.64 t for GPUs = 11.2 t).
  const Json j = run_json({"estimate", "-g", "a100-sxm4-80gb", "-n", "10", "--hours", "108299", "--pue", "1", "--intensity",
                           "57"});
  CHECK(j["embodied_kg"].get<double>() == Approx(1082990 * 462.5 / (6 * 8760 * 0.85)));
  CHECK(j["embodied_kg"].get<double>() == Approx(11200).epsilon(0.005));
  CHECK(j["total_with_embodied_kg"].get<double>() == Approx(j["co2e_kg"].get<double>() + j["embodied_kg"].get<double>()));
  // BLOOM's dynamic consumption: 1,082,990 h x 400 W = 433,196 kWh; x 57 g/kWh = 24.69 t.
  CHECK(j["energy_kwh"].get<double>() == Approx(433196));
  CHECK(j["co2e_kg"].get<double>() == Approx(24692.172));
}

TEST_CASE("market-based beside location-based, from Google's per-region CFE", "[cli][market]") {
  // Google region-carbon-info 2025: us-central1 431.95 g/kWh (direct), CFE 0.88. 250 W x 100 h,
  // PUE 1 = 25 kWh. On the direct basis: 10.79875 kg location-based; x (1 - 0.88) = 1.29585 kg
  // market-based. On the default (lifecycle) basis the figure gains the upstream emissions of the
  // grid it draws from, eGRID2023 MRO West: 45.2807 g/kWh (worked in catalog_test.cpp with the
  // fixture's copy of the same entry) -> 477.2307 g/kWh, 11.93077 kg, 1.43169 kg market-based.
  const Json direct = run_json({"estimate", "--power", "250", "--hours", "100", "--pue", "1", "--region", "gcp:us-central1",
                                "--basis", "direct"});
  CHECK(direct["co2e_kg"].get<double>() == Approx(10.79875));
  CHECK(direct["market_co2e_kg"].get<double>() == Approx(1.29585));
  const Json j = run_json({"estimate", "--power", "250", "--hours", "100", "--pue", "1", "--region", "gcp:us-central1"});
  CHECK(j["co2e_kg"].get<double>() == Approx(25 * (431.95 + 4532.6 / 100.1) / 1000));
  CHECK(j["market_co2e_kg"].get<double>() == Approx(25 * (431.95 + 4532.6 / 100.1) / 1000 * 0.12));
  // No per-region share: null, and the gross is not touched.
  const Json aws = run_json({"estimate", "--power", "250", "--hours", "100", "--region", "aws:us-east-1"});
  CHECK(aws["market_co2e_kg"].is_null());
}

TEST_CASE("uncertainty: interval bounds of power, PUE and intensity, the same every run", "[cli][uncertainty]") {
  // 8 x A100 (400 W TDP) x 24 h in aws:eu-west-1. Ranges: power 0.6-1.1 of TDP (Patterson et al.
  // 2021, Table 3); AWS PUE 1.04-1.15 (AWS, best site 2024 and fleet 2024; the 2025 fleet figure is
  // 1.14); Ireland's intensity 256.54-351.92 (OWID/Ember, 2025 and 2021). Low: 8 x 240 W x 24 h x
  // 1.04 x 256.54 = 12.294 kg; high: 8 x 440 W x 24 h x 1.15 x 351.92 = 34.190 kg.
  const std::vector<std::string> args{"estimate", "-g", "a100", "-n", "8", "--hours", "24", "--region", "aws:eu-west-1"};
  const Json j = run_json(args);
  const Json& u = j["uncertainty"];
  CHECK(u["method"] == "interval bounds");
  CHECK(u["co2e_kg_low"].get<double>() == Approx(8 * 240 * 24 * 1.04 * 256.54 / 1e6));
  CHECK(u["co2e_kg_high"].get<double>() == Approx(8 * 440 * 24 * 1.15 * 351.92 / 1e6));
  REQUIRE(u["factors"].size() == 3);
  CHECK(u["factors"][0]["name"] == "power");  // the widest effect first
  CHECK(run_mlcarbon(args).out == run_mlcarbon(args).out);  // reproducible
  // Values the user gives are exact: no range for them.
  const Json exact = run_json({"estimate", "--power", "300", "--hours", "1", "--pue", "1.2", "--intensity", "300"});
  CHECK(exact["uncertainty"]["factors"].empty());
  CHECK(exact["uncertainty"]["co2e_kg_low"] == exact["co2e_kg"]);
}

TEST_CASE("compare ranks alternatives and splits the saving into the 4M levers", "[cli][compare]") {
  // Baseline: 300 W x 10 h x PUE 1.5 x 400 g/kWh = 4.5 kWh, 1.8 kg. PUE 1.1: 3.3 kWh, 1.32 kg
  // (1.8 / 1.32 = 1.3636x less, all of it mechanization); PUE 2: 2.4 kg (0.75x).
  const Json j = run_json({"compare", "--power", "300", "--hours", "10", "--pue", "1.5", "--intensity", "400", "--pue-values", "2,1.1"});
  CHECK(j["baseline"]["co2e_kg"].get<double>() == Approx(1.8));
  REQUIRE(j["alternatives"].size() == 2);
  CHECK(j["alternatives"][0]["label"] == "PUE 1.1");  // lowest first
  CHECK(j["alternatives"][0]["co2e_kg"].get<double>() == Approx(1.32));
  CHECK(j["alternatives"][0]["saving"].get<double>() == Approx(1.8 / 1.32));
  CHECK(j["alternatives"][0]["levers"]["mechanization"].get<double>() == Approx(1.5 / 1.1));
  CHECK(j["alternatives"][0]["levers"]["map"].get<double>() == 1);
  CHECK(j["alternatives"][1]["saving"].get<double>() == Approx(0.75));

  // Devices, with the hours scaled by throughput (the job is given by its compute): per FLOP, an
  // A100 SXM4 draws 400 W / 312 TFLOP/s (bf16 dense) and an H100 SXM 700 W / 989.5 TFLOP/s
  // (NVIDIA datasheets): the H100 saves (400 / 312) / (700 / 989.5) = 1.8123x, all machine.
  const Json d = run_json({"compare", "-g", "a100", "-n", "64", "--params", "7B", "--tokens", "1T", "-r", "FR", "--devices", "h100"});
  const Json& h100 = d["alternatives"][0];
  CHECK(h100["saving"].get<double>() == Approx((400.0 / 312) / (700 / 989.5)));
  CHECK(h100["levers"]["machine"].get<double>() == Approx(h100["saving"].get<double>()));

  // Regions: V100 in aws:eu-west-1 (AWS PUE 1.14 for 2025, Ireland 256.54 g/kWh, OWID/Ember 2025)
  // against France (default PUE 1.56, 41.44 g/kWh, 2025): map 256.54 / 41.44, mechanization
  // 1.14 / 1.56, their product the saving. Both lifecycle figures: nothing converted.
  const Json r = run_json({"compare", "-g", "v100", "--hours", "10", "-r", "aws:eu-west-1", "--regions", "FR"});
  CHECK(r["intensity_basis"] == "lifecycle");
  const Json& fr = r["alternatives"][0];
  CHECK(fr["levers"]["map"].get<double>() == Approx(256.54 / 41.44));
  CHECK(fr["levers"]["mechanization"].get<double>() == Approx(1.14 / 1.56));
  CHECK(fr["saving"].get<double>() == Approx(256.54 / 41.44 * 1.14 / 1.56));
  // The text says when a ranking cannot tell regions apart (AWS regions outside the US, Canada and
  // Australia take their country's average) and when devices were compared at the same hours.
  const RunResult text = run_mlcarbon({"compare", "-g", "v100", "--hours", "10", "-r", "gcp:us-central1", "--regions",
                                       "aws:eu-west-1,aws:us-west-2,gcp:us-west1", "--devices", "t4"});
  REQUIRE(text.status == 0);
  CHECK_THAT(text.out, Catch::Contains("aws:eu-west-1 *"));
  CHECK_THAT(text.out, !Catch::Contains("aws:us-west-2 *"));
  CHECK_THAT(text.out, Catch::Contains("intensities: all on a lifecycle basis"));
  CHECK_THAT(text.out, !Catch::Contains("gcp:us-west1 *"));
  CHECK_THAT(text.out, Catch::Contains("* the region's intensity is its country's average"));
  CHECK_THAT(text.out, Catch::Contains("Every device runs the same hours here"));
  const RunResult by_compute = run_mlcarbon({"compare", "-g", "a100", "--params", "7B", "--tokens", "1T", "-r", "FR",
                                             "--devices", "h100"});
  REQUIRE(by_compute.status == 0);
  CHECK_THAT(by_compute.out, !Catch::Contains("same hours") && !Catch::Contains("country's average"));
  CHECK_THAT(run_error({"compare", "-g", "v100", "--hours", "10", "-r", "FR"}, 2), Catch::Contains("compare what?"));
  CHECK_THAT(run_error({"compare", "-g", "v100", "--hours", "10", "-r", "FR", "--regions", "atlantis"}, 3), Catch::Contains("unknown region"));
}

TEST_CASE("instances list and show: the presets --instance takes", "[cli][node]") {
  // data/instances.json, aws:p4d.24xlarge (AWS EC2 user guide): 8 A100 SXM4 40 GB, 2 Xeon
  // Platinum 8275CL, 96 vCPUs, 1152 GiB = 1236.95 GB.
  const Json one = run_json({"instances", "show", "p4d.24xlarge"});
  const Json& i = one["instance"];
  CHECK(i["id"] == "aws:p4d.24xlarge");
  CHECK(i["accelerator"] == "a100-sxm4-40gb");
  CHECK(i["accelerator_count"] == 8);
  CHECK(i["cpu"] == "xeon-platinum-8275cl");
  CHECK(i["cpu_sockets"].get<double>() == 2);
  CHECK(i["vcpus"] == 96);
  CHECK(i["memory_gb"].get<double>() == Approx(1152 * 1.073741824).epsilon(1e-6));
  CHECK(i["source"]["url"].get<std::string>().find("docs.aws.amazon.com") != std::string::npos);

  const Json h100 = run_json({"instances", "list", "-g", "h100"});
  REQUIRE(!h100["instances"].empty());
  for (const Json& row : h100["instances"]) CHECK(row["accelerator"] == "h100-sxm");
  const Json gcp = run_json({"instances", "list", "-p", "gcp"});
  for (const Json& row : gcp["instances"]) CHECK(row["provider"] == "gcp");

  const RunResult text = run_mlcarbon({"instances", "list"});
  REQUIRE(text.status == 0);
  CHECK_THAT(text.out, Catch::Contains("azure:nd96asr_v4"));
  const RunResult csv = run_mlcarbon({"instances", "list", "--format", "csv"});
  CHECK_THAT(csv.out, Catch::StartsWith("id,provider,type,accelerator,accelerator_count,cpu,cpu_name,cpu_sockets,vcpus,memory_gb,source\n"));
  CHECK_THAT(run_error({"instances", "show", "p4"}, 3), Catch::Contains("did you mean aws:p4d.24xlarge"));
  CHECK_THAT(run_error({"instances", "list", "-p", "ibm"}, 3), Catch::Contains("unknown provider 'ibm'"));
  CHECK_THAT(run_error({"instances", "list", "--format", "latex"}, 2), Catch::Contains("not available for `instances list`"));
}

TEST_CASE("the paper appendix states the compute, the host, the embodied share and the range, with their sources", "[cli][appendix]") {
  // 6 x 7e9 x 2e12 = 8.4e22 FLOP (Kaplan et al. 2020) at the H100 SXM's dense bf16 peak, 989.5
  // TFLOP/s (NVIDIA datasheet: 1,979 with sparsity), MFU 0.40: 8.4e22 / (989.5e12 x 0.4) / 3600 =
  // 58,952 device-hours.
  const std::string dir = test::temp_dir("appendix-beyond");
  const RunResult md = run_mlcarbon({"estimate", "-g", "h100", "-n", "64", "--params", "7B", "--tokens", "2T", "-r",
                                     "gcp:us-central1", "--cpu", "epyc-9654", "--memory-gb", "1024", "-f", "markdown", "--bib",
                                     dir + "/refs.bib"});
  REQUIRE(md.status == 0);
  CHECK_THAT(md.out, Catch::Contains("8.4e+22 FLOP (6 × 7e+09 parameters × 2e+12 tokens [4])"));
  CHECK_THAT(md.out, Catch::Contains("58,952 device-hours"));
  CHECK_THAT(md.out, Catch::Contains("| Host CPUs | 1 × AMD EPYC 9654 (360 W, utilization 1) |"));
  CHECK_THAT(md.out, Catch::Contains("| Host memory | 1,024 GB at 0.3725 W/GB |"));
  CHECK_THAT(md.out, Catch::Contains("| Embodied emissions |"));
  CHECK_THAT(md.out, Catch::Contains("| Emissions (market-based) |"));
  CHECK_THAT(md.out, Catch::Contains("| Range (location-based) |"));
  CHECK_THAT(md.out, Catch::Contains("Scaling Laws for Neural Language Models"));
  std::ifstream bib(dir + "/refs.bib");
  const std::string refs((std::istreambuf_iterator<char>(bib)), std::istreambuf_iterator<char>());
  for (const char* key : {"kaplan2020scaling", "chowdhery2022palm", "lannelongue2021green", "luccioni2022bloom"}) {
    INFO(key);
    CHECK(refs.find(std::string("{") + key + ",") != std::string::npos);
  }
}
