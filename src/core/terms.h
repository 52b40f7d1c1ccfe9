// The terms of an estimate: every quantity the model uses or derives, with its unit and stable
// machine name. An Estimate (estimate.h) holds one value of each, with where it came from.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace mlcarbon {

enum class Term : std::uint8_t {
  // The devices
  count,
  power_w,
  utilization,
  accelerator_kw,
  // The host: CPUs, memory, a fixed overhead
  cpu_cores,
  cores_per_cpu,
  cpu_count,
  cpu_power_w,
  cpu_utilization,
  cpu_kw,
  memory_gb,
  memory_w_per_gb,
  memory_kw,
  overhead_w,
  overhead_kw,
  it_power_kw,
  // How long: given, or from the training compute
  params,
  tokens,
  flops,
  peak_tflops,
  mfu,
  flop_per_s,
  device_hours,
  hours,
  // Energy and emissions
  it_energy_kwh,
  pue,
  energy_kwh,
  published_intensity_g_per_kwh,
  basis_conversion_g_per_kwh,
  intensity_g_per_kwh,
  co2e_kg,
  offset_percent,
  offset_kg,
  net_co2e_kg,
  offset_surplus_kg,
  cfe,
  market_co2e_kg,
  // Manufacturing (embodied) emissions
  device_embodied_kg,
  server_embodied_kg,
  devices_per_server,
  embodied_kg_per_device,
  lifetime_hours,
  embodied_kg,
  total_with_embodied_kg,
  end_,
};
inline constexpr std::size_t kTermCount = static_cast<std::size_t>(Term::end_);

enum class Unit : std::uint8_t {
  none,
  devices,
  watts,
  fraction,  // of the rated power
  packages,
  cores,
  gigabytes,
  watts_per_gigabyte,
  kilowatts,
  flop,
  tflop_per_s,
  flop_per_s,
  hours,
  kilowatt_hours,
  grams_per_kilowatt_hour,
  kilograms,
  percent,
};

struct TermInfo {
  Term term;
  std::string_view name;  // stable, as in JSON ("it_energy_kwh")
  Unit unit;
};

inline constexpr std::array<TermInfo, kTermCount> kTerms{{
    {Term::count, "count", Unit::devices},
    {Term::power_w, "power_w", Unit::watts},
    {Term::utilization, "utilization", Unit::fraction},
    {Term::accelerator_kw, "accelerator_kw", Unit::kilowatts},
    {Term::cpu_cores, "cpu_cores", Unit::cores},
    {Term::cores_per_cpu, "cores_per_cpu", Unit::cores},
    {Term::cpu_count, "cpu_count", Unit::packages},
    {Term::cpu_power_w, "cpu_power_w", Unit::watts},
    {Term::cpu_utilization, "cpu_utilization", Unit::fraction},
    {Term::cpu_kw, "cpu_kw", Unit::kilowatts},
    {Term::memory_gb, "memory_gb", Unit::gigabytes},
    {Term::memory_w_per_gb, "memory_w_per_gb", Unit::watts_per_gigabyte},
    {Term::memory_kw, "memory_kw", Unit::kilowatts},
    {Term::overhead_w, "overhead_w", Unit::watts},
    {Term::overhead_kw, "overhead_kw", Unit::kilowatts},
    {Term::it_power_kw, "it_power_kw", Unit::kilowatts},
    {Term::params, "params", Unit::none},
    {Term::tokens, "tokens", Unit::none},
    {Term::flops, "flops", Unit::flop},
    {Term::peak_tflops, "peak_tflops", Unit::tflop_per_s},
    {Term::mfu, "mfu", Unit::none},
    {Term::flop_per_s, "flop_per_s", Unit::flop_per_s},
    {Term::device_hours, "device_hours", Unit::hours},
    {Term::hours, "hours", Unit::hours},
    {Term::it_energy_kwh, "it_energy_kwh", Unit::kilowatt_hours},
    {Term::pue, "pue", Unit::none},
    {Term::energy_kwh, "energy_kwh", Unit::kilowatt_hours},
    {Term::published_intensity_g_per_kwh, "published_intensity_g_per_kwh", Unit::grams_per_kilowatt_hour},
    {Term::basis_conversion_g_per_kwh, "basis_conversion_g_per_kwh", Unit::grams_per_kilowatt_hour},
    {Term::intensity_g_per_kwh, "intensity_g_per_kwh", Unit::grams_per_kilowatt_hour},
    {Term::co2e_kg, "co2e_kg", Unit::kilograms},
    {Term::offset_percent, "offset_percent", Unit::percent},
    {Term::offset_kg, "offset_kg", Unit::kilograms},
    {Term::net_co2e_kg, "net_co2e_kg", Unit::kilograms},
    {Term::offset_surplus_kg, "offset_surplus_kg", Unit::kilograms},
    {Term::cfe, "cfe", Unit::fraction},
    {Term::market_co2e_kg, "market_co2e_kg", Unit::kilograms},
    {Term::device_embodied_kg, "device_embodied_kg", Unit::kilograms},
    {Term::server_embodied_kg, "server_embodied_kg", Unit::kilograms},
    {Term::devices_per_server, "devices_per_server", Unit::devices},
    {Term::embodied_kg_per_device, "embodied_kg_per_device", Unit::kilograms},
    {Term::lifetime_hours, "lifetime_hours", Unit::hours},
    {Term::embodied_kg, "embodied_kg", Unit::kilograms},
    {Term::total_with_embodied_kg, "total_with_embodied_kg", Unit::kilograms},
}};

constexpr bool terms_in_order() {
  for (std::size_t i = 0; i < kTermCount; ++i) {
    if (static_cast<std::size_t>(kTerms[i].term) != i) return false;
  }
  return true;
}
static_assert(terms_in_order(), "kTerms lists every Term once, in the enum's order");

constexpr const TermInfo& info(Term term) { return kTerms[static_cast<std::size_t>(term)]; }

}  // namespace mlcarbon
