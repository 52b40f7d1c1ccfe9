#include "core/compare.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "util/text.h"

namespace mlcarbon {
namespace {

double ratio(double baseline, double alternative) {
  if (alternative == 0) return baseline == 0 ? 1 : std::numeric_limits<double>::infinity();
  return baseline / alternative;
}

Variation at(const Location& where) { return {Variation::Kind::region, location_key(where), where, nullptr, 0, std::nullopt}; }

// The job with the variation's change: a region brings its own grid (an intensity given for the
// baseline does not follow it); a device stands alone (it replaces an instance, and its own power
// figure replaces a given power).
void apply(const Variation& v, Request& request, Found& found) {
  switch (v.kind) {
    case Variation::Kind::region:
      found.location = v.location;
      request.intensity_g_per_kwh.reset();
      break;
    case Variation::Kind::device:
      if (request.energy_kwh) {
        throw Error(ErrorKind::usage, fmt::format("{}: a reported energy is the same on any device; compare regions or PUEs instead",
                                                  field_ref(Field::energy_kwh)));
      }
      if (found.hardware == nullptr && !request.power_w && !request.tdp_w &&
          (found.instance == nullptr || found.instance->accelerator == nullptr)) {
        throw Error(ErrorKind::usage, "--devices: the job has no accelerators to replace (its power is its host's); compare regions or "
                                      "PUEs instead, or give the accelerators it would use with --hardware");
      }
      found.hardware = v.hardware;
      if (found.slice_chips != 0) request.count = found.slice_chips;  // as many devices as the slice's chips
      found.slice_chips = 0;
      found.instance = nullptr;
      request.instance.reset();
      request.clear_power();
      break;
    case Variation::Kind::pue:
      request.pue = v.pue;
      request.pue_from_setting = false;
      break;
  }
}

FourM levers(const Estimate& b, const Estimate& a) {
  const double base_flops = b.from_compute() ? b[Term::flops] : 1, alt_flops = a.from_compute() ? a[Term::flops] : 1;
  return {ratio(base_flops, alt_flops), ratio(b[Term::it_energy_kwh] / base_flops, a[Term::it_energy_kwh] / alt_flops),
          ratio(b[Term::pue], a[Term::pue]), ratio(b[Term::intensity_g_per_kwh], a[Term::intensity_g_per_kwh])};
}

}  // namespace

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

std::vector<Variation> region_variations(const Catalog& catalog, std::string_view spec) {
  const std::string s = to_lower(trim(spec));
  std::vector<Variation> out;
  if (s == "countries") {
    for (const Grid& g : catalog.grids) {
      if (g.kind == GridKind::country) out.push_back(at(Location{nullptr, &g}));
    }
    return out;
  }
  if (s == "all" || find_provider(catalog, s) != nullptr) {
    for (const Region& r : catalog.regions) {
      if (s == "all" || r.provider->id == s) out.push_back(at(Location{&r, r.grid}));
    }
    return out;
  }
  for (const std::string& id : split_list(spec)) out.push_back(at(find_location(catalog, id)));
  if (out.empty()) throw Error(ErrorKind::usage, "--regions: expected a provider, 'all', 'countries' or a list of region ids");
  return out;
}

std::vector<Variation> device_variations(const Catalog& catalog, std::string_view spec) {
  std::vector<Variation> out;
  for (const std::string& id : split_list(spec)) {
    Variation v{Variation::Kind::device, id, {}, nullptr, 0, std::nullopt};
    try {
      v.hardware = &find_hardware(catalog, id);
    } catch (const Error& e) {
      v.problem = e;
    }
    out.push_back(std::move(v));
  }
  if (out.empty()) throw Error(ErrorKind::usage, "--devices: expected a comma-separated list of device ids");
  return out;
}

std::vector<Variation> pue_variations(std::string_view spec, double (*parse)(std::string_view)) {
  std::vector<Variation> out;
  for (const std::string& text : split_list(spec)) {
    Variation v{Variation::Kind::pue, fmt::format("PUE {}", text), {}, nullptr, 0, std::nullopt};
    try {
      v.pue = parse(text);
    } catch (const Error& e) {
      v.problem = e;
    }
    out.push_back(std::move(v));
  }
  if (out.empty()) throw Error(ErrorKind::usage, "--pue-values: expected a comma-separated list of PUEs");
  return out;
}

Comparison compare(const Catalog& catalog, const Request& request, const Found& found, const std::vector<Variation>& variations,
                   bool with_range) {
  Comparison c;
  c.baseline = estimate(catalog, request, found, with_range);
  for (const Variation& v : variations) {
    try {
      if (v.problem) throw *v.problem;
      Request r = request;
      Found f = found;
      apply(v, r, f);
      Alternative a{v.label, estimate(catalog, r, f, with_range), 1, {}};
      a.saving = ratio(c.baseline[Term::co2e_kg], a.estimate[Term::co2e_kg]);
      a.levers = levers(c.baseline, a.estimate);
      c.alternatives.push_back(std::move(a));
    } catch (const Error& e) {
      if (e.kind() == ErrorKind::internal) throw;
      c.skipped.push_back({v.label, e});
    }
  }
  c.basis = c.baseline.basis;
  rank(c.alternatives, c.basis);
  return c;
}

void rank(std::vector<Alternative>& alternatives, Basis basis) {
  for (const Alternative& a : alternatives) {
    if (a.estimate.basis != basis) {
      throw Error(ErrorKind::internal, fmt::format("compare: {} is on a {} basis and the others on a {} basis: they cannot be ranked together",
                                                   a.label, to_string(a.estimate.basis), to_string(basis)));
    }
  }
  // The order found on indices, then each alternative (an estimate of a kilobyte and more) moved
  // once, rather than moved about by the sort.
  std::vector<std::size_t> order(alternatives.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    return alternatives[x].estimate[Term::co2e_kg] < alternatives[y].estimate[Term::co2e_kg];
  });
  std::vector<Alternative> sorted;
  sorted.reserve(alternatives.size());
  for (const std::size_t i : order) sorted.push_back(std::move(alternatives[i]));
  alternatives = std::move(sorted);
}

}  // namespace mlcarbon
