// Text views of the catalog: `hardware list/show` and `regions list/show`.
#include <cmath>

#include <fmt/format.h>

#include "util/error.h"
#include "render/json_writer.h"
#include "render/render.h"
#include "render/explain.h"
#include "render/render_internal.h"
#include "util/numbers.h"
#include "render/table.h"

namespace mlcarbon {
namespace {

std::string source_lines(const Source& source, std::string_view indent) {
  std::string out = fmt::format("{}title:     {}\n{}publisher: {}\n{}year:      {}\n{}url:       {}\n", indent, source.title,
                                indent, source.publisher, indent, source.year, indent, source.url);
  if (!source.license.empty()) out += fmt::format("{}license:   {}\n", indent, source.license);
  if (!source.note.empty()) out += fmt::format("{}note:      {}\n", indent, source.note);
  return out;
}

std::string pue_origin_words(const Location& location, const Catalog& catalog) {
  const PueScope scope = pue_at(location, catalog).scope;
  if (scope == PueScope::provider) return fmt::format("{} fleet", location.region->provider->id);
  return std::string(to_string(scope));
}

}  // namespace

std::string render_hardware_list_text(std::span<const Hardware* const> hardware, std::size_t width) {
  // Within 80 columns: the id, the power figure and what it is, the name (cut where it must be);
  // the kind, memory and source are in `hardware show` and in the CSV and JSON listings.
  Table table({Table::Align::left, Table::Align::right, Table::Align::left, Table::Align::left});
  table.add({"id", "W", "power is", "name"});
  for (const Hardware* hw : hardware) {
    const std::string_view kind = hw->power_kind == PowerKind::measured_average ? "measured" : power_kind_words(hw->power_kind);
    table.add({std::string(hw->id), human(hw->power_w), std::string(kind), std::string(hw->name)});
  }
  return fit_lines(table.render(), width) +
         wrap_text(fmt::format("{} {}; `mlcarbon hardware show ID` gives one with its source; --format csv every column.",
                               hardware.size(), hardware.size() == 1 ? "entry" : "entries"),
                   width, "", "");
}

std::string render_hardware_show_text(const Hardware& hw) {
  std::string out = fmt::format("{} ({})\n", hw.name, hw.id);
  out += fmt::format("  vendor:    {}\n  kind:      {}\n", hw.vendor, to_string(hw.kind));
  out += fmt::format("  power:     {} W ({})\n", human(hw.power_w), power_kind_words(hw.power_kind));
  for (const auto& alt : hw.power_alternatives) out += fmt::format("             also {} W: {}\n", human(alt.power_w), alt.note);
  if (hw.memory_gb > 0) out += fmt::format("  memory:    {} GB\n", human(hw.memory_gb));
  if (hw.cores > 0) out += fmt::format("  cores:     {}\n", hw.cores);
  if (hw.released > 0) out += fmt::format("  released:  {}\n", hw.released);
  if (!hw.aliases.empty()) out += fmt::format("  aliases:   {}\n", fmt::join(hw.aliases, ", "));
  if (!hw.slice_prefix.empty()) {
    const int per_chip = hw.slice_units_per_chip;
    out += fmt::format("  slices:    {}-N, N {} ({}-{} = 4 chips): {}\n", hw.slice_prefix,
                       per_chip == 1 ? "chips" : fmt::format("TensorCores, {} a chip", per_chip), hw.slice_prefix, 4 * per_chip,
                       describe(*hw.slice_source));
  }
  if (!hw.note.empty()) out += fmt::format("  note:      {}\n", hw.note);
  out += "  source:\n" + source_lines(*hw.source, "    ");
  return out;
}

std::string render_location_list_text(std::span<const Location> locations, const Catalog& catalog, std::size_t width) {
  // Within 80 columns: the id, the intensity estimates use (lifecycle) with its year, the PUE, the
  // name; the grid, the published figure and basis and the PUE's origin are in `regions show` and
  // the CSV and JSON listings.
  Table table({Table::Align::left, Table::Align::right, Table::Align::right, Table::Align::right, Table::Align::left});
  table.add({"id", "g/kWh", "year", "PUE", "name"});
  for (const Location& location : locations) {
    const Region* r = location.region;
    const IntensityAt at = intensity_at(location);
    const Intensity& intensity = *at.figure;
    const std::optional<double> conversion = basis_conversion(at, Basis::lifecycle);
    const std::string name = r != nullptr ? region_title(*r) : std::string(location.grid->name);
    table.add({location_key(location), conversion ? human(intensity.g_per_kwh + *conversion) : "-", fmt::format("{}", intensity.year),
               human(pue_at(location, catalog).figure->pue), name});
  }
  return fit_lines(table.render(), width) +
         wrap_text(fmt::format("{} {}; g/kWh: gCO2e/kWh on a lifecycle basis, what estimates use (a direct figure converted with its "
                               "grid's generation mix). `mlcarbon regions show ID` gives one with its sources; --format csv every column.",
                               locations.size(), locations.size() == 1 ? "entry" : "entries"),
                   width, "", "");
}

std::string render_location_show_text(const Location& location, const Catalog& catalog) {
  const Region* r = location.region;
  const Grid& grid = *location.grid;
  std::string out;
  if (r != nullptr) {
    out += fmt::format("{} ({})\n  provider:  {}\n  location:  {}, {}\n", region_key(*r), r->name, r->provider->name,
                       r->location, r->country);
    if (!r->aliases.empty()) out += fmt::format("  aliases:   {}\n", fmt::join(r->aliases, ", "));
    out += fmt::format("  grid:      {} ({}, {})\n", grid.id, grid.name, to_string(grid.kind));
  } else {
    out += fmt::format("{} ({})\n  kind:      {}\n", location_key(location), grid.name, to_string(grid.kind));
    if (!grid.iso3.empty()) out += fmt::format("  codes:     {}, {}\n", grid.id, grid.iso3);
    if (!grid.aliases.empty()) out += fmt::format("  aliases:   {}\n", fmt::join(grid.aliases, ", "));
  }
  const IntensityAt at = intensity_at(location);
  const Intensity& intensity = *at.figure;
  out += fmt::format("  intensity: {} gCO2e/kWh, {} annual average, {} basis, {}\n", human(intensity.g_per_kwh), intensity.year,
                     to_string(intensity.basis), scope_words(at.scope));
  if (r != nullptr && !r->intensity && grid.kind == GridKind::country) {
    out += fmt::format("             the national average of {}: {} publishes no figure for the region\n", grid.name,
                       r->provider->name);
  }
  out += source_lines(*intensity.source, "    ");
  const Basis other = intensity.basis == Basis::lifecycle ? Basis::direct : Basis::lifecycle;
  if (const std::optional<double> c = basis_conversion(at, other)) {
    out += fmt::format("  {}:{}{} gCO2e/kWh = {} {} {} upstream, from the {} generation mix of {} and per-fuel factors\n", to_string(other),
                       std::string(10 - to_string(other).size(), ' '), human(intensity.g_per_kwh + *c), human(intensity.g_per_kwh),
                       *c < 0 ? '-' : '+', human(std::abs(*c)), at.mix->year, grid.id);
  } else {
    out += fmt::format("  {}:{}not given: the data has no generation mix for {}\n", to_string(other),
                       std::string(10 - to_string(other).size(), ' '), grid.id);
  }
  if (at.mix != nullptr) {
    std::vector<std::string> shares;
    for (std::size_t f = 0; f < kFuelCount; ++f) {
      if (at.mix->share[f] > 0) shares.push_back(fmt::format("{} {:.1f}%", to_string(static_cast<Fuel>(f)), at.mix->share[f] * 100));
    }
    out += fmt::format("  mix:       {} ({}): {}\n", grid.id, at.mix->year, fmt::join(shares, ", "));
    if (at.mix->source != intensity.source) out += source_lines(*at.mix->source, "    ");
  }
  if (r != nullptr && r->intensity) {
    out += fmt::format("  grid {} average: {} gCO2e/kWh ({}), not used: the region's own figure is preferred\n", grid.id,
                       human(grid.intensity.g_per_kwh), grid.intensity.year);
  }
  const PueFigure& pue = *pue_at(location, catalog).figure;
  out += fmt::format("  PUE:       {} ({}{}, {})\n", human(pue.pue), pue_origin_words(location, catalog),
                     pue.scope.empty() ? "" : fmt::format(": {}", pue.scope), pue.year);
  out += source_lines(*pue.source, "    ");
  if (r != nullptr && r->cfe) {
    out += fmt::format("  CFE:       {}% carbon-free energy claimed by {} ({}; reported, not subtracted)\n",
                       human(r->cfe->fraction * 100), r->provider->name, r->cfe->year);
    out += source_lines(*r->cfe->source, "    ");
  }
  if (r != nullptr) {
    for (const Claim& claim : r->provider->claims) {
      out += fmt::format("  claim:     {} ({}; reported, not subtracted)\n", claim.text, claim.year);
      out += source_lines(*claim.source, "    ");
    }
  }
  return out;
}

std::string render_data_checks(std::span<const DataCheck> checks, Format format) {
  if (format != Format::text && format != Format::json) {
    throw Error(ErrorKind::internal, fmt::format("no {} output for `data check`", format_name(format)));
  }
  if (format == Format::json) {
    JsonWriter j;
    j.begin_object().field("schema_version", kOutputSchemaVersion).key("checks").begin_array();
    for (const DataCheck& c : checks) {
      const CatalogStats& s = c.stats;
      j.begin_object().field("file", c.what).field("kind", c.kind).field("valid", true);
      j.field("hardware", s.hardware).field("tdp", s.tdp).field("measured_average", s.measured).field("estimate", s.estimated);
      j.field("hardware_sources", s.hardware_sources).field("providers", s.providers);
      j.field("providers_with_pue", s.providers_with_pue).field("countries", s.countries).field("subnational", s.subnational);
      j.field("world", s.world);
      j.key("subnational_by_country").begin_object();
      for (const auto& [country, n] : s.subnational_by_country) j.field(country, n);
      j.end_object().field("grids_with_mix", s.grids_with_mix);
      j.field("regions", s.regions).field("regions_with_own_intensity", s.regions_with_own_intensity);
      j.field("region_sources", s.region_sources).field("oldest_intensity_year", s.oldest_year);
      j.field("newest_intensity_year", s.newest_year).field("median_intensity_year_used", s.median_year_used);
      j.end_object();
    }
    j.end_array().end_object();
    return j.finish();
  }
  std::string out;
  for (const DataCheck& c : checks) {
    const CatalogStats& s = c.stats;
    out += fmt::format("{} ({}): valid\n", c.what, c.kind);
    out += fmt::format("  hardware:  {} devices ({} TDP, {} measured averages, {} estimates), {} sources\n", s.hardware, s.tdp,
                       s.measured, s.estimated, s.hardware_sources);
    std::vector<std::string> by_country;
    for (const auto& [country, n] : s.subnational_by_country) by_country.push_back(fmt::format("{} {}", country, n));
    out += fmt::format("  regions:   {} providers ({} with a published PUE), {} countries, {} sub-national grids{}, {}{} cloud regions "
                       "({} with their own intensity), {} sources\n",
                       s.providers, s.providers_with_pue, s.countries, s.subnational,
                       by_country.empty() ? std::string() : fmt::format(" ({})", fmt::join(by_country, ", ")),
                       s.world != 0 ? "the world average, " : "", s.regions,
                       s.regions_with_own_intensity, s.region_sources);
    out += fmt::format("  basis:     {} of {} grids have a generation mix, so that their figures convert between the lifecycle and direct "
                       "bases\n",
                       s.grids_with_mix, s.countries + s.subnational + s.world);
    out += fmt::format("  intensity: years {} to {}; median year of the figures in use {}\n", s.oldest_year, s.newest_year,
                       s.median_year_used);
  }
  return out;
}

}  // namespace mlcarbon

