// JSON output (README, "Machine output"). Key order is fixed; numbers are printed exactly
// (the shortest text that reads back as the same double).
#include <fmt/format.h>

#include "core/compat.h"
#include "core/equivalents.h"
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

void write_location(JsonWriter& j, const Location& location, const Catalog& catalog) {
  const Region* r = location.region;
  const Grid& grid = *location.grid;
  j.begin_object();
  j.field("id", location_key(location));
  j.field("kind", r != nullptr ? std::string_view("cloud") : to_string(grid.kind));
  j.field("provider", r != nullptr ? std::optional<std::string_view>(r->provider->id) : std::nullopt);
  j.field("name", r != nullptr ? r->name : grid.name);
  j.field("location", r != nullptr ? std::optional<std::string_view>(r->location) : std::nullopt);
  j.field("country", r != nullptr ? r->country : grid.kind == GridKind::country ? grid.id : grid.country);
  j.field("grid", grid.id);
  const Intensity& intensity = effective_intensity(location);
  j.key("intensity").begin_object();
  j.field("g_per_kwh", intensity.g_per_kwh).field("origin", r != nullptr && r->intensity ? "region" : "grid");
  j.field("year", intensity.year).field("basis", to_string(intensity.basis));
  write_source(j, "source", intensity.source);
  j.end_object();
  const bool site = r != nullptr && r->pue;
  const bool provider = r != nullptr && !site && r->provider->pue;
  write_pue(j, effective_pue(location, catalog), site ? "site" : provider ? "provider" : "default");
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

template <typename T>
std::optional<T> when(bool present, T value) {
  return present ? std::optional<T>(value) : std::nullopt;
}

}  // namespace

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

// "compat": null, or another tool's figures beside mlcarbon's (--compat).
void write_compat(JsonWriter& j, const CompatEstimate* c) {
  j.key("compat");
  if (c == nullptr) {
    j.null();
    return;
  }
  j.begin_object().field("tool", compat_tool_id(c->tool)).field("tool_name", c->tool_name).field("version", c->version);
  j.field("rules_from", c->reference).field("energy_kwh", c->energy_kwh).field("co2e_kg", c->co2e_kg);
  j.key("ratio").begin_object().field("co2e", c->ratios.co2e).field("it_energy", c->ratios.it_energy);
  j.field("pue", c->ratios.pue).field("intensity", c->ratios.intensity).field("rounding", c->ratios.rounding).end_object();
  j.key("lines").begin_array();
  for (const CompatLine& line : c->lines) {
    j.begin_object().field("name", line.name).field("label", line.label).field("unit", line.unit);
    j.field("tool", line.tool).field("mlcarbon", line.mlcarbon).field("rule", line.rule).end_object();
  }
  j.end_array().key("notes").begin_array();
  for (const std::string& note : c->notes) j.value(note);
  j.end_array().end_object();
}

}  // namespace

