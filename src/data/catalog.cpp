#include "data/catalog.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include <fmt/format.h>

#include "util/error.h"
#include "util/text.h"

namespace mlcarbon {
namespace {

// Lower case with everything but ASCII letters and digits dropped: "A100-SXM4 80GB" ->
// "a100sxm480gb". With `read_fullwidth`, full-width ASCII (U+FF01..U+FF5E, as typed with some input
// methods) is read as ASCII; that is for suggestions only, never for a match.
std::string simplify(std::string_view text, bool read_fullwidth) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (read_fullwidth && c == 0xEF && i + 2 < text.size()) {
      const auto b1 = static_cast<unsigned char>(text[i + 1]);
      const auto b2 = static_cast<unsigned char>(text[i + 2]);
      if ((b1 == 0xBC && b2 >= 0x81 && b2 <= 0xBF) || (b1 == 0xBD && b2 >= 0x80 && b2 <= 0x9E)) {
        c = static_cast<unsigned char>((b1 == 0xBC ? b2 - 0x81 : b2 - 0x80 + 0x3F) + 0x21);
        i += 2;
      }
    }
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += static_cast<char>(c);
  }
  return out;
}

std::string normalize(std::string_view text) { return simplify(text, false); }

// normalize(text) == normalized, without building normalize(text): this runs for every name of
// the catalog on a failed look-up (and a jobs file may have many).
bool normalizes_to(std::string_view text, std::string_view normalized) {
  std::size_t at = 0;
  for (const char raw : text) {
    char c = raw;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) continue;
    if (at == normalized.size() || normalized[at] != c) return false;
    ++at;
  }
  return at == normalized.size();
}

