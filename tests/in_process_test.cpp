// The command line in-process against files and variables held in memory (fake_system.h): the
// project file's search and precedence, jobs on standard input, and a bibliography written out.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "cli/cli.h"
#include "fake_system.h"

using test::FakeSystem;

namespace {

int run(FakeSystem& system, std::vector<const char*> args) {
  args.insert(args.begin(), "mlcarbon");
  return mlcarbon::main_with(system, static_cast<int>(args.size()), args.data());
}

}  // namespace

TEST_CASE("the project file is found in a parent directory and the environment overrides it", "[in-process][config]") {
  FakeSystem s;
  s.directories = {"/home/user", "/home/user/project"};
  s.files["/home/user/.mlcarbon.json"] = R"({"region": "FR", "pue": 1.2})";
  REQUIRE(run(s, {"estimate", "--power", "100", "--hours", "10", "--format", "csv"}) == 0);
  // 100 W x 10 h = 1 kWh x 1.2 = 1.2 kWh; France (OWID/Ember 2024, the built-in data) is in the row.
  CHECK(s.printed.find(",country:FR,FR,1.2,") != std::string::npos);

  FakeSystem t = s;
  t.printed.clear();
  t.variables["MLCARBON_PUE"] = "1.5";
  REQUIRE(run(t, {"estimate", "--power", "100", "--hours", "10", "--format", "csv"}) == 0);
  CHECK(t.printed.find(",country:FR,FR,1.5,") != std::string::npos);

  FakeSystem none = s;
  none.printed.clear();
  none.variables["MLCARBON_CONFIG"] = "";  // set and empty: no project file
  CHECK(run(none, {"estimate", "--power", "100", "--hours", "10"}) == 2);
  CHECK(none.errors == "mlcarbon: error: no grid intensity: give --region ID (cloud region or country) or --intensity G (gCO2e/kWh)\n");
}

TEST_CASE("a project file's error names the file and the key", "[in-process][config]") {
  FakeSystem s;
  s.files["/home/user/project/.mlcarbon.json"] = R"({"regoin": "FR"})";
  CHECK(run(s, {"estimate", "--power", "100", "--hours", "10", "-r", "FR"}) == 2);
  CHECK(s.errors == "mlcarbon: error: project file: /home/user/project/.mlcarbon.json: top level: key 'regoin': unknown key (a typo?)\n");
}

TEST_CASE("jobs from standard input, and the bibliography they cite", "[in-process][jobs]") {
  FakeSystem s;
  s.directories = {"/home/user/project"};
  s.input = "hardware,hours,region\na100,1,FR\n";
  REQUIRE(run(s, {"estimate", "--jobs", "-", "--value", "jobs", "--bib", "refs.bib"}) == 0);
  CHECK(s.printed == "1\n");
  // The method papers, the A100 datasheet, the PUE default, France's grid, the embodied method.
  const std::string& bib = s.files.at("/home/user/project/refs.bib");
  for (const char* key : {"lacoste2019quantifying", "patterson2021carbon", "nvidia-a100-datasheet", "luccioni2022bloom"}) {
    INFO(key);
    CHECK(bib.find(key) != std::string::npos);
  }
  FakeSystem missing = s;
  CHECK(run(missing, {"estimate", "--jobs", "-", "--bib", "no/refs.bib"}) == 5);
  CHECK(missing.errors.find("mlcarbon: error: --bib: cannot write 'no/refs.bib'") != std::string::npos);
}

TEST_CASE("a job cites the same works whether given by options or in a jobs file", "[in-process][citations]") {
  // Each job once by options, once as the one row of a jobs file (its columns the same options);
  // the bibliographies must be equal (the bug: jobs left out the host CPU and the embodied method).
  const std::vector<std::pair<std::string, std::vector<const char*>>> jobs = {
      {"hardware,cpu,memory_gb,region,hours\na100,epyc-7702,64,FR,10\n",
       {"-g", "a100", "--cpu", "epyc-7702", "--memory-gb", "64", "-r", "FR", "--hours", "10"}},
      {"instance,count,region,hours\naws:p4d.24xlarge,2,aws:us-west-2,72\n",
       {"--instance", "aws:p4d.24xlarge", "-n", "2", "-r", "aws:us-west-2", "--hours", "72"}},
      {"hardware,count,params,tokens,region\nh100,64,7B,2T,gcp:us-central1\n",
       {"-g", "h100", "-n", "64", "--params", "7B", "--tokens", "2T", "-r", "gcp:us-central1"}},
      {"power,intensity,hours,pue\n300,250,500,1.4\n", {"--power", "300", "--intensity", "250", "--hours", "500", "--pue", "1.4"}},
  };
  for (const auto& [csv, options] : jobs) {
    INFO(csv);
    FakeSystem s;
    s.directories = {"/home/user/project"};
    s.files["/home/user/project/job.csv"] = csv;
    std::vector<const char*> by_options{"estimate", "--bib", "options.bib"};
    by_options.insert(by_options.end(), options.begin(), options.end());
    REQUIRE(run(s, by_options) == 0);
    REQUIRE(run(s, {"estimate", "--jobs", "job.csv", "--bib", "jobs.bib"}) == 0);
    const std::string& a = s.files.at("/home/user/project/options.bib");
    CHECK(a == s.files.at("/home/user/project/jobs.bib"));
    CHECK(a.find("@misc{") != std::string::npos);
  }
}
