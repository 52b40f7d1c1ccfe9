// Grid intensity over time: a series of intervals, each with its average intensity, and what a
// run of some hours emits against it. A run's energy is spread evenly over its hours (or given
// as a profile), each part multiplied by the intensity of the interval it falls in. `best_starts`
// slides a job of fixed length over a window of starts in time linear in the series' length.
// Times are seconds since 1970-01-01 UTC. No I/O: input/series_reader.h reads the files.
#pragma once

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mlcarbon {

struct IntensityInterval {
  std::int64_t from = 0, to = 0;  // [from, to), seconds UTC
  double g_per_kwh = 0;
};

// Sorted, contiguous intervals (each `to` is the next `from`), checked by check_series().
struct IntensitySeries {
  std::vector<IntensityInterval> intervals;
  std::string format;       // how it was read: "csv", "uk-carbon-intensity-api", "electricity-maps-csv"
  std::string description;  // what the file says the figures are ("actual", "forecast", a zone), for notes

  std::int64_t begin() const { return intervals.empty() ? 0 : intervals.front().from; }
  std::int64_t end() const { return intervals.empty() ? 0 : intervals.back().to; }
  bool covers(std::int64_t from, std::int64_t to) const { return from >= begin() && to <= end(); }
};

// Error(usage) naming the first interval out of order, overlapping another, leaving a gap, empty,
// or with an intensity outside 0-1500 g/kWh (`label` prefixes the message: the file).
void check_series(const IntensitySeries& series, std::string_view label);

// What a run emits against the series.
struct SeriesEmissions {
  double mean_g_per_kwh = 0;  // energy-weighted mean intensity over the run
  double co2e_kg = 0;         // energy x that mean
  std::size_t intervals = 0;  // the series' intervals the run touches
};

// A run from `start` for `hours`, its `energy_kwh` spread evenly over them. Error(usage) when the
// series does not cover the whole run (saying which part is missing).
SeriesEmissions series_emissions(const IntensitySeries& series, std::int64_t start, double hours, double energy_kwh);

// The same with the energy given as a profile: `parts[i]` kWh used in [start + i x step, + step).
SeriesEmissions series_emissions(const IntensitySeries& series, std::int64_t start, std::int64_t step_s,
                                 const std::vector<double>& parts);

// The same with `energy_kwh` drawn as `shape` says: shape[i] is proportional to the energy used in
// [start + i x step, + step) (a measured profile, in any unit; all zero: evenly).
SeriesEmissions series_emissions(const IntensitySeries& series, std::int64_t start, std::int64_t step_s,
                                 const std::vector<double>& shape, double energy_kwh);

// One start of a job and its mean intensity.
struct StartOption {
  std::int64_t start = 0;
  double mean_g_per_kwh = 0;
};

// Every start in [earliest, latest] on the series' interval boundaries (and `earliest` itself),
// for a job of `hours` that must end within the series, ranked by mean intensity (least first;
// ties by earlier start). Linear in the number of intervals in reach. Error(usage) when no start
// fits (the window or the series too short for the job).
std::vector<StartOption> rank_starts(const IntensitySeries& series, double hours, std::int64_t earliest, std::int64_t latest);

// `mlcarbon when`: a job's starts within a window, with its emissions at each.
struct StartChoice {
  std::int64_t start = 0;
  double mean_g_per_kwh = 0;
  double co2e_kg = 0;
};
struct StartPlan {
  double hours = 0, energy_kwh = 0;
  std::int64_t earliest = 0, latest = 0;  // the window of starts asked for
  std::size_t candidates = 0;             // starts considered
  StartChoice best, first, worst;          // first: starting at `earliest`
  std::vector<StartChoice> top;            // the best few, best first

  double saving_vs_first_kg() const { return first.co2e_kg - best.co2e_kg; }
  double saving_vs_worst_kg() const { return worst.co2e_kg - best.co2e_kg; }
};

// rank_starts, priced at `energy_kwh`, keeping the `top` best. Error(usage) when the series does
// not cover a start at `earliest` (the comparison point) or no start fits.
StartPlan plan_start(const IntensitySeries& series, double hours, double energy_kwh, std::int64_t earliest, std::int64_t latest,
                     std::size_t top);

// `hours` after `t`, to the nearest second.
inline std::int64_t after_hours(std::int64_t t, double hours) { return t + static_cast<std::int64_t>(std::llround(hours * 3600)); }

// "2024-03-01T12:00Z" (UTC, minutes), for messages and output.
std::string format_utc(std::int64_t t);

}  // namespace mlcarbon
