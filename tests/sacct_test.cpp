// SLURM accounting as jobs (issue 15, point 3): sacct's fields, the cluster file, and the totals
// of a fixture of 22 jobs by user, partition, account and month, worked by hand below.
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "cli_support.h"
#include "cli/sampler_client.h"
#include "input/sacct.h"
#include "test_support.h"

using namespace mlcarbon;
using Json = nlohmann::json;
using test::catch_error;

namespace {

const std::string kFixture = MLCARBON_SOURCE_DIR "/tests/data/sacct/";

// Rows and skips as a sink sees them.
struct Collect final : JobSink {
  std::vector<std::map<std::string, std::string>> rows;
  std::vector<std::string> contexts;  // "user account partition month start"
  std::vector<JobError> bad;
  std::size_t steps = 0, running = 0, not_started = 0;
  void row(const JobRow& row) override {
    std::map<std::string, std::string> fields;
    for (std::size_t i = 0; i < kFieldCount; ++i) {
      if (const auto v = row.text[static_cast<Field>(i)]) fields[std::string(field_name(static_cast<Field>(i)))] = std::string(*v);
    }
    rows.push_back(fields);
    const JobContext& c = *row.context;
    contexts.push_back(fmt::format("{} {} {} {} {}", c.user, c.account, c.partition, c.month, c.start ? *c.start : -1));
  }
  void bad_row(const JobError& e) override { bad.push_back(e); }
  void skipped(SkipReason r) override {
    (r == SkipReason::step ? steps : r == SkipReason::running ? running : not_started)++;
  }
};

Collect read_sacct(std::string_view text, const Cluster* cluster, const RequestText& defaults = {}) {
  Collect c;
  SacctRows rows(cluster, defaults, "sacct.txt");
  JobReader reader(JobsFormat::sacct, c, "sacct.txt", &rows);
  reader.feed(text);
  reader.finish();
  return c;
}

Cluster cluster_of(std::string_view json) { return read_cluster(DataText{"cluster.json", json}); }

// The totals of one group's member in the JSON output.
const Json& member(const Json& totals, const std::string& key, const std::string& value) {
  for (const Json& row : totals["by_" + key]) {
    if (row[key] == value) return row;
  }
  FAIL("no " << key << " " << value);
  return totals;
}

}  // namespace

TEST_CASE("sacct's Elapsed: [D-]HH:MM:SS and the short forms", "[sacct]") {
  CHECK(parse_elapsed("2-03:04:05") == 2 * 86400 + 3 * 3600 + 4 * 60 + 5);
  CHECK(parse_elapsed("03:04:05") == 3 * 3600 + 4 * 60 + 5);
  CHECK(parse_elapsed("04:05") == 245);
  CHECK(parse_elapsed("00:00:00") == 0);
  CHECK(parse_elapsed("100:00:00") == 360000);  // more than a day, as some sites print it
  CHECK(std::abs(*parse_elapsed("00:01:02.500") - 62.5) < 1e-12);
  for (const char* bad : {"", "INVALID", "1-2", "3", "00:60:00", "1-24:00:00", "1:2:3:4", "-01:00:00", "01:00:00.", "a-01:00:00"}) {
    INFO(bad);
    CHECK_FALSE(parse_elapsed(bad));
  }
}

