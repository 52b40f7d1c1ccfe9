// The peers' own test cases, as --compat reproduces them: tests/cases/peers.json holds each case's
// inputs and the figure the peer's test asserts (CodeCarbon, Carbontracker, the Green Algorithms
// core library), citing repository, commit, file and test. Nothing here restates mlcarbon's
// arithmetic: the expected figures are the peers'.
#include <cmath>

#include "cli_support.h"
#include "test_support.h"

using Json = nlohmann::json;

namespace {

// The compat figure a case names (see the file's description).
double figure_of(const Json& compat, const Json& check, std::string& rule) {
  double value = 0;
  if (check.contains("line")) {
    bool found = false;
    for (const Json& line : compat["lines"]) {
      if (line["name"] != check["line"]) continue;
      value = line["tool"].get<double>();
      rule = line["rule"].get<std::string>();
      found = true;
    }
    REQUIRE(found);
    if (check.contains("rule_number")) value = std::stod(rule);  // the count the rule states first
    if (check.contains("over_hours")) value = value * check["over_hours"].get<double>() / 1000;
  } else {
    value = compat[check["total"].get<std::string>()].get<double>();
  }
  if (check.contains("scale")) value *= check["scale"].get<double>();
  return value;
}

}  // namespace

TEST_CASE("the peers' own test cases, reproduced by --compat (tests/cases/peers.json)", "[compat][peers]") {
  const Json doc = Json::parse(test::read_text(MLCARBON_SOURCE_DIR "/tests/cases/peers.json"));
  const Json& cases = doc["cases"];
  CHECK(cases.size() >= 30);
  for (const Json& c : cases) {
    DYNAMIC_SECTION(c["id"].get<std::string>()) {
      const Json& source = c["source"];
      INFO(source["repository"].get<std::string>() << " " << source["file"].get<std::string>() << " :: "
                                                   << source["test"].get<std::string>() << ": " << c["how"].get<std::string>());
      std::vector<std::string> args{"estimate"};
      for (const Json& a : c["args"]) args.push_back(a.get<std::string>());
      const Json out = test::run_json(args);
      std::string rule;
      const double got = figure_of(out["compat"], c["check"], rule);
      const double expected = c["expected"].get<double>();
      const Json& tolerance = c["tolerance"];
      if (tolerance.contains("relative")) {
        CHECK(got == Approx(expected).epsilon(tolerance["relative"].get<double>()).margin(0));
      } else {
        CHECK(std::abs(got - expected) <= tolerance["absolute"].get<double>());
      }
      if (c["check"].contains("rule_starts_with")) CHECK_THAT(rule, Catch::StartsWith(c["check"]["rule_starts_with"].get<std::string>()));
    }
  }
}
