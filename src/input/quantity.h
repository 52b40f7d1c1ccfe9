// Parsing of the numbers a user types: plain numbers, counts, durations ("3d12h30m"), percentages.
// Every parser rejects NaN, infinities, out-of-range and malformed text with an Error of kind
// usage whose message names the option, quotes the text and says what was expected.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace mlcarbon {

// A closed or half-open range of accepted values, with the words used in error messages.
struct Range {
  double min;
  double max;
  bool min_inclusive;  // false: value must be > min
  const char* expected;  // e.g. "a number of hours > 0 and <= 1000000"
};

// Sanity limits of the command line. Values beyond them are almost certainly typos; they are
// documented in the man page (OPTIONS) and README.
inline constexpr Range kHoursRange{0, 1e6, false, "hours > 0 and <= 1000000"};
inline constexpr Range kDeviceHoursRange{0, 1e10, false, "device-hours > 0 and <= 1e10 (e.g. 1082990 or 1.08M)"};
inline constexpr Range kPowerRange{0, 1e5, false, "watts per device > 0 and <= 100000"};
inline constexpr Range kUtilizationRange{0, 1, false, "a fraction of TDP > 0 and <= 1 (or a percentage, e.g. 80%)"};
inline constexpr Range kPueRange{1, 3, true, "a PUE >= 1 and <= 3"};
inline constexpr Range kIntensityRange{0, 1500, true, "gCO2e/kWh >= 0 and <= 1500"};
inline constexpr Range kOffsetPctRange{0, 100, true, "a percentage >= 0 and <= 100"};
inline constexpr Range kOffsetKgRange{0, 1e12, true, "kg CO2e >= 0 and <= 1e12"};
inline constexpr std::uint64_t kMaxCount = 10'000'000;
inline constexpr Range kCpuCountRange{0, 1e6, false, "a number of CPU packages > 0 and <= 1000000"};
inline constexpr Range kMemoryGbRange{0, 1e9, true, "GB of memory >= 0 and <= 1e9"};
inline constexpr Range kOverheadRange{0, 1e9, true, "watts >= 0 and <= 1e9"};
inline constexpr Range kFlopsRange{0, 1e32, false, "floating-point operations > 0 and <= 1e32 (e.g. 3.14e23)"};
inline constexpr Range kParamsRange{0, 1e16, false, "parameters > 0 and <= 1e16 (e.g. 7e9 or 7B)"};
inline constexpr Range kTokensRange{0, 1e17, false, "tokens > 0 and <= 1e17 (e.g. 2e12 or 2T)"};
inline constexpr Range kMfuRange{0, 1, false, "a model FLOPs utilization > 0 and <= 1 (or a percentage, e.g. 40%)"};

// A decimal number (digits, optional fraction and exponent; surrounding blanks ignored) within
// `range`. `option` names the flag in messages, e.g. "--pue".
double parse_number(std::string_view option, std::string_view text, const Range& range);

// A fraction: "0.8" or "80%"; within `range` once converted to a fraction.
double parse_fraction(std::string_view option, std::string_view text, const Range& range);

// A large count with an optional suffix: "7e9", "7B", "70M", "2T", "1.5k" (k, M, B or G, T: 1e3,
// 1e6, 1e9, 1e12).
double parse_scaled(std::string_view option, std::string_view text, const Range& range);

// A percentage: "30" or "30%", 0 to 100.
double parse_percent(std::string_view option, std::string_view text);

// A whole number of devices, 1 to kMaxCount.
std::uint64_t parse_count(std::string_view option, std::string_view text);

// A duration with units, returned in hours: "3d12h30m", "14.8d", "90m", "1.5h", "2w", "45s".
// Units: w (weeks), d (days), h, m or min (minutes), s (seconds); each at most once. A bare number
// is rejected (use --hours). The total must lie in kHoursRange.
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