TEST_CASE("AllocTRES: CPUs, memory in SLURM's units, GPUs typed or not", "[sacct]") {
  Tres t = parse_tres("billing=16,cpu=16,gres/gpu:a100=2,gres/gpu=2,mem=128G,node=1");
  CHECK(t.cpus == 16);
  CHECK(t.gpus == 2);
  CHECK(t.gpu_type == "a100");
  CHECK(std::abs(*t.memory_gb - 128 * 1.073741824) < 1e-9);  // 128 x 2^30 bytes
  t = parse_tres("cpu=4,gres/gpu:v100=3,mem=500M");           // typed only (older SLURM)
  CHECK(t.gpus == 3);
  CHECK(std::abs(*t.memory_gb - 0.524288) < 1e-12);  // 500 x 2^20 bytes
  t = parse_tres("cpu=2,mem=1024,gres/gpumem=40G");  // no unit: MiB; gpumem is not a GPU count
  CHECK(t.gpus == 0);
  CHECK(std::abs(*t.memory_gb - 1.073741824) < 1e-12);
  CHECK(parse_tres("").cpus == 0);
  CHECK(parse_tres("cpu=1,gres/gpu:a100=1,gres/gpu:h100=1").several_types);
  CHECK(std::abs(*parse_tres("mem=1.5T").memory_gb - 1.5 * 1099.511627776) < 1e-9);
  for (const char* bad : {"cpu", "cpu=x", "mem=12Q", "mem=G", "gres/gpu=-1", "gres/gpu=1,gres/gpu:a100=2"}) {
    INFO(bad);
    CHECK_THAT(catch_error([&] { parse_tres(bad); }).message, Catch::StartsWith("AllocTRES: "));
  }
}

TEST_CASE("node lists and node patterns", "[sacct]") {
  std::string scratch;
  CHECK(first_node("gpu[01-04,07]", scratch) == "gpu01");
  CHECK(first_node("gpu[05-06]", scratch) == "gpu05");
  CHECK(first_node("cpu5,gpu[1-2]", scratch) == "cpu5");
  CHECK(first_node("rack[3,5]-n1,x", scratch) == "rack3-n1");
  CHECK(first_node("None assigned", scratch) == "None assigned");
  CHECK(glob_match("gpu-v*", "gpu-v01"));
  CHECK_FALSE(glob_match("gpu-v*", "gpu01"));
  CHECK(glob_match("a?c*d", "abcxxd"));
  CHECK(glob_match("*", ""));
  CHECK_FALSE(glob_match("a*b*c*d*e*f", std::string(200, 'a')));  // no exponential backtracking
}