// simplify() with look-alike letters folded onto digits (O->0, I/L->1), for suggestions only.
std::string fold(std::string_view text) {
  std::string out = simplify(text, true);
  for (char& c : out) {
    if (c == 'o') c = '0';
    if (c == 'i' || c == 'l') c = '1';
  }
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// Twice the edit distance, or twice the distance to a prefix plus one (so that "a100" is close to
// "a100-sxm4-80gb" but an exact spelling still ranks first).
std::size_t score(const std::string& query, const std::string& key) {
  std::size_t best = 2 * edit_distance(query, key);
  if (key.size() > query.size()) {
    best = std::min(best, 2 * edit_distance(query, std::string_view(key).substr(0, query.size())) + 1);
  }
  return best;
}

// One thing a user may have meant: how it is shown, and the spellings that name it.
struct Candidate {
  std::string label;
  std::vector<std::string> keys;
};

// Whether one word of `key` (a run of letters and digits: "tesla", "p4" in "NVIDIA Tesla P4") is
// `folded`, so that a short name finds the entry it is part of before entries a letter away.
bool has_word(std::string_view key, const std::string& folded) {
  const auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  std::size_t i = 0;
  while (i < key.size()) {
    while (i < key.size() && !word(key[i])) ++i;
    std::size_t end = i;
    while (end < key.size() && word(key[end])) ++end;
    if (end > i && end - i == folded.size() && fold(key.substr(i, end - i)) == folded) return true;
    i = end;
  }
  return false;
}

std::vector<std::string> suggest(std::string_view query, const std::vector<Candidate>& candidates,
                                 std::size_t limit) {
  const std::string folded = fold(query);
  if (folded.empty()) return {};
  const std::size_t threshold = 2 * std::max<std::size_t>(2, folded.size() / 3) + 1;
  std::vector<std::pair<std::size_t, const Candidate*>> ranked;
  for (const Candidate& candidate : candidates) {
    std::size_t best = SIZE_MAX;
    for (const std::string& key : candidate.keys) {
      best = std::min(best, score(folded, fold(key)));
      if (best > 1 && has_word(key, folded)) best = 1;
    }
    if (best <= threshold) ranked.emplace_back(best, &candidate);
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (const auto& [unused, candidate] : ranked) {
    if (out.size() == limit) break;
    out.push_back(candidate->label);
  }
  return out;
}


std::string did_you_mean(const std::vector<std::string>& names, std::string_view list_command) {
  if (names.empty()) return fmt::format("; `mlcarbon {}` lists the known names", list_command);
  return fmt::format("; did you mean {}?", fmt::join(names, ", "));
}

bool names_match(std::string_view query, std::string_view id, std::span<const std::string_view> aliases) {
  if (iequals(query, id)) return true;
  return std::any_of(aliases.begin(), aliases.end(), [&](std::string_view a) { return iequals(query, a); });
}

bool normalized_match(const std::string& query, std::string_view id, std::span<const std::string_view> aliases) {
  if (normalizes_to(id, query)) return true;
  return std::any_of(aliases.begin(), aliases.end(), [&](std::string_view a) { return normalizes_to(a, query); });
}

// The devices' names for suggestions; only the CPUs with `cpus_only`.
std::vector<Candidate> hardware_candidates(const Catalog& catalog, bool cpus_only = false) {
  std::vector<Candidate> out;
  for (const Hardware& hw : catalog.hardware) {
    if (cpus_only && hw.kind != DeviceKind::cpu) continue;
    Candidate c{std::string(hw.id), {std::string(hw.id), std::string(hw.name)}};
    c.keys.insert(c.keys.end(), hw.aliases.begin(), hw.aliases.end());
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<Candidate> location_candidates(const Catalog& catalog, const Provider* only) {
  std::vector<Candidate> out;
  for (const Region& region : catalog.regions) {
    if (only != nullptr && region.provider->id != only->id) continue;
    Candidate c{region_key(region), {region_key(region), std::string(region.id), std::string(region.name)}};
    c.keys.insert(c.keys.end(), region.aliases.begin(), region.aliases.end());
    out.push_back(std::move(c));
  }
  if (only != nullptr) return out;
  for (const Grid& grid : catalog.grids) {
    Candidate c{fmt::format("{} ({})", grid.id, grid.name), {std::string(grid.id), std::string(grid.name), std::string(grid.iso3)}};
    c.keys.insert(c.keys.end(), grid.aliases.begin(), grid.aliases.end());
    out.push_back(std::move(c));
  }
  return out;
}

const Grid* find_grid(const Catalog& catalog, std::string_view name, bool countries_only) {
  for (const Grid& grid : catalog.grids) {
    if (countries_only && grid.kind != GridKind::country) continue;
    if (names_match(name, grid.id, grid.aliases) || (!grid.iso3.empty() && iequals(name, grid.iso3)) || iequals(name, grid.name)) {
      return &grid;
    }
  }
  return nullptr;
}

[[noreturn]] void location_not_found(const Catalog& catalog, std::string_view name, const Provider* only, Suggest suggest) {
  if (only == nullptr) {
    const std::string_view code = name.substr(name.find(':') == std::string_view::npos ? 0 : name.find(':') + 1);
    for (const SplitCode& split : catalog.split_codes) {
      if (!iequals(trim(code), split.code)) continue;
      throw Error(ErrorKind::not_found, fmt::format("{} ({}) spans several grids ({}); give one of them: {}", split.code, split.name,
                                                    split.note, fmt::join(split.grids, ", ")));
    }
  }
  throw Error(ErrorKind::not_found,
              fmt::format("unknown region {}{}", quote(name),
                          did_you_mean(suggest == Suggest::yes ? mlcarbon::suggest(name, location_candidates(catalog, only), 5)
                                                               : std::vector<std::string>(),
                                       "regions list")));
}

Location in_provider(const Catalog& catalog, const Provider& provider, std::string_view code, std::string_view name, Suggest suggest) {
  for (const Region& region : catalog.regions) {
    if (region.provider->id == provider.id && names_match(code, region.id, region.aliases)) {
      return Location{&region, region.grid};
    }
  }
  const std::string normalized = normalize(code);
  for (const Region& region : catalog.regions) {
    if (region.provider->id == provider.id && normalized_match(normalized, region.id, region.aliases)) {
      return Location{&region, region.grid};
    }
  }
  location_not_found(catalog, name, &provider, suggest);
}

}  // namespace

PueAt pue_at(const Location& location, const Catalog& catalog) {
  const Region* r = location.region;
  if (r != nullptr && r->pue) return {&*r->pue, PueScope::site};
  if (r != nullptr && r->provider->pue) return {&*r->provider->pue, PueScope::provider};
  return {&catalog.default_pue, PueScope::industry};
}

IntensityAt intensity_at(const Location& location) {
  const Grid* grid = location.grid;
  const Mix* mix = grid != nullptr && grid->mix ? &*grid->mix : nullptr;
  if (location.region != nullptr && location.region->intensity) {
    return {&*location.region->intensity, true, IntensityScope::provider_region, mix};
  }
  if (grid == nullptr) return {nullptr, false, IntensityScope::country, nullptr};
  const IntensityScope scope = grid->kind == GridKind::country ? IntensityScope::country
                               : grid->kind == GridKind::state ? IntensityScope::state
                               : grid->kind == GridKind::world ? IntensityScope::world
                                                               : IntensityScope::subregion;
  return {&grid->intensity, false, scope, mix};
}

std::optional<double> basis_conversion(const IntensityAt& at, Basis basis) {
  if (at.figure == nullptr || at.figure->basis == basis) return 0.0;
  if (at.mix == nullptr) return std::nullopt;
  // A direct figure is never below 0 (a lifecycle figure a little below its mix's upstream: data.md).
  return basis == Basis::lifecycle ? at.mix->upstream_g_per_kwh : -std::min(at.mix->upstream_g_per_kwh, at.figure->g_per_kwh);
}

namespace {
// "a:b", built by hand: this runs for every row of a jobs file.
std::string joined(std::string_view a, std::string_view b) {
  std::string out;
  out.reserve(a.size() + 1 + b.size());
  out.append(a).append(1, ':').append(b);
  return out;
}
}  // namespace

std::string region_key(const Region& region) { return joined(region.provider->id, region.id); }

std::pair<std::string_view, std::string_view> location_key_parts(const Location& location) {
  if (location.region != nullptr) return {location.region->provider->id, location.region->id};
  if (location.grid->kind == GridKind::world) return {"world", {}};
  return {location.grid->kind == GridKind::country ? "country" : "grid", location.grid->id};
}

std::string location_key(const Location& location) {
  const auto [first, second] = location_key_parts(location);
  return second.empty() ? std::string(first) : joined(first, second);
}

std::vector<std::string> closest_names(std::string_view query, const std::vector<std::string>& names,
                                       std::size_t limit) {
  std::vector<Candidate> candidates;
  candidates.reserve(names.size());
  for (const std::string& name : names) candidates.push_back(Candidate{name, {name}});
  return suggest(query, candidates, limit);
}

std::string closest_hint(std::string_view query, const std::vector<std::string>& names, std::size_t limit) {
  const std::vector<std::string> close = closest_names(query, names, limit);
  return close.empty() ? std::string() : fmt::format("; did you mean {}?", fmt::join(close, ", "));
}

Slice find_slice(const Catalog& catalog, std::string_view name) {
  std::string_view q = trim(name);
  const std::size_t dash = q.rfind('-');
  if (dash == std::string_view::npos || dash + 1 == q.size()) return {};
  const std::string_view number = q.substr(dash + 1);
  if (number.size() > 7 || number.find_first_not_of("0123456789") != std::string_view::npos) return {};
  q = q.substr(0, dash);
  // An optional "tpu", "tpu-", "tpu_" or "tpu " before the version.
  if (q.size() > 3 && iequals(q.substr(0, 3), "tpu")) {
    q.remove_prefix(3);
    if (!q.empty() && (q.front() == '-' || q.front() == '_' || q.front() == ' ')) q.remove_prefix(1);
  }
  for (const Hardware& hw : catalog.hardware) {
    if (hw.slice_prefix.empty() || !iequals(q, hw.slice_prefix)) continue;
    std::uint64_t units = 0;
    for (const char c : number) units = units * 10 + static_cast<std::uint64_t>(c - '0');
    const auto per_chip = static_cast<std::uint64_t>(hw.slice_units_per_chip);
    if (units == 0 || units % per_chip != 0) {
      throw Error(ErrorKind::usage, fmt::format("slice {}: the number after {}- counts {}, {} a chip, so it is a positive multiple of {}",
                                                quote(name), hw.slice_prefix, per_chip == 1 ? "chips" : "TensorCores", per_chip,
                                                per_chip));
    }
    return {&hw, units / per_chip};
  }
  return {};
}

Slice find_device(const Catalog& catalog, std::string_view name, Suggest suggest) {
  if (const Slice slice = find_slice(catalog, name); slice.hardware != nullptr) return slice;
  return {&find_hardware(catalog, name, suggest), 0};
}

namespace {

// The device a name means (id, alias or name, exactly, else normalized): null when none,
// Error(not_found) when it could be several.
const Hardware* match_hardware(const Catalog& catalog, std::string_view name) {
  const std::string_view query = trim(name);
  for (const Hardware& hw : catalog.hardware) {
    if (names_match(query, hw.id, hw.aliases) || iequals(query, hw.name)) return &hw;
  }
  const std::string normalized = normalize(query);
  std::vector<const Hardware*> matches;
  if (!normalized.empty()) {
    for (const Hardware& hw : catalog.hardware) {
      if (normalized_match(normalized, hw.id, hw.aliases) || normalizes_to(hw.name, normalized)) matches.push_back(&hw);
    }
  }
  if (matches.size() > 1) {
    std::vector<std::string_view> ids;
    for (const Hardware* hw : matches) ids.push_back(hw->id);
    throw Error(ErrorKind::not_found,
                fmt::format("hardware {} is ambiguous; it could be {}", quote(name), fmt::join(ids, ", ")));
  }
  return matches.empty() ? nullptr : matches.front();
}

}  // namespace

const Hardware& find_hardware(const Catalog& catalog, std::string_view name, Suggest with_suggestions) {
  if (const Hardware* hw = match_hardware(catalog, name)) return *hw;
  throw Error(ErrorKind::not_found,
              fmt::format("unknown hardware {}{}", quote(name),
                          did_you_mean(with_suggestions == Suggest::yes ? suggest(trim(name), hardware_candidates(catalog), 5)
                                                                         : std::vector<std::string>(),
                                       "hardware list")));
}

const Hardware& find_cpu(const Catalog& catalog, std::string_view name, Suggest with_suggestions) {
  // A device that is not a CPU is the caller's to refuse (with what it is).
  if (const Hardware* hw = match_hardware(catalog, name)) return *hw;
  throw Error(ErrorKind::not_found,
              fmt::format("unknown CPU {}{}", quote(name),
                          did_you_mean(with_suggestions == Suggest::yes ? suggest(trim(name), hardware_candidates(catalog, true), 5)
                                                                         : std::vector<std::string>(),
                                       "hardware list --kind cpu")));
}

CatalogStats catalog_stats(const Catalog& c) {
  CatalogStats s;
  s.hardware = c.hardware.size();
  for (const Hardware& hw : c.hardware) {
    s.tdp += hw.power_kind == PowerKind::tdp ? 1 : 0;
    s.measured += hw.power_kind == PowerKind::measured_average ? 1 : 0;
    s.estimated += hw.power_kind == PowerKind::estimate ? 1 : 0;
  }
  s.hardware_sources = c.hardware_sources.size();
  s.providers = c.providers.size();
  for (const Provider& p : c.providers) s.providers_with_pue += p.pue ? 1 : 0;
  std::vector<int> years_used;
  s.oldest_year = 9999;
  const auto seen = [&](int year) {
    s.oldest_year = std::min(s.oldest_year, year);
    s.newest_year = std::max(s.newest_year, year);
  };
  for (const Grid& g : c.grids) {
    if (g.kind == GridKind::world) ++s.world;
    else (g.kind == GridKind::country ? s.countries : s.subnational) += 1;
    s.grids_with_mix += g.mix ? 1 : 0;
    if (g.kind != GridKind::country && g.kind != GridKind::world) {
      const auto it = std::find_if(s.subnational_by_country.begin(), s.subnational_by_country.end(),
                                   [&](const auto& entry) { return entry.first == g.country; });
      if (it == s.subnational_by_country.end()) s.subnational_by_country.emplace_back(std::string(g.country), 1);
      else ++it->second;
    }
    seen(g.intensity.year);
    years_used.push_back(g.intensity.year);
  }
  s.regions = c.regions.size();
  for (const Region& r : c.regions) {
    if (r.intensity) {
      ++s.regions_with_own_intensity;
      seen(r.intensity->year);
    }
    years_used.push_back(r.intensity ? r.intensity->year : r.grid->intensity.year);
  }
  s.region_sources = c.region_sources.size();
  if (!years_used.empty()) {
    std::sort(years_used.begin(), years_used.end());
    s.median_year_used = years_used[years_used.size() / 2];
  } else {
    s.oldest_year = 0;
  }
  return s;
}

namespace {

constexpr std::string_view kPrecisionNames[kPrecisionCount] = {"fp64", "fp32", "tf32", "fp16", "bf16", "fp8", "int8"};

std::string instance_key(const Instance& instance) { return fmt::format("{}:{}", instance.provider, instance.id); }

}  // namespace

std::string_view to_string(Precision precision) { return kPrecisionNames[static_cast<int>(precision)]; }

std::optional<Precision> precision_from_name(std::string_view name) {
  for (int i = 0; i < kPrecisionCount; ++i) {
    if (iequals(name, kPrecisionNames[i])) return static_cast<Precision>(i);
  }
  return std::nullopt;
}

const Instance& find_instance(const Catalog& catalog, std::string_view name, Suggest with_suggestions) {
  std::string_view query = trim(name);
  std::string_view provider;
  if (const auto colon = query.find(':'); colon != std::string_view::npos) {
    provider = query.substr(0, colon);
    query = query.substr(colon + 1);
  }
  std::vector<const Instance*> matches;
  for (const Instance& i : catalog.instances) {
    if (!provider.empty() && !iequals(provider, i.provider)) continue;
    if (names_match(query, i.id, i.aliases)) matches.push_back(&i);
  }
  if (matches.size() == 1) return *matches.front();
  if (matches.size() > 1) {
    std::vector<std::string> keys;
    for (const Instance* i : matches) keys.push_back(instance_key(*i));
    throw Error(ErrorKind::not_found, fmt::format("instance {} is ambiguous; say which: {}", quote(name), fmt::join(keys, ", ")));
  }
  std::vector<Candidate> candidates;
  for (const Instance& i : catalog.instances) {
    Candidate c{instance_key(i), {instance_key(i), std::string(i.id)}};
    c.keys.insert(c.keys.end(), i.aliases.begin(), i.aliases.end());
    candidates.push_back(std::move(c));
  }
  throw Error(ErrorKind::not_found, fmt::format("unknown instance {}{}", quote(name),
                                                did_you_mean(with_suggestions == Suggest::yes ? suggest(name, candidates, 5)
                                                                                              : std::vector<std::string>(),
                                                             "instances list")));
}

const Provider* find_provider(const Catalog& catalog, std::string_view id) {
  for (const Provider& provider : catalog.providers) {
    if (iequals(provider.id, id)) return &provider;
  }
  return nullptr;
}

Location find_location(const Catalog& catalog, std::string_view name, Suggest suggest) {
  const std::string_view query = trim(name);
  if (const auto colon = query.find(':'); colon != std::string_view::npos) {
    const std::string_view prefix = query.substr(0, colon);
    const std::string_view code = query.substr(colon + 1);
    if (iequals(prefix, "country") || iequals(prefix, "grid")) {
      if (const Grid* grid = find_grid(catalog, code, iequals(prefix, "country"))) return Location{nullptr, grid};
      location_not_found(catalog, name, nullptr, suggest);
    }
    const Provider* provider = find_provider(catalog, prefix);
    if (provider == nullptr) {
      std::vector<std::string> ids;
      for (const Provider& p : catalog.providers) ids.emplace_back(p.id);
      ids.emplace_back("country");
      ids.emplace_back("grid");
      throw Error(ErrorKind::not_found,
                  fmt::format("unknown provider {} in region {}; known prefixes: {}", quote(prefix), quote(name),
                              fmt::join(ids, ", ")));
    }
    return in_provider(catalog, *provider, code, name, suggest);
  }

  // A bare name: cloud region codes first (unique across providers), then countries and grids.
  std::vector<const Region*> matches;
  for (const Region& region : catalog.regions) {
    if (names_match(query, region.id, region.aliases)) matches.push_back(&region);
  }
  if (matches.empty()) {
    if (const Grid* grid = find_grid(catalog, query, false)) return Location{nullptr, grid};
    const std::string normalized = normalize(query);
    if (!normalized.empty()) {
      for (const Region& region : catalog.regions) {
        if (normalized_match(normalized, region.id, region.aliases)) matches.push_back(&region);
      }
    }
  }
  if (matches.size() == 1) return Location{matches.front(), matches.front()->grid};
  if (matches.size() > 1) {
    std::vector<std::string> keys;
    for (const Region* region : matches) keys.push_back(region_key(*region));
    throw Error(ErrorKind::not_found, fmt::format("region {} is ambiguous; say which: {}", quote(name),
                                                  fmt::join(keys, ", ")));
  }
  location_not_found(catalog, name, nullptr, suggest);
}

}  // namespace mlcarbon
