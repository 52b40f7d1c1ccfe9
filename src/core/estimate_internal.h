// The parts of an Estimate that explain it (explain.cpp), for estimate.cpp.
#pragma once

#include <vector>

#include "core/estimate.h"

namespace mlcarbon {

std::vector<Factor> breakdown(const ResolvedInputs& in, const ModelResult& r);
// Fills e.defaulted, e.notes and e.claims.
void add_notes(const ResolvedInputs& in, const ModelResult& r, Estimate& e);

}  // namespace mlcarbon
