// Sanity limits of the inputs: values beyond them are almost certainly typos. The parsers of user
// text (input/quantity.h) check them, and the core checks what it derives against the same ones.
// They are documented in the man page (OPTIONS) and README.
#pragma once

#include <cstdint>

namespace mlcarbon {

// A closed or half-open range of accepted values, with the words used in error messages.
struct Range {
  double min;
  double max;
  bool min_inclusive;  // false: value must be > min
  const char* expected;  // e.g. "a number of hours > 0 and <= 1000000"
};

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

}  // namespace mlcarbon