TEST_CASE("sacct lines: steps, running, pending and never-started jobs are skipped and counted", "[sacct]") {
  const std::string text =
      "1|a|u1|acc|p|2024-03-01T00:00:00|2024-03-01T01:00:00|01:00:00|cpu=2,gres/gpu=1,mem=1G|1|n1|COMPLETED\n"
      "1.batch|batch||acc||2024-03-01T00:00:00|2024-03-01T01:00:00|01:00:00|cpu=2,mem=1G|1|n1|COMPLETED\n"
      "1.extern|extern||acc||2024-03-01T00:00:00|2024-03-01T01:00:00|01:00:00|cpu=2,mem=1G|1|n1|COMPLETED\n"
      "2|b|u2|acc|p|2024-03-01T00:00:00|Unknown|05:00:00|cpu=2|1|n2|RUNNING\n"
      "3_[1-5]|c|u2|acc|p|Unknown|Unknown|00:00:00||1|None assigned|PENDING\n"
      "4|d|u2|acc|p|None|2024-03-02T00:00:00|00:00:00||1|None assigned|CANCELLED by 0\n"
      "5|e|u2|acc|p|2024-03-02T00:00:00|2024-03-02T02:00:00|02:00:00|cpu=4|1|n3|CANCELLED by 0\n"
      "6|f|u2|acc|p|2024-03-02T00:00:00|2024-03-02T02:00:00|02:00:00|cpu=4|1|n3|EXPLODED\n"
      "7|g|u2|acc|p|2024-03-02T00:00:00|2024-03-02T02:00:00|2 hours|cpu=4|1|n3|COMPLETED\n"
      "8|h|u2|acc|p|2024-03-02T00:00:00|2024-03-02T02:00:00|02:00:00|cpu=4|1|n3\n"
      "9|i|u2|acc|p|2024-03-02T00:00:00|2024-03-02T02:00:00|02:00:00|cpu=4,mem=1G|1|n3|COMPLETED|\n"  // --parsable's trailing |
      // sacct --duplicates: the run that ended when the job was requeued counts; the job held since does not.
      "10|j|u2|acc|p|2024-03-02T00:00:00|2024-03-02T01:00:00|01:00:00|cpu=4|1|n3|REQUEUED\n"
      "10|j|u2|acc|p|Unknown|Unknown|00:00:00|cpu=4|1|n3|REQUEUE_HOLD\n";
  RequestText defaults;
  defaults.set(Field::power, "100");
  const Collect c = read_sacct(text, nullptr, defaults);
  CHECK(c.steps == 2);
  CHECK(c.running == 1);
  CHECK(c.not_started == 3);  // pending; cancelled before it started; held after a requeue
  REQUIRE(c.rows.size() == 4);
  CHECK(c.rows[0].at("name") == "1");
  CHECK(c.rows[0].at("count") == "1");
  CHECK(c.rows[0].at("hours") == "1");
  CHECK(c.rows[0].at("power") == "100");
  CHECK(c.rows[0].at("memory_gb") == "1.073741824");
  CHECK(c.rows[0].count("cpu_cores") == 0);  // no CPU named: its cores are not counted
  CHECK(c.contexts[0] == "u1 acc p 2024-03 1709251200");  // no cluster file: times are UTC
  CHECK(c.rows[1].at("name") == "5");  // a job without GPUs drops the device of the defaults
  CHECK(c.rows[1].count("power") == 0);
  CHECK(c.rows[1].count("count") == 0);
  CHECK(c.rows[2].at("name") == "9");
  CHECK(c.rows[3].at("name") == "10");
  REQUIRE(c.bad.size() == 3);
  CHECK_THAT(c.bad[0].message, Catch::Contains("State 'EXPLODED' is not a job state"));
  CHECK_THAT(c.bad[1].message, Catch::Contains("Elapsed '2 hours' is not a duration"));
  CHECK_THAT(c.bad[2].message, Catch::Contains("11 fields separated by '|', but 12 expected"));
}

TEST_CASE("a header line names the fields in any order; required ones must be there", "[sacct]") {
  RequestText defaults;
  defaults.set(Field::hardware, "a100-sxm4-40gb");
  const Collect c = read_sacct("State|Elapsed|JobID|AllocTRES|User\nCOMPLETED|02:00:00|77|cpu=1,gres/gpu=2|dana\n", nullptr, defaults);
  REQUIRE(c.rows.size() == 1);
  CHECK(c.rows[0].at("hours") == "2");
  CHECK(c.rows[0].at("count") == "2");
  CHECK(c.contexts[0] == "dana    -1");
  CHECK_THAT(catch_error([] { read_sacct("JobID|State|AllocTRES\n1|COMPLETED|cpu=1\n", nullptr); }).message,
             Catch::Contains("the header has no Elapsed field"));
  const Cluster parts = cluster_of(R"({"partitions": {"p": {"hardware": "a100-sxm4-40gb"}}})");
  CHECK_THAT(catch_error([&] { read_sacct("JobID|State|AllocTRES|Elapsed\n1|COMPLETED|cpu=1|01:00\n", &parts); }).message,
             Catch::Contains("no Partition field"));
}

