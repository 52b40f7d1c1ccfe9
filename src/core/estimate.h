// One estimate, computed once: the request resolved against the catalog (names looked up,
// defaults applied) and the model's formulas evaluated. Every term carries its value, where it
// came from and its source; derived terms name their formula. No words: the renderers explain.
// `estimate`, every row of a jobs file and every `compare` alternative go through estimate().
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/formulas.h"
#include "core/request.h"
#include "core/terms.h"
#include "core/uncertainty.h"
#include "data/catalog.h"

namespace mlcarbon {

// Where a term's value comes from.
enum class Origin : std::uint8_t {
  none,      // not part of this estimate
  given,     // the user's input
  builtin,   // a default of mlcarbon's (assumptions.h), with its source where the literature gives one
  implied,   // fixed by another input (utilization 1 with a measured average power)
  hardware,  // a device's entry in the data (the accelerator's or the host CPU's), with its datasheet
  instance,  // the instance type's entry
  site,      // PUE: the region's own figure
  provider,  // PUE: the provider's fleet figure
  industry,  // PUE: the industry average, for a site that publishes none
  region,    // intensity or carbon-free share: the provider's figure for the region
  grid,      // intensity: the average of the grid (country or sub-national) the site draws from
  derived,   // a formula of other terms (formulas.h)
};

// The catalog entries a request names (null or empty when it names none).
struct Found {
  const Hardware* hardware = nullptr;
  Location location;
  const Instance* instance = nullptr;
  const Hardware* cpu = nullptr;
};

struct Estimate {
  // The catalog entries used.
  const Hardware* hardware = nullptr;  // the accelerator; null when only a power figure describes it
  const Instance* instance = nullptr;
  std::uint64_t nodes = 0;  // instances of that type
  const Hardware* cpu = nullptr;
  Location location;  // both null for a private site (an intensity given, no place)
  std::optional<PueFigure> pue_figure;          // the published PUE used; none when given
  std::optional<Intensity> intensity_figure;    // the published intensity used; none when given
  std::optional<Intensity> replaced_intensity;  // the location's figure that a given intensity replaced
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
  // The hours follow from the training compute.
  bool from_compute() const { return formula(Term::device_hours) == Formula::device_hours_from_compute; }
  // A cloud region whose intensity is its country's average (its provider publishes none).
  bool national_average() const {
    return origin(Term::intensity_g_per_kwh) == Origin::grid && location.region != nullptr &&
           location.grid->kind == GridKind::country;
  }
};

Found look_up(const Catalog& catalog, const Request& request);

// Resolves and computes. Error(usage) when the entries cannot serve the request (a CPU that is not
// a CPU; a device without a peak throughput for an estimate from compute), with its fields marked
// (request.h, field_ref); Error(internal) for a request parse_request() would have refused.
// `with_range`: also the range (core/uncertainty.h), which costs a few evaluations more.
Estimate estimate(const Catalog& catalog, const Request& request, const Found& found, bool with_range = true);
Estimate estimate(const Catalog& catalog, const Request& request, bool with_range = true);

// The estimate's terms evaluated again after one input changed (uncertainty, what-if).
void recompute(Estimate& e);

}  // namespace mlcarbon
