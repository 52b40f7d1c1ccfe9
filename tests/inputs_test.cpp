// The input table (input/inputs.cpp) against what is written about it elsewhere: every option in
// the man page, the README and the three shell completions; every jobs column in the README and the
// man page; every setting's variable documented; the JSON schema's names for defaults are fields.
#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <set>
#include <string>

#include "input/config.h"
#include "input/inputs.h"
#include "util/error.h"
#include "util/text.h"

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
    const bool numeric = s.parse == Parse::number || s.parse == Parse::fraction || s.parse == Parse::scaled || s.parse == Parse::percent ||
                         s.parse == Parse::hours || s.parse == Parse::watts || s.parse == Parse::intensity ||
                         s.parse == Parse::energy;
    CHECK(numeric == (s.range.expected != nullptr));
    if (s.parse == Parse::name) CHECK(!s.listed_by.empty());
  }
}

// A job's name is refused when it cannot be printed as it is; printable ASCII is checked a word at
// a time, so every byte value is tried at every position of names up to 24 bytes long.
TEST_CASE("names: every byte value at every position is judged the same", "[inputs]") {
  for (std::size_t length = 1; length <= 24; ++length) {
    for (std::size_t at = 0; at < length; ++at) {
      for (int b = 0; b < 256; ++b) {
        std::string name(length, 'a');
        name[at] = static_cast<char>(b);
        const std::string why = unprintable(name);
        const bool printable = b >= 0x20 && b < 0x7f;
        if (printable != why.empty()) FAIL_CHECK("byte 0x" << std::hex << b << " at " << std::dec << at << " of " << length << ": '" << why << "'");
        if (!printable && b < 0x80 && why.find(fmt::format("at byte {}", at + 1)) == std::string::npos) {
          FAIL_CHECK("byte " << b << " at " << at << ": " << why);
        }
      }
    }
  }
  CHECK(unprintable("Llama 2 70B \xc3\xa9t\xc3\xa9 run-01").empty());
}