TEST_CASE("the cluster file: layers, GPU types, threads per core, memory, local time", "[sacct]") {
  const Cluster cluster = cluster_of(R"({
    "utc_offset": "+02:00",
    "defaults": {"pue": 1.3, "region": "country:FR"},
    "partitions": {
      "gpu": {"hardware": "a100-sxm4-40gb", "cpu": "epyc-7763", "gpu_types": {"v100": "v100-sxm2-32gb"}},
      "cpu": {"cpu": "xeon-gold-6248", "threads_per_core": 2, "count_memory": false, "pue": 1.1}
    },
    "nodes": [{"match": "big*", "utilization": 0.7}]
  })");
  RequestText defaults;
  defaults.set(Field::intensity, "50");            // an option: over the cluster file
  defaults.set_from_setting(Field::pue, "1.9");     // a setting: under it
  const Collect c = read_sacct(
      "1|a|u|acc|gpu|2024-03-01T02:00:00|x|01:00:00|cpu=16,gres/gpu:v100=2,gres/gpu=2,mem=8G|1|big[1-2]|COMPLETED\n"
      "2|a|u|acc|cpu|2024-03-01T02:00:00|x|01:00:00|cpu=41,mem=8G|1|c1|COMPLETED\n"
      "3|a|u|acc|gpu|2024-03-01T02:00:00|x|01:00:00|cpu=1,gres/gpu:h100=1|1|g1|COMPLETED\n"
      "4|a|u|acc|gpu|2024-03-01T02:00:00|x|01:00:00|cpu=1,gres/gpu=1|1|g1|COMPLETED\n"
      "5|a|u|acc|nowhere|2024-03-01T02:00:00|x|01:00:00|cpu=1|1|n1|COMPLETED\n",
      &cluster, defaults);
  REQUIRE(c.rows.size() == 3);
  const auto& gpu = c.rows[0];
  CHECK(gpu.at("hardware") == "v100-sxm2-32gb");  // the type, not the partition's A100
  CHECK(gpu.at("utilization") == "0.7");          // the node rule
  CHECK(gpu.at("pue") == "1.3");                  // the cluster's, over the setting
  CHECK(gpu.at("intensity") == "50");             // the option, over the cluster file
  CHECK(gpu.at("region") == "country:FR");
  CHECK(gpu.at("cpu_cores") == "16");
  CHECK(c.contexts[0] == "u acc gpu 2024-03 1709251200");  // 02:00 at +02:00 is 00:00 UTC
  const auto& cpu = c.rows[1];
  CHECK(cpu.at("cpu_cores") == "21");  // 41 threads at 2 per core: 21 cores
  CHECK(cpu.count("memory_gb") == 0);  // count_memory false
  CHECK(cpu.at("pue") == "1.1");
  CHECK(c.rows[2].at("hardware") == "a100-sxm4-40gb");  // untyped: the partition's
  REQUIRE(c.bad.size() == 2);
  CHECK_THAT(c.bad[0].message, Catch::Contains("GPU type 'h100'"));
  CHECK_THAT(c.bad[1].message, Catch::Contains("partition 'nowhere' is not in the cluster file"));
}

TEST_CASE("cluster files that are wrong name the file and the key", "[sacct]") {
  const auto error_of = [](std::string_view json) { return catch_error([&] { cluster_of(json); }); };
  CHECK(error_of("{").kind == ErrorKind::data);
  CHECK_THAT(error_of(R"({"defaults": {"hours": 2}})").message,
             Catch::Contains("cluster.json: defaults: key 'hours': comes from sacct's fields"));
  CHECK_THAT(error_of(R"({"partitions": {"p": {"pue": 0.5}}})").message, Catch::Contains("partitions.p: key 'pue'"));
  CHECK_THAT(error_of(R"({"partitions": {"p": {"hardwre": "a100"}}})").message, Catch::Contains("key 'hardwre': unknown key"));
  CHECK_THAT(error_of(R"({"nodes": [{"cpu": "epyc-7763"}]})").message, Catch::Contains("nodes[0]: key 'match': missing"));
  CHECK_THAT(error_of(R"({"utc_offset": "CET"})").message, Catch::Contains("not an offset from UTC"));
  CHECK_THAT(error_of(R"({"partitions": {"p": {"gpu_types": {"a100": 4}}}})").message, Catch::Contains("expected a hardware name"));
  CHECK_THAT(error_of(R"({"partitions": {"p": {"threads_per_core": 0}}})").message, Catch::Contains("threads_per_core"));
  CHECK_THAT(error_of(R"({"clusters": "x"})").message, Catch::Contains("key 'clusters': unknown key"));
}

