// The result of an estimate: every term with its value, where it came from (Origin), its source
// and the formula that derived it, the catalog entries used, and the range. No words and no option
// names: the renderers explain it. core/estimate.h makes one; everything downstream reads it.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/formulas.h"
#include "core/request.h"
#include "core/terms.h"
#include "data/catalog.h"

namespace mlcarbon {

// Where a term's value comes from.
enum class Origin : std::uint8_t {
  none,      // not part of this estimate
  given,     // the user's input
  setting,   // the user's default from the environment or a project file (PUE)
  builtin,   // a default of mlcarbon's (assumptions.h), with its source where the literature gives one
  implied,   // fixed by another input (utilization 1 with a measured average power)
  hardware,  // a device's entry in the data (the accelerator's or the host CPU's), with its datasheet
  instance,  // the instance type's entry
  site,      // PUE: the region's own figure
  provider,  // PUE: the provider's fleet figure
  industry,  // PUE: the industry average, for a site that publishes none
  region,    // intensity or carbon-free share: the provider's figure for the region
  grid,      // intensity: the average of the grid (country or sub-national) the site draws from
  conversion,  // intensity: what changes a figure's basis, from its grid's mix and per-fuel factors
  measured,  // measured while the job ran (mlcarbon run): its IT energy and its hours
  derived,   // a formula of other terms (formulas.h)
};

// The range of an estimate (core/uncertainty.h): each uncertain factor between a low and a high
// value, and the emissions at the ends.
enum class RangeFactor { power, pue, intensity, mfu };

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

struct Estimate {
  // The catalog entries used.
  const Hardware* hardware = nullptr;  // the accelerator; null when only a power figure describes it
  const Instance* instance = nullptr;
  std::uint64_t nodes = 0;  // instances of that type
  const Hardware* cpu = nullptr;
  Location location;  // both null for a private site (an intensity given, no place)
  std::optional<PueFigure> pue_figure;          // the published PUE used; none when given
  std::optional<Intensity> intensity_figure;    // the published intensity used, on its own basis; none when given
  std::optional<Intensity> replaced_intensity;  // the location's figure that a given intensity replaced (on `basis`
                                                // where it converts)
  Basis basis = Basis::lifecycle;               // of the intensity used; a given one is taken to be on it
  IntensityScope intensity_scope = IntensityScope::country;  // where the published figure applies
  const Mix* mix = nullptr;                     // the grid's mix, when it changed the figure's basis
  const FuelFactors* fuel_factors = nullptr;    // and the per-fuel factors it used
  const Cfe* cfe = nullptr;                     // the provider's carbon-free share applied, if any
  std::uint64_t count = 0;                      // devices, as a whole number
  PowerKind power_kind = PowerKind::tdp;        // what the power per device is
  Field power_field = Field::hardware;          // the input that gave it (a device, or a figure of the user's)
  Precision precision = Precision::bf16;        // the peak throughput used (from compute)
  bool precision_defaulted = false;
  Field hours_field = Field::hours;  // how the user said how long, and the text (hours given)
  std::string_view hours_text;

  TermValues values{};
  std::array<Origin, kTermCount> origins{};
  std::array<Formula, kTermCount> formulas{};  // Formula::none where not derived
  std::array<const Source*, kTermCount> sources{};
  Uncertainty range;  // the low and high ends (left empty for the rows of a jobs file, which show none)

  double operator[](Term t) const { return values[static_cast<std::size_t>(t)]; }
  Origin origin(Term t) const { return origins[static_cast<std::size_t>(t)]; }
  Formula formula(Term t) const { return formulas[static_cast<std::size_t>(t)]; }
  const Source* source(Term t) const { return sources[static_cast<std::size_t>(t)]; }
  bool has(Term t) const { return origin(t) != Origin::none; }
  // No accelerators: host CPUs, memory and overhead only (no power per device, and no energy given).
  bool accelerator_free() const { return !has(Term::power_w) && !energy_given(); }
  // A host CPU is counted: one from the data (`cpu`), or one of a given rated power.
  bool has_cpu() const { return has(Term::cpu_power_w); }
  // The IT energy is the user's figure (--energy-kwh), not power x time.
  bool energy_given() const { return origin(Term::it_energy_kwh) == Origin::given || energy_measured(); }
  // The IT energy was measured while the job ran (mlcarbon run).
  bool energy_measured() const { return origin(Term::it_energy_kwh) == Origin::measured; }
  // The hours follow from the training compute.
  bool from_compute() const { return formula(Term::device_hours) == Formula::device_hours_from_compute; }
  // The published figure was changed to the estimate's basis.
  bool converted() const { return formula(Term::intensity_g_per_kwh) == Formula::intensity_on_basis; }
  // Where the intensity comes from: given, the region's own figure, or its grid's.
  Origin intensity_origin() const {
    return origin(converted() ? Term::published_intensity_g_per_kwh : Term::intensity_g_per_kwh);
  }
  // A cloud region whose intensity is its country's average (its provider publishes none).
  bool national_average() const {
    return intensity_origin() == Origin::grid && location.region != nullptr && location.grid->kind == GridKind::country;
  }
};

// The estimate's terms evaluated again (after an input changed: the range, what-if).
inline void recompute(Estimate& e) { derive(e.values, e.formulas); }

}  // namespace mlcarbon
