// The estimate itself: numbers in, numbers out. No names, no files, no rounding.
//
//   accelerators (kW)   = count x power_w x utilization / 1000
//   host CPUs (kW)      = cpu_count x cpu_power_w x cpu_utilization / 1000
//   memory (kW)         = memory_gb x memory_w_per_gb / 1000
//   IT power (kW)       = accelerators + host CPUs + memory + overhead_w / 1000
//   IT energy (kWh)     = IT power x hours
//   energy (kWh)        = IT energy x PUE                      (facility energy)
//   CO2e (kg)           = energy x intensity_g_per_kwh / 1000  (gross, location-based)
//   net CO2e (kg)       = CO2e - offsets the user bought (never below zero)
//   market-based (kg)   = CO2e x (1 - cfe)                     (when a provider's CFE share is known)
//   embodied (kg)       = count x hours x embodied_kg_per_device / lifetime_hours
//
// The first lines are the Lacoste et al. (2019) calculator's formula with Patterson et al.'s (2021)
// device count and PUE; the host terms follow Green Algorithms (Lannelongue et al. 2021).
#pragma once

#include <cstdint>
#include <optional>

namespace mlcarbon {

// Offsets the user bought: a share of the gross emissions, or a mass. At most one is set.
struct Offsets {
  std::optional<double> percent;  // 0..100
  std::optional<double> kg;       // >= 0
};

struct ModelInputs {
  std::uint64_t count = 1;  // accelerators (or whatever devices --power describes)
  double power_w = 0;
  double utilization = 1;
  double hours = 0;
  double cpu_count = 0;  // host CPU packages (0: none counted)
  double cpu_power_w = 0;
  double cpu_utilization = 1;
  double memory_gb = 0;
  double memory_w_per_gb = 0;
  double overhead_w = 0;  // fixed power of the nodes, in total
  double pue = 1;
  double intensity_g_per_kwh = 0;
  std::optional<double> cfe;  // provider's carbon-free share, 0..1, for the market-based figure
  double embodied_kg_per_device = 0;  // 0: embodied emissions not counted
  double lifetime_hours = 0;          // hours of use the embodied emissions are spread over
  Offsets offsets;
};

struct ModelResult {
  double accelerator_kw = 0;
  double cpu_kw = 0;
  double memory_kw = 0;
  double overhead_kw = 0;
  double it_power_kw = 0;
  double it_energy_kwh = 0;
  double energy_kwh = 0;
  double co2e_kg = 0;
  double offset_kg = 0;          // offsets bought, in kg (percent converted)
  double net_co2e_kg = 0;        // co2e_kg - offset_kg, not below 0
  double offset_surplus_kg = 0;  // offsets beyond the gross emissions (not counted)
  std::optional<double> market_co2e_kg;  // with a provider CFE share
  double embodied_kg = 0;
  double total_with_embodied_kg = 0;  // co2e_kg + embodied_kg
};

// Throws Error(internal) if an input is outside its domain: callers validate user input first,
// so a violation here is a bug, and a wrong number must never be printed.
ModelResult compute(const ModelInputs& in);

}  // namespace mlcarbon