// The fixture tests/data/sacct/accounting.txt: 22 jobs (array tasks 1003_1-3 and 1013_1-2, a
// pending array remainder 1003_[4-6], the heterogeneous job 1004+0/1004+1, GPU-typed TRES, a
// running job with End Unknown, a job cancelled before it started, elapsed 2-03:04:05 and 05:30)
// and 6 steps, against tests/data/sacct/cluster.json (PUE 1.2 and 200 g/kWh for every job).
//
// Power from the datasheets in data/hardware.json: A100 SXM4 80 GB 400 W, V100 SXM2 32 GB 300 W
// (here at utilization 0.5 by the gpu-v* node rule), EPYC 7763 280 W / 64 cores = 4.375 W a core,
// Xeon Gold 6248 150 W / 20 cores = 7.5 W a core (cpu partition: 2 threads a core); memory
// 0.3725 W/GB (Green Algorithms), SLURM's G being 2^30 bytes = 1.073741824 GB.
// Job by job, W x h (facility kWh = W x h / 1000 x 1.2; kg = kWh x 0.2):
//   1001  alice nlp    gpu 2024-03  4x400 + 32x4.375 + 256 GiB        = 1842.392 W x 12 h
//   1002  bob   vision gpu 2024-03  2x400 + 16x4.375 + 128 GiB        =  921.196 W x 51.0680556 h
//   1003_1/1003_2 alice nlp gpu     1x400 +  8x4.375 +  32 GiB        =  447.799 W x 1.5 h each
//   1003_3 alice nlp   gpu 2024-03  the same                          x 2 h
//   1004+0 carol vision cpu 2024-03 40 threads = 20 cores x 7.5 + 160 GiB = 213.997 W x 6 h
//   1004+1 carol vision gpu 2024-03 2x300x0.5 + 4x7.5 + 64 GiB        =  355.599 W x 6 h
//   1005  bob   vision cpu 2024-03  32 cores x 7.5 + 64 GiB           =  265.599 W x 4 h
//   1007  bob   nlp    gpu 2024-03  8x400 + 128x4.375 + 1 TiB = 1024 GiB = 4169.585 W x 48 h
//   1009  alice nlp    gpu 2024-03  no GPU: 4x4.375 + 16 GiB          =   23.900 W x 0.75 h
//   1010  carol vision cpu 2024-04  10 cores x 7.5 + 80 GiB           =  107.000 W x 10 h
//   1011  carol vision gpu 2024-04  as 1002                           x 24 h
//   1013_1/1013_2 bob vision gpu    as 1003_1                         x 0.5 h and 3 h
//   1015  alice nlp    gpu 2024-04  as 1003_1                         x 5 h
//   1016  carol nlp    cpu 2024-04  20 cores x 7.5 + 100 GiB          =  189.996 W x 48 h
//   1017  bob   vision gpu 2024-04  400 + 2x4.375 + 8 GiB             =  411.950 W x 0.0916667 h
// Not counted: 1012 (partition debug, not in the cluster file) and 1014 (GPU type h100, not in
// gpu_types) fail; 1003_[4-6] pending, 1008 never started, 1006 running; 6 steps.
// Sums (kg CO2e): alice 6.385109, bob 59.964098, carol 8.571861; gpu 71.912382, cpu 3.008685;
// nlp 56.607297, vision 18.313770; 2024-03 66.246847, 2024-04 8.674220; all 74.921067.
TEST_CASE("a sacct fixture of 22 jobs totals to the hand computation per user and per partition", "[sacct]") {
  const Json j = test::run_json({"estimate", "--jobs", kFixture + "accounting.txt", "--jobs-format", "sacct", "--cluster",
                                 kFixture + "cluster.json", "--group-by", "user,partition", "--group-by", "account,month"},
                                {}, 6);
  const Json& t = j["totals"];
  CHECK(t["jobs"] == 17);
  CHECK(t["failed"] == 2);
  CHECK(t["skipped"] == Json({{"steps", 6}, {"running", 1}, {"not_started", 2}}));
  CHECK(t["co2e_kg"].get<double>() == Approx(74.921067).epsilon(1e-7));
  const std::vector<std::tuple<std::string, std::string, int, double>> expected = {
      {"user", "alice", 6, 6.385109},     {"user", "bob", 6, 59.964098},       {"user", "carol", 5, 8.571861},
      {"partition", "gpu", 13, 71.912382}, {"partition", "cpu", 4, 3.008685},   {"account", "nlp", 8, 56.607297},
      {"account", "vision", 9, 18.313770}, {"month", "2024-03", 10, 66.246847}, {"month", "2024-04", 7, 8.674220}};
  for (const auto& [key, value, jobs, kg] : expected) {
    INFO(key << " " << value);
    const Json& m = member(t, key, value);
    CHECK(m["jobs"] == jobs);
    CHECK(m["co2e_kg"].get<double>() == Approx(kg).epsilon(1e-7));
    CHECK(m["energy_kwh"].get<double>() == Approx(kg / 0.2).epsilon(1e-7));
  }
  CHECK(t["by_user"].size() == 3);
  CHECK(t["by_partition"].size() == 2);
  REQUIRE(j["errors"].size() == 2);
  CHECK(j["errors"][0]["line"] == 21);
  CHECK(j["errors"][1]["line"] == 24);
}

