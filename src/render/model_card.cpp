#include "render/model_card.h"

#include <fmt/format.h>

#include "render/explain.h"
#include "render/render.h"
#include "render/render_internal.h"
#include "util/numbers.h"
#include "version.h"

namespace mlcarbon {
namespace {

std::string yaml_string(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

}  // namespace

// `emissions` is in grams (huggingface.co docs, "Displaying carbon emissions for your model").
std::string model_card(double co2e_kg, const Catalog& catalog, const RenderOptions& options, std::string_view location,
                       std::string_view hardware, std::string_view energy_words, Basis basis) {
  std::string rounded = fmt::format("{:.2f}", co2e_kg * 1000);  // to 0.01 g: the block is for people to read
  while (rounded.back() == '0') rounded.pop_back();
  if (rounded.back() == '.') rounded.pop_back();
  std::string source = fmt::format("mlcarbon {} estimate: energy = {}, emissions = energy x grid intensity ({} basis) "
                                   "(Lacoste et al. 2019; Patterson et al. 2021); data {}/{}",
                                   kVersion, energy_words, to_string(basis), catalog.hardware_version,
                                   catalog.regions_version);
  if (options.data_origin != "embedded") source += fmt::format(" from {}", options.data_origin);
  if (!options.settings.empty()) source += fmt::format("; defaults: {}", settings_text(options.settings));
  return fmt::format(
      "co2_eq_emissions:\n  emissions: {}\n  source: {}\n  training_type: {}\n  geographical_location: {}\n"
      "  hardware_used: {}\n",
      rounded, yaml_string(source), yaml_string(options.training_type), yaml_string(location), yaml_string(hardware));
}

std::string card_location(const Location& location) {
  if (location.region != nullptr) {
    return fmt::format("{}, {} ({})", region_title(*location.region), location.region->country, location_key(location));
  }
  return location.grid != nullptr ? std::string(location.grid->name) : std::string("private site");
}

std::string render_estimate_model_card(const Estimate& e, const Catalog& catalog, const RenderOptions& options) {
  const std::string hardware = e.accelerator_free() ? fmt::format("{} (no accelerators)", host_description(e))
                               : e.energy_given() && e.hardware == nullptr ? std::string("not stated (energy as reported)")
                               : e.hardware != nullptr ? fmt::format("{} x {}", e.count, e.hardware->name)
                                                       : fmt::format("{} x devices at {} W", e.count, human(e[Term::power_w]));
  return model_card(e[Term::co2e_kg], catalog, options, card_location(e.location), hardware, energy_method(e), e.basis);
}

}  // namespace mlcarbon
