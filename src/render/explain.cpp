// The breakdown: each term with its label, unit, and where it came from or how it is computed.
#include "render/explain.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/assumptions.h"
#include "util/numbers.h"
#include "util/text.h"

namespace mlcarbon {
namespace {

struct TermWords {
  Term term;
  std::string_view label;
};

constexpr TermWords kLabels[] = {
    {Term::count, "devices"},
    {Term::power_w, "power per device"},
    {Term::utilization, "utilization"},
    {Term::cpu_count, "host CPUs"},
    {Term::cpu_power_w, "power per CPU"},
    {Term::cpu_utilization, "CPU utilization"},
    {Term::memory_gb, "host memory"},
    {Term::memory_w_per_gb, "memory power"},
    {Term::overhead_w, "fixed overhead"},
    {Term::it_power_kw, "IT power"},
    {Term::flops, "training compute"},
    {Term::peak_tflops, "peak per device"},
    {Term::mfu, "model FLOPs utilization"},
    {Term::device_hours, "device-hours"},
    {Term::hours, "duration"},
    {Term::it_energy_kwh, "IT energy"},
    {Term::pue, "PUE"},
    {Term::energy_kwh, "facility energy"},
    {Term::published_intensity_g_per_kwh, "published intensity"},
    {Term::basis_conversion_g_per_kwh, "basis conversion"},
    {Term::intensity_g_per_kwh, "grid intensity"},
    {Term::co2e_kg, "emissions (location-based)"},
    {Term::offset_kg, "offsets bought"},
    {Term::net_co2e_kg, "net emissions"},
    {Term::market_co2e_kg, "emissions (market-based, provider CFE)"},
    {Term::embodied_kg, "embodied (manufacturing)"},
    {Term::total_with_embodied_kg, "total with embodied"},
};

std::string_view label_of(Term t) {
  for (const TermWords& w : kLabels) {
    if (w.term == t) return w.label;
  }
  return info(t).name;
}

std::string_view unit_words(const Estimate& e, Term t) {
  switch (info(t).unit) {
    case Unit::devices: return e.count == 1 ? "device" : "devices";
    case Unit::watts: return "W";
    case Unit::fraction: return "of power";
    case Unit::packages: return "packages";
    case Unit::cores: return "cores";
    case Unit::gigabytes: return "GB";
    case Unit::watts_per_gigabyte: return "W/GB";
    case Unit::kilowatts: return "kW";
    case Unit::flop: return "FLOP";
    case Unit::tflop_per_s: return "TFLOP/s";
    case Unit::flop_per_s: return "FLOP/s";
    case Unit::hours: return "h";
    case Unit::kilowatt_hours: return "kWh";
    case Unit::grams_per_kilowatt_hour: return "gCO2e/kWh";
    case Unit::kilograms: return "kg CO2e";
    case Unit::percent: return "%";
    case Unit::none: return "";
  }
  return "";
}

std::string instance_key(const Instance& i) { return fmt::format("{}:{}", i.provider, i.id); }

// "--hours 24", "--duration 3d12h": how the user said how long.
std::string hours_as_given(const Estimate& e) { return cat({option_name(e.hours_field), " ", e.hours_text}); }

std::string count_source(const Estimate& e) {
  switch (e.origin(Term::count)) {
    case Origin::instance:
      return fmt::format("{} x {} ({} per instance)", e.nodes, instance_key(*e.instance), e.instance->accelerator_count);
    case Origin::hardware:
      return fmt::format("slice {}-{}: {} {} a chip ({})", e.hardware->slice_prefix,
                         e.count * static_cast<std::uint64_t>(e.hardware->slice_units_per_chip),
                         e.hardware->slice_units_per_chip == 1 ? "chips," : "TensorCores,", e.hardware->slice_units_per_chip,
                         describe(*e.hardware->slice_source));
    case Origin::given: return "--count";
    default: return "default (--count not given)";
  }
}

std::string power_source(const Estimate& e) {
  if (e.origin(Term::power_w) == Origin::given) {
    return cat({option_name(e.power_field), " (", power_kind_words(e.power_kind), " per device)"});
  }
  return cat({power_kind_words(e.power_kind), " of ", e.hardware->name, ": ", describe(*e.hardware->source)});
}

std::string utilization_source(const Estimate& e) {
  switch (e.origin(Term::utilization)) {
    case Origin::implied: return "not applied: --power is already an average";
    case Origin::given: return "--utilization";
    default: return "default: the full TDP (--utilization not given)";
  }
}

std::string cpu_count_source(const Estimate& e) {
  switch (e.origin(Term::cpu_count)) {
    case Origin::instance: return fmt::format("{} of {}", e.instance->cpu_name, instance_key(*e.instance));
    case Origin::derived:
      return fmt::format("--cpu-cores {} / {} cores per package", human(e[Term::cpu_cores]), e.cpu->cores);
    case Origin::given: return "--cpu-count";
    default: return "--cpu-count (default 1)";
  }
}

std::string pue_source(const Estimate& e) {
  if (e.origin(Term::pue) == Origin::given) return "--pue";
  if (e.origin(Term::pue) == Origin::setting) return "--pue default (MLCARBON_PUE or a project file; see the settings)";
  const PueFigure& figure = *e.pue_figure;
  std::string whose;
  switch (e.origin(Term::pue)) {
    case Origin::site: whose = cat({region_key(*e.location.region), " site"}); break;
    case Origin::provider: whose = std::string(e.location.region->provider->name); break;
    default: whose = "default (site without a published PUE)"; break;
  }
  return cat({whose, " PUE", figure.scope.empty() ? "" : ", ", figure.scope, ", ", Decimal(figure.year), ": ", describe(*figure.source)});
}

std::string intensity_source(const Estimate& e) {
  if (e.intensity_origin() == Origin::given) return cat({"--intensity (taken as ", to_string(e.basis), " basis)"});
  const Intensity& figure = *e.intensity_figure;
  std::string whose;
  if (e.intensity_origin() == Origin::region) {
    whose = cat({region_key(*e.location.region), " (provider's own figure for the region)"});
  } else {
    const Grid& grid = *e.location.grid;
    whose = e.location.region != nullptr
                ? cat({region_key(*e.location.region), " grid ", grid.id, " (", grid.name, ", ", scope_words(e.intensity_scope), ")"})
                : grid.kind == GridKind::world ? std::string(grid.name)
                                               : cat({grid.name, " (", grid.id, ", ", scope_words(e.intensity_scope), ")"});
  }
  return cat({whose, ", ", Decimal(figure.year), " annual average (", to_string(figure.basis), " basis): ", describe(*figure.source)});
}

// How a published figure was changed to the estimate's basis.
std::string conversion_source(const Estimate& e) {
  const Grid& grid = *e.location.grid;
  return cat({to_string(e.intensity_figure->basis), " to ", to_string(e.basis), ": ", grid.id, "'s ", Decimal(e.mix->year),
              " generation mix x per-fuel factors (lifecycle - direct): ", describe(*e.mix->source), "; ", factor_sources(e)});
}

std::string offset_source(const Estimate& e) {
  if (e.origin(Term::offset_percent) == Origin::given) return fmt::format("--offset {}% of gross", human(e[Term::offset_percent]));
  if (e.origin(Term::offset_kg) == Origin::given) return "--offset-kg";
  return "none bought (--offset / --offset-kg not given)";
}

std::string compute_source(const Estimate& e, Term t) {
  switch (t) {
    case Term::flops:
      if (e.origin(t) == Origin::given) return "--flops";
      return fmt::format("{}: {}", formula_text(e, Formula::flops_from_params), describe(*e.source(t)));
    case Term::peak_tflops:
      return fmt::format("{} dense{}: {}", to_string(e.precision), e.precision_defaulted ? " (default precision)" : "",
                         describe(*e.source(t)));
    default: return e.origin(t) == Origin::given ? "--mfu" : fmt::format("default: {}", describe(*e.source(t)));
  }
}

// Where an input term's value came from, in words.
std::string source_words(const Estimate& e, Term t) {
  switch (t) {
    case Term::count: return count_source(e);
    case Term::power_w: return power_source(e);
    case Term::utilization: return utilization_source(e);
    case Term::cpu_count: return cpu_count_source(e);
    case Term::cpu_power_w:
      if (e.origin(t) == Origin::given) return "--cpu-tdp (rated power of a CPU not in the data)";
      return fmt::format("TDP of {}: {}", e.cpu->name, describe(*e.cpu->source));
    case Term::cpu_utilization:
      return e.origin(t) == Origin::given ? "--cpu-utilization" : "default: the full TDP (--cpu-utilization not given)";
    case Term::memory_gb: return e.origin(t) == Origin::instance ? instance_key(*e.instance) : "--memory-gb";
    case Term::memory_w_per_gb: return describe(*e.source(t));
    case Term::overhead_w: return "--overhead-w";
    case Term::flops:
    case Term::peak_tflops:
    case Term::mfu: return compute_source(e, t);
    case Term::hours:
      if (e.origin(Term::hours) == Origin::measured) return "measured: the run's wall-clock time";
      if (e.origin(Term::device_hours) == Origin::given) return fmt::format("{} / {} devices", hours_as_given(e), e.count);
      return hours_as_given(e);
    case Term::pue: return pue_source(e);
    case Term::it_energy_kwh: return e.energy_measured() ? "measured (mlcarbon run; below)" : "--energy-kwh (reported)";
    case Term::intensity_g_per_kwh:
    case Term::published_intensity_g_per_kwh: return intensity_source(e);
    case Term::basis_conversion_g_per_kwh: return conversion_source(e);
    case Term::offset_kg: return offset_source(e);
    default: return {};
  }
}

// The terms the breakdown shows, in order.
std::vector<Term> rows_of(const Estimate& e) {
  if (e.energy_given()) {
    // The energy replaces power x time; devices and hours, when given, count for embodied emissions.
    std::vector<Term> rows;
    if (e.has(Term::count)) rows.push_back(Term::count);
    if (e.has(Term::hours)) rows.push_back(Term::hours);
    rows.insert(rows.end(), {Term::it_energy_kwh, Term::pue, Term::energy_kwh});
    if (e.converted()) rows.insert(rows.end(), {Term::published_intensity_g_per_kwh, Term::basis_conversion_g_per_kwh});
    rows.insert(rows.end(), {Term::intensity_g_per_kwh, Term::co2e_kg, Term::offset_kg, Term::net_co2e_kg});
    if (e.has(Term::market_co2e_kg)) rows.push_back(Term::market_co2e_kg);
    if (e[Term::embodied_kg] > 0) rows.insert(rows.end(), {Term::embodied_kg, Term::total_with_embodied_kg});
    return rows;
  }
  std::vector<Term> rows;
  if (!e.accelerator_free()) rows.insert(rows.end(), {Term::count, Term::power_w, Term::utilization});
  if (e.has_cpu()) rows.insert(rows.end(), {Term::cpu_count, Term::cpu_power_w, Term::cpu_utilization});
  if (e[Term::memory_gb] > 0) rows.insert(rows.end(), {Term::memory_gb, Term::memory_w_per_gb});
  if (e[Term::overhead_w] > 0) rows.push_back(Term::overhead_w);
  rows.push_back(Term::it_power_kw);
  if (e.from_compute()) rows.insert(rows.end(), {Term::flops, Term::peak_tflops, Term::mfu, Term::device_hours});
  rows.insert(rows.end(), {Term::hours, Term::it_energy_kwh, Term::pue, Term::energy_kwh});
  if (e.converted()) rows.insert(rows.end(), {Term::published_intensity_g_per_kwh, Term::basis_conversion_g_per_kwh});
  rows.insert(rows.end(), {Term::intensity_g_per_kwh, Term::co2e_kg, Term::offset_kg, Term::net_co2e_kg});
  if (e.has(Term::market_co2e_kg)) rows.push_back(Term::market_co2e_kg);
  if (e[Term::embodied_kg] > 0) rows.insert(rows.end(), {Term::embodied_kg, Term::total_with_embodied_kg});
  return rows;
}

// Rows whose value is derived but whose line says where it came from, not a formula.
bool shown_as_source(const Estimate& e, Term t) {
  return t == Term::flops || t == Term::cpu_count || t == Term::offset_kg ||
         (t == Term::hours && e.origin(Term::device_hours) == Origin::given);
}

}  // namespace

std::vector<Factor> breakdown(const Estimate& e) {
  std::vector<Factor> out;
  for (const Term t : rows_of(e)) {
    Factor f{info(t).name, label_of(t), e[t], unit_words(e, t), {}, {}, t};
    if (e.origin(t) == Origin::derived && !shown_as_source(e, t)) {
      f.formula = formula_text(e, e.formula(t));
      if (const Source* s = e.source(t)) f.formula.append(": ").append(describe(*s));
      if (t == Term::net_co2e_kg && e[Term::offset_surplus_kg] > 0) f.formula += " (not below 0)";
      if (t == Term::intensity_g_per_kwh) f.formula.append(" (").append(to_string(e.basis)).append(" basis)");
    } else {
      f.source = source_words(e, t);
    }
    out.push_back(std::move(f));
  }
  return out;
}

std::string describe(const Source& source) {
  // "Title (Publisher, 2021)", or "Title (2021)" when the title names the publisher; appended
  // rather than formatted: every output names several sources.
  std::string out;
  out.reserve(source.title.size() + source.publisher.size() + 16);
  out.append(source.title).append(" (");
  if (!source.publisher.empty() && source.title.find(source.publisher) == std::string_view::npos) {
    out.append(source.publisher).append(", ");
  }
  out.append(Decimal(source.year));
  out += ')';
  return out;
}

std::string_view power_kind_words(PowerKind kind) {
  switch (kind) {
    case PowerKind::tdp: return "TDP";
    case PowerKind::measured_average: return "measured average";
    case PowerKind::estimate: return "estimate";
  }
  return "?";
}

std::string host_description(const Estimate& e, bool ids) {
  std::vector<std::string> parts;
  if (e.instance != nullptr) {
    parts.push_back(fmt::format("{} x {}", e.nodes, instance_key(*e.instance)));
  } else {
    if (e.cpu != nullptr && e.has(Term::cpu_cores)) {
      parts.push_back(fmt::format("{} cores of {}", human(e[Term::cpu_cores]), ids ? e.cpu->id : e.cpu->name));
    } else if (e.cpu != nullptr) {
      parts.push_back(fmt::format("{} x {}", human(e[Term::cpu_count]), ids ? e.cpu->id : e.cpu->name));
    }
    if (e.cpu == nullptr && e.has_cpu()) parts.push_back(fmt::format("{} x CPU at {} W", human(e[Term::cpu_count]), human(e[Term::cpu_power_w])));
    if (e[Term::memory_gb] > 0) parts.push_back(fmt::format("{} GB memory", human(e[Term::memory_gb])));
  }
  if (e[Term::overhead_w] > 0) parts.push_back(fmt::format("{} W overhead", human(e[Term::overhead_w])));
  return fmt::format("{}", fmt::join(parts, " + "));
}

std::string job_description(const Estimate& e, bool ids) {
  if (e.accelerator_free()) return fmt::format("{} for {} h (no accelerators)", host_description(e, ids), human(e[Term::hours]));
  const auto devices = [&] {
    if (e.hardware != nullptr) return fmt::format("{} x {}", e.count, ids ? e.hardware->id : e.hardware->name);
    return fmt::format("{} x device(s) at {} W", e.count, human(e[Term::power_w]));
  };
  if (!e.energy_given()) return fmt::format("{} for {} h", devices(), human(e[Term::hours]));
  std::string out = fmt::format("{} kWh {}", human(e[Term::it_energy_kwh]), e.energy_measured() ? "measured" : "reported");
  if (e.hardware != nullptr && e.has(Term::hours)) return out + fmt::format(" ({} for {} h)", devices(), human(e[Term::hours]));
  if (e.hardware != nullptr) return out + fmt::format(" ({})", devices());
  if (e.has(Term::hours)) return out + fmt::format(" (over {} h)", human(e[Term::hours]));
  return out;
}

std::string location_label(const Location& location) {
  if (location.region != nullptr) return region_key(*location.region);
  if (location.grid->kind == GridKind::world) return std::string(location.grid->name);
  return location.grid->kind == GridKind::country ? fmt::format("{} ({})", location.grid->name, location.grid->id)
                                                  : fmt::format("grid {}", location.grid->id);
}

std::string_view scope_words(IntensityScope scope) {
  switch (scope) {
    case IntensityScope::provider_region: return "the provider's figure for its region";
    case IntensityScope::subregion: return "grid subregion";
    case IntensityScope::state: return "state or province";
    case IntensityScope::country: return "national average";
    case IntensityScope::world: return "world average";
  }
  return "?";
}

std::string factor_sources(const Estimate& e) {
  std::vector<const Source*> seen;
  std::vector<std::string> out;
  for (std::size_t fuel = 0; fuel < kFuelCount; ++fuel) {
    const Source* s = (*e.fuel_factors)[fuel].source;
    if (e.mix->share[fuel] == 0 || s == nullptr || std::find(seen.begin(), seen.end(), s) != seen.end()) continue;
    seen.push_back(s);
    out.push_back(describe(*s));
  }
  return fmt::format("{}", fmt::join(out, "; "));
}

std::string_view power_origin_name(const Estimate& e) {
  if (e.accelerator_free()) return "none";
  if (e.energy_measured()) return "measured";
  if (e.energy_given()) return "energy";
  return e.origin(Term::power_w) == Origin::given ? "user" : "hardware";
}

std::string_view pue_origin_name(const Estimate& e) {
  switch (e.origin(Term::pue)) {
    case Origin::given: return "user";
    case Origin::setting: return "setting";
    case Origin::site: return "site";
    case Origin::provider: return "provider";
    default: return "default";
  }
}

std::string_view intensity_origin_name(const Estimate& e) {
  switch (e.intensity_origin()) {
    case Origin::given: return "user";
    case Origin::region: return "region";
    default: return "grid";
  }
}

}  // namespace mlcarbon
