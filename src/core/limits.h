// Sanity limits of the inputs: values beyond them are almost certainly typos. Each input's range
// is declared with it in the input table (input/inputs.cpp); the ones here are also checked by
// the core (the hours a computed duration gives) and the parsers. The man page (OPTIONS) and
// README document them.
#pragma once

#include <cstdint>

namespace mlcarbon {

// A closed or half-open range of accepted values, with the words used in error messages.
struct Range {
  double min;
  double max;
  bool min_inclusive;    // false: value must be > min
  const char* expected;  // e.g. "hours > 0 and <= 1000000"
};

inline constexpr Range kHoursRange{0, 1e6, false, "hours > 0 and <= 1000000"};
inline constexpr std::uint64_t kMaxCount = 10'000'000;

}  // namespace mlcarbon
