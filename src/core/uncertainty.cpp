#include "core/uncertainty.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/assumptions.h"
#include "core/estimate.h"

namespace mlcarbon {
namespace {

// Sets one factor of `m` to a value: a multiplier of the devices' power, the PUE, the intensity,
// or the MFU (which divides the hours); relative to the central inputs `in`.
void apply(ModelInputs& m, const ResolvedInputs& in, std::string_view factor, double value) {
  if (factor == "power") m.power_w = in.model.power_w * value;
  if (factor == "pue") m.pue = value;
  if (factor == "intensity") m.intensity_g_per_kwh = value;
  if (factor == "mfu") m.hours = in.model.hours * in.compute->mfu / value;
}

}  // namespace

Uncertainty uncertainty(const ResolvedInputs& in) {
  Uncertainty u;
  // The factors that have a range, with its ends and where it comes from.
  std::vector<FactorRange> ranges;
  if (in.power_origin == PowerOrigin::hardware && in.utilization_defaulted && in.hardware->power_kind != PowerKind::measured_average) {
    ranges.push_back({"power", assumptions::kTdpShareLow, 1, assumptions::kTdpShareHigh, 0, 0,
                      fmt::format("average draw {} to {} times the {}: {}", assumptions::kTdpShareLow, assumptions::kTdpShareHigh,
                                  in.hardware->power_kind == PowerKind::tdp ? "TDP" : "estimate",
                                  describe(assumptions::kPatterson))});
  }
  if (in.pue_figure && in.pue_figure->low > 0) {
    ranges.push_back({"pue", in.pue_figure->low, in.model.pue, in.pue_figure->high, 0, 0,
                      fmt::format("range across sites: {}", describe(*in.pue_figure->range_source))});
  }
  if (in.intensity_figure && in.intensity_figure->low > 0) {
    const Intensity& i = *in.intensity_figure;
    ranges.push_back({"intensity", i.low, in.model.intensity_g_per_kwh, i.high, 0, 0,
                      fmt::format("annual figures {} to {}: {}", i.from_year, i.to_year, describe(*i.source))});
  }
  if (in.compute && in.compute->mfu_defaulted) {
    // A higher MFU means fewer hours: its high end gives the low emissions.
    ranges.push_back({"mfu", assumptions::kMfuHigh, in.compute->mfu, assumptions::kMfuLow, 0, 0,
                      fmt::format("published MFU {} to {}: {}", assumptions::kMfuLow, assumptions::kMfuHigh,
                                  describe(assumptions::kMfuSources))});
  }
  ModelInputs low = in.model, high = in.model;
  for (FactorRange& f : ranges) {
    ModelInputs one_low = in.model, one_high = in.model;
    apply(one_low, in, f.name, f.low);
    apply(one_high, in, f.name, f.high);
    f.co2e_low = compute(one_low).co2e_kg;
    f.co2e_high = compute(one_high).co2e_kg;
    apply(low, in, f.name, f.low);
    apply(high, in, f.name, f.high);
  }
  const ModelResult rl = compute(low), rh = compute(high);
  u.energy_low = rl.energy_kwh;
  u.energy_high = rh.energy_kwh;
  u.co2e_low = rl.co2e_kg;
  u.co2e_high = rh.co2e_kg;
  // Widest effect first: the factor that moves the emissions most is the one to pin down.
  std::stable_sort(ranges.begin(), ranges.end(), [](const FactorRange& a, const FactorRange& b) {
    return a.co2e_high - a.co2e_low > b.co2e_high - b.co2e_low;
  });
  u.factors = std::move(ranges);
  return u;
}

}  // namespace mlcarbon
