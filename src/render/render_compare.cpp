// Output of `compare`: the alternatives ranked, what each saves, and the 4M levers; text, JSON,
// CSV; and the bar chart of --plot.
#include "render/render_compare.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "render/explain.h"
#include "render/json_writer.h"
#include "render/render_internal.h"
#include "util/numbers.h"
#include "render/svg.h"
#include "render/table.h"
#include "version.h"

namespace mlcarbon {
namespace {

// "12x less", "1.3x more", "same".
std::string saving_words(double saving) {
  if (std::isinf(saving)) return "all of it";
  if (std::fabs(saving - 1) < 0.005) return "same";
  return saving > 1 ? fmt::format("{}x less", human(saving)) : fmt::format("{}x more", human(1 / saving));
}

// A lever against a zero (a grid at 0 g/kWh): all of the emissions saved, not a ratio.
std::string lever(double factor) { return std::isinf(factor) ? "all" : fmt::format("{}x", human(factor)); }

// A ratio in CSV: empty where JSON has null (an infinite ratio against zero emissions).
std::string csv_ratio(double value) { return std::isinf(value) ? std::string() : fmt::format("{}", value); }

std::string job_words(const Estimate& e) {
  const std::string where = e.location.grid != nullptr ? location_key(e.location) : std::string("a private site");
  return fmt::format("{} in {}", job_description(e), where);
}

void write_result(JsonWriter& j, const Estimate& e) {
  j.key("hardware");
  if (e.hardware != nullptr) j.value(e.hardware->id); else j.null();
  j.key("region");
  if (e.location.grid != nullptr) j.value(location_key(e.location)); else j.null();
  j.key("count");
  if (e.accelerator_free()) j.null(); else j.value(e.count);  // no accelerators: no count, as in an estimate
  j.field("hours", e[Term::hours]).field("pue", e[Term::pue]);
  j.field("intensity_g_per_kwh", e[Term::intensity_g_per_kwh]).field("energy_kwh", e[Term::energy_kwh]);
  j.field("co2e_kg", e[Term::co2e_kg]).field("co2e_kg_low", e.range.co2e_low).field("co2e_kg_high", e.range.co2e_high);
}

std::string skipped_words(const Skipped& s) { return fmt::format("{}: {}", s.label, name_fields(s.error.what(), Naming::options)); }

}  // namespace

std::string render_comparison(const Comparison& c, Format format, const RenderOptions& options) {
  const Estimate& b = c.baseline;
  if (format == Format::json) {
    JsonWriter j;
    j.begin_object().field("schema_version", kOutputSchemaVersion).field("mlcarbon_version", kVersion);
    j.field("intensity_basis", to_string(c.basis));
    j.key("baseline").begin_object();
    write_result(j, b);
    j.end_object().key("alternatives").begin_array();
    for (const Alternative& a : c.alternatives) {
      j.begin_object().field("label", a.label);
      write_result(j, a.estimate);
      j.key("saving");
      if (std::isinf(a.saving)) j.null(); else j.value(a.saving);
      j.key("levers").begin_object();
      for (const auto& [name, value] : {std::pair{"model", a.levers.model}, {"machine", a.levers.machine},
                                        {"mechanization", a.levers.mechanization}, {"map", a.levers.map}}) {
        j.key(name);
        if (std::isinf(value)) j.null(); else j.value(value);
      }
      j.end_object().end_object();
    }
    j.end_array().key("skipped").begin_array();
    for (const Skipped& s : c.skipped) j.value(skipped_words(s));
    j.end_array();
    j.field("data_origin", options.data_origin);
    write_settings(j, options.settings);
    j.end_object();
    return j.finish();
  }
  if (format == Format::csv) {
    std::string out =
        "rank,label,hardware,region,count,hours,pue,intensity_g_per_kwh,energy_kwh,co2e_kg,saving,model,machine,mechanization,map,"
        "intensity_basis,settings\n";
    std::string settings;
    append_csv_field(settings, settings_text(options.settings));
    std::size_t rank = 0;
    for (const Alternative& a : c.alternatives) {
      const Estimate& e = a.estimate;
      out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n", ++rank, a.label, e.hardware != nullptr ? e.hardware->id : "",
                         e.location.grid != nullptr ? location_key(e.location) : "",
                         e.accelerator_free() ? std::string() : fmt::format("{}", e.count), e[Term::hours], e[Term::pue],
                         e[Term::intensity_g_per_kwh], e[Term::energy_kwh], e[Term::co2e_kg], csv_ratio(a.saving),
                         csv_ratio(a.levers.model), csv_ratio(a.levers.machine), csv_ratio(a.levers.mechanization),
                         csv_ratio(a.levers.map), to_string(c.basis), settings);
    }
    return out;
  }
  std::string out = fmt::format("mlcarbon compare: {}\n  baseline: {} kg CO2e ({} kWh)\n  intensities: all on a {} basis{}\n\n",
                                job_words(b), human(b[Term::co2e_kg]), human(b[Term::energy_kwh]), to_string(c.basis),
                                c.basis == Basis::lifecycle ? " (direct figures converted with their grid's mix; --basis direct for the other)"
                                                            : " (lifecycle figures converted with their grid's mix)");
  Table table({Table::Align::right, Table::Align::left, Table::Align::right, Table::Align::right, Table::Align::left,
               Table::Align::right, Table::Align::right, Table::Align::right, Table::Align::right});
  table.add({"rank", "alternative", "kg CO2e", "kWh", "vs baseline", "model", "machine", "mechanization", "map"});
  std::size_t rank = 0;
  bool national = false;
  for (const Alternative& a : c.alternatives) {
    const bool mark = a.estimate.national_average() && a.label == region_key(*a.estimate.location.region);
    national = national || mark;
    table.add({fmt::format("{}", ++rank), mark ? a.label + " *" : a.label, human(a.estimate[Term::co2e_kg]), human(a.estimate[Term::energy_kwh]),
               saving_words(a.saving), lever(a.levers.model), lever(a.levers.machine), lever(a.levers.mechanization), lever(a.levers.map)});
  }
  out += table.render();
  out += "\nThe levers are Patterson et al.'s (2022) 4Ms, each as baseline / alternative (above 1: a saving):\n"
         "model (the training compute), machine (the devices' energy per unit of compute), mechanization (the PUE),\n"
         "map (the grid's intensity); their product is the saving on the gross CO2e.\n";
  const auto other_device = [&](const Alternative& a) { return a.estimate.hardware != b.hardware; };
  if (!b.from_compute() && std::any_of(c.alternatives.begin(), c.alternatives.end(), other_device)) {
    out += "Every device runs the same hours here: give the job's compute (--flops, or --params with --tokens) to\n"
           "scale the hours by each device's throughput.\n";
  }
  if (national) {
    out += "* the region's intensity is its country's average (its provider publishes no per-region figure), so\n"
           "  regions of one country rank alike here although their local grids may differ.\n";
  }
  if (!c.skipped.empty()) {
    out += "\nNot compared:\n";
    for (const Skipped& s : c.skipped) out += fmt::format("  - {}\n", skipped_words(s));
  }
  if (!options.settings.empty()) out += '\n';
  for (const std::string& note : provenance_notes(options)) out += note + '\n';
  return out;
}

std::string render_comparison_svg(const Comparison& c, std::size_t top) {
  std::vector<Bar> bars;
  for (const Alternative& a : c.alternatives) {
    if (bars.size() == top) break;
    bars.push_back({a.label, a.estimate[Term::co2e_kg], false});
  }
  bars.push_back({"baseline (as given)", c.baseline[Term::co2e_kg], true});
  return svg_bar_chart(fmt::format("kg CO2e of {}", job_words(c.baseline)), "kg CO2e (gross, location-based)", bars);
}

}  // namespace mlcarbon
