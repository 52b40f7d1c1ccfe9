#include "core/uncertainty.h"

#include <algorithm>
#include <span>

#include "core/assumptions.h"

namespace mlcarbon {
namespace {

// `e` with one factor at `value`: a multiple of the devices' power, the PUE, the intensity, or the
// MFU (which sets the hours through the compute).
void apply(Estimate& e, const Estimate& central, RangeFactor factor, double value) {
  const auto term = [&](Term t) -> double& { return e.values[static_cast<std::size_t>(t)]; };
  switch (factor) {
    case RangeFactor::power: term(Term::power_w) = central[Term::power_w] * value; break;
    case RangeFactor::pue: term(Term::pue) = value; break;
    case RangeFactor::intensity:
      // A converted figure moves through its published value (the conversion stays as it is).
      if (central.converted()) {
        term(Term::published_intensity_g_per_kwh) = value - central[Term::basis_conversion_g_per_kwh];
      } else {
        term(Term::intensity_g_per_kwh) = value;
      }
      break;
    case RangeFactor::mfu: term(Term::mfu) = value; break;
  }
}

// The factors that have a range, with its ends and where it comes from.
std::vector<FactorRange> ranges_of(const Estimate& e) {
  std::vector<FactorRange> ranges;
  if (e.power_kind != PowerKind::measured_average && e.origin(Term::utilization) == Origin::builtin) {
    ranges.push_back({RangeFactor::power, assumptions::kTdpShareLow, 1, assumptions::kTdpShareHigh, 0, 0, &assumptions::kPatterson});
  }
  if (e.pue_figure && e.pue_figure->low > 0) {
    ranges.push_back({RangeFactor::pue, e.pue_figure->low, e[Term::pue], e.pue_figure->high, 0, 0, e.pue_figure->range_source});
  }
  if (e.intensity_figure && e.intensity_figure->low > 0) {
    // The published figures' range, on the estimate's basis (shifted by the same conversion).
    const Intensity& i = *e.intensity_figure;
    const double shift = e.converted() ? e[Term::basis_conversion_g_per_kwh] : 0;
    ranges.push_back({RangeFactor::intensity, std::max(0.0, i.low + shift), e[Term::intensity_g_per_kwh], i.high + shift, 0, 0, i.source});
  }
  if (e.from_compute() && e.origin(Term::mfu) == Origin::builtin) {
    // A higher MFU means fewer hours: its high end gives the low emissions.
    ranges.push_back({RangeFactor::mfu, assumptions::kMfuHigh, e[Term::mfu], assumptions::kMfuLow, 0, 0, &assumptions::kMfuSources});
  }
  return ranges;
}


// The estimate with `factors` set to their low ends (or their high ends), recomputed.
Estimate at_ends(const Estimate& e, std::span<const FactorRange> factors, bool high) {
  Estimate out = e;
  for (const FactorRange& f : factors) apply(out, e, f.factor, high ? f.high : f.low);
  recompute(out);
  return out;
}

}  // namespace

std::string_view to_string(RangeFactor factor) {
  switch (factor) {
    case RangeFactor::power: return "power";
    case RangeFactor::pue: return "pue";
    case RangeFactor::intensity: return "intensity";
    case RangeFactor::mfu: return "mfu";
  }
  return "?";
}

Uncertainty uncertainty(const Estimate& e) {
  Uncertainty u;
  std::vector<FactorRange> ranges = ranges_of(e);
  for (FactorRange& f : ranges) {
    f.co2e_low = at_ends(e, {&f, 1}, false)[Term::co2e_kg];
    f.co2e_high = at_ends(e, {&f, 1}, true)[Term::co2e_kg];
  }
  const Estimate low = at_ends(e, ranges, false), high = at_ends(e, ranges, true);
  u.energy_low = low[Term::energy_kwh];
  u.energy_high = high[Term::energy_kwh];
  u.co2e_low = low[Term::co2e_kg];
  u.co2e_high = high[Term::co2e_kg];
  // Widest effect first: the factor that moves the emissions most is the one to pin down.
  std::stable_sort(ranges.begin(), ranges.end(), [](const FactorRange& a, const FactorRange& b) {
    return a.co2e_high - a.co2e_low > b.co2e_high - b.co2e_low;
  });
  u.factors = std::move(ranges);
  return u;
}

}  // namespace mlcarbon
