// Where and what if: the same job estimated with one thing changed (the region, the device, the
// PUE), ranked, each with what it saves against the job as given and the share of Patterson et
// al.'s (2022) "4M" levers: model (the compute), machine (the devices' energy), mechanization
// (the PUE) and map (the grid's intensity). Each alternative goes through estimate() like the
// job itself, with its change applied to the resolved request (no text is parsed again).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/estimate.h"
#include "util/error.h"

namespace mlcarbon {

// One alternative: a label and the one thing it changes.
struct Variation {
  enum class Kind { region, device, pue } kind = Kind::region;
  std::string label;              // e.g. "gcp:europe-north1", "h100", "PUE 1.1"
  Location location;              // region: where the job runs instead
  const Hardware* hardware = nullptr;  // device: what it runs on instead
  double pue = 0;                 // pue: the PUE instead
  std::optional<Error> problem;   // why it cannot be estimated (an unknown device, a bad PUE)
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

struct Skipped {
  std::string label;
  Error error;  // its message may mark fields (request.h)
};

struct Comparison {
  Basis basis = Basis::lifecycle;  // of every intensity in it: the baseline's and each alternative's
  Estimate baseline;
  std::vector<Alternative> alternatives;  // lowest CO2e first
  std::vector<Skipped> skipped;           // alternatives that could not be estimated, with why
};

// The variations for --regions: "aws", "gcp", ... (one provider's regions), "all" (every cloud
// region), "countries", or a comma-separated list of region ids (an unknown one: Error(not_found)).
std::vector<Variation> region_variations(const Catalog& catalog, std::string_view spec);
// --devices: a comma-separated list of device ids or aliases.
std::vector<Variation> device_variations(const Catalog& catalog, std::string_view spec);
// --pue-values: a comma-separated list of PUEs; `parse` reads one (throwing Error(usage)).
std::vector<Variation> pue_variations(std::string_view spec, double (*parse)(std::string_view));

// Estimates the baseline and each variation; an alternative that fails (a device without a peak
// throughput for a job given by its compute) is listed in `skipped`. `with_range`: the estimates'
// ranges too (for the outputs that show them).
Comparison compare(const Catalog& catalog, const Request& request, const Found& found, const std::vector<Variation>& variations,
                   bool with_range);

// Sorts alternatives by their gross CO2e, lowest first. All must be on `basis` (their intensities
// counted alike): figures of different bases are never ranked together (Error(internal) if they are).
void rank(std::vector<Alternative>& alternatives, Basis basis);

// The comma-separated items of a list, trimmed, empty ones dropped.
std::vector<std::string> split_list(std::string_view spec);

}  // namespace mlcarbon
