// libFuzzer target: the parsers of typed numbers (quantity.h), for every numeric input of the input
// table with its declared range. Any input either parses to a value inside the range or throws
// Error(usage); anything else (another exception, a sanitizer report, a value out of range) is a bug.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "util/error.h"
#include "input/inputs.h"
#include "input/quantity.h"

using namespace mlcarbon;

namespace {

template <typename F>
void expect_usage_or(F f) {
  try {
    f();
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::usage) std::abort();
  }
}

// Its own check of the range (not quantity.h's in_range): a parser's value must be inside it.
void require_in_range(double x, const Range& r) {
  const bool above = r.min_inclusive ? x >= r.min : x > r.min;
  if (!std::isfinite(x) || !above || x > r.max) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  expect_usage_or([&] { require_in_range(parse_duration_hours("--duration", text), kHoursRange); });
  expect_usage_or([&] { require_in_range(parse_number("--hours", text, kHoursRange), kHoursRange); });
  for (const InputSpec& s : input_specs()) {
    const std::string_view name = option_name(s.field);
    switch (s.parse) {
      case Parse::number: expect_usage_or([&] { require_in_range(parse_number(name, text, s.range), s.range); }); break;
      case Parse::fraction: expect_usage_or([&] { require_in_range(parse_fraction(name, text, s.range), s.range); }); break;
      case Parse::scaled: expect_usage_or([&] { require_in_range(parse_scaled(name, text, s.range), s.range); }); break;
      case Parse::percent: expect_usage_or([&] { require_in_range(parse_percent(name, text, s.range), s.range); }); break;
      case Parse::hours: expect_usage_or([&] { require_in_range(parse_hours(name, text, "--device-hours"), s.range); }); break;
      case Parse::watts: expect_usage_or([&] { require_in_range(parse_watts(name, text, s.range), s.range); }); break;
      case Parse::intensity: expect_usage_or([&] { require_in_range(parse_intensity(name, text, s.range), s.range); }); break;
      case Parse::energy: expect_usage_or([&] { require_in_range(parse_kwh(name, text, s.range), s.range); }); break;
      default: break;
    }
  }
  expect_usage_or([&] {
    const auto count = parse_count("--count", text);
    if (count < 1 || count > kMaxCount) std::abort();
  });
  expect_usage_or([&] {
    const Budget b = parse_budget("--budget", text);
    if (!std::isfinite(b.limit) || b.limit < 0) std::abort();
  });
  return 0;
}
