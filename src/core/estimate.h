// One estimate, computed once: the request resolved against the catalog (names looked up,
// defaults applied) and the model's formulas evaluated into a result (core/result.h).
// `estimate`, every row of a jobs file and every `compare` alternative go through estimate().
#pragma once

#include "core/request.h"
#include "core/result.h"
#include "data/catalog.h"

namespace mlcarbon {

// The catalog entries a request names (null or empty when it names none).
struct Found {
  const Hardware* hardware = nullptr;
  Location location;
  const Instance* instance = nullptr;
  const Hardware* cpu = nullptr;
};

Found look_up(const Catalog& catalog, const Request& request);

// Resolves and computes. Error(usage) when the entries cannot serve the request (a CPU that is not
// a CPU; a device without a peak throughput for an estimate from compute), with its fields marked
// (request.h, field_ref); Error(internal) for a request parse_request() would have refused.
// `with_range`: also the range (core/uncertainty.h), which costs a few evaluations more.
Estimate estimate(const Catalog& catalog, const Request& request, const Found& found, bool with_range = true);
Estimate estimate(const Catalog& catalog, const Request& request, bool with_range = true);

}  // namespace mlcarbon