std::string render_estimate_json(const Estimate& e, const Catalog& catalog, bool compact, const RenderOptions& options) {
  const ResolvedInputs& in = e.inputs;
  const ModelResult& r = e.result;
  const bool measured = in.power_origin == PowerOrigin::user;
  const bool located = in.location.grid != nullptr;
  JsonWriter j(compact);
  j.begin_object();
  j.field("schema_version", kOutputSchemaVersion).field("mlcarbon_version", kVersion);
  j.key("data").begin_object();
  j.field("hardware_version", catalog.hardware_version).field("regions_version", catalog.regions_version);
  j.field("origin", catalog.origin).end_object();
  j.field("energy_kwh", r.energy_kwh).field("it_energy_kwh", r.it_energy_kwh).field("co2e_kg", r.co2e_kg);
  j.field("offset_kg", r.offset_kg).field("net_co2e_kg", r.net_co2e_kg);
  j.field("market_co2e_kg", r.market_co2e_kg).field("embodied_kg", r.embodied_kg);
  j.field("total_with_embodied_kg", r.total_with_embodied_kg);
  const Uncertainty& u = e.uncertainty;
  j.key("uncertainty").begin_object().field("method", "interval bounds");
  j.field("co2e_kg_low", u.co2e_low).field("co2e_kg_high", u.co2e_high);
  j.field("energy_kwh_low", u.energy_low).field("energy_kwh_high", u.energy_high);
  j.key("factors").begin_array();
  for (const FactorRange& f : u.factors) {
    j.begin_object().field("name", f.name).field("low", f.low).field("central", f.central).field("high", f.high);
    j.field("co2e_kg_low", f.co2e_low).field("co2e_kg_high", f.co2e_high).field("basis", f.basis).end_object();
  }
  j.end_array().end_object();

  j.key("inputs").begin_object();
  j.field("hardware", when(in.hardware != nullptr, in.hardware != nullptr ? in.hardware->id : ""));
  j.field("hardware_name", when(in.hardware != nullptr, in.hardware != nullptr ? in.hardware->name : ""));
  j.field("count", in.model.count).field("power_w", in.model.power_w).field("power_origin", to_string(in.power_origin));
  j.field("power_kind", measured ? std::string_view("measured_average") : to_string(in.hardware->power_kind));
  write_source(j, "power_source", measured ? nullptr : in.hardware->source);
  j.field("utilization", in.model.utilization).field("hours", in.model.hours);
  j.field("region", when(located, located ? location_key(in.location) : std::string()));
  j.field("region_name", when(located, !located ? std::string_view() : in.location.region != nullptr ? in.location.region->name
                                                                                                  : in.location.grid->name));
  j.field("grid", when(located, located ? in.location.grid->id : ""));
  j.field("pue", in.model.pue).field("pue_origin", to_string(in.pue_origin));
  j.field("pue_year", when(in.pue_figure.has_value(), in.pue_figure ? in.pue_figure->year : 0));
  write_source(j, "pue_source", in.pue_figure ? in.pue_figure->source : nullptr);
  j.field("intensity_g_per_kwh", in.model.intensity_g_per_kwh).field("intensity_origin", to_string(in.intensity_origin));
  const std::optional<Intensity>& figure = in.intensity_figure;
  j.field("intensity_year", when(figure.has_value(), figure ? figure->year : 0));
  j.field("intensity_basis", when(figure.has_value(), figure ? to_string(figure->basis) : ""));
  write_source(j, "intensity_source", figure ? figure->source : nullptr);
  j.field("offset_percent", in.model.offsets.percent).field("offset_kg", in.model.offsets.kg);
  j.key("instance");
  if (in.instance != nullptr) j.value(fmt::format("{}:{}", in.instance->provider, in.instance->id)); else j.null();
  j.field("nodes", in.instance != nullptr ? std::optional<std::uint64_t>(in.nodes) : std::nullopt);
  j.key("cpu");
  if (in.cpu != nullptr) j.value(in.cpu->id); else j.null();
  j.field("cpu_count", in.model.cpu_count).field("cpu_power_w", in.model.cpu_power_w);
  j.field("cpu_utilization", in.model.cpu_utilization).field("memory_gb", in.model.memory_gb);
  j.field("memory_w_per_gb", in.model.memory_w_per_gb).field("overhead_w", in.model.overhead_w);
  j.key("compute");
  if (in.compute) {
    const ComputeBasis& c = *in.compute;
    j.begin_object().field("flops", c.flops);
    j.field("params", c.params > 0 ? std::optional<double>(c.params) : std::nullopt);
    j.field("tokens", c.tokens > 0 ? std::optional<double>(c.tokens) : std::nullopt);
    j.field("precision", to_string(c.precision)).field("peak_tflops", c.peak_tflops).field("mfu", c.mfu);
    j.field("device_hours", c.device_hours).end_object();
  } else {
    j.null();
  }
  j.field("embodied_kg_per_device", in.model.embodied_kg_per_device).field("lifetime_hours", in.model.lifetime_hours);
  j.key("defaults").begin_array();
  for (const std::string& name : e.defaulted) j.value(name);
  j.end_array().end_object();

  j.key("breakdown").begin_array();
  for (const Factor& f : e.breakdown) {
    j.begin_object().field("name", f.name).field("label", f.label).field("value", f.value).field("unit", f.unit);
    j.field("source", f.source).field("formula", f.formula).end_object();
  }
  j.end_array();
  j.key("provider_claims").begin_array();
  for (const ClaimNote& claim : e.claims) {
    j.begin_object().field("text", claim.text).field("year", claim.year);
    write_source(j, "source", claim.source);
    j.end_object();
  }
  j.end_array();
  write_equivalents(j, r.co2e_kg, options);
  write_compat(j, options.compat);
  j.key("notes").begin_array();
  for (const std::string& note : e.notes) j.value(note);
  j.end_array();
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
