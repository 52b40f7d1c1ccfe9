// Parsing of user-typed numbers: every bad value is a usage error naming the option.
#include <catch2/catch.hpp>

#include <charconv>
#include <cmath>
#include <random>
#include <string>

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

// parse_number() reads plain decimals ("128.75") by a short path: it must give exactly the double
// that from_chars gives, for every digit count and point position (and leave the rest to the full
// parser: 16 digits, exponents, signs, spaces).
TEST_CASE("plain decimals: the short path gives from_chars' double exactly", "[quantity]") {
  std::mt19937_64 random(1129);
  const Range any{0, 1e300, true, "any"};
  std::size_t checked = 0;
  for (int i = 0; i < 200000; ++i) {
    const int digits = 1 + static_cast<int>(random() % 17);
    std::string text;
    for (int d = 0; d < digits; ++d) text += static_cast<char>('0' + random() % 10);
    const std::size_t point = random() % (text.size() + 2);
    if (point <= text.size()) text = text.substr(0, point) + '.' + text.substr(point);
    double expected = 0;
    std::from_chars(text.data(), text.data() + text.size(), expected);
    const double got = parse_number("--x", text, any);
    if (got != expected || std::signbit(got)) FAIL_CHECK(text << ": " << got << " but from_chars " << expected);
    ++checked;
  }
  CHECK(checked == 200000);
  CHECK(parse_number("--x", "5.", any) == 5.0);
  CHECK(parse_number("--x", ".5", any) == 0.5);
  CHECK(parse_number("--x", "0.1", any) == 0.1);
  CHECK(parse_number("--x", "123456789012345", any) == 123456789012345.0);
  CHECK(parse_number("--x", "1234567890123456", any) == 1234567890123456.0);
  CHECK(parse_number("--x", "0.000000000000001", any) == 1e-15);
  CHECK_THROWS_WITH(parse_number("--x", ".", any), "--x: '.' is not a number; expected any");
  CHECK_THROWS_WITH(parse_number("--x", "1.2.3", any), "--x: '1.2.3' is not a number; expected any");
  CHECK_THROWS_WITH(parse_number("--hours", "0", kHoursRange), Catch::Contains("out of range"));
}

// Units where users write them (issue 13). A pound is 453.59237 g exactly (the international yard
// and pound agreement, 1959); eGRID publishes lb/MWh.
TEST_CASE("units: watts, intensities and hours as users write them", "[quantity]") {
  const Range watts{0, 1e5, false, "watts"};
  CHECK(parse_watts("--power", "300", watts) == 300);
  CHECK(parse_watts("--power", "300W", watts) == 300);
  CHECK(parse_watts("--power", "300 w", watts) == 300);
  CHECK(parse_watts("--power", "0.3kW", watts) == 300);
  CHECK(parse_watts("--power", "0.3 KW", watts) == 300);
  CHECK(parse_watts("--power", "0.05MW", watts) == 50000);
  CHECK_THROWS_WITH(parse_watts("--power", "300mW", watts), Catch::Contains("unknown unit"));
  CHECK_THROWS_WITH(parse_watts("--power", "W", watts), Catch::Contains("is not a number"));
  const Range grams{0, 1500, true, "g"};
  CHECK(parse_intensity("--intensity", "430", grams) == 430);
  CHECK(parse_intensity("--intensity", "430g", grams) == 430);
  CHECK(parse_intensity("--intensity", "430 gCO2e/kWh", grams) == 430);
  CHECK(parse_intensity("--intensity", "430 g CO2eq / kWh", grams) == 430);
  CHECK(parse_intensity("--intensity", "0.43kg/kWh", grams) == Approx(430).epsilon(1e-15));
  CHECK(parse_intensity("--intensity", "0.43 t/MWh", grams) == Approx(430).epsilon(1e-15));
  CHECK(parse_intensity("--intensity", "1lb/kWh", grams) == 453.59237);
  CHECK(parse_intensity("--intensity", "1000 lbs/MWh", grams) == Approx(453.59237).epsilon(1e-15));
  CHECK(parse_intensity("--intensity", "0g", grams) == 0);
  CHECK_THROWS_WITH(parse_intensity("--intensity", "430 g/h", grams), Catch::Contains("unknown unit"));
  CHECK_THROWS_WITH(parse_intensity("--intensity", "4kg/kWh", grams), Catch::Contains("out of range"));
  CHECK(parse_hours("--hours", "100", "--device-hours") == 100);
  CHECK(parse_hours("--hours", "2h", "--device-hours") == 2);
  CHECK(parse_hours("--hours", "90m", "--device-hours") == 1.5);
  CHECK(parse_hours("--hours", "1d", "--device-hours") == 24);
  CHECK_THROWS_WITH(parse_hours("--hours", "1082990", "--device-hours"), Catch::Contains("go in --device-hours"));
  CHECK_THROWS_WITH(parse_hours("hours", "1e7", "device_hours"), Catch::Contains("go in device_hours"));
  CHECK_THROWS_WITH(parse_hours("--hours", "1,5", "--device-hours"), Catch::Contains("is not a number"));
  CHECK(parse_duration_hours("--duration", "1H") == 1);
  CHECK(parse_duration_hours("--duration", "2D") == 48);
  CHECK(parse_duration_hours("--duration", "30MIN") == 0.5);
  CHECK_THROWS_WITH(parse_duration_hours("--duration", "3M"), Catch::Contains("a month or a minute"));
  CHECK_THROWS_WITH(parse_duration_hours("--duration", "90"), Catch::Contains("90m for minutes or 90h for hours"));
  CHECK(parse_scaled("--params", "7b", Range{0, 1e16, false, "p"}) == 7e9);
  CHECK(parse_scaled("--params", "125m", Range{0, 1e16, false, "p"}) == 125e6);
  CHECK(parse_scaled("--tokens", "2t", Range{0, 1e17, false, "t"}) == 2e12);
}
