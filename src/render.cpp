#include "render.h"

#include <array>

#include "error.h"
#include "render_internal.h"

namespace mlcarbon {

std::string region_title(const Region& region) {
  if (region.name.find(region.location) != std::string_view::npos ||
      region.location.find(region.name) != std::string_view::npos) {
    return region.location.size() > region.name.size() ? std::string(region.location) : std::string(region.name);
  }
  return std::string(region.name) + " (" + std::string(region.location) + ")";
}

const PueFigure& effective_pue(const Location& location, const Catalog& catalog) {
  if (location.region != nullptr && location.region->pue) return *location.region->pue;
  if (location.region != nullptr && location.region->provider->pue) return *location.region->provider->pue;
  return catalog.default_pue;
}

const Intensity& effective_intensity(const Location& location) {
  if (location.region != nullptr && location.region->intensity) return *location.region->intensity;
  return location.grid->intensity;
}

std::string render_estimate(const Estimate& estimate, const Catalog& catalog, Format format) {
  switch (format) {
    case Format::text: return render_estimate_text(estimate);
    case Format::json: return render_estimate_json(estimate, catalog);
    case Format::csv: return render_estimate_csv(estimate);
  }
  throw Error(ErrorKind::internal, "unknown output format");
}

std::string render_hardware_list(std::span<const Hardware* const> hardware, Format format) {
  switch (format) {
    case Format::text: return render_hardware_list_text(hardware);
    case Format::json: return render_hardware_list_json(hardware);
    case Format::csv: return render_hardware_list_csv(hardware);
  }
  throw Error(ErrorKind::internal, "unknown output format");
}

std::string render_hardware_show(const Hardware& hardware, Format format) {
  switch (format) {
    case Format::text: return render_hardware_show_text(hardware);
    case Format::json: return render_hardware_show_json(hardware);
    case Format::csv: return render_hardware_list_csv(std::span<const Hardware* const>(std::array{&hardware}));
  }
  throw Error(ErrorKind::internal, "unknown output format");
}

std::string render_location_list(std::span<const Location> locations, const Catalog& catalog, Format format) {
  switch (format) {
    case Format::text: return render_location_list_text(locations, catalog);
    case Format::json: return render_location_list_json(locations, catalog);
    case Format::csv: return render_location_list_csv(locations, catalog);
  }
  throw Error(ErrorKind::internal, "unknown output format");
}

std::string render_location_show(const Location& location, const Catalog& catalog, Format format) {
  switch (format) {
    case Format::text: return render_location_show_text(location, catalog);
    case Format::json: return render_location_show_json(location, catalog);
    case Format::csv: return render_location_list_csv(std::span<const Location>(&location, 1), catalog);
  }
  throw Error(ErrorKind::internal, "unknown output format");
}

}  // namespace mlcarbon
