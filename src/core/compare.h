// Where and what if: the same job estimated with one thing changed (the region, the device, the
// PUE), ranked, each with what it saves against the job as given and the share of Patterson et
// al.'s (2022) "4M" levers: model (the compute), machine (the devices' energy), mechanization
// (the PUE) and map (the grid's intensity).
#pragma once

#include <string>
#include <vector>

#include "data/catalog.h"
#include "core/estimate.h"
#include "input/request.h"

namespace mlcarbon {

// One alternative: a label and the fields it changes.
struct Variation {
  std::string label;  // e.g. "gcp:europe-north1", "h100-sxm", "PUE 1.1"
  std::vector<std::pair<InputField, std::string>> changes;
};

// What an alternative saves, lever by lever: baseline / alternative, so > 1 is a saving. Their
// product is the saving on the gross CO2e.
struct FourM {
  double model = 1;
  double machine = 1;
  double mechanization = 1;
  double map = 1;
};

struct Alternative {
  std::string label;
  Estimate estimate;
  double saving = 1;  // baseline CO2e / this CO2e (inf when this one is zero)
  FourM levers;
};

struct Comparison {
  Estimate baseline;
  std::vector<Alternative> alternatives;  // lowest CO2e first
  std::vector<std::string> skipped;       // alternatives that could not be estimated, with why
};

// The variations for --regions: "aws", "gcp", ... (one provider's regions), "all" (every cloud
// region), "countries", or a comma-separated list of region ids.
std::vector<Variation> region_variations(const Catalog& catalog, std::string_view spec);
// --devices: a comma-separated list of device ids or aliases.
std::vector<Variation> device_variations(std::string_view spec);
// --pue-values: a comma-separated list of PUEs.
std::vector<Variation> pue_variations(std::string_view spec);

// Estimates the baseline and each variation (an alternative that fails, e.g. a device without a
// peak throughput for a job given by its compute, is listed in `skipped`).
Comparison compare(const Catalog& catalog, const RequestText& baseline, const std::vector<Variation>& variations);

}  // namespace mlcarbon
