// Paper appendix output of one estimate: a paragraph of method and a table, in Markdown or LaTeX,
// citing the method papers and every data source used (core/citations.h).
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "render/appendix.h"
#include "render/explain.h"
#include "render/render_internal.h"
#include "util/numbers.h"
#include "version.h"

namespace mlcarbon {
namespace {

using appendix::Piece;
using appendix::Prose;
using appendix::Target;
using appendix::sci;

std::string where(const Location& location) {
  if (location.region != nullptr) {
    return fmt::format(" in the {} region {} ({})", location.region->provider->name, location.region->id,
                       region_title(*location.region));
  }
  if (location.grid != nullptr && location.grid->kind == GridKind::world) return " on the world-average grid";
  if (location.grid != nullptr) return fmt::format(" in {}", location.grid->name);
  return " at a private site";
}


void power_prose(const Estimate& e, Prose& p) {
  if (e.accelerator_free()) return;  // the host's prose says it all
  if (e.energy_given()) {
    p.push_back({e.energy_measured()
                     ? fmt::format("The IT energy, {} kWh, was measured while the run went on (mlcarbon run: NVML for the GPUs, RAPL for "
                                   "the CPUs, as available), not a power model. ", human(e[Term::it_energy_kwh]))
                     : fmt::format("The IT energy, {} kWh, is the figure reported for the run, not a power model. ", human(e[Term::it_energy_kwh])),
                 {}});
    return;
  }
  if (e.origin(Term::power_w) == Origin::given) {
    p.push_back({fmt::format("The power per device is a {} of {} W", power_kind_words(e.power_kind), human(e[Term::power_w])), {}});
  } else {
    const Hardware& hw = *e.hardware;
    const std::string kind = e.power_kind == PowerKind::tdp ? "TDP" : fmt::format("published {}", power_kind_words(e.power_kind));
    p.push_back({fmt::format("The power per device is the {} of the {}, {} W", kind, hw.name, human(hw.power_w)), {hw.source}});
  }
  p.push_back({e[Term::utilization] < 1           ? fmt::format(", at a utilization of {}. ", human(e[Term::utilization]))
               : e.power_kind == PowerKind::tdp ? std::string(", an upper bound on the average draw. ")
                                                : std::string(". "),
               {}});
}

void compute_prose(const Estimate& e, Prose& p) {
  if (!e.from_compute()) return;
  const bool from_params = e.has(Term::params);
  const std::string flops = from_params ? fmt::format("{} FLOP (6 x {} parameters x {} tokens", sci(e[Term::flops]), sci(e[Term::params]),
                                                      sci(e[Term::tokens]))
                                        : fmt::format("{} FLOP (", sci(e[Term::flops]));
  p.push_back({fmt::format("The hours follow from the training compute, {}", flops), {e.source(Term::flops)}});
  p.push_back({fmt::format("{}), at the device's dense {} peak of {} TFLOP/s", from_params ? "" : "as given", to_string(e.precision),
                           human(e[Term::peak_tflops])),
               {e.source(Term::peak_tflops)}});
  const bool default_mfu = e.origin(Term::mfu) == Origin::builtin;
  p.push_back({fmt::format(" and a model FLOPs utilization of {}{}", human(e[Term::mfu]), default_mfu ? ", a typical value" : ""),
               {e.source(Term::mfu)}});
  p.push_back({fmt::format(": {} device-hours. ", human(e[Term::device_hours])), {}});
}

void host_prose(const Estimate& e, Prose& p) {
  const bool host_only = e.accelerator_free();
  if (e.instance != nullptr) {
    p.push_back({fmt::format(fmt::runtime(host_only ? "The job ran on {} {}:{} instances, which have no accelerators"
                                                    : "The devices are those of {} {}:{} instances"),
                             e.nodes, e.instance->provider, e.instance->id),
                 {e.instance->source}});
    p.push_back({". ", {}});
  }
  const std::string_view counted = host_only ? "The power is that of the host CPUs" : "The host CPUs are counted too";
  if (e.cpu != nullptr && e.has(Term::cpu_cores)) {
    p.push_back({fmt::format("{}: {} cores of the {}, each at its TDP over its cores ({} W / {})", counted, human(e[Term::cpu_cores]),
                             e.cpu->name, human(e[Term::cpu_power_w]), e.cpu->cores),
                 {e.cpu->source}});
    p.push_back({fmt::format(", at a utilization of {}. ", human(e[Term::cpu_utilization])), {}});
  } else if (e.cpu != nullptr) {
    p.push_back({fmt::format("{}: {} x {} at {} W TDP", counted, human(e[Term::cpu_count]), e.cpu->name, human(e[Term::cpu_power_w])),
                 {e.cpu->source}});
    p.push_back({fmt::format(", at a utilization of {}. ", human(e[Term::cpu_utilization])), {}});
  } else if (e.has_cpu()) {
    p.push_back({fmt::format("{}: {} x a CPU of {} W rated power, at a utilization of {}. ", counted, human(e[Term::cpu_count]),
                             human(e[Term::cpu_power_w]), human(e[Term::cpu_utilization])),
                 {}});
  }
  if (e[Term::memory_gb] > 0) {
    p.push_back({fmt::format("Host memory, {} GB, draws {} W per GB", human(e[Term::memory_gb]), e[Term::memory_w_per_gb]),
                 {e.source(Term::memory_w_per_gb)}});
    p.push_back({". ", {}});
  }
  if (e[Term::overhead_w] > 0) {
    p.push_back({fmt::format("A fixed overhead of {} W is added for the nodes. ", human(e[Term::overhead_w])), {}});
  }
}

void site_prose(const Estimate& e, Prose& p) {
  if (e.origin(Term::pue) == Origin::given || e.origin(Term::pue) == Origin::setting) {
    p.push_back({fmt::format("We assume a PUE of {}. ", human(e[Term::pue])), {}});
  } else if (e.origin(Term::pue) == Origin::industry) {
    p.push_back({fmt::format("The PUE is {}, the industry average for {}", human(e[Term::pue]), e.pue_figure->year), {e.source(Term::pue)}});
    p.push_back({". ", {}});
  } else {
    p.push_back({fmt::format("The PUE is {}, the {} of {} for {}", human(e[Term::pue]),
                             e.pue_figure->scope.empty() ? "published figure" : e.pue_figure->scope, e.location.region->provider->name,
                             e.pue_figure->year),
                 {e.source(Term::pue)}});
    p.push_back({". ", {}});
  }
  if (e.intensity_origin() == Origin::given) {
    p.push_back({fmt::format("The carbon intensity of the grid is {} gCO2e/kWh (given; {} basis). ", human(e[Term::intensity_g_per_kwh]),
                             to_string(e.basis)),
                 {}});
    return;
  }
  const Intensity& i = *e.intensity_figure;
  const std::string whose = e.intensity_origin() == Origin::region
                                ? fmt::format("the figure {} publishes for the region", e.location.region->provider->name)
                                : e.location.grid->kind == GridKind::world
                                    ? std::string("the world average")
                                    : fmt::format("the average of {} ({})", e.location.grid->name, scope_words(e.intensity_scope));
  if (!e.converted()) {
    p.push_back({fmt::format("The carbon intensity of the grid is {} gCO2e/kWh on a {} basis, {} for {}", human(e[Term::intensity_g_per_kwh]),
                             to_string(e.basis), whose, i.year),
                 {i.source}});
    p.push_back({". ", {}});
    return;
  }
  // Converted: the published figure, then what changed its basis, each with its sources.
  p.push_back({fmt::format("The carbon intensity of the grid is {} gCO2e/kWh on a {} basis: {} for {}, {} gCO2e/kWh on a {} basis",
                           human(e[Term::intensity_g_per_kwh]), to_string(e.basis), whose, i.year,
                           human(e[Term::published_intensity_g_per_kwh]), to_string(i.basis)),
               {i.source}});
  std::vector<const Source*> factors;
  for (std::size_t fuel = 0; fuel < kFuelCount; ++fuel) {
    const Source* s = (*e.fuel_factors)[fuel].source;
    if (e.mix->share[fuel] > 0 && s != nullptr && std::find(factors.begin(), factors.end(), s) == factors.end()) factors.push_back(s);
  }
  const double c = e[Term::basis_conversion_g_per_kwh];
  p.push_back({fmt::format(", {} {} gCO2e/kWh of upstream emissions from the grid's {} generation mix", c >= 0 ? "plus" : "less",
                           human(std::abs(c)), e.mix->year),
               {e.mix->source}});
  p.push_back({" and per-fuel emission factors", factors});
  p.push_back({". ", {}});
}

void result_prose(const Estimate& e, Prose& p) {
  p.push_back({fmt::format("The run used {} kWh of electricity and emitted {} kg CO2e (location-based). ", human(e[Term::energy_kwh]),
                           human(e[Term::co2e_kg])),
               {}});
  p.push_back({e[Term::offset_kg] > 0 ? fmt::format("Offsets of {} kg CO2e were bought, which leaves {} kg CO2e net. ",
                                                    human(e[Term::offset_kg]), human(e[Term::net_co2e_kg]))
                                      : std::string("No offsets are subtracted. "),
               {}});
  const std::vector<Statement> statements = statements_of(e);
  for (const Statement& s : statements) {
    // The citation goes before the sentence's full stop.
    std::string sentence = statement_text(s);
    while (!sentence.empty() && (sentence.back() == '.' || sentence.back() == ' ')) sentence.pop_back();
    p.push_back({sentence, {s.source()}});
    p.push_back({". ", {}});
  }
  if (!statements.empty()) p.push_back({"Such provider statements are market-based and are not subtracted here. ", {}});
  if (e.has(Term::market_co2e_kg)) {
    p.push_back({fmt::format("Market-based, after {}'s carbon-free share of the region, the emissions would be {} kg CO2e. ",
                             e.location.region->provider->name, human(e[Term::market_co2e_kg])),
                 {}});
  }
  if (e[Term::embodied_kg] > 0) {
    p.push_back({"Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM",
                 {e.source(Term::embodied_kg)}});
    p.push_back({fmt::format(", add {} kg CO2e ({} kg CO2e in all). ", human(e[Term::embodied_kg]), human(e[Term::total_with_embodied_kg])),
                 {}});
  }
  const Uncertainty& u = e.range;
  if (u.factors.empty()) return;
  std::string names;
  for (std::size_t i = 0; i < u.factors.size(); ++i) {
    names += i == 0 ? "" : i + 1 == u.factors.size() ? " and " : ", ";
    names += range_factor_words(u.factors[i].factor);
  }
  p.push_back({fmt::format("With the {} within their published ranges, the emissions lie between {} and {} kg CO2e.", names,
                           human(u.co2e_low), human(u.co2e_high)),
               {}});
}

Prose estimate_prose(const Estimate& e) {
  Prose p;
  const std::string devices = fmt::format("{} {}", e.count, e.hardware != nullptr ? std::string(e.hardware->name) : "devices");
  // A given energy names devices and hours only when they were given too.
  if (e.accelerator_free()) {
    p.push_back({fmt::format("The run used {} for {} h{}, without accelerators. ", host_description(e), human(e[Term::hours]),
                             where(e.location)),
                 {}});
  } else if (!e.energy_given() || (e.hardware != nullptr && e.has(Term::hours))) {
    p.push_back({fmt::format("The run used {} for {} h{}. ", devices, human(e[Term::hours]), where(e.location)), {}});
  } else {
    p.push_back({fmt::format("The run took place{}. ", where(e.location)), {}});
  }
  p.push_back({fmt::format("We estimate its energy as {}, and its emissions as energy x the average carbon intensity of the grid",
                           energy_method(e)),
               {},
               true});
  p.push_back({fmt::format(", computed with mlcarbon {}. ", kVersion), {}});
  power_prose(e, p);
  compute_prose(e, p);
  host_prose(e, p);
  site_prose(e, p);
  result_prose(e, p);
  return p;
}

struct Row {
  std::string label;
  std::string value;
  const Source* cite = nullptr;
};

void device_power_rows(const Estimate& e, const Target& t, std::vector<Row>& rows);

void device_rows(const Estimate& e, const Target& t, std::vector<Row>& rows) {
  if (e.energy_given()) {
    if (e.hardware != nullptr) rows.push_back({"Hardware", fmt::format("{}{}{}", e.count, t.times(), t.text(e.hardware->name))});
    rows.push_back({"IT energy (reported)", fmt::format("{} kWh", human(e[Term::it_energy_kwh]))});
    return;
  }
  if (e.accelerator_free()) {
    rows.push_back({"Hardware", t.text(e.instance != nullptr ? host_description(e) : std::string("no accelerators (host only)"))});
  } else {
    device_power_rows(e, t, rows);
  }
  if (e.from_compute()) {
    rows.push_back({"Training compute", fmt::format("{} FLOP", sci(e[Term::flops])), e.source(Term::flops)});
    rows.push_back({"Peak throughput", fmt::format("{} TFLOP/s ({}, dense)", human(e[Term::peak_tflops]), to_string(e.precision)),
                    e.source(Term::peak_tflops)});
    rows.push_back({"Model FLOPs utilization", human(e[Term::mfu]), e.source(Term::mfu)});
    rows.push_back({"Device-hours", human(e[Term::device_hours])});
  }
  if (e.cpu != nullptr) {
    rows.push_back({"Host CPUs", fmt::format("{}{}{} ({} W, utilization {})", human(e[Term::cpu_count]), t.times(), t.text(e.cpu->name),
                                             human(e[Term::cpu_power_w]), human(e[Term::cpu_utilization])),
                    e.cpu->source});
  } else if (e.has_cpu()) {
    rows.push_back({"Host CPUs", fmt::format("{}{}{} ({} W rated, utilization {})", human(e[Term::cpu_count]), t.times(), t.text("CPU"),
                                             human(e[Term::cpu_power_w]), human(e[Term::cpu_utilization]))});
  }
  if (e[Term::memory_gb] > 0) {
    rows.push_back({"Host memory", fmt::format("{} GB at {} W/GB", human(e[Term::memory_gb]), e[Term::memory_w_per_gb]),
                    e.source(Term::memory_w_per_gb)});
  }
  if (e[Term::overhead_w] > 0) rows.push_back({"Fixed overhead", fmt::format("{} W", human(e[Term::overhead_w]))});
}

// The accelerators' rows: what they are, their power and utilization.
void device_power_rows(const Estimate& e, const Target& t, std::vector<Row>& rows) {
  rows.push_back({"Hardware", fmt::format("{}{}{}", e.count, t.times(), t.text(e.hardware != nullptr ? e.hardware->name : "device"))});
  const bool measured = e.origin(Term::power_w) == Origin::given && e.power_kind == PowerKind::measured_average;
  rows.push_back({"Power per device",
                  fmt::format("{} W ({})", human(e[Term::power_w]), measured ? std::string_view("measured") : power_kind_words(e.power_kind)),
                  e.source(Term::power_w)});
  rows.push_back({"Utilization", human(e[Term::utilization])});
}

std::vector<Row> estimate_rows(const Estimate& e, const Target& t) {
  std::vector<Row> rows;
  device_rows(e, t, rows);
  const auto kg = [&](Term term) { return t.text(fmt::format("{} kg CO2e", human(e[term]))); };
  if (e.has(Term::hours)) rows.push_back({"Duration", fmt::format("{} h", human(e[Term::hours]))});
  rows.push_back({"Location", t.text(e.location.grid != nullptr ? location_key(e.location) : "private site")});
  rows.push_back({"PUE", human(e[Term::pue]), e.source(Term::pue)});
  const std::string intensity = e.intensity_figure
                                    ? fmt::format("{} gCO2e/kWh ({}, {} basis)", human(e[Term::intensity_g_per_kwh]), e.intensity_figure->year,
                                                  to_string(e.basis))
                                    : fmt::format("{} gCO2e/kWh ({} basis)", human(e[Term::intensity_g_per_kwh]), to_string(e.basis));
  rows.push_back({"Grid intensity", t.text(intensity), e.intensity_figure ? e.intensity_figure->source : nullptr});
  rows.push_back({"Energy", fmt::format("{} kWh", human(e[Term::energy_kwh]))});
  rows.push_back({"Emissions (location-based)", kg(Term::co2e_kg)});
  rows.push_back({"Offsets bought", kg(Term::offset_kg)});
  rows.push_back({"Net emissions", kg(Term::net_co2e_kg)});
  if (e.has(Term::market_co2e_kg)) rows.push_back({"Emissions (market-based)", kg(Term::market_co2e_kg)});
  if (e[Term::embodied_kg] > 0) {
    rows.push_back({"Embodied emissions", kg(Term::embodied_kg), e.source(Term::embodied_kg)});
    rows.push_back({"Total with embodied", kg(Term::total_with_embodied_kg)});
  }
  if (!e.range.factors.empty()) {
    rows.push_back({"Range (location-based)", t.text(fmt::format("{} to {} kg CO2e", human(e.range.co2e_low), human(e.range.co2e_high)))});
  }
  return rows;
}

std::string table(const std::vector<Row>& rows, const Target& t, std::string_view caption) {
  std::string out;
  const auto cite = [&](const Row& r) {
    const std::string c = r.cite != nullptr ? t.cite({r.cite}, false) : std::string();
    return c.empty() ? c : c.substr(1);
  };
  if (t.latex()) {
    out += "\\begin{table}[ht]\n\\centering\n\\begin{tabular}{lll}\n\\hline\nQuantity & Value & Source \\\\\n\\hline\n";
    for (const Row& r : rows) out += fmt::format("{} & {} & {} \\\\\n", r.label, r.value, cite(r));
    out += fmt::format("\\hline\n\\end{{tabular}}\n\\caption{{{}}}\n\\end{{table}}\n", t.text(caption));
  } else {
    out += "| Quantity | Value | Source |\n| --- | --- | --- |\n";
    for (const Row& r : rows) out += fmt::format("| {} | {} | {} |\n", r.label, appendix::markdown_cell(r.value), cite(r));
    out += fmt::format("\n*{}*\n", caption);
  }
  return out;
}

}  // namespace

std::string render_estimate_appendix(const Estimate& e, const Catalog& catalog, Format format, const RenderOptions& options) {
  CitationList cited;
  cited.add(e);
  const Prose comparisons = appendix::equivalents_prose(e[Term::co2e_kg], options, cited);
  const Target t(format, cited);
  const std::string heading = t.latex() ? "\\paragraph{Energy and carbon footprint.}\n" : "**Energy and carbon footprint.** ";
  std::string prose = t.prose(estimate_prose(e)) + t.prose(comparisons);
  while (!prose.empty() && prose.back() == ' ') prose.pop_back();
  return appendix::header(t, catalog, options) + heading + prose + "\n\n" +
         table(estimate_rows(e, t), t, "Energy and emissions of the run, factor by factor (mlcarbon).") + appendix::references(cited, t);
}

}  // namespace mlcarbon
