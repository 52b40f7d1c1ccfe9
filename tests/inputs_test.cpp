// The input table (input/inputs.cpp) against what is written about it elsewhere: every option in
// the man page, the README and the three shell completions; every jobs column in the README and the
// man page; every setting's variable documented; the JSON schema's names for defaults are fields.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <set>
#include <string>

#include "input/config.h"
#include "input/inputs.h"
#include "util/error.h"

using namespace mlcarbon;

namespace {

std::string source_file(const std::string& path) {
  std::ifstream in(std::string(MLCARBON_SOURCE_DIR) + "/" + path, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  REQUIRE(!text.empty());
  return text;
}

std::string man_page() {
  std::string man = source_file("man/mlcarbon.1");
  man.erase(std::remove(man.begin(), man.end(), '\\'), man.end());  // roff writes \-\-hours
  return man;
}

}  // namespace

TEST_CASE("every option of the input table is documented and completed", "[inputs][docs]") {
  const std::string man = man_page(), readme = source_file("README.md");
  const std::string bash = source_file("completions/mlcarbon.bash"), zsh = source_file("completions/_mlcarbon");
  const std::string fish = source_file("completions/mlcarbon.fish");
  for (const InputSpec& s : input_specs()) {
    if (!s.option) continue;
    const std::string option(option_name(s.field));
    INFO(option);
    CHECK(man.find(option) != std::string::npos);
    CHECK(readme.find(option) != std::string::npos);
    CHECK(bash.find(option) != std::string::npos);
    CHECK(zsh.find(option) != std::string::npos);
    CHECK(fish.find("-l " + option.substr(2) + " ") != std::string::npos);
    if (s.short_option != 0) {
      const std::string short_option{'-', s.short_option};
      CHECK(bash.find(short_option + " ") != std::string::npos);
      CHECK(fish.find("-s " + std::string(1, s.short_option)) != std::string::npos);
    }
  }
}

TEST_CASE("every jobs column and setting is documented", "[inputs][docs]") {
  const std::string man = man_page(), readme = source_file("README.md");
  for (const InputSpec& s : input_specs()) {
    const std::string column = "`" + std::string(field_name(s.field)) + "`";
    INFO(column);
    CHECK(readme.find(column) != std::string::npos);
    CHECK(man.find(std::string(field_name(s.field))) != std::string::npos);
  }
  for (const std::string_view key : setting_keys()) {
    INFO(key);
    CHECK(readme.find(setting_env(key)) != std::string::npos);
    CHECK(man.find(setting_env(key)) != std::string::npos);
  }
}

TEST_CASE("the JSON schema names defaults by field", "[inputs][schema]") {
  const nlohmann::json schema = nlohmann::json::parse(source_file("schema/estimate.schema.json"));
  const nlohmann::json& names = schema["$defs"]["inputs"]["properties"]["defaults"]["items"]["enum"];
  REQUIRE(names.size() >= 5);
  for (const auto& name : names) {
    INFO(name);
    CHECK(field_from_name(name.get<std::string>()).has_value());
  }
}

TEST_CASE("the input table is well formed", "[inputs]") {
  std::set<char> shorts;
  for (const InputSpec& s : input_specs()) {
    INFO(field_name(s.field));
    CHECK(!s.help.empty());
    CHECK(!s.value_name.empty());
    if (s.short_option != 0) CHECK(shorts.insert(s.short_option).second);
    const bool numeric = s.parse == Parse::number || s.parse == Parse::fraction || s.parse == Parse::scaled || s.parse == Parse::percent;
    CHECK(numeric == (s.range.expected != nullptr));
    if (s.parse == Parse::name) CHECK(!s.listed_by.empty());
  }
}
