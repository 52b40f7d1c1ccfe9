#include "core/series.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "util/error.h"

namespace mlcarbon {
namespace {

// The first interval whose end is after t (the one holding t, when the series covers it).
std::size_t interval_at(const IntensitySeries& s, double t) {
  const auto it = std::upper_bound(s.intervals.begin(), s.intervals.end(), t,
                                   [](double x, const IntensityInterval& i) { return x < static_cast<double>(i.to); });
  return static_cast<std::size_t>(it - s.intervals.begin());
}

std::string format_time(double t) {
  const auto whole = static_cast<std::int64_t>(std::floor(t));
  return whole == t ? format_utc(whole) : format_utc(whole) + fmt::format(" (+{:.0f} s)", t - static_cast<double>(whole));
}

void check_covers(const IntensitySeries& s, double from, double to) {
  if (s.intervals.empty()) throw Error(ErrorKind::usage, "the intensity series is empty");
  if (from >= static_cast<double>(s.begin()) && to <= static_cast<double>(s.end())) return;
  throw Error(ErrorKind::usage, fmt::format("the intensity series covers {} to {}, and the run goes from {} to {}: give a series "
                                            "that covers the run, or a --start within it",
                                            format_utc(s.begin()), format_utc(s.end()), format_time(from), format_time(to)));
}

// The integral of intensity x time over [from, to) (g/kWh x s), and the intervals it touched.
double integral(const IntensitySeries& s, double from, double to, std::size_t* touched) {
  double sum = 0;
  std::size_t n = 0;
  for (std::size_t i = interval_at(s, from); i < s.intervals.size(); ++i) {
    const IntensityInterval& in = s.intervals[i];
    if (static_cast<double>(in.from) >= to) break;
    const double overlap = std::min(static_cast<double>(in.to), to) - std::max(static_cast<double>(in.from), from);
    if (overlap > 0) {
      sum += overlap * in.g_per_kwh;
      ++n;
    }
  }
  if (touched != nullptr) *touched += n;
  return sum;
}

}  // namespace

std::string format_utc(std::int64_t t) {
  // Days since 1970-01-01 to a civil date (proleptic Gregorian), by 400-year eras.
  std::int64_t days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
  const std::int64_t secs = t - days * 86400;
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const std::int64_t doe = days - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t day = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const std::int64_t hour = secs / 3600, minute = secs % 3600 / 60, second = secs % 60;
  if (second != 0) return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", year, month, day, hour, minute, second);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}Z", year, month, day, hour, minute);
}

void check_series(const IntensitySeries& series, std::string_view label) {
  if (series.intervals.empty()) throw Error(ErrorKind::usage, fmt::format("{}: no intensities in the series", label));
  for (std::size_t i = 0; i < series.intervals.size(); ++i) {
    const IntensityInterval& in = series.intervals[i];
    if (!std::isfinite(in.g_per_kwh) || in.g_per_kwh < 0 || in.g_per_kwh > 1500) {
      throw Error(ErrorKind::usage, fmt::format("{}: the intensity at {} is {}; expected gCO2e/kWh >= 0 and <= 1500", label,
                                                format_utc(in.from), in.g_per_kwh));
    }
    if (in.to <= in.from) {
      throw Error(ErrorKind::usage, fmt::format("{}: the interval at {} ends at or before its start", label, format_utc(in.from)));
    }
    if (i == 0) continue;
    const IntensityInterval& before = series.intervals[i - 1];
    if (in.from < before.from) {
      throw Error(ErrorKind::usage, fmt::format("{}: {} comes after {}: the times are not in order; expected them sorted", label,
                                                format_utc(in.from), format_utc(before.from)));
    }
    if (in.from < before.to) {
      throw Error(ErrorKind::usage, fmt::format("{}: the interval at {} overlaps the one at {} (which ends at {})", label,
                                                format_utc(in.from), format_utc(before.from), format_utc(before.to)));
    }
    if (in.from > before.to) {
      throw Error(ErrorKind::usage, fmt::format("{}: no intensity from {} to {} (a gap in the series); expected one interval after "
                                                "another",
                                                label, format_utc(before.to), format_utc(in.from)));
    }
  }
}

SeriesEmissions series_emissions(const IntensitySeries& series, std::int64_t start, double hours, double energy_kwh) {
  const double from = static_cast<double>(start), to = from + hours * 3600;
  check_covers(series, from, to);
  SeriesEmissions out;
  out.mean_g_per_kwh = integral(series, from, to, &out.intervals) / (to - from);
  out.co2e_kg = energy_kwh * out.mean_g_per_kwh / 1000;
  return out;
}

