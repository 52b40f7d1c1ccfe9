// JSON output (README, "Machine output"). Key order is fixed; numbers are printed exactly
// (the shortest text that reads back as the same double).
#include <fmt/format.h>

#include "render/compat_table.h"
#include "render/explain.h"
#include "core/equivalents.h"
#include "util/numbers.h"
#include "render/json_writer.h"
#include "render/render.h"
#include "render/render_internal.h"
#include "version.h"

namespace mlcarbon {

void write_source(JsonWriter& j, std::string_view name, const Source* source) {
  j.key(name);
  if (source == nullptr) {
    j.null();
    return;
  }
  j.begin_object();
  j.field("key", source->key).field("title", source->title).field("publisher", source->publisher);
  j.field("url", source->url).field("year", source->year);
  if (!source->license.empty()) j.field("license", source->license);
  j.end_object();
}

namespace {

void write_hardware(JsonWriter& j, const Hardware& hw) {
  j.begin_object();
  j.field("id", hw.id).field("name", hw.name).field("vendor", hw.vendor).field("kind", to_string(hw.kind));
  j.key("aliases").begin_array();
  for (const auto alias : hw.aliases) j.value(alias);
  j.end_array();
  j.field("power_w", hw.power_w).field("power_kind", to_string(hw.power_kind));
  j.field("memory_gb", hw.memory_gb > 0 ? std::optional<double>(hw.memory_gb) : std::nullopt);
  j.field("cores", hw.cores > 0 ? std::optional<int>(hw.cores) : std::nullopt);
  j.field("released", hw.released > 0 ? std::optional<int>(hw.released) : std::nullopt);
  j.key("power_alternatives").begin_array();
  for (const auto& alt : hw.power_alternatives) j.begin_object().field("power_w", alt.power_w).field("note", alt.note).end_object();
  j.end_array();
  j.field("note", hw.note);
  write_source(j, "source", hw.source);
  j.end_object();
}

void write_pue(JsonWriter& j, const PueFigure& pue, std::string_view origin) {
  j.key("pue").begin_object();
  j.field("pue", pue.pue).field("origin", origin).field("year", pue.year).field("scope", pue.scope);
  write_source(j, "source", pue.source);
  j.end_object();
}

template <typename T>
std::optional<T> when(bool present, T value) {
  return present ? std::optional<T>(value) : std::nullopt;
}

void write_location(JsonWriter& j, const Location& location, const Catalog& catalog) {
  const Region* r = location.region;
  const Grid& grid = *location.grid;
  j.begin_object();
  j.field("id", location_key(location));
  j.field("kind", r != nullptr ? std::string_view("cloud") : to_string(grid.kind));
  j.field("provider", r != nullptr ? std::optional<std::string_view>(r->provider->id) : std::nullopt);
  j.field("name", r != nullptr ? r->name : grid.name);
  j.field("location", r != nullptr ? std::optional<std::string_view>(r->location) : std::nullopt);
  const std::string_view country = r != nullptr ? r->country : grid.kind == GridKind::country ? grid.id : grid.country;
  j.field("country", country.empty() ? std::nullopt : std::optional<std::string_view>(country));
  j.field("grid", grid.id);
  const IntensityAt at = intensity_at(location);
  const Intensity& intensity = *at.figure;
  j.key("intensity").begin_object();
  j.field("g_per_kwh", intensity.g_per_kwh).field("origin", at.region_own ? "region" : "grid");
  j.field("year", intensity.year).field("basis", to_string(intensity.basis)).field("scope", to_string(at.scope));
  write_source(j, "source", intensity.source);
  // The figure on each basis (null where it cannot change basis: no mix in the data).
  for (const Basis b : {Basis::lifecycle, Basis::direct}) {
    const std::optional<double> conversion = basis_conversion(at, b);
    j.field(b == Basis::lifecycle ? "lifecycle_g_per_kwh" : "direct_g_per_kwh",
            when(conversion.has_value(), intensity.g_per_kwh + conversion.value_or(0)));
  }
  j.end_object();
  const PueAt pue = pue_at(location, catalog);
  write_pue(j, *pue.figure, to_string(pue.scope));
  j.key("cfe");
  if (r != nullptr && r->cfe) {
    j.begin_object().field("fraction", r->cfe->fraction).field("year", r->cfe->year);
    write_source(j, "source", r->cfe->source);
    j.end_object();
  } else {
    j.null();
  }
  j.end_object();
}

}  // namespace

void write_settings(JsonWriter& j, const std::vector<SettingUsed>& settings) {
  j.key("settings").begin_array();
  for (const SettingUsed& s : settings) j.begin_object().field("key", s.key).field("value", s.value).field("from", s.origin).end_object();
  j.end_array();
}

void write_equivalents(JsonWriter& j, double co2e_kg, const RenderOptions& options) {
  j.key("equivalents").begin_array();
  if (options.equivalents) {
    for (const Equivalent& q : equivalents()) {
      j.begin_object().field("id", q.id).field("label", q.label).field("value", co2e_kg / q.kg_co2e_per_unit);
      j.field("kg_co2e_per_unit", q.kg_co2e_per_unit);
      write_source(j, "source", q.source);
      j.end_object();
    }
  }
  j.end_array();
}


namespace {

void write_range(JsonWriter& j, const Estimate& e) {
  const Uncertainty& u = e.range;
  j.key("uncertainty").begin_object().field("method", "interval bounds");
  j.field("co2e_kg_low", u.co2e_low).field("co2e_kg_high", u.co2e_high);
  j.field("energy_kwh_low", u.energy_low).field("energy_kwh_high", u.energy_high);
  j.key("factors").begin_array();
  for (const FactorRange& f : u.factors) {
    j.begin_object().field("name", to_string(f.factor)).field("low", f.low).field("central", f.central).field("high", f.high);
    j.field("co2e_kg_low", f.co2e_low).field("co2e_kg_high", f.co2e_high).field("basis", range_basis(f, e)).end_object();
  }
  j.end_array().end_object();
}

// --intensity-series: the run hour by hour (README, "Machine output").
void write_series(JsonWriter& j, const SeriesReport& s) {
  const IntensitySeries& series = *s.series;
  j.key("intensity_series").begin_object().field("file", s.file).field("format", series.format);
  j.field("description", series.description).field("series_start", format_utc(series.begin()));
  j.field("series_end", format_utc(series.end())).field("start", format_utc(s.start)).field("hours", s.hours);
  j.field("intervals", s.result.intervals).field("mean_g_per_kwh", s.result.mean_g_per_kwh).field("co2e_kg", s.result.co2e_kg);
  j.field("annual_co2e_kg", s.annual_co2e_kg).field("difference_kg", s.difference_kg()).end_object();
}

// mlcarbon run: what was measured, part by part (README, "Machine output").
void write_run(JsonWriter& j, const RunReport& run) {
  j.key("run").begin_object();
  j.key("command").begin_array();
  for (const std::string& word : run.command) j.value(word);
  j.end_array();
  j.field("seconds", run.seconds).field("exit_status", static_cast<std::int64_t>(run.exit_status)).field("interrupted", run.interrupted);
  j.field("sampled_s", run.sampled_s).field("interval_s", run.interval_s);
  j.key("parts").begin_array();
  for (const RunPart& p : run.parts) {
    j.begin_object().field("name", p.name).field("kind", p.kind).field("method", p.method).field("measured", p.measured);
    j.field("energy_kwh", p.kwh).field("mean_power_w", run.sampled_s > 0 ? p.kwh * 3.6e6 / run.sampled_s : 0.0).end_object();
  }
  j.end_array();
  j.key("notes").begin_array();
  for (const std::string& note : run.notes) j.value(note);
  j.end_array();
  j.field("sampler_cpu_s", run.sampler_cpu_s).end_object();
}

void write_device_inputs(JsonWriter& j, const Estimate& e) {
  const bool measured = e.origin(Term::power_w) == Origin::given;
  j.field("hardware", when(e.hardware != nullptr, e.hardware != nullptr ? e.hardware->id : ""));
  j.field("hardware_name", when(e.hardware != nullptr, e.hardware != nullptr ? e.hardware->name : ""));
  const bool power = !e.energy_given() && !e.accelerator_free();
  j.field("count", when(e.has(Term::count), e.count)).field("power_w", when(power, e[Term::power_w]));
  j.field("power_origin", power_origin_name(e));
  j.field("power_kind", when(power, to_string(e.power_kind)));
  write_source(j, "power_source", measured || !power ? nullptr : e.source(Term::power_w));
  j.field("utilization", when(power, e[Term::utilization])).field("hours", when(e.has(Term::hours), e[Term::hours]));
  j.field("energy_kwh", when(!power, e[Term::it_energy_kwh]));
}

void write_site_inputs(JsonWriter& j, const Estimate& e) {
  const bool located = e.location.grid != nullptr;
  j.field("region", when(located, located ? location_key(e.location) : std::string()));
  j.field("region_name", when(located, !located ? std::string_view() : e.location.region != nullptr ? e.location.region->name
                                                                                                 : e.location.grid->name));
  j.field("grid", when(located, located ? e.location.grid->id : ""));
  j.field("pue", e[Term::pue]).field("pue_origin", pue_origin_name(e));
  j.field("pue_year", when(e.pue_figure.has_value(), e.pue_figure ? e.pue_figure->year : 0));
  write_source(j, "pue_source", e.pue_figure ? e.pue_figure->source : nullptr);
  j.field("intensity_g_per_kwh", e[Term::intensity_g_per_kwh]).field("intensity_origin", intensity_origin_name(e));
  const std::optional<Intensity>& figure = e.intensity_figure;
  j.field("intensity_year", when(figure.has_value(), figure ? figure->year : 0));
  j.field("intensity_basis", to_string(e.basis));
  write_source(j, "intensity_source", figure ? figure->source : nullptr);
  j.field("intensity_scope", when(figure.has_value(), to_string(e.intensity_scope)));
  j.field("published_intensity_g_per_kwh", when(figure.has_value(), figure ? figure->g_per_kwh : 0));
  j.field("published_intensity_basis", when(figure.has_value(), figure ? to_string(figure->basis) : ""));
  j.field("basis_conversion_g_per_kwh", when(figure.has_value(), e[Term::basis_conversion_g_per_kwh]));
  j.field("basis_conversion_mix_year", when(e.mix != nullptr, e.mix != nullptr ? e.mix->year : 0));
  write_source(j, "basis_conversion_mix_source", e.mix != nullptr ? e.mix->source : nullptr);
  j.field("offset_percent", when(e.has(Term::offset_percent), e[Term::offset_percent]));
  j.field("offset_kg", when(e.origin(Term::offset_kg) == Origin::given, e[Term::offset_kg]));
}

void write_host_inputs(JsonWriter& j, const Estimate& e) {
  j.key("instance");
  if (e.instance != nullptr) j.value(fmt::format("{}:{}", e.instance->provider, e.instance->id)); else j.null();
  j.field("nodes", when(e.instance != nullptr, e.nodes));
  j.key("cpu");
  if (e.cpu != nullptr) j.value(e.cpu->id); else j.null();
  j.field("cpu_count", e[Term::cpu_count]).field("cpu_power_w", e[Term::cpu_power_w]);
  j.field("cpu_power_origin", when(e.has_cpu(), e.origin(Term::cpu_power_w) == Origin::given ? "user" : "hardware"));
  j.field("cpu_utilization", e.has(Term::cpu_utilization) ? e[Term::cpu_utilization] : 1.0).field("memory_gb", e[Term::memory_gb]);
  j.field("memory_w_per_gb", e[Term::memory_w_per_gb]).field("overhead_w", e[Term::overhead_w]);
  j.key("compute");
  if (e.from_compute()) {
    j.begin_object().field("flops", e[Term::flops]);
    j.field("params", when(e.has(Term::params), e[Term::params]));
    j.field("tokens", when(e.has(Term::tokens), e[Term::tokens]));
    j.field("precision", to_string(e.precision)).field("peak_tflops", e[Term::peak_tflops]).field("mfu", e[Term::mfu]);
    j.field("device_hours", e[Term::device_hours]).end_object();
  } else {
    j.null();
  }
  j.field("embodied_kg_per_device", e[Term::embodied_kg_per_device]).field("lifetime_hours", e[Term::lifetime_hours]);
}

void write_explanation(JsonWriter& j, const Estimate& e) {
  j.key("breakdown").begin_array();
  for (const Factor& f : breakdown(e)) {
    j.begin_object().field("name", f.name).field("label", f.label).field("value", f.value).field("unit", f.unit);
    j.field("source", f.source).field("formula", f.formula).end_object();
  }
  j.end_array();
  j.key("provider_claims").begin_array();
  for (const Statement& s : statements_of(e)) {
    j.begin_object().field("text", statement_text(s)).field("year", s.year());
    write_source(j, "source", s.source());
    j.end_object();
  }
  j.end_array();
}

}  // namespace

std::string render_estimate_json(const Estimate& e, const Catalog& catalog, bool compact, const RenderOptions& options) {
  JsonWriter j(compact, 12288);  // one estimate: about 10 KB
  j.begin_object();
  j.field("schema_version", kOutputSchemaVersion).field("mlcarbon_version", kVersion);
  j.key("data").begin_object();
  j.field("hardware_version", catalog.hardware_version).field("regions_version", catalog.regions_version);
  j.field("origin", catalog.origin).end_object();
  j.field("energy_kwh", e[Term::energy_kwh]).field("it_energy_kwh", e[Term::it_energy_kwh]).field("co2e_kg", e[Term::co2e_kg]);
  j.field("offset_kg", e[Term::offset_kg]).field("net_co2e_kg", e[Term::net_co2e_kg]);
  j.field("market_co2e_kg", when(e.has(Term::market_co2e_kg), e[Term::market_co2e_kg])).field("embodied_kg", e[Term::embodied_kg]);
  j.field("total_with_embodied_kg", e[Term::total_with_embodied_kg]);
  write_range(j, e);
  j.key("inputs").begin_object();
  write_device_inputs(j, e);
  write_site_inputs(j, e);
  write_host_inputs(j, e);
  j.key("defaults").begin_array();
  for (const std::string_view name : defaulted(e)) j.value(name);
  j.end_array().end_object();
  write_explanation(j, e);
  write_equivalents(j, e[Term::co2e_kg], options);
  write_compat(j, options.compat);
  write_settings(j, options.settings);
  j.key("notes").begin_array();
  for (const std::string& note : notes(e)) j.value(note);
  j.end_array();
  if (options.run != nullptr) write_run(j, *options.run);
  if (options.series != nullptr) write_series(j, *options.series);
  j.end_object();
  return j.finish();
}

std::string render_hardware_list_json(std::span<const Hardware* const> hardware) {
  JsonWriter j;
  j.begin_object().field("schema_version", kOutputSchemaVersion).key("hardware").begin_array();
  for (const Hardware* hw : hardware) write_hardware(j, *hw);
  j.end_array().end_object();
  return j.finish();
}

std::string render_hardware_show_json(const Hardware& hardware) {
  JsonWriter j;
  j.begin_object().field("schema_version", kOutputSchemaVersion).key("hardware");
  write_hardware(j, hardware);
  j.end_object();
  return j.finish();
}

std::string render_location_list_json(std::span<const Location> locations, const Catalog& catalog) {
  JsonWriter j;
  j.begin_object().field("schema_version", kOutputSchemaVersion).key("regions").begin_array();
  for (const Location& location : locations) write_location(j, location, catalog);
  j.end_array().end_object();
  return j.finish();
}

std::string render_location_show_json(const Location& location, const Catalog& catalog) {
  JsonWriter j;
  j.begin_object().field("schema_version", kOutputSchemaVersion).key("region");
  write_location(j, location, catalog);
  j.end_object();
  return j.finish();
}

}  // namespace mlcarbon
