// Many jobs: each one's result or error, and the sums of energy and emissions over them, by region
// and by device.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <unordered_map>

#include "core/estimate.h"
#include "util/error.h"

namespace mlcarbon {

// A job's result.
struct JobResult {
  std::size_t line = 0;
  std::string_view name;     // valid while the row it came from is
  const Estimate& estimate;  // valid until the runner's next row
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

  void add(const Estimate& e);
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

  void add(const Estimate& e);
  // Labelled and sorted by label: "aws:us-east-1", "country:FR", "-" (a private site).
  std::map<std::string, Totals> regions() const;
  // Sorted by device id; "-" for jobs given by their power only.
  std::map<std::string, Totals> hardware() const;
};

}  // namespace mlcarbon
