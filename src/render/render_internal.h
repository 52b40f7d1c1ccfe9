// The per-format renderers behind render.h's dispatch functions.
#pragma once

#include <span>
#include <string>

#include "data/catalog.h"
#include "core/estimate.h"
#include "render/render.h"

namespace mlcarbon {

std::string render_estimate_text(const Estimate& estimate, const RenderOptions& options);
// The short view: the result, the factors with a word on each one's origin, numbered references, at
// most 80 columns.
std::string render_estimate_short(const Estimate& estimate, const RenderOptions& options);
std::string render_estimate_json(const Estimate& estimate, const Catalog& catalog, bool compact, const RenderOptions& options);
std::string render_estimate_appendix(const Estimate& estimate, const Catalog& catalog, Format format,
                                     const RenderOptions& options);
std::string render_estimate_model_card(const Estimate& estimate, const Catalog& catalog, const RenderOptions& options);
// mlcarbon run: the measured parts, after the estimate's text.
std::string render_run_text(const RunReport& run, std::size_t width);

// "Equivalents:" lines for text output (empty unless options.equivalents).
std::string equivalents_text(double co2e_kg, const RenderOptions& options);
class JsonWriter;
// The "equivalents" array (empty unless options.equivalents).
void write_equivalents(JsonWriter& j, double co2e_kg, const RenderOptions& options);
// "settings": [{key, value, from}]: the defaults taken from the environment or a project file.
// The sentences naming the defaults taken and data other than the built-in data (text outputs).
std::vector<std::string> provenance_notes(const RenderOptions& options);
void write_settings(JsonWriter& j, const std::vector<SettingUsed>& settings);
std::string render_estimate_csv(const Estimate& estimate, const RenderOptions& options);
// RFC 4180 quoting: a field with a comma, quote or line break is quoted, its quotes doubled.
void append_csv_field(std::string& out, std::string_view text);
// A source as JSON: {key, title, publisher, url, year[, license]}, or null.
void write_source(JsonWriter& j, std::string_view name, const Source* source);

std::string render_hardware_list_text(std::span<const Hardware* const> hardware, std::size_t width);
std::string render_hardware_show_text(const Hardware& hardware);
std::string render_location_list_text(std::span<const Location> locations, const Catalog& catalog, std::size_t width);
std::string render_location_show_text(const Location& location, const Catalog& catalog);

std::string render_hardware_list_json(std::span<const Hardware* const> hardware);
std::string render_hardware_show_json(const Hardware& hardware);
std::string render_location_list_json(std::span<const Location> locations, const Catalog& catalog);
std::string render_location_show_json(const Location& location, const Catalog& catalog);

std::string render_hardware_list_csv(std::span<const Hardware* const> hardware);
std::string render_location_list_csv(std::span<const Location> locations, const Catalog& catalog);

// "US East (N. Virginia)" or "Iowa (Council Bluffs, Iowa)": the display name, with the location
// when the name does not already say it.
std::string region_title(const Region& region);

}  // namespace mlcarbon
