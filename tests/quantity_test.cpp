// Parsing of user-typed numbers: every bad value is a usage error naming the option.
#include <catch2/catch.hpp>

#include "util/error.h"
#include "input/inputs.h"
#include "input/quantity.h"

using namespace mlcarbon;

namespace {

// The range the input table declares for a field.
const Range& range_of(Field f) { return input_spec(f).range; }

}  // namespace

namespace {

// The message of the usage error `f` throws ("" if it throws none or another kind).
template <typename F>
std::string usage_error(F f) {
  try {
    f();
  } catch (const Error& e) {
    return e.kind() == ErrorKind::usage ? e.what() : "";
  }
  return "";
}

}  // namespace

TEST_CASE("plain numbers are read exactly", "[quantity]") {
  CHECK(parse_number("--hours", "100", kHoursRange) == 100.0);
  CHECK(parse_number("--hours", "1.5", kHoursRange) == 1.5);
  CHECK(parse_number("--hours", ".5", kHoursRange) == 0.5);
  CHECK(parse_number("--hours", "2e3", kHoursRange) == 2000.0);
  CHECK(parse_number("--hours", " 24 ", kHoursRange) == 24.0);
  CHECK(parse_number("--intensity", "566.3", range_of(Field::intensity)) == 566.3);
  CHECK(parse_number("--intensity", "0", range_of(Field::intensity)) == 0.0);
  CHECK(parse_number("--pue", "1", range_of(Field::pue)) == 1.0);
}

TEST_CASE("bad numbers are rejected with the option and the reason", "[quantity]") {
  const auto hours = [](const char* text) { return usage_error([&] { parse_number("--hours", text, kHoursRange); }); };
  CHECK_THAT(hours("-5"), Catch::Contains("--hours: '-5' is out of range"));
  CHECK_THAT(hours("0"), Catch::Contains("is out of range; expected hours > 0"));
  CHECK_THAT(hours("nan"), Catch::Contains("'nan' is not a number"));
  CHECK_THAT(hours("inf"), Catch::Contains("'inf' is not a number"));
  CHECK_THAT(hours("1e400"), Catch::Contains("'1e400' is out of range"));
  CHECK_THAT(hours(""), Catch::Contains("'' is empty"));
  CHECK_THAT(hours("   "), Catch::Contains("is empty"));
  CHECK_THAT(hours("12abc"), Catch::Contains("is not a number"));
  CHECK_THAT(hours("0x10"), Catch::Contains("is not a number"));
  CHECK_THAT(hours("1,5"), Catch::Contains("is not a number"));
  CHECK_THAT(hours("\xef\xbc\x91\xef\xbc\x90"), Catch::Contains("is not a number"));  // full-width "10"
  CHECK_THAT(hours("2000000"), Catch::Contains("is out of range"));
  CHECK_THAT(usage_error([] { parse_number("--pue", "0.9", range_of(Field::pue)); }), Catch::Contains("expected a PUE >= 1"));
  CHECK_THAT(usage_error([] { parse_number("--intensity", "-1", range_of(Field::intensity)); }), Catch::Contains("out of range"));
}

TEST_CASE("fractions and percentages", "[quantity]") {
  CHECK(parse_fraction("--utilization", "0.8", range_of(Field::utilization)) == 0.8);
  CHECK(parse_fraction("--utilization", "80%", range_of(Field::utilization)) == Approx(0.8));
  CHECK(parse_fraction("--utilization", "100%", range_of(Field::utilization)) == 1.0);
  CHECK_THAT(usage_error([] { parse_fraction("--utilization", "120%", range_of(Field::utilization)); }), Catch::Contains("out of range"));
  CHECK_THAT(usage_error([] { parse_fraction("--utilization", "0", range_of(Field::utilization)); }), Catch::Contains("out of range"));
  CHECK_THAT(usage_error([] { parse_fraction("--utilization", "%", range_of(Field::utilization)); }), Catch::Contains("not a percentage"));
  CHECK(parse_percent("--offset", "30", range_of(Field::offset)) == 30.0);
  CHECK(parse_percent("--offset", "30%", range_of(Field::offset)) == 30.0);
  CHECK_THAT(usage_error([] { parse_percent("--offset", "101", range_of(Field::offset)); }), Catch::Contains("out of range"));
  CHECK_THAT(usage_error([] { parse_percent("--offset", "-1", range_of(Field::offset)); }), Catch::Contains("out of range"));
}

TEST_CASE("device counts are whole numbers within limits", "[quantity]") {
  CHECK(parse_count("--count", "8") == 8);
  CHECK(parse_count("--count", "10000000") == 10'000'000);
  CHECK_THAT(usage_error([] { parse_count("--count", "0"); }), Catch::Contains("out of range"));
  CHECK_THAT(usage_error([] { parse_count("--count", "2.5"); }), Catch::Contains("not a whole number"));
  CHECK_THAT(usage_error([] { parse_count("--count", "-1"); }), Catch::Contains("not a whole number"));
  CHECK_THAT(usage_error([] { parse_count("--count", "1e3"); }), Catch::Contains("not a whole number"));
  CHECK_THAT(usage_error([] { parse_count("--count", "99999999999999999999999"); }), Catch::Contains("out of range"));
  CHECK_THAT(usage_error([] { parse_count("--count", "10000001"); }), Catch::Contains("out of range"));
}

TEST_CASE("durations with units", "[quantity]") {
  CHECK(parse_duration_hours("--duration", "3d12h30m") == Approx(84.5));
  // Patterson et al. 2021, GPT-3: 14.8 days = 355.2 hours.
  CHECK(parse_duration_hours("--duration", "14.8d") == Approx(355.2));
  CHECK(parse_duration_hours("--duration", "90m") == Approx(1.5));
  CHECK(parse_duration_hours("--duration", "90min") == Approx(1.5));
  CHECK(parse_duration_hours("--duration", "2w") == 336.0);
  CHECK(parse_duration_hours("--duration", "1h1800s") == Approx(1.5));
  const auto duration = [](const char* text) { return usage_error([&] { parse_duration_hours("--duration", text); }); };
  CHECK_THAT(duration("100"), Catch::Contains("has no unit"));
  CHECK_THAT(duration("3x"), Catch::Contains("has an unknown unit"));
  CHECK_THAT(duration("1h1h"), Catch::Contains("repeats a unit"));
  CHECK_THAT(duration("-1h"), Catch::Contains("is negative"));
  CHECK_THAT(duration("0h"), Catch::Contains("out of range"));
  CHECK_THAT(duration("1e400h"), Catch::Contains("out of range"));
  CHECK_THAT(duration("99999999w"), Catch::Contains("out of range"));
  CHECK_THAT(duration("h"), Catch::Contains("is not a duration"));
  CHECK_THAT(duration(""), Catch::Contains("is empty"));
}