// Each job against the series from its own start: the cluster's local time is UTC+01:00.
// Series: 100 g/kWh from 2024-03-01T00:00Z, 300 from 02:00Z (the last row lasts as long as the one
// before it: to 04:00Z).
//   job 1: 01:00-03:00 local = 00:00-02:00Z, all at 100: 1 GPU x 1000 W (--power) x 2 h = 2 kWh
//          x PUE 1 = 2 kWh x 100 g = 0.2 kg (annual figure at 250 g: 0.5 kg).
//   job 2: 02:30 local = 01:30Z for 1 h: half at 100, half at 300, mean 200: 1 kWh x 200 g = 0.2 kg.
//   job 3: starts 04:30Z, outside the series: at the annual figure only.
TEST_CASE("sacct jobs against an intensity series, each from its own start", "[sacct][series]") {
  const std::string dir = test::temp_dir("sacct-series");
  test::write(dir + "/s.csv", "timestamp,g_per_kwh\n2024-03-01T00:00Z,100\n2024-03-01T02:00Z,300\n");
  test::write(dir + "/c.json", R"({"utc_offset": "+01:00", "defaults": {"power": 1000, "pue": 1, "intensity": 250}})");
  test::write(dir + "/a.txt",
              "1|a|u|acc|p|2024-03-01T01:00:00|x|02:00:00|gres/gpu=1|1|n|COMPLETED\n"
              "2|a|v|acc|p|2024-03-01T02:30:00|x|01:00:00|gres/gpu=1|1|n|COMPLETED\n"
              "3|a|v|acc|p|2024-03-01T05:30:00|x|01:00:00|gres/gpu=1|1|n|COMPLETED\n");
  const Json j = test::run_json({"estimate", "--jobs", dir + "/a.txt", "--jobs-format", "sacct", "--cluster", dir + "/c.json",
                                 "--intensity-series", dir + "/s.csv", "--group-by", "user"});
  const Json& jobs = j["jobs"];
  REQUIRE(jobs.size() == 3);
  CHECK(jobs[0]["intensity_series"]["co2e_kg"].get<double>() == Approx(0.2).epsilon(1e-12));
  CHECK(jobs[0]["co2e_kg"].get<double>() == Approx(0.5).epsilon(1e-12));
  CHECK(jobs[1]["intensity_series"]["mean_g_per_kwh"].get<double>() == Approx(200).epsilon(1e-12));
  CHECK(jobs[2]["intensity_series"]["co2e_kg"].is_null());
  CHECK(jobs[2]["intensity_series"]["note"] == "outside the series");
  const Json& s = j["totals"]["intensity_series"];
  CHECK(s["jobs"] == 2);
  CHECK(s["co2e_kg"].get<double>() == Approx(0.4).epsilon(1e-12));
  CHECK(s["annual_co2e_kg"].get<double>() == Approx(0.75).epsilon(1e-12));  // 2 kWh + 1 kWh at 250 g
  CHECK(member(j["totals"], "user", "v")["intensity_series"]["co2e_kg"].get<double>() == Approx(0.2).epsilon(1e-12));
}

