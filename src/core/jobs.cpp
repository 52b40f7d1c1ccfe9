#include "core/jobs.h"

namespace mlcarbon {

void Totals::add(const Estimate& e) {
  ++jobs;
  device_hours += e[Term::count] * e[Term::hours];
  it_energy_kwh += e[Term::it_energy_kwh];
  energy_kwh += e[Term::energy_kwh];
  co2e_kg += e[Term::co2e_kg];
  offset_kg += e[Term::offset_kg];
  net_co2e_kg += e[Term::net_co2e_kg];
  embodied_kg += e[Term::embodied_kg];
}

void Totals::add_series(const Estimate& e, double series_kg) {
  ++series_jobs;
  series_co2e_kg += series_kg;
  series_annual_co2e_kg += e[Term::co2e_kg];
}

Totals& Grouping::of(std::string_view value) {
  if (value.empty()) value = "-";
  const auto it = totals.find(value);
  if (it != totals.end()) return it->second;
  return totals.emplace(std::string(value), Totals{}).first->second;
}

void JobTotals::add(const Estimate& e) {
  all.add(e);
  if (!by_key) return;
  if (e.location.region != nullptr) {
    by_region[e.location.region].add(e);
  } else {
    by_grid[e.location.grid].add(e);
  }
  by_hardware[e.hardware].add(e);
}

std::map<std::string, Totals> JobTotals::regions() const {
  std::map<std::string, Totals> out;
  for (const auto& [region, totals] : by_region) out[region_key(*region)] = totals;
  for (const auto& [grid, totals] : by_grid) out[grid == nullptr ? "-" : location_key(Location{nullptr, grid})] = totals;
  return out;
}

std::map<std::string, Totals> JobTotals::hardware() const {
  std::map<std::string, Totals> out;
  for (const auto& [hw, totals] : by_hardware) out[hw == nullptr ? "-" : std::string(hw->id)] = totals;
  return out;
}

}  // namespace mlcarbon
