// The range of an estimate: each uncertain factor between a low and a high value, and the
// emissions at the ends. Method: interval bounds. Every factor is moved to its low end at once,
// then to its high end (the emissions grow with each factor, so these are the extremes); no
// randomness, so the same inputs always give the same range. Values the user gives are exact.
#pragma once

#include <string_view>
#include <vector>

#include "data/catalog.h"

namespace mlcarbon {

enum class RangeFactor { power, pue, intensity, mfu };
std::string_view to_string(RangeFactor factor);  // "power", "pue", "intensity", "mfu"

struct FactorRange {
  RangeFactor factor = RangeFactor::power;
  double low = 0, central = 0, high = 0;  // the factor's own values (power: a multiple of the figure)
  double co2e_low = 0, co2e_high = 0;     // the gross CO2e with only this factor moved
  const Source* source = nullptr;         // where the range comes from
};

struct Uncertainty {
  double energy_low = 0, energy_high = 0;
  double co2e_low = 0, co2e_high = 0;
  std::vector<FactorRange> factors;  // only those with a range, widest effect first
};

struct Estimate;
Uncertainty uncertainty(const Estimate& e);

}  // namespace mlcarbon
