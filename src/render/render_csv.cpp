// CSV output: a header line and one line per record; fixed columns (README, "Machine output");
// numbers printed exactly (shortest text that reads back as the same double).
#include <fmt/format.h>

#include "render/render.h"
#include "render/explain.h"
#include "render/render_internal.h"
#include "util/numbers.h"

namespace mlcarbon {
namespace {

std::string field(std::string_view text) {
  std::string out;
  append_csv_field(out, text);
  return out;
}

std::string num(double x) { return shortest(x); }


}  // namespace

void append_csv_field(std::string& out, std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += text;
    return;
  }
  out += '"';
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

std::string render_estimate_csv(const Estimate& e, const RenderOptions& options) {
  std::string out =
      "schema_version,hardware,count,power_w,power_origin,utilization,hours,region,grid,pue,pue_origin,"
      "intensity_g_per_kwh,intensity_origin,intensity_year,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,intensity_basis,"
      "intensity_scope,market_co2e_kg,embodied_kg,total_with_embodied_kg,co2e_kg_low,co2e_kg_high,energy_kwh_low,energy_kwh_high,"
      "settings\n";
  const std::string region = e.location.grid != nullptr ? location_key(e.location) : std::string();
  const std::string grid = e.location.grid != nullptr ? std::string(e.location.grid->id) : std::string();
  const std::string year = e.intensity_figure ? fmt::format("{}", e.intensity_figure->year) : std::string();
  // The range is empty where the estimate was made without one.
  const bool ranged = e.range.co2e_high > 0 || e.range.energy_high > 0;
  const auto range_num = [&](double x) { return ranged ? num(x) : std::string(); };
  out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n", kOutputSchemaVersion,
                     field(e.hardware != nullptr ? e.hardware->id : ""), e.has(Term::count) ? fmt::format("{}", e.count) : "",
                     e.has(Term::power_w) ? num(e[Term::power_w]) : "", power_origin_name(e),
                     e.has(Term::utilization) ? num(e[Term::utilization]) : "", e.has(Term::hours) ? num(e[Term::hours]) : "", field(region), field(grid), num(e[Term::pue]), pue_origin_name(e),
                     num(e[Term::intensity_g_per_kwh]), intensity_origin_name(e), year, num(e[Term::it_energy_kwh]),
                     num(e[Term::energy_kwh]), num(e[Term::co2e_kg]), num(e[Term::offset_kg]), num(e[Term::net_co2e_kg]),
                     to_string(e.basis), e.intensity_figure ? to_string(e.intensity_scope) : "",
                     e.has(Term::market_co2e_kg) ? num(e[Term::market_co2e_kg]) : std::string(), num(e[Term::embodied_kg]),
                     num(e[Term::total_with_embodied_kg]), range_num(e.range.co2e_low), range_num(e.range.co2e_high),
                     range_num(e.range.energy_low), range_num(e.range.energy_high), field(settings_text(options.settings)));
  return out;
}

std::string render_hardware_list_csv(std::span<const Hardware* const> hardware) {
  std::string out = "id,name,vendor,kind,power_w,power_kind,memory_gb,cores,released,source_title,source_year,source_url\n";
  for (const Hardware* hw : hardware) {
    out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{}\n", field(hw->id), field(hw->name), field(hw->vendor),
                       to_string(hw->kind), num(hw->power_w), to_string(hw->power_kind),
                       hw->memory_gb > 0 ? num(hw->memory_gb) : "", hw->cores > 0 ? fmt::format("{}", hw->cores) : "",
                       hw->released > 0 ? fmt::format("{}", hw->released) : "", field(hw->source->title),
                       hw->source->year, field(hw->source->url));
  }
  return out;
}

std::string render_location_list_csv(std::span<const Location> locations, const Catalog& catalog) {
  std::string out =
      "id,kind,name,country,grid,intensity_g_per_kwh,intensity_year,intensity_basis,intensity_source,pue,pue_origin,cfe,"
      "intensity_scope,lifecycle_g_per_kwh,direct_g_per_kwh\n";
  for (const Location& location : locations) {
    const Region* r = location.region;
    const IntensityAt at_grid = intensity_at(location);
    const Intensity& intensity = *at_grid.figure;
    const auto on = [&](Basis b) {
      const std::optional<double> c = basis_conversion(at_grid, b);
      return c ? num(intensity.g_per_kwh + *c) : std::string();
    };
    const PueAt at = pue_at(location, catalog);
    const PueFigure& pue = *at.figure;
    const std::string_view pue_origin = to_string(at.scope);
    const std::string_view country = r != nullptr ? r->country
                                     : location.grid->kind == GridKind::country ? location.grid->id
                                                                                : location.grid->country;
    out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n", field(location_key(location)),
                       r != nullptr ? "cloud" : to_string(location.grid->kind), field(r != nullptr ? r->name : location.grid->name),
                       country, field(location.grid->id), num(intensity.g_per_kwh), intensity.year, to_string(intensity.basis),
                       field(intensity.source->title), num(pue.pue), pue_origin,
                       r != nullptr && r->cfe ? num(r->cfe->fraction) : "", to_string(at_grid.scope), on(Basis::lifecycle),
                       on(Basis::direct));
  }
  return out;
}

}  // namespace mlcarbon
