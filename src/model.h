// The estimate itself: numbers in, numbers out. No names, no files, no rounding.
//
//   IT power (kW)        = count x power_w x utilization / 1000
//   IT energy (kWh)      = IT power x hours
//   energy (kWh)         = IT energy x PUE                      (facility energy)
//   CO2e (kg)            = energy x intensity_g_per_kwh / 1000  (gross, location-based)
//   net CO2e (kg)        = CO2e - offsets the user bought (never below zero)
//
// This is the Lacoste et al. (2019) calculator's formula (energy = power x time, emissions =
// energy x grid intensity) with Patterson et al.'s (2021) device count and PUE.
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
  std::uint64_t count = 1;
  double power_w = 0;
  double utilization = 1;
  double hours = 0;
  double pue = 1;
  double intensity_g_per_kwh = 0;
  Offsets offsets;
};

struct ModelResult {
  double it_power_kw = 0;
  double it_energy_kwh = 0;
  double energy_kwh = 0;
  double co2e_kg = 0;
  double offset_kg = 0;          // offsets bought, in kg (percent converted)
  double net_co2e_kg = 0;        // co2e_kg - offset_kg, not below 0
  double offset_surplus_kg = 0;  // offsets beyond the gross emissions (not counted)
};

// Throws Error(internal) if an input is outside its domain: callers validate user input first,
// so a violation here is a bug, and a wrong number must never be printed.
ModelResult compute(const ModelInputs& in);

}  // namespace mlcarbon
