// The command line in-process against files and variables held in memory (fake_system.h): the
// project file's search and precedence, jobs on standard input, and a bibliography written out.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
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

TEST_CASE("the project file search stops at the repository root and the home directory", "[in-process][config]") {
  // Issue 12, defect 1: a .mlcarbon.json above the repository (or the home directory) was read.
  const std::vector<const char*> job{"estimate", "--power", "100", "--hours", "10", "--format", "csv"};
  FakeSystem repo;
  repo.directories = {"/home/user", "/home/user/project", "/home/user/project/.git"};
  repo.files["/home/user/.mlcarbon.json"] = R"({"region": "FR"})";
  CHECK(run(repo, job) == 2);  // not read: no region, no intensity
  CHECK(repo.errors.find("no grid intensity") != std::string::npos);

  FakeSystem home;
  home.cwd = "/home/user/project/sub";
  home.variables["HOME"] = "/home/user/project";
  home.directories = {"/home/user", "/home/user/project", "/home/user/project/sub"};
  home.files["/home/user/.mlcarbon.json"] = R"({"region": "FR"})";  // above the home directory
  CHECK(run(home, job) == 2);
  home.files["/home/user/project/.mlcarbon.json"] = R"({"region": "SE"})";  // in it: read
  home.errors.clear();
  REQUIRE(run(home, job) == 0);
  CHECK(home.printed.find(",country:SE,SE,") != std::string::npos);

  // A working directory and a HOME that are not in normal form ("..", ".", a trailing slash) are
  // compared as the directories they name.
  FakeSystem spelled = home;
  spelled.errors.clear();
  spelled.printed.clear();
  spelled.cwd = "/home/user/project/sub/../sub/./";
  spelled.variables["HOME"] = "/home/user/project/";
  spelled.files.erase("/home/user/project/.mlcarbon.json");
  CHECK(run(spelled, job) == 2);  // the file above HOME is still not read
  spelled.files["/home/user/project/.mlcarbon.json"] = R"({"region": "SE"})";
  spelled.errors.clear();
  REQUIRE(run(spelled, job) == 0);
  CHECK(spelled.printed.find(",country:SE,SE,") != std::string::npos);

  // In the repository's root itself: read.
  FakeSystem root = repo;
  root.errors.clear();
  root.files["/home/user/project/.mlcarbon.json"] = R"({"region": "SE"})";
  REQUIRE(run(root, job) == 0);
  CHECK(root.printed.find(",country:SE,SE,") != std::string::npos);
}

TEST_CASE("a project file another user owns is passed over", "[in-process][config]") {
  // Issue 12, defect 1: another user's (even unreadable) file in a parent directory broke every run.
  FakeSystem s;
  s.cwd = "/srv/shared/work";
  s.directories = {"/srv", "/srv/shared", "/srv/shared/work"};
  s.files["/srv/shared/.mlcarbon.json"] = "not json at all";
  s.others = {"/srv/shared/.mlcarbon.json"};
  REQUIRE(run(s, {"estimate", "--power", "100", "--hours", "10", "-r", "FR", "--format", "csv"}) == 0);
  CHECK(s.errors.empty());
  // The user's own file further up is still found.
  FakeSystem own = s;
  own.printed.clear();
  own.files["/srv/.mlcarbon.json"] = R"({"pue": 1.25})";
  REQUIRE(run(own, {"estimate", "--power", "100", "--hours", "10", "-r", "FR", "--format", "csv"}) == 0);
  CHECK(own.printed.find(",1.25,setting,") != std::string::npos);
}

TEST_CASE("every output names the defaults a project file supplied, and a data directory it chose", "[in-process][config]") {
  // Issue 12, defect 1: a project file's data_dir changed the result while the text cited the
  // built-in datasheet; a PUE from it was reported as "--pue" / "user".
  FakeSystem s;
  s.directories = {"/home/user", "/home/user/project"};
  s.files["/home/user/project/.mlcarbon.json"] = R"({"pue": 1.2, "region": "FR"})";
  REQUIRE(run(s, {"estimate", "-g", "a100", "--hours", "10", "-v"}) == 0);
  CHECK(s.printed.find("--pue 1.2 (/home/user/project/.mlcarbon.json, key pue)") != std::string::npos);
  CHECK(s.printed.find("--region FR (/home/user/project/.mlcarbon.json, key region)") != std::string::npos);
  CHECK(s.printed.find("--pue default (MLCARBON_PUE or a project file; see the settings)") != std::string::npos);

  FakeSystem json = s;
  json.printed.clear();
  REQUIRE(run(json, {"estimate", "-g", "a100", "--hours", "10", "--format", "json"}) == 0);
  CHECK(json.printed.find(R"("pue_origin": "setting")") != std::string::npos);
  CHECK(json.printed.find(R"("from": "/home/user/project/.mlcarbon.json")") != std::string::npos);

  FakeSystem card = s;
  card.printed.clear();
  REQUIRE(run(card, {"estimate", "-g", "a100", "--hours", "10", "--format", "model-card"}) == 0);
  CHECK(card.printed.find("defaults: --region FR (/home/user/project/.mlcarbon.json, key region)") != std::string::npos);

  FakeSystem jobs = s;
  jobs.printed.clear();
  jobs.input = "hardware,hours\na100,1\n";
  REQUIRE(run(jobs, {"estimate", "--jobs", "-", "--format", "jsonl"}) == 0);
  CHECK(jobs.printed.find(R"({"schema_version":1,"record":"setting","key":"pue","value":"1.2","from":"/home/user/project/.mlcarbon.json"})") !=
        std::string::npos);
}

