#include "core/equivalents.h"

#include <array>

namespace mlcarbon {
namespace {

// US EPA, Greenhouse Gas Equivalencies Calculator, "Calculations and References" (2024 revision,
// eGRID2022 emission rates). The page could not be read directly here; the figures were taken from
// concordant copies of it (see data/README.md, "Equivalents").
constexpr Source kEpa{"epa-ghg-equivalencies-2024",
                      "Greenhouse Gas Equivalencies Calculator: Calculations and References",
                      "U.S. Environmental Protection Agency",
                      "https://www.epa.gov/energy/greenhouse-gas-equivalencies-calculator-calculations-and-references",
                      2024,
                      "",
                      ""};

// UK Department for Energy Security and Net Zero, Greenhouse gas reporting: conversion factors
// 2025 (published 2025-06-10), Business travel - air, economy class, without radiative forcing.
constexpr Source kDesnz{"desnz-conversion-factors-2025",
                        "Greenhouse gas reporting: conversion factors 2025",
                        "UK Department for Energy Security and Net Zero",
                        "https://www.gov.uk/government/publications/greenhouse-gas-reporting-conversion-factors-2025",
                        2025,
                        "Open Government Licence v3.0",
                        ""};

constexpr std::array<Equivalent, 5> kEquivalents{{
    // EPA: 3.93e-4 t CO2e per mile of a typical passenger vehicle; / 1.609344 km per mile.
    {"car_km", "km driven by an average passenger car", 3.93e-4 * 1000 / 1.609344, &kEpa,
     "EPA: 3.93 x 10^-4 t CO2e per mile of a typical passenger vehicle, divided by 1.609344 km/mile"},
    // DESNZ 2025: short-haul economy, without RF: 0.07435 kg CO2e per passenger-km.
    {"flight_km_short_haul", "passenger-km on a short-haul flight (economy)", 0.07435, &kDesnz,
     "DESNZ 2025, business travel - air, short-haul, economy class, without radiative forcing"},
    // DESNZ 2025: long-haul economy, without RF: 0.06926 kg CO2e per passenger-km.
    {"flight_km_long_haul", "passenger-km on a long-haul flight (economy)", 0.06926, &kDesnz,
     "DESNZ 2025, business travel - air, long-haul, economy class, without radiative forcing"},
    // EPA: 0.060 t CO2 sequestered per urban tree seedling grown for 10 years.
    {"tree_seedlings_10y", "tree seedlings grown for 10 years (CO2 they take up)", 60.0, &kEpa,
     "EPA: 0.060 metric tons of CO2 per urban tree seedling planted and grown for 10 years"},
    // EPA: 1.24e-5 t CO2 per smartphone charged (US grid, eGRID2022).
    {"smartphone_charges", "smartphone charges", 1.24e-5 * 1000, &kEpa,
     "EPA: 1.24 x 10^-5 t CO2 per smartphone fully charged, on the US average grid"},
}};

}  // namespace

std::span<const Equivalent> equivalents() { return kEquivalents; }

}  // namespace mlcarbon
