// libFuzzer target: the intensity-series reader (CSV and the Carbon Intensity API's JSON), then a
// run priced against what it read and the best start of a job over it. Input is either read or
// refused with Error(usage); what is read is contiguous and in range, and every figure finite.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/series.h"
#include "input/series_reader.h"
#include "util/error.h"

using namespace mlcarbon;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  IntensitySeries s;
  try {
    s = read_intensity_series(text, "fuzz");
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::usage) std::abort();
    return 0;
  }
  if (s.intervals.empty()) std::abort();
  for (std::size_t i = 1; i < s.intervals.size(); ++i) {
    if (s.intervals[i].from != s.intervals[i - 1].to) std::abort();
  }
  const double hours = static_cast<double>(s.end() - s.begin()) / 3600 / 2;
  try {
    const SeriesEmissions r = series_emissions(s, s.begin(), hours, 1);
    if (!std::isfinite(r.co2e_kg) || r.co2e_kg < 0) std::abort();
    const StartPlan p = plan_start(s, hours, 1, s.begin(), s.end(), 3);
    if (!std::isfinite(p.best.co2e_kg) || p.best.co2e_kg > p.first.co2e_kg * (1 + 1e-9) + 1e-12) std::abort();
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::usage) std::abort();
  }
  return 0;
}
