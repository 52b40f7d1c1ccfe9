#include "core/citations.h"

#include <algorithm>

namespace mlcarbon {
namespace {

// Calls `f` with each source of `e`, in citing order (repeats and nulls included).
template <typename F>
void each_source(const Estimate& e, F f) {
  f(e.source(Term::power_w));
  f(e.source(Term::flops));
  f(e.source(Term::peak_tflops));
  f(e.source(Term::mfu));
  if (e.instance != nullptr) f(e.instance->source);
  f(e.source(Term::cpu_power_w));
  if (e[Term::memory_gb] > 0) f(e.source(Term::memory_w_per_gb));
  f(e.source(Term::pue));
  f(e.source(Term::intensity_g_per_kwh));
  f(e.source(Term::published_intensity_g_per_kwh));
  if (e.mix != nullptr) {  // the conversion: the grid's mix, and the factors of the fuels in it
    f(e.mix->source);
    for (std::size_t fuel = 0; fuel < kFuelCount; ++fuel) {
      if (e.mix->share[fuel] > 0) f((*e.fuel_factors)[fuel].source);
    }
  }
  if (const Region* region = e.location.region) {
    for (const Claim& claim : region->provider->claims) f(claim.source);
    if (region->cfe) f(region->cfe->source);
  }
  f(e.source(Term::device_embodied_kg));
  f(e.source(Term::embodied_kg));
}

}  // namespace

std::vector<const Source*> sources_of(const Estimate& e) {
  CitationList list;
  list.add(e);
  return list.sources();
}

std::vector<Statement> statements_of(const Estimate& e) {
  std::vector<Statement> out;
  if (const Region* region = e.location.region) {
    for (const Claim& claim : region->provider->claims) out.push_back({&claim, nullptr, region});
    if (region->cfe) out.push_back({nullptr, &*region->cfe, region});
  }
  return out;
}

void CitationList::add(const Source* source) {
  if (source == nullptr) return;
  // The pointer first: a jobs file cites the same few sources on every row.
  if (std::find(sources_.begin(), sources_.end(), source) != sources_.end()) return;
  const auto same = [&](const Source* s) { return s->key == source->key; };
  if (std::none_of(sources_.begin(), sources_.end(), same)) sources_.push_back(source);
}

void CitationList::add(const Estimate& e) {
  each_source(e, [this](const Source* s) { add(s); });
}

std::size_t CitationList::number_of(const Source* source) const {
  for (std::size_t i = 0; i < sources_.size(); ++i) {
    if (sources_[i]->key == source->key) return i + 1;
  }
  return 0;
}

}  // namespace mlcarbon
