#include "core/compare.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "util/error.h"
#include "util/text.h"

namespace mlcarbon {
namespace {

std::vector<std::string> split_list(std::string_view spec) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= spec.size()) {
    const std::size_t comma = std::min(spec.find(',', start), spec.size());
    const std::string_view item = trim(spec.substr(start, comma - start));
    if (!item.empty()) out.emplace_back(item);
    start = comma + 1;
  }
  return out;
}

double ratio(double baseline, double alternative) {
  if (alternative == 0) return baseline == 0 ? 1 : std::numeric_limits<double>::infinity();
  return baseline / alternative;
}

}  // namespace

std::vector<Variation> region_variations(const Catalog& catalog, std::string_view spec) {
  const std::string s = to_lower(trim(spec));
  std::vector<Variation> out;
  if (s == "countries") {
    for (const Grid& g : catalog.grids) {
      if (g.kind == GridKind::country) out.push_back({location_key({nullptr, &g}), {{InputField::region, location_key({nullptr, &g})}}});
    }
    return out;
  }
  if (s == "all" || find_provider(catalog, s) != nullptr) {
    for (const Region& r : catalog.regions) {
      if (s == "all" || r.provider->id == s) out.push_back({region_key(r), {{InputField::region, region_key(r)}}});
    }
    return out;
  }
  for (const std::string& id : split_list(spec)) {
    const Location where = find_location(catalog, id);  // unknown names fail here, with suggestions
    out.push_back({location_key(where), {{InputField::region, location_key(where)}}});
  }
  if (out.empty()) throw Error(ErrorKind::usage, "--regions: expected a provider, 'all', 'countries' or a list of region ids");
  return out;
}

std::vector<Variation> device_variations(std::string_view spec) {
  std::vector<Variation> out;
  for (const std::string& id : split_list(spec)) out.push_back({id, {{InputField::hardware, id}}});
  if (out.empty()) throw Error(ErrorKind::usage, "--devices: expected a comma-separated list of device ids");
  return out;
}

std::vector<Variation> pue_variations(std::string_view spec) {
  std::vector<Variation> out;
  for (const std::string& pue : split_list(spec)) out.push_back({fmt::format("PUE {}", pue), {{InputField::pue, pue}}});
  if (out.empty()) throw Error(ErrorKind::usage, "--pue-values: expected a comma-separated list of PUEs");
  return out;
}

Comparison compare(const Catalog& catalog, const RequestText& baseline, const std::vector<Variation>& variations) {
  Comparison c;
  c.baseline = estimate(catalog, parse_request(baseline, Naming::options, true));
  const ModelResult& b = c.baseline.result;
  const ResolvedInputs& bi = c.baseline.inputs;
  for (const Variation& v : variations) {
    RequestText text = baseline;
    for (const auto& [field, value] : v.changes) {
      text[field] = value;
      // A device stands alone: it replaces an instance, and its own power figure replaces --power.
      if (field == InputField::hardware) {
        text[InputField::instance].reset();
        text[InputField::power].reset();
      }
      // A region brings its own grid: an intensity given for the baseline does not follow it.
      if (field == InputField::region) text[InputField::intensity].reset();
    }
    try {
      Alternative a{v.label, estimate(catalog, parse_request(text, Naming::options, true)), 1, {}};
      const ModelResult& r = a.estimate.result;
      const ResolvedInputs& ai = a.estimate.inputs;
      a.saving = ratio(b.co2e_kg, r.co2e_kg);
      const double base_flops = bi.compute ? bi.compute->flops : 1, alt_flops = ai.compute ? ai.compute->flops : 1;
      a.levers.model = ratio(base_flops, alt_flops);
      a.levers.machine = ratio(b.it_energy_kwh / base_flops, r.it_energy_kwh / alt_flops);
      a.levers.mechanization = ratio(bi.model.pue, ai.model.pue);
      a.levers.map = ratio(bi.model.intensity_g_per_kwh, ai.model.intensity_g_per_kwh);
      c.alternatives.push_back(std::move(a));
    } catch (const Error& e) {
      if (e.kind() == ErrorKind::internal) throw;
      c.skipped.push_back(fmt::format("{}: {}", v.label, e.what()));
    }
  }
  std::stable_sort(c.alternatives.begin(), c.alternatives.end(),
                   [](const Alternative& x, const Alternative& y) { return x.estimate.result.co2e_kg < y.estimate.result.co2e_kg; });
  return c;
}

}  // namespace mlcarbon