TEST_CASE("a default never overrides what an explicit option implies", "[in-process][config]") {
  // Issue 12, defects 1 and 12: a default device beside --power or --instance; a default region
  // (and its PUE) beside a site's --intensity.
  FakeSystem s;
  s.variables = {{"MLCARBON_HARDWARE", "h100"}, {"MLCARBON_REGION", "gcp:europe-west4"}};
  REQUIRE(run(s, {"estimate", "--power", "300", "--hours", "10", "--intensity", "100", "--format", "csv"}) == 0);
  // No device (no embodied share), no region: 300 W x 10 h = 3 kWh x the industry PUE 1.56
  // (Uptime Institute 2024) = 4.68 kWh; x 100 g/kWh = 0.468 kg.
  CHECK(s.printed.find("\n1,,1,300,user,1,10,,,1.56,default,100,user,,3,4.68,0.468,") != std::string::npos);
  FakeSystem instance = s;
  instance.printed.clear();
  CHECK(run(instance, {"estimate", "--instance", "aws:p4d.24xlarge", "--hours", "1", "--format", "csv"}) == 0);
  CHECK(instance.printed.find(",a100-sxm4-40gb,8,") != std::string::npos);
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

TEST_CASE("a strict run leaves no half document, and keeps every whole line before the bad row", "[in-process][jobs]") {
  // Issue 12, defect 10: a bad row after the first 256 KB of output left a truncated JSON document
  // on stdout; JSON Lines lost the good rows still buffered.
  std::string input = "hardware,hours,region\n";
  for (int i = 0; i < 3000; ++i) input += "a100,1,FR\n";  // about 600 bytes of JSON each: past 256 KB
  input += "a100,1,nowhere\na100,1,FR\n";
  FakeSystem json;
  json.input = input;
  CHECK(run(json, {"estimate", "--jobs", "-", "--strict", "--format", "json"}) == 3);
  CHECK(json.printed.empty());
  CHECK(json.errors == "mlcarbon: error: stdin:3002: unknown region 'nowhere'; `mlcarbon regions list` lists the known names\n");

  FakeSystem lines;
  lines.input = input;
  CHECK(run(lines, {"estimate", "--jobs", "-", "--strict", "--format", "jsonl"}) == 3);
  CHECK(std::count(lines.printed.begin(), lines.printed.end(), '\n') == 3000);
  CHECK(lines.printed.ends_with("}\n"));
}

TEST_CASE("the quick parser and CLI11 read random command lines alike", "[in-process][cli]") {
  // Command lines made of real options, values, stray words and separators, each run through the
  // quick parser (the default) and through CLI11 alone: the output, errors and status must match.
  const std::vector<const char*> words = {
      "estimate", "compare", "hardware", "-g", "--hardware", "a100", "h100", "-n", "--count", "8", "0", "-n8", "--hours",
      "24", "--hours=24", "--hours=", "-r", "--region", "FR", "aws:us-east-1", "--pue", "1.2", "-1", "--intensity", "100",
      "--power", "300", "-u", "0.5", "-f", "--format", "json", "csv", "-fjson", "--format=text", "-q", "--quiet", "--value",
      "co2e_kg", "--budget", "1kg", "--strict", "--jobs", "-", "--regions", "gcp", "--pue-values", "1.1,1.5", "--top", "3",
      "--version", "--data-dir", "/nowhere", "--", "-h", "--help", "--bogus", "-x", "", "--basis", "direct", "-qn", "2"};
  std::mt19937 random(12);
  for (int trial = 0; trial < 1500; ++trial) {
    std::vector<const char*> line;
    line.push_back(random() % 4 == 0 ? "compare" : "estimate");
    const std::size_t length = random() % 9;
    for (std::size_t i = 0; i < length; ++i) line.push_back(words[random() % words.size()]);
    std::shuffle(line.begin(), line.end(), random);
    if (random() % 3 != 0) {  // mostly a complete job, so that the run gets past the parse
      for (const char* w : {"-g", "a100", "--hours", "1", "-r", "FR"}) line.push_back(w);
    }
    FakeSystem quick, cli11;
    quick.input = cli11.input = "hardware,hours,region\na100,1,FR\n";
    const int a = run(quick, line);
    mlcarbon::set_quick_parse(false);
    const int b = run(cli11, line);
    mlcarbon::set_quick_parse(true);
    std::string shown;
    for (const char* w : line) shown += std::string(" ") + w;
    INFO("mlcarbon" << shown);
    CHECK(a == b);
    CHECK(quick.printed == cli11.printed);
    CHECK(quick.errors == cli11.errors);
  }
}
