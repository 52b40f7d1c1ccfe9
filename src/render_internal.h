// The per-format renderers behind render.h's dispatch functions.
#pragma once

#include <span>
#include <string>

#include "catalog.h"
#include "estimate.h"

namespace mlcarbon {

std::string render_estimate_text(const Estimate& estimate);
std::string render_estimate_json(const Estimate& estimate, const Catalog& catalog);
std::string render_estimate_csv(const Estimate& estimate);

std::string render_hardware_list_text(std::span<const Hardware* const> hardware);
std::string render_hardware_show_text(const Hardware& hardware);
std::string render_location_list_text(std::span<const Location> locations, const Catalog& catalog);
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

// The PUE that applies at a location when the user gives none (site, provider or default).
const PueFigure& effective_pue(const Location& location, const Catalog& catalog);
// The intensity that applies at a location (the region's own figure, or its grid's).
const Intensity& effective_intensity(const Location& location);

}  // namespace mlcarbon
