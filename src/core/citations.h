// Which works an estimate cites: the one rule behind the appendix's references, `--bib` and the
// bibliography of a jobs file, so that a job cites the same works however it is given.
#pragma once

#include <cstddef>
#include <vector>

#include "core/estimate.h"

namespace mlcarbon {

// The sources an estimate uses, in the order the appendix text cites them, without repeats: the
// device's power figure, the compute's (Kaplan et al., the peak throughput, the MFU), the instance
// type, the host CPU, the memory model, the PUE, the grid intensity, the provider's statements for
// the region, the embodied method.
std::vector<const Source*> sources_of(const Estimate& e);

// The provider's statements for the estimate's region (shown beside the gross, never subtracted):
// its market-based claims, and its carbon-free share of the region.
struct Statement {
  const Claim* claim = nullptr;  // a provider's claim, or null for the region's carbon-free share
  const Cfe* cfe = nullptr;
  const Region* region = nullptr;
  const Source* source() const { return claim != nullptr ? claim->source : cfe->source; }
  int year() const { return claim != nullptr ? claim->year : cfe->year; }
};
std::vector<Statement> statements_of(const Estimate& e);

// Collects cited sources without repeats (equal keys are one work), in first-use order.
class CitationList {
 public:
  void add(const Source* source);  // null is ignored
  void add(const Estimate& e);     // every source of sources_of(e)
  const std::vector<const Source*>& sources() const { return sources_; }
  std::size_t number_of(const Source* source) const;  // 1-based among the sources; 0 if not cited

 private:
  std::vector<const Source*> sources_;
};

}  // namespace mlcarbon
