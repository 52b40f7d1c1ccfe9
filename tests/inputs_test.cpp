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

namespace {

// What a parse gives, as text: the values of the fields these tests give (bit for bit), or the error.
std::string parsed(RequestParser& parser, const RequestText& text) {
  try {
    const Request r = parser.parse(text);
    const auto num = [](const std::optional<double>& x) { return x ? fmt::format("{}", *x) : std::string("-"); };
    return fmt::format("hw={} rg={} n={} h={} dh={} hf={} ht={} pue={} p={} u={} i={} o={} e={}", r.hardware.value_or("-"),
                       r.region.value_or("-"), r.count.value_or(0), num(r.hours), num(r.device_hours), field_name(r.hours_field),
                       r.hours_text, num(r.pue), num(r.power_w), num(r.utilization), num(r.intensity_g_per_kwh), num(r.offset_percent),
                       num(r.energy_kwh));
  } catch (const Error& e) {
    return std::string("error: ") + e.what();
  }
}

}  // namespace

// RequestParser reads plain values ("24", "0.8", "t4") inline and sends other text to each field's
// full parser. A blank before a value sends it there too (the full parsers trim), so each plain
// value is read both ways and must give the same double, bit for bit, or be refused both ways.
TEST_CASE("plain values read inline equal the full parsers' values", "[inputs]") {
  const Field fields[] = {Field::hours, Field::device_hours, Field::pue, Field::power, Field::utilization,
                          Field::intensity, Field::offset, Field::energy_kwh, Field::count};
  std::uint64_t seed = 2026;
  const auto next = [&seed] { return (seed = seed * 6364136223846793005ULL + 1442695040888963407ULL) >> 33; };
  std::size_t compared = 0;
  for (int i = 0; i < 20000; ++i) {
    // digits before and after an optional point, up to 16 characters: "0", "1500", "0.8", "123.375", ".5", "5."
    std::string v = std::to_string(next() % 100000000);
    if (next() % 3 != 0) v += "." + std::to_string(next() % 10000000);
    if (next() % 10 == 0) v = v.substr(0, 1 + next() % v.size());
    for (const Field f : fields) {
      RequestText plain, blank;
      plain.set(f, v);
      const std::string padded = " " + v;
      blank.set(f, padded);
      RequestParser a(Naming::columns, false), b(Naming::columns, false);
      const std::string inline_read = parsed(a, plain), full_read = parsed(b, blank);
      if (inline_read.starts_with("error") || full_read.starts_with("error")) {
        CHECK(inline_read.starts_with("error") == full_read.starts_with("error"));
        continue;
      }
      CHECK(inline_read == full_read);
      ++compared;
    }
  }
  CHECK(compared > 40000);  // the rest are out of some range, refused both ways
  // By hand: the values as written (and 80% is 0.8).
  RequestParser p(Naming::columns, false);
  RequestText t;
  t.set(Field::hours, "123.375");
  t.set(Field::count, "64");
  t.set(Field::utilization, "80%");
  t.set(Field::hardware, " t4 ");
  CHECK(parsed(p, t) == "hw=t4 rg=- n=64 h=123.375 dh=- hf=hours ht=123.375 pue=- p=- u=0.8 i=- o=- e=-");
}

// One parser for a whole jobs file: what it worked out for one set of fields must not leak into
// a row giving another set, nor survive a row that failed.
TEST_CASE("a parser used row after row gives what a fresh one gives", "[inputs]") {
  const std::vector<std::vector<std::pair<Field, std::string>>> rows = {
      {{Field::hardware, "a100"}, {Field::count, "8"}, {Field::hours, "24"}, {Field::region, "FR"}},
      {{Field::hardware, "a100"}, {Field::count, "8"}, {Field::hours, "2h"}, {Field::region, "FR"}},
      {{Field::hardware, "a100"}, {Field::count, "0"}, {Field::hours, "24"}, {Field::region, "FR"}},
      {{Field::hardware, "a100"}, {Field::duration, "3d"}, {Field::region, "FR"}},
      {{Field::power, "300"}, {Field::utilization, "0.5"}, {Field::hours, "1"}, {Field::intensity, "430"}},
      {{Field::power, "0.3kW"}, {Field::device_hours, "1.08M"}, {Field::intensity, "430"}},
      {{Field::hardware, "a100"}, {Field::tdp, "300"}, {Field::hours, "1"}, {Field::region, "FR"}},
      {{Field::hardware, "a100"}, {Field::tdp, "300"}, {Field::hours, "1"}, {Field::region, "FR"}},
      {{Field::hardware, ""}, {Field::hours, "1"}, {Field::region, "FR"}},
      {{Field::hardware, "a100"}, {Field::count, "8"}, {Field::hours, "24"}, {Field::region, "FR"}},
      {{Field::energy_kwh, "1200"}, {Field::pue, "1.1"}, {Field::offset, "30%"}, {Field::region, " DE "}},
      {{Field::energy_kwh, "1200"}, {Field::pue, "0.9"}, {Field::offset, "30"}, {Field::region, "DE"}},
      {{Field::hardware, "a100"}, {Field::count, "8"}, {Field::hours, "1000001"}, {Field::region, "FR"}},
      {{Field::hardware, "a100"}, {Field::count, "8"}, {Field::hours, "24"}, {Field::region, "FR"}},
  };
  RequestParser reused(Naming::columns);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    RequestText t;
    for (const auto& [f, v] : rows[i]) t.set(f, v);
    RequestParser fresh(Naming::columns);
    INFO("row " << i);
    CHECK(parsed(reused, t) == parsed(fresh, t));
  }
  // By hand (the rules of inputs.cpp): a TDP beside a device conflicts, an empty name is refused.
  RequestText conflict;
  for (const auto& [f, v] : rows[6]) conflict.set(f, v);
  CHECK(parsed(reused, conflict) == "error: tdp and hardware conflict: give one of them");
  RequestText empty;
  for (const auto& [f, v] : rows[8]) empty.set(f, v);
  CHECK(parsed(reused, empty).starts_with("error: hardware: '' is empty"));
}