SeriesEmissions series_emissions(const IntensitySeries& series, std::int64_t start, std::int64_t step_s, const std::vector<double>& parts) {
  const double from = static_cast<double>(start), step = static_cast<double>(step_s);
  check_covers(series, from, from + step * static_cast<double>(parts.size()));
  SeriesEmissions out;
  double energy = 0, grams = 0, time_weighted = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const double a = from + step * static_cast<double>(i);
    const double g = integral(series, a, a + step, &out.intervals);
    grams += parts[i] * g / step;
    time_weighted += g;
    energy += parts[i];
  }
  out.co2e_kg = grams / 1000;
  // The energy-weighted mean; for a profile of no energy, the time-weighted one.
  out.mean_g_per_kwh = energy > 0 ? grams / energy : time_weighted / (step * static_cast<double>(parts.size()));
  return out;
}

SeriesEmissions series_emissions(const IntensitySeries& series, std::int64_t start, std::int64_t step_s,
                                 const std::vector<double>& shape, double energy_kwh) {
  // The energy-weighted mean does not depend on the shape's unit: the energy at that mean.
  SeriesEmissions out = series_emissions(series, start, step_s, shape);
  out.co2e_kg = out.mean_g_per_kwh * energy_kwh / 1000;
  return out;
}

std::vector<StartOption> rank_starts(const IntensitySeries& series, double hours, std::int64_t earliest, std::int64_t latest) {
  const std::vector<IntensityInterval>& in = series.intervals;
  const double d = hours * 3600;
  if (in.empty()) throw Error(ErrorKind::usage, "the intensity series is empty");
  // F(t): the integral of intensity from the series' start to t, by prefix sums over the intervals.
  std::vector<double> prefix(in.size() + 1, 0.0);
  for (std::size_t i = 0; i < in.size(); ++i) prefix[i + 1] = prefix[i] + in[i].g_per_kwh * static_cast<double>(in[i].to - in[i].from);
  std::size_t k = 0;  // the interval holding the job's end; moves forward only
  const auto integral_to = [&](double t) {
    while (k + 1 < in.size() && static_cast<double>(in[k].to) <= t) ++k;
    const double into = std::min(t, static_cast<double>(in[k].to)) - static_cast<double>(in[k].from);
    return prefix[k] + in[k].g_per_kwh * into;
  };
  std::vector<StartOption> out;
  const double last_start = std::min(static_cast<double>(latest), static_cast<double>(series.end()) - d);
  const auto consider = [&](std::int64_t s, std::size_t at) {
    const double from = static_cast<double>(s);
    if (from < static_cast<double>(series.begin()) || from > last_start) return;
    const double start_integral = prefix[at] + in[at].g_per_kwh * (from - static_cast<double>(in[at].from));
    out.push_back({s, (integral_to(from + d) - start_integral) / d});
  };
  // `earliest` itself, then every interval boundary after it.
  std::size_t i = interval_at(series, static_cast<double>(earliest));
  if (i < in.size() && static_cast<double>(in[i].from) <= static_cast<double>(earliest)) consider(earliest, i);
  for (; i < in.size(); ++i) {
    if (in[i].from > earliest) consider(in[i].from, i);
    if (static_cast<double>(in[i].from) > last_start) break;
  }
  if (out.empty()) {
    throw Error(ErrorKind::usage, fmt::format("no start between {} and {} lets a {} h job end within the intensity series ({} to {})",
                                              format_utc(earliest), format_utc(latest), hours, format_utc(series.begin()),
                                              format_utc(series.end())));
  }
  std::stable_sort(out.begin(), out.end(), [](const StartOption& a, const StartOption& b) { return a.mean_g_per_kwh < b.mean_g_per_kwh; });
  return out;
}

StartPlan plan_start(const IntensitySeries& series, double hours, double energy_kwh, std::int64_t earliest, std::int64_t latest,
                     std::size_t top) {
  if (latest < earliest) {
    throw Error(ErrorKind::usage, fmt::format("the window of starts ends ({}) before it begins ({})", format_utc(latest), format_utc(earliest)));
  }
  const std::vector<StartOption> ranked = rank_starts(series, hours, earliest, latest);
  const auto priced = [&](const StartOption& o) { return StartChoice{o.start, o.mean_g_per_kwh, energy_kwh * o.mean_g_per_kwh / 1000}; };
  StartPlan p;
  p.hours = hours;
  p.energy_kwh = energy_kwh;
  p.earliest = earliest;
  p.latest = latest;
  p.candidates = ranked.size();
  const auto first = std::find_if(ranked.begin(), ranked.end(), [&](const StartOption& o) { return o.start == earliest; });
  if (first == ranked.end()) {
    check_covers(series, static_cast<double>(earliest), static_cast<double>(earliest) + hours * 3600);
    throw Error(ErrorKind::internal, "the first start was not ranked");
  }
  p.first = priced(*first);
  p.best = priced(ranked.front());
  p.worst = priced(ranked.back());
  for (std::size_t i = 0; i < ranked.size() && i < top; ++i) p.top.push_back(priced(ranked[i]));
  return p;
}

}  // namespace mlcarbon
