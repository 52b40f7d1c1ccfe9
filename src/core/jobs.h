// Many jobs: each one's result or error, and the sums of energy and emissions over them, by region
// and by device.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/estimate.h"
#include "core/series.h"
#include "util/error.h"
#include "util/text.h"

namespace mlcarbon {

// A job's result.
struct JobResult {
  std::size_t line = 0;
  std::string_view name;     // valid while the row it came from is
  const Estimate& estimate;  // valid until the runner's next row
  // --intensity-series: the job against the series from its start, or why not.
  const SeriesEmissions* series = nullptr;
  std::string_view series_note;  // "no start time", "outside the series"
};

// A job that could not be read or estimated.
struct JobError {
  std::size_t line = 0;
  ErrorKind kind = ErrorKind::usage;
  std::string message;  // without the file and line prefix
};

struct Totals {
  std::size_t jobs = 0;
  double device_hours = 0;
  double it_energy_kwh = 0;
  double energy_kwh = 0;
  double co2e_kg = 0;
  double offset_kg = 0;
  double net_co2e_kg = 0;
  double embodied_kg = 0;

  // Jobs priced against an intensity series (--intensity-series with --jobs): their emissions
  // hour by hour, and the same jobs' emissions at the annual figure, for the difference.
  std::size_t series_jobs = 0;
  double series_co2e_kg = 0;
  double series_annual_co2e_kg = 0;

  void add(const Estimate& e);
  void add_series(const Estimate& e, double series_co2e_kg);
};

// Rows of an accounting file that are not jobs to count: job steps (their job is counted),
// jobs still running (no end yet) and jobs that never started (pending, cancelled before a start).
struct SkippedRows {
  std::size_t steps = 0, running = 0, not_started = 0;
  std::size_t total() const { return steps + running + not_started; }
};

// Totals per value of one attribute of the jobs (user, account, partition, month: --group-by).
struct Grouping {
  std::string key;  // "user"
  std::unordered_map<std::string, Totals, StringHash, std::equal_to<>> totals;

  Totals& of(std::string_view value);
  // Sorted by value; "-" for jobs without one.
  std::map<std::string, Totals> sorted() const { return {totals.begin(), totals.end()}; }
};

// Totals per region and per device, keyed by the catalog entries so that adding a job
// allocates nothing (a null grid: a private site given by its intensity; a null device: a job
// given by its power only).
struct JobTotals {
  Totals all;
  std::size_t failed = 0;
  std::unordered_map<const Region*, Totals> by_region;
  std::unordered_map<const Grid*, Totals> by_grid;  // jobs placed by country or grid, not region
  std::unordered_map<const Hardware*, Totals> by_hardware;
  std::vector<Grouping> groups;  // in the order asked for
  SkippedRows skipped;
  // Whether add() keeps the totals by region and by hardware (false when only `all` is printed,
  // as with --value: three look-ups a row saved).
  bool by_key = true;

  void add(const Estimate& e);
  // Labelled and sorted by label: "aws:us-east-1", "country:FR", "-" (a private site).
  std::map<std::string, Totals> regions() const;
  // Sorted by device id; "-" for jobs given by their power only.
  std::map<std::string, Totals> hardware() const;
};

}  // namespace mlcarbon
