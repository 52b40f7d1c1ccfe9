// The assumptions of an estimate in sentences, the defaults it applied, the provider's statements
// and where each factor's range comes from.
#include <fmt/format.h>

#include "core/assumptions.h"
#include "render/explain.h"
#include "util/numbers.h"
#include "util/text.h"

namespace mlcarbon {
namespace {

void device_notes(const Estimate& e, std::vector<std::string>& out) {
  const Hardware* hw = e.hardware;
  if (e.accelerator_free()) {
    out.push_back("No accelerators: the job's power is its host's (CPUs, memory, overhead). Embodied emissions are not estimated: "
                  "mlcarbon's embodied model (BLOOM method) covers accelerators and their share of a server.");
  } else if (e.power_kind == PowerKind::tdp && e.origin(Term::utilization) == Origin::builtin) {
    out.push_back(
        "Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). "
        "Give --power W (measured) or --utilization F when you know better.");
  }
  if (hw != nullptr && e.origin(Term::power_w) == Origin::given) {
    out.push_back(fmt::format("{} replaces the {} W figure of {}.", option_name(e.power_field), human(hw->power_w), hw->name));
  }
  if (e.energy_measured()) {
    out.push_back("The IT energy was measured while the command ran (mlcarbon run; what and how below); the PUE is applied on top of it.");
  } else if (e.energy_given()) {
    out.push_back("The IT energy is the figure given (--energy-kwh), not power x time; the PUE is applied on top of it (give --pue 1 "
                  "for a figure metered at the facility).");
    if (hw != nullptr && !e.has(Term::hours)) out.push_back("Embodied emissions need the hours the devices ran: give --hours.");
  } else if (hw == nullptr && !e.accelerator_free()) {
    out.push_back(fmt::format("No --hardware given: the device is described only by {}.", option_name(e.power_field)));
  }
  if (e.has_cpu() && e.origin(Term::cpu_utilization) == Origin::builtin) {
    out.push_back(fmt::format("The host CPUs are counted at their full TDP ({} W each): an upper bound; give --cpu-utilization.",
                              human(e[Term::cpu_power_w])));
  }
  if (e.instance != nullptr && e.instance->cpu == nullptr && e.cpu == nullptr) {
    out.push_back(fmt::format("The host CPU of {}:{}{} has no sourced TDP in the data: it is not counted; give --cpu NAME.",
                              e.instance->provider, e.instance->id,
                              e.instance->cpu_name.empty() ? std::string() : fmt::format(" ({})", e.instance->cpu_name)));
  }
  if (e.from_compute()) {
    out.push_back(fmt::format("The hours follow from the compute at {} MFU of the dense {} peak: a run also spends time on "
                              "evaluation, checkpoints, restarts and idle devices, which this does not count.",
                              human(e[Term::mfu]), to_string(e.precision)));
  }
}

void accounting_notes(const Estimate& e, std::vector<std::string>& out) {
  if (e.has(Term::market_co2e_kg)) {
    out.push_back(fmt::format("The market-based figure removes {}'s published carbon-free share of the region ({}%) from the "
                              "location-based one: the provider's accounting, shown beside the gross and not replacing it.",
                              e.location.region->provider->name, human(e[Term::cfe] * 100)));
  }
  if (e[Term::embodied_kg] > 0) {
    out.push_back(fmt::format("Embodied emissions: {} kg per device with its share of a server, spread over {} hours of use "
                              "(BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.",
                              human(e[Term::embodied_kg_per_device]), human(e[Term::lifetime_hours])));
  }
}

void site_notes(const Estimate& e, std::vector<std::string>& out) {
  const Region* region = e.location.region;
  if (e.location.grid == nullptr) out.emplace_back("No --region given: a private site, with the intensity given by --intensity.");
  if (e.origin(Term::pue) == Origin::industry) {
    const std::string why = region != nullptr ? cat({"because ", region->provider->name, " publishes no PUE"})
                                              : std::string("for a site without a published PUE");
    out.push_back(cat({"PUE ", human(e[Term::pue]), " is the industry average (", Decimal(e.pue_figure->year), "), assumed ", why,
                       "; give --pue for your site."}));
  } else if (e.origin(Term::pue) == Origin::provider) {
    out.push_back(cat({"PUE ", human(e[Term::pue]), " is the ", e.pue_figure->scope, " of ", region->provider->name, " for ",
                       Decimal(e.pue_figure->year), "; individual sites differ."}));
  }
  if (e.intensity_figure) {
    out.push_back(cat({"The grid intensity describes ", Decimal(e.intensity_figure->year), ": an annual average, not the hours of this run."}));
  }
  if (e.national_average()) {
    out.push_back(cat({region->provider->name, " publishes no per-region intensity: ", region_key(*region), " uses the national average (",
                       e.location.grid->name, ", ", e.location.grid->id, ")."}));
  }
  if (e.converted()) {
    out.push_back(cat({"The ", e.intensity_origin() == Origin::region ? "region's" : "grid's", " figure is published on a ",
                       to_string(e.intensity_figure->basis), " basis; it is given here on a ", to_string(e.basis), " basis with the ",
                       Decimal(e.mix->year), " generation mix of ", e.location.grid->id, " (",
                       e.basis == Basis::lifecycle ? "--basis direct" : "--basis lifecycle", " for the figure as published)."}));
  }
  if (e.replaced_intensity) {
    out.push_back(fmt::format("--intensity replaces the {} g/kWh ({}, {} basis) of {}.", human(e.replaced_intensity->g_per_kwh),
                              e.replaced_intensity->year, to_string(e.replaced_intensity->basis), location_label(e.location)));
  }
  if (e[Term::offset_surplus_kg] > 0) {
    out.push_back(fmt::format("Offsets exceed the gross emissions by {} kg; the surplus is not counted.",
                              human(e[Term::offset_surplus_kg])));
  }
}

}  // namespace

std::vector<std::string> notes(const Estimate& e) {
  std::vector<std::string> out;
  device_notes(e, out);
  accounting_notes(e, out);
  site_notes(e, out);
  return out;
}

std::vector<std::string_view> defaulted(const Estimate& e) {
  std::vector<std::string_view> out;
  if (e.origin(Term::count) == Origin::builtin) out.emplace_back("count");
  if (e.origin(Term::utilization) == Origin::builtin) out.emplace_back("utilization");
  if (e.origin(Term::pue) != Origin::given && e.origin(Term::pue) != Origin::setting) out.emplace_back("pue");
  if (e.origin(Term::intensity_g_per_kwh) != Origin::given) out.emplace_back("intensity");
  if (e.origin(Term::cpu_utilization) == Origin::builtin) out.emplace_back("cpu_utilization");
  if (e.origin(Term::mfu) == Origin::builtin) out.emplace_back("mfu");
  if (e.from_compute() && e.precision_defaulted) out.emplace_back("precision");
  return out;
}

std::string statement_text(const Statement& s) {
  if (s.claim != nullptr) return std::string(s.claim->text);
  return fmt::format("{} reports {}% carbon-free energy for {} (hourly matching, its own purchases included).",
                     s.region->provider->name, human(s.cfe->fraction * 100), region_key(*s.region));
}

std::string_view range_factor_words(RangeFactor factor) {
  switch (factor) {
    case RangeFactor::power: return "power per device";
    case RangeFactor::pue: return "PUE";
    case RangeFactor::intensity: return "grid intensity";
    case RangeFactor::mfu: return "MFU";
  }
  return "?";
}

std::string range_basis(const FactorRange& r, const Estimate& e) {
  switch (r.factor) {
    case RangeFactor::power:
      return cat({"average draw ", shortest(assumptions::kTdpShareLow), " to ", shortest(assumptions::kTdpShareHigh), " times the ",
                  power_kind_words(e.power_kind), ": ", describe(*r.source)});
    case RangeFactor::pue: return cat({"range across sites: ", describe(*r.source)});
    case RangeFactor::intensity:
      return fmt::format("annual figures {} to {}: {}", e.intensity_figure->from_year, e.intensity_figure->to_year,
                         describe(*r.source));
    case RangeFactor::mfu:
      return fmt::format("published MFU {} to {}: {}", assumptions::kMfuLow, assumptions::kMfuHigh, describe(*r.source));
  }
  return {};
}

}  // namespace mlcarbon
