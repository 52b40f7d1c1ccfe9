// The Hugging Face model-card metadata block (`co2_eq_emissions`): emissions in grams, how they
// were computed, where and on what; for one estimate or the total of a jobs file.
#pragma once

#include <string>
#include <string_view>

#include "core/estimate.h"
#include "render/render.h"

namespace mlcarbon {

std::string model_card(double co2e_kg, const Catalog& catalog, const RenderOptions& options, std::string_view location,
                       std::string_view hardware, std::string_view energy_words, Basis basis);
// "Council Bluffs, Iowa, US (gcp:us-central1)", a grid's name, or "private site".
std::string card_location(const Location& location);

}  // namespace mlcarbon
