// Parsing of the numbers a user types: plain numbers, counts, durations ("3d12h30m"), percentages.
// Every parser rejects NaN, infinities, out-of-range and malformed text with an Error of kind
// usage whose message names the option, quotes the text and says what was expected.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/limits.h"

namespace mlcarbon {

// The value of a plain decimal ("24", "0.8", "128.75": digits and at most one point, at most 15
// digits, nothing else), or nullopt for any other text (then the full parsers decide). Such a
// number is a whole number below 10^15 divided by a power of ten up to 10^15, both exact doubles,
// so one correctly rounded division gives exactly what from_chars gives. Jobs files are mostly
// such numbers, several a row: inline.
inline std::optional<double> plain_decimal(std::string_view text) {
  static constexpr double kPowers[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
  if (text.empty() || text.size() > 16) return std::nullopt;
  std::uint64_t whole = 0;
  std::size_t digits = 0, point = text.size();
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      whole = whole * 10 + static_cast<std::uint64_t>(c - '0');
      ++digits;
    } else if (c == '.' && point == text.size()) {
      point = i;
    } else {
      return std::nullopt;
    }
  }
  if (digits == 0 || digits > 15) return std::nullopt;
  const std::size_t decimals = point == text.size() ? 0 : text.size() - point - 1;
  return static_cast<double>(whole) / kPowers[decimals];
}

// Whether `value` is within `range` (parse_number's check, without the message).
inline bool in_range(double value, const Range& range) {
  return (range.min_inclusive ? value >= range.min : value > range.min) && value <= range.max;
}

// A decimal number (digits, optional fraction and exponent; surrounding blanks ignored) within
// `range`. `option` names the flag in messages, e.g. "--pue".
double parse_number(std::string_view option, std::string_view text, const Range& range);

// A fraction: "0.8" or "80%"; within `range` once converted to a fraction.
double parse_fraction(std::string_view option, std::string_view text, const Range& range);

// A large count with an optional suffix: "7e9", "7B", "70M", "2T", "1.5k" (k, M, B or G, T: 1e3,
// 1e6, 1e9, 1e12; either case: "7b", "125m").
double parse_scaled(std::string_view option, std::string_view text, const Range& range);

// A percentage: "30" or "30%", within `range` (in percent).
double parse_percent(std::string_view option, std::string_view text, const Range& range);

// A power in watts: "300", "300W", "0.3kW", "1.2 MW" (W and kW in either case; MW as written).
double parse_watts(std::string_view option, std::string_view text, const Range& range);

// An energy in kWh: "1200", "1200kWh", "1.2MWh", "1.2 GWh", "500 Wh" (case-insensitive, MWh and
// mWh alike: no job reports milliwatt-hours).
double parse_kwh(std::string_view option, std::string_view text, const Range& range);

// A grid intensity in gCO2e/kWh: "430", "430g", "430 g/kWh", "430gCO2e/kWh", "0.43kg/kWh",
// "0.954lb/kWh", "823.1 lb/MWh" (eGRID's unit). Mass g, kg, t or lb (lbs), optionally followed by
// CO2, CO2e or CO2eq, per kWh (the default) or MWh; case-insensitive.
double parse_intensity(std::string_view option, std::string_view text, const Range& range);

// Hours: a number ("100", within kHoursRange) or a duration with units ("2h", "3d12h", as
// parse_duration_hours). Above the range, the message points to `device_hours_label`: GPU-hours
// copied from a paper are the usual cause.
double parse_hours(std::string_view option, std::string_view text, std::string_view device_hours_label);

// A whole number of devices, 1 to kMaxCount.
std::uint64_t parse_count(std::string_view option, std::string_view text);

// A whole number within `range` (as parse_number, then refused when it has a fraction).
std::size_t parse_whole(std::string_view option, std::string_view text, const Range& range);

// A duration with units, returned in hours: "3d12h30m", "14.8d", "90m", "1.5h", "2w", "45s".
// Units: w (weeks), d (days), h, m or min (minutes), s (seconds), in either case except M (a month
// or a minute? refused, with the hint); each at most once. A bare number is rejected with a hint
// (90m or 90h?). The total must lie in kHoursRange.
double parse_duration_hours(std::string_view option, std::string_view text);

// A limit on the estimate: a mass of CO2e ("50kg", "500g", "2t") or an energy ("200kWh",
// "1.5MWh", "800Wh"). Units are case-insensitive; the number must be >= 0.
struct Budget {
  enum class Kind { co2e_kg, energy_kwh } kind = Kind::co2e_kg;
  double limit = 0;  // in kg CO2e or kWh
  std::string text;  // as given, for messages
};
Budget parse_budget(std::string_view option, std::string_view text);

}  // namespace mlcarbon
