// The range of an estimate: each uncertain factor between a low and a high value, and the
// emissions at the ends. Method: interval bounds. Every factor is moved to its low end at once,
// then to its high end (the emissions grow with each factor, so these are the extremes); no
// randomness, so the same inputs always give the same range. Values the user gives are exact.
#pragma once

#include <string_view>

#include "core/result.h"

namespace mlcarbon {

std::string_view to_string(RangeFactor factor);  // "power", "pue", "intensity", "mfu"

// The range of `e`: interval bounds over the factors that have one.
Uncertainty uncertainty(const Estimate& e);

}  // namespace mlcarbon
