// Everyday comparisons of an amount of CO2e ("as much as driving N km"), each constant with its
// published source, for --equivalents.
#pragma once

#include <span>
#include <string_view>

#include "data/catalog.h"

namespace mlcarbon {

struct Equivalent {
  std::string_view id;     // stable name in machine output, e.g. "car_km"
  std::string_view label;  // "km driven by an average passenger car"
  double kg_co2e_per_unit = 0;
  const Source* source = nullptr;
  std::string_view note;  // how the constant was derived
};

std::span<const Equivalent> equivalents();

}  // namespace mlcarbon