TEST_CASE("a node's hardware over its partition's GPU types; --cpu-count gives way to sacct's cores; overhead per node", "[sacct]") {
  const Cluster cluster = cluster_of(R"({"partitions": {"gpu": {"hardware": "a100-sxm4-40gb", "cpu": "epyc-7763", "overhead_w": 100,
                                         "gpu_types": {"a100": "a100-sxm4-40gb"}}},
                                         "nodes": [{"match": "v*", "hardware": "v100-sxm2-32gb"}]})");
  RequestText defaults;
  defaults.set(Field::cpu_count, "2");
  const Collect c = read_sacct("1|a|u|acc|gpu|2024-03-01T00:00:00|x|01:00:00|cpu=8,gres/gpu:v100=2,gres/gpu=2|3|v[01-03]|COMPLETED\n"
                               "2|a|u|acc|gpu|2024-03-01T00:00:00|x|01:00:00|cpu=8,gres/gpu:v100=2,gres/gpu=2|1|g01|COMPLETED\n",
                               &cluster, defaults);
  REQUIRE(c.rows.size() == 1);
  CHECK(c.rows[0].at("hardware") == "v100-sxm2-32gb");  // the node rule names the device: its GPUs are that
  CHECK(c.rows[0].count("cpu_count") == 0);
  CHECK(c.rows[0].at("cpu_cores") == "8");
  CHECK(c.rows[0].at("overhead_w") == "300");  // 100 W per node x 3 nodes
  REQUIRE(c.bad.size() == 1);  // on a node without a rule, the partition's types apply: v100 is not among them
  CHECK_THAT(c.bad[0].message, Catch::Contains("GPU type 'v100'"));
}

TEST_CASE("run's measured power as a profile: each sample's energy in the minutes it spans", "[sacct][series]") {
  // Three samples: 0-30 s at 100 W (GPU), 30-90 s at 200 W (150 GPU + 40 package + 10 DRAM),
  // 90-120 s at 60 W (package only). Per minute: [0, 60) 100 x 30 + 200 x 30 = 9,000 J;
  // [60, 120) 200 x 30 + 60 x 30 = 7,800 J.
  const std::vector<std::string> samples = {
      R"({"record":"sample","t_s":30,"seconds":30,"gpu_w":[100],"package_w":null,"dram_w":null,"cpu_load":null})",
      R"({"record":"sample","t_s":90,"seconds":60,"gpu_w":[100,50],"package_w":40,"dram_w":10,"cpu_load":0.5})",
      R"({"record":"sample","t_s":120,"seconds":30,"gpu_w":[],"package_w":60,"dram_w":null,"cpu_load":null})"};
  const std::vector<double> parts = sample_profile(samples, 60);
  REQUIRE(parts.size() == 2);
  CHECK(parts[0] == Approx(9000).epsilon(1e-12));
  CHECK(parts[1] == Approx(7800).epsilon(1e-12));
  CHECK(sample_profile({R"({"record":"sample","t_s":1,"seconds":1,"gpu_w":[],"package_w":null,"dram_w":null,"cpu_load":null})"}, 60)
            .empty());  // nothing measured: no shape
}
