#include "input/quantity.h"

#include <array>
#include <charconv>
#include <cmath>
#include <optional>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "util/error.h"
#include "util/text.h"

namespace mlcarbon {
namespace {

[[noreturn]] void fail(std::string_view option, std::string_view text, std::string_view problem,
                       std::string_view expected) {
  throw Error(ErrorKind::usage,
              fmt::format("{}: {} {}; expected {}", option, quote(text), problem, expected));
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Length of the decimal number at the start of `text` ("12", "1.5", ".5", "2e3", "-1"), or 0.
// Only this plain ASCII grammar is a number: no "nan", "inf", hex, '+', or digits of other scripts.
std::size_t number_length(std::string_view text) {
  std::size_t i = 0;
  if (i < text.size() && text[i] == '-') ++i;
  std::size_t digits = 0;
  while (i < text.size() && is_digit(text[i])) ++i, ++digits;
  if (i < text.size() && text[i] == '.') {
    ++i;
    while (i < text.size() && is_digit(text[i])) ++i, ++digits;
  }
  if (digits == 0) return 0;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    std::size_t j = i + 1;
    if (j < text.size() && (text[j] == '-' || text[j] == '+')) ++j;
    const std::size_t exponent_start = j;
    while (j < text.size() && is_digit(text[j])) ++j;
    if (j > exponent_start) i = j;
  }
  return i;
}

// Converts a validated number; out-of-range magnitudes (1e400) are reported, never rounded to inf.
double to_double(std::string_view option, std::string_view original, std::string_view number,
                 std::string_view expected) {
  double value = 0;
  const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
  if (ec == std::errc::result_out_of_range) fail(option, original, "is out of range", expected);
  if (ec != std::errc() || end != number.data() + number.size() || !std::isfinite(value)) {
    fail(option, original, "is not a number", expected);
  }
  // Below the smallest normal double (4.9e-324 is one) a value has lost its precision, and
  // arithmetic on it ends in 0 or infinity: refused like a value too large.
  if (std::fpclassify(value) == FP_SUBNORMAL) fail(option, original, "is out of range", expected);
  return value == 0 ? 0.0 : value;  // -0 is 0: no "-0" in any output
}

void check_range(std::string_view option, std::string_view original, double value, const Range& range) {
  if (!in_range(value, range)) fail(option, original, "is out of range", range.expected);
}

}  // namespace

double parse_number(std::string_view option, std::string_view text, const Range& range) {
  if (const std::optional<double> plain = plain_decimal(text)) {
    check_range(option, text, *plain, range);
    return *plain;
  }
  const std::string_view body = trim(text);
  if (body.empty()) fail(option, text, "is empty", range.expected);
  if (number_length(body) != body.size()) fail(option, text, "is not a number", range.expected);
  const double value = to_double(option, text, body, range.expected);
  check_range(option, text, value, range);
  return value;
}

double parse_fraction(std::string_view option, std::string_view text, const Range& range) {
  std::string_view body = trim(text);
  if (!body.empty() && body.back() == '%') {
    body.remove_suffix(1);
    if (body.empty() || number_length(body) != body.size()) {
      fail(option, text, "is not a percentage", range.expected);
    }
    const double value = to_double(option, text, body, range.expected) / 100.0;
    check_range(option, text, value, range);
    return value;
  }
  return parse_number(option, text, range);
}

double parse_scaled(std::string_view option, std::string_view text, const Range& range) {
  std::string_view body = trim(text);
  double factor = 1;
  if (!body.empty()) {
    switch (body.back()) {
      case 'k': case 'K': factor = 1e3; break;
      case 'm': case 'M': factor = 1e6; break;  // no count of parameters or tokens is in thousandths
      case 'b': case 'B': case 'g': case 'G': factor = 1e9; break;
      case 't': case 'T': factor = 1e12; break;
      default: break;
    }
    if (factor != 1) body.remove_suffix(1);
  }
  if (body.empty() || number_length(body) != body.size()) fail(option, text, body.empty() ? "is empty" : "is not a number", range.expected);
  const double value = to_double(option, text, body, range.expected) * factor;
  check_range(option, text, value, range);
  return value;
}

double parse_percent(std::string_view option, std::string_view text, const Range& range) {
  std::string_view body = trim(text);
  if (!body.empty() && body.back() == '%') body.remove_suffix(1);
  if (body.empty()) fail(option, text, "is empty", range.expected);
  if (number_length(body) != body.size()) fail(option, text, "is not a percentage", range.expected);
  const double value = to_double(option, text, body, range.expected);
  check_range(option, text, value, range);
  return value;
}

namespace {

// The number at the start of `body` and the unit after it (blanks between ignored), or fails.
std::pair<double, std::string> number_and_unit(std::string_view option, std::string_view text, std::string_view body,
                                               std::string_view expected) {
  if (body.empty()) fail(option, text, "is empty", expected);
  const std::size_t length = number_length(body);
  if (length == 0) fail(option, text, "is not a number", expected);
  const double value = to_double(option, text, body.substr(0, length), expected);
  return {value, std::string(trim(body.substr(length)))};
}

}  // namespace

double parse_watts(std::string_view option, std::string_view text, const Range& range) {
  if (const std::optional<double> plain = plain_decimal(text)) {
    check_range(option, text, *plain, range);
    return *plain;
  }
  const auto [value, unit] = number_and_unit(option, text, trim(text), range.expected);
  double factor = 0;
  const std::string lower = to_lower(unit);
  if (unit.empty() || lower == "w") factor = 1;
  else if (lower == "kw") factor = 1e3;
  else if (unit == "MW") factor = 1e6;  // not mW, which no device draws
  if (factor == 0) fail(option, text, "has an unknown unit", fmt::format("{} (units: W, kW, MW)", range.expected));
  const double watts = value * factor;
  check_range(option, text, watts, range);
  return watts;
}

double parse_kwh(std::string_view option, std::string_view text, const Range& range) {
  if (const std::optional<double> plain = plain_decimal(text)) {
    check_range(option, text, *plain, range);
    return *plain;
  }
  const auto [value, unit_text] = number_and_unit(option, text, trim(text), range.expected);
  std::string unit = to_lower(unit_text);
  std::erase(unit, ' ');
  double factor = 0;
  if (unit.empty() || unit == "kwh") factor = 1;
  else if (unit == "wh") factor = 1e-3;
  else if (unit == "mwh") factor = 1e3;
  else if (unit == "gwh") factor = 1e6;
  if (factor == 0) fail(option, text, "has an unknown unit", fmt::format("{} (units: Wh, kWh, MWh, GWh)", range.expected));
  const double kwh = value * factor;
  check_range(option, text, kwh, range);
  return kwh;
}

double parse_intensity(std::string_view option, std::string_view text, const Range& range) {
  if (const std::optional<double> plain = plain_decimal(text)) {
    check_range(option, text, *plain, range);
    return *plain;
  }
  const auto [value, unit_text] = number_and_unit(option, text, trim(text), range.expected);
  std::string unit = to_lower(unit_text);
  std::erase(unit, ' ');
  // per kWh (the default) or per MWh
  double per = 1;
  if (unit.ends_with("/kwh")) {
    unit.resize(unit.size() - 4);
  } else if (unit.ends_with("/mwh")) {
    unit.resize(unit.size() - 4);
    per = 1e3;
  }
  for (const std::string_view gas : {"co2eq", "co2e", "co2"}) {
    if (unit.ends_with(gas)) {
      unit.resize(unit.size() - gas.size());
      break;
    }
  }
  // grams of the mass unit; a pound is 453.59237 g exactly (international yard and pound, 1959)
  double grams = 0;
  if (unit.empty() || unit == "g") grams = 1;
  else if (unit == "kg") grams = 1e3;
  else if (unit == "t") grams = 1e6;
  else if (unit == "lb" || unit == "lbs") grams = 453.59237;
  if (grams == 0) {
    fail(option, text, "has an unknown unit",
         fmt::format("{} (units: g, kg, t or lb of CO2e per kWh or MWh, e.g. 430g, 0.43kg/kWh, 948 lb/MWh)", range.expected));
  }
  const double g_per_kwh = value * grams / per;
  check_range(option, text, g_per_kwh, range);
  return g_per_kwh == 0 ? 0.0 : g_per_kwh;
}

double parse_hours(std::string_view option, std::string_view text, std::string_view device_hours_label) {
  const std::string_view body = trim(text);
  std::optional<double> hours = plain_decimal(text);
  if (!hours && !body.empty() && number_length(body) == body.size()) hours = to_double(option, text, body, kHoursRange.expected);
  if (hours) {
    if (*hours > kHoursRange.max) {
      fail(option, text, "is out of range",
           fmt::format("{}; GPU-hours as papers report them (devices x hours) go in {}", kHoursRange.expected, device_hours_label));
    }
    check_range(option, text, *hours, kHoursRange);
    return *hours;
  }
  // A duration unit after the number ("2h", "3d12h") makes it a duration; anything else ("1,5",
  // "0x10") is a malformed number, said as such.
  const std::size_t length = number_length(body);
  const char after = length > 0 && length < body.size() ? body[length] : '\0';
  if (after == '\0' || std::string_view("wdhmsWDHMS").find(after) == std::string_view::npos) {
    return parse_number(option, text, kHoursRange);
  }
  return parse_duration_hours(option, text);
}

std::uint64_t parse_count(std::string_view option, std::string_view text) {
  // A literal, not formatted per call: this runs on every row of a jobs file.
  static_assert(kMaxCount == 10'000'000, "update the message below");
  constexpr std::string_view expected = "a whole number of devices >= 1 and <= 10000000";
  const std::string_view body = trim(text);
  if (body.empty()) fail(option, text, "is empty", expected);
  for (const char c : body) {
    if (!is_digit(c)) fail(option, text, "is not a whole number", expected);
  }
  std::uint64_t value = 0;
  const auto [end, ec] = std::from_chars(body.data(), body.data() + body.size(), value);
  if (ec == std::errc::result_out_of_range) fail(option, text, "is out of range", expected);
  if (ec != std::errc() || end != body.data() + body.size()) fail(option, text, "is not a whole number", expected);
  if (value < 1 || value > kMaxCount) fail(option, text, "is out of range", expected);
  return value;
}

std::size_t parse_whole(std::string_view option, std::string_view text, const Range& range) {
  const double n = parse_number(option, text, range);
  if (n != std::floor(n)) fail(option, text, "is not a whole number", range.expected);
  return static_cast<std::size_t>(n);
}

double parse_duration_hours(std::string_view option, std::string_view text) {
  constexpr const char* kExpected = "a duration with units, e.g. 3d12h30m, 14.8d, 90m (w, d, h, m, s)";
  struct Unit {
    std::string_view name;
    double hours;
  };
  // Longest names first so that "min" is not read as "m" followed by "in".
  constexpr std::array<Unit, 6> kUnits{{{"min", 1.0 / 60}, {"w", 168}, {"d", 24}, {"h", 1}, {"m", 1.0 / 60}, {"s", 1.0 / 3600}}};

  const std::string_view body = trim(text);
  if (body.empty()) fail(option, text, "is empty", kExpected);
  if (number_length(body) == body.size()) {
    // "90": minutes or hours? Said rather than guessed.
    fail(option, text, "has no unit", fmt::format("a duration with units, e.g. {0}m for minutes or {0}h for hours (w, d, h, m, s)", body));
  }
  if (body.find('M') != std::string_view::npos && body.find("MIN") == std::string_view::npos) {
    fail(option, text, "has the unit M, a month or a minute", "m or min for minutes (units: w, d, h, m, s)");
  }
  // Units in either case ("1H", "2D"): lowered once here.
  std::string lowered = to_lower(body);
  double hours = 0;
  std::array<bool, 5> seen{};  // w, d, h, minutes, s
  std::string_view rest = lowered;
  while (!rest.empty()) {
    const std::size_t length = number_length(rest);
    if (length == 0 || rest[0] == '-') {
      fail(option, text, rest[0] == '-' ? "is negative" : "is not a duration", kExpected);
    }
    const double value = to_double(option, text, rest.substr(0, length), kExpected);
    rest.remove_prefix(length);
    const Unit* unit = nullptr;
    for (const Unit& candidate : kUnits) {
      if (rest.substr(0, candidate.name.size()) == candidate.name) {
        unit = &candidate;
        break;
      }
    }
    if (unit == nullptr) {
      fail(option, text, rest.empty() ? "has no unit" : "has an unknown unit", kExpected);
    }
    const std::size_t slot = unit->name == "min" ? 3 : static_cast<std::size_t>(unit - kUnits.data()) - 1;
    if (seen[slot]) fail(option, text, "repeats a unit", kExpected);
    seen[slot] = true;
    hours += value * unit->hours;
    if (!std::isfinite(hours)) fail(option, text, "is out of range", kHoursRange.expected);
    rest.remove_prefix(unit->name.size());
  }
  check_range(option, text, hours, kHoursRange);
  return hours;
}

Budget parse_budget(std::string_view option, std::string_view text) {
  constexpr const char* kExpected = "a number with a unit: g, kg or t of CO2e, or Wh, kWh or MWh of energy (e.g. 50kg)";
  struct Unit {
    std::string_view name;
    Budget::Kind kind;
    double factor;  // to kg or kWh
  };
  constexpr std::array<Unit, 6> kUnits{{{"g", Budget::Kind::co2e_kg, 1e-3},
                                        {"kg", Budget::Kind::co2e_kg, 1},
                                        {"t", Budget::Kind::co2e_kg, 1e3},
                                        {"wh", Budget::Kind::energy_kwh, 1e-3},
                                        {"kwh", Budget::Kind::energy_kwh, 1},
                                        {"mwh", Budget::Kind::energy_kwh, 1e3}}};
  const std::string_view body = trim(text);
  if (body.empty()) fail(option, text, "is empty", kExpected);
  const std::size_t length = number_length(body);
  if (length == 0) fail(option, text, "is not a number", kExpected);
  if (body[0] == '-') fail(option, text, "is negative", kExpected);
  const double value = to_double(option, text, body.substr(0, length), kExpected);
  std::string unit = to_lower(trim(body.substr(length)));
  // "kg CO2e", "kgCO2e", "t CO2e" are read as the mass units.
  for (const std::string_view suffix : {"co2e", "co2eq", "co2"}) {
    if (unit.size() > suffix.size() && unit.ends_with(suffix)) {
      unit = std::string(trim(std::string_view(unit).substr(0, unit.size() - suffix.size())));
      break;
    }
  }
  if (unit.empty()) fail(option, text, "has no unit", kExpected);
  for (const Unit& u : kUnits) {
    if (unit == u.name) {
      const double limit = value * u.factor;
      if (!std::isfinite(limit) || limit > 1e15) fail(option, text, "is out of range", kExpected);
      return Budget{u.kind, limit, std::string(body)};
    }
  }
  fail(option, text, "has an unknown unit", kExpected);
}

}  // namespace mlcarbon
