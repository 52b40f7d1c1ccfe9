// The Builder: providers, grids, cloud regions and the default PUE.
#include "data/catalog_builder.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "util/error.h"
#include "util/text.h"

namespace mlcarbon::loader {

std::optional<PueFigure> Builder::pue_group(Entry& e, std::string_view pue_key, std::string_view year_key,
                                   std::string_view source_key, std::string_view scope_key,
                                   const std::map<std::string, const Source*>& sources) {
  std::initializer_list<std::string_view> keys_with_scope = {pue_key, year_key, source_key, scope_key};
  std::initializer_list<std::string_view> keys = {pue_key, year_key, source_key};
  if (!(scope_key.empty() ? e.group(keys) : e.group(keys_with_scope))) return std::nullopt;
  PueFigure pue;
  pue.pue = e.number(pue_key, kMinPue, kMaxPue);
  pue.year = e.year(year_key);
  pue.source = source_ref(e, source_key, sources);
  if (!scope_key.empty()) pue.scope = s_->keep(e.text(scope_key));
  return pue;
}

Intensity Builder::intensity(Entry& e, const std::map<std::string, const Source*>& sources) {
  Intensity out;
  out.g_per_kwh = e.number("intensity_g_per_kwh", 0, kMaxIntensity);
  out.year = e.year("year");
  out.basis = e.choice<Basis>("basis", kBasisNames);
  out.source = source_ref(e, "source", sources);
  if (const Json* range = e.find("intensity_range")) {
    Entry r(e.file(), fmt::format("{}.intensity_range", e.label()), *range);
    out.low = r.number("low", 0, kMaxIntensity);
    out.high = r.number("high", 0, kMaxIntensity);
    out.from_year = r.year("from_year");
    out.to_year = r.year("to_year");
    if (out.low > out.high) r.fail("low", "is above 'high'");
    if (out.from_year > out.to_year) r.fail("from_year", "is after 'to_year'");
    if (out.g_per_kwh < out.low || out.g_per_kwh > out.high) r.fail("low", "the range must hold the figure itself");
    r.finish();
  }
  return out;
}

void Builder::read_fuel_factors(std::string_view file, const Json& root, const std::map<std::string, const Source*>& sources) {
  const auto it = root.find("fuel_factors");
  if (it == root.end()) return;
  Entry e(file, "fuel_factors", *it);
  e.text("note", false);
  FuelFactors factors{};
  for (std::size_t f = 0; f < kFuelCount; ++f) {
    const std::string_view name = kFuelNames[f];
    if (static_cast<Fuel>(f) == Fuel::other) continue;  // no factor by definition
    Entry fuel(file, fmt::format("fuel_factors.{}", name), e.require(name));
    factors[f].direct = fuel.number("direct", 0, kMaxIntensity);
    factors[f].lifecycle = fuel.number("lifecycle", 0, kMaxIntensity, false);
    factors[f].source = source_ref(fuel, "source", sources);
    if (factors[f].lifecycle < factors[f].direct) fuel.fail("lifecycle", "is below 'direct' (lifecycle includes the direct emissions)");
    fuel.finish();
  }
  e.finish();
  factors_ = factors;
}

Mix Builder::mix(Entry& parent, const std::map<std::string, const Source*>& sources) {
  Entry e(parent.file(), fmt::format("{}.mix", parent.label()), parent.require("mix"));
  Mix out;
  out.year = e.year("year");
  out.source = source_ref(e, "source", sources);
  constexpr std::array<std::string_view, 3> kUnits{"percent", "twh", "gwh"};
  const std::size_t unit = e.choice<std::size_t>("unit", kUnits);
  double total = 0;
  for (std::size_t f = 0; f < kFuelCount; ++f) {
    if (!e.has(kFuelNames[f])) continue;
    out.share[f] = e.number(kFuelNames[f], 0, unit == 0 ? 100 : 1e7);
    total += out.share[f];
  }
  if (!(total > 0)) e.fail("unit", "the mix has no generation (no fuel above 0)");
  if (unit == 0 && (total < 95 || total > 105)) e.fail("unit", fmt::format("percentages add up to {:.4g}, expected about 100", total));
  for (std::size_t f = 0; f < kFuelCount; ++f) {
    out.share[f] /= total;
    if (out.share[f] == 0 || static_cast<Fuel>(f) == Fuel::other) continue;
    if (factors_[f].source == nullptr) {
      e.fail(kFuelNames[f], "no factor for this fuel in 'fuel_factors' (it must come before the grids)");
    }
    out.upstream_g_per_kwh += out.share[f] * (factors_[f].lifecycle - factors_[f].direct);
  }
  e.finish();
  return out;
}

void Builder::check_plausible(Entry& e, const Intensity& intensity, const Mix* mix) {
  if (intensity.basis == Basis::lifecycle && intensity.g_per_kwh == 0) {
    e.fail("intensity_g_per_kwh", "0 on a lifecycle basis is implausible: every source of electricity has upstream emissions");
  }
  // Ember's per-fuel factors are not IPCC's: a hydro grid may come out a little below its mix's
  // upstream (Bhutan: 23.64 against 24; Lesotho 20.83): its direct figure is then 0. Far below, one
  // of them is wrong.
  if (mix != nullptr && intensity.basis == Basis::lifecycle && intensity.g_per_kwh < 0.8 * mix->upstream_g_per_kwh) {
    e.fail("intensity_g_per_kwh", fmt::format("{} is below the upstream emissions of its own mix ({:.1f} g/kWh): the figure and "
                                              "the mix cannot both be right",
                                              intensity.g_per_kwh, mix->upstream_g_per_kwh));
  }
}

void Builder::read_split_codes(std::string_view file, const Json& root) {
  read_array(file, root, "split_codes", s_->split_codes, [&](Entry& e, std::size_t i) {
    SplitCode split;
    const std::string code = e.text("code");
    e.relabel(fmt::format("split_codes[{}] '{}'", i, code));
    if (code.size() < 4 || code[2] != '-' || !matches_id(code, true)) e.fail("code", "expected CC-NAME (upper case)");
    for (const Grid& g : s_->grids) {
      if (iequals(g.id, code) || std::any_of(g.aliases.begin(), g.aliases.end(), [&](std::string_view a) { return iequals(a, code); })) {
        e.fail("code", fmt::format("is already a name of grid {}", quote(g.id)));
      }
    }
    split.code = s_->keep(code);
    split.name = s_->keep(e.text("name"));
    split.note = s_->keep(e.text("note"));
    const Json* grids = e.array("grids");
    if (grids == nullptr || grids->empty()) e.fail("grids", "expected the ids of the grids the code spans");
    auto& list = s_->alias_lists.emplace_back();
    for (const Json& id : *grids) {
      const std::string text = id.is_string() ? id.get<std::string>() : std::string();
      if (std::none_of(s_->grids.begin(), s_->grids.end(), [&](const Grid& g) { return g.id == text; })) {
        e.fail("grids", fmt::format("no grid {} in 'grids'", quote(id.is_string() ? text : id.dump())));
      }
      list.push_back(s_->keep(text));
    }
    split.grids = list;
    return split;
  });
}

void Builder::pue_range(Entry& e, std::string_view key, const std::map<std::string, const Source*>& sources, PueFigure& into) {
  const Json* range = e.find(key);
  if (range == nullptr) return;
  Entry r(e.file(), fmt::format("{}.{}", e.label(), key), *range);
  into.low = r.number("low", kMinPue, kMaxPue);
  into.high = r.number("high", kMinPue, kMaxPue);
  into.range_source = source_ref(r, "source", sources);
  if (into.low > into.high) r.fail("low", "is above 'high'");
  r.finish();
}

void Builder::read_default_pue(std::string_view file, const Json& root, const std::map<std::string, const Source*>& sources,
                      PueFigure& out) {
  const auto it = root.find("default_pue");
  if (it == root.end()) throw Error(ErrorKind::data, fmt::format("{}: key 'default_pue': missing (required)", file));
  Entry e(file, "default_pue", *it);
  out.pue = e.number("pue", kMinPue, kMaxPue);
  out.year = e.year("year");
  out.source = source_ref(e, "source", sources);
  out.scope = s_->keep(e.text("note", false));
  pue_range(e, "range", sources, out);
  e.finish();
}

void Builder::read_providers(std::string_view file, const Json& root, const std::map<std::string, const Source*>& sources) {
  read_array(file, root, "providers", s_->providers, [&](Entry& e, std::size_t i) {
    Provider p;
    const std::string id = id_text(e, "id");
    e.relabel(fmt::format("providers[{}] '{}'", i, id));
    if (id == "country" || id == "grid") e.fail("id", "'country' and 'grid' are reserved prefixes");
    if (std::any_of(s_->providers.begin(), s_->providers.end(), [&](const Provider& x) { return x.id == id; })) {
      e.fail("id", "a provider with this id already exists");
    }
    p.id = s_->keep(id);
    p.name = s_->keep(e.text("name"));
    p.pue = pue_group(e, "pue", "pue_year", "pue_source", "pue_scope", sources);
    if (p.pue) {
      pue_range(e, "pue_range", sources, *p.pue);
      if (p.pue->low > 0 && (p.pue->pue < p.pue->low || p.pue->pue > p.pue->high)) {
        e.fail("pue_range", fmt::format("{} to {} does not hold the provider's own PUE {}", p.pue->low, p.pue->high, p.pue->pue));
      }
    } else if (e.has("pue_range")) {
      e.fail("pue_range", "needs the provider's pue");
    }
    if (const Json* claims = e.array("claims")) {
      auto& list = s_->claim_lists.emplace_back();
      for (const Json& item : *claims) {
        Entry c(file, fmt::format("{}.claims[{}]", e.label(), list.size()), item);
        list.push_back({s_->keep(c.text("text")), c.year("year"), source_ref(c, "source", sources)});
        c.finish();
      }
      p.claims = list;
    }
    return p;
  });
}

void Builder::read_grids(std::string_view file, const Json& root, const std::map<std::string, const Source*>& sources) {
  read_array(file, root, "grids", s_->grids, [&](Entry& e, std::size_t i) {
    Grid g;
    const std::string id = e.text("id");
    e.relabel(fmt::format("grids[{}] '{}'", i, id));
    g.kind = e.choice<GridKind>("kind", kGridKindNames);
    catch_up();
    if (g.kind == GridKind::country) {
      if (id.size() != 2 || !matches_id(id, true)) e.fail("id", "a country grid's id is its ISO 3166-1 alpha-2 code, upper case");
      const std::string iso3 = e.text("iso3");
      if (iso3.size() != 3 || !matches_id(iso3, true)) e.fail("iso3", "expected an ISO 3166-1 alpha-3 code, upper case");
      g.iso3 = s_->keep(iso3);
    } else if (g.kind == GridKind::world) {
      if (id != "WORLD") e.fail("id", "the world grid's id is WORLD");
    } else {
      if (id.size() < 4 || id[2] != '-' || !matches_id(id, true)) e.fail("id", "a sub-national grid's id is CC-NAME (upper case)");
      const std::string country = e.text("country");
      if (country.size() != 2 || !matches_id(country, true)) e.fail("country", "expected an ISO 3166-1 alpha-2 code");
      const auto in = grid_index_.find(country);
      if (in == grid_index_.end() || s_->grids[in->second].kind != GridKind::country) {
        e.fail("country", fmt::format("no country grid {} in 'grids' (countries come before their sub-national grids)", quote(country)));
      }
      g.country = s_->keep(country);
    }
    if (grid_ids_lower_.count(to_lower(id)) != 0) e.fail("id", "a grid with this id already exists");
    if (!g.iso3.empty() && iso3_lower_.count(to_lower(g.iso3)) != 0) {
      const auto other = std::find_if(s_->grids.begin(), s_->grids.end(), [&](const Grid& x) { return iequals(x.iso3, g.iso3); });
      e.fail("iso3", fmt::format("{} is already the code of {}", quote(g.iso3), quote(other->id)));
    }
    g.id = s_->keep(id);
    g.name = s_->keep(e.text("name"));
    grid_names_.add(e, "id", g.id, g.id);
    if (!g.iso3.empty()) grid_names_.add(e, "iso3", g.iso3, g.id);
    g.aliases = aliases(e, id, grid_names_);
    g.intensity = intensity(e, sources);
    if (e.has("mix")) g.mix = mix(e, sources);
    check_plausible(e, g.intensity, g.mix ? &*g.mix : nullptr);
    return g;
  });
}

void Builder::read_regions(std::string_view file, const Json& root, const std::map<std::string, const Source*>& sources) {
  read_array(file, root, "regions", s_->regions, [&](Entry& e, std::size_t i) {
    Region r;
    const std::string provider = e.text("provider");
    const std::string id = id_text(e, "id");
    e.relabel(fmt::format("regions[{}] '{}:{}'", i, provider, id));
    const auto p = std::find_if(s_->providers.begin(), s_->providers.end(), [&](const Provider& x) { return x.id == provider; });
    if (p == s_->providers.end()) e.fail("provider", fmt::format("no provider {} in 'providers'", quote(provider)));
    r.provider = &*p;
    catch_up();
    NameRegistry& own = region_names_[provider];  // region names need only be unique within the provider
    if (own.owner_of(id) == fmt::format("{}:{}", provider, id)) e.fail("id", "a region with this id already exists for this provider");
    r.id = s_->keep(id);
    r.name = s_->keep(e.text("name"));
    r.location = s_->keep(e.text("location"));
    const std::string country = e.text("country");
    if (country.size() != 2 || !matches_id(country, true)) e.fail("country", "expected an ISO 3166-1 alpha-2 code, upper case");
    r.country = s_->keep(country);
    const std::string grid = e.text("grid");
    const auto g = grid_index_.find(grid);
    if (g == grid_index_.end()) e.fail("grid", fmt::format("no grid {} in 'grids'", quote(grid)));
    r.grid = &s_->grids[g->second];
    if (e.group({"intensity_g_per_kwh", "year", "basis", "source"})) {
      r.intensity = intensity(e, sources);
      check_plausible(e, *r.intensity, r.grid->mix ? &*r.grid->mix : nullptr);
    }
    if (e.group({"cfe", "cfe_year", "cfe_source"})) {
      r.cfe = Cfe{e.number("cfe", 0, 1), e.year("cfe_year"), source_ref(e, "cfe_source", sources)};
    }
    r.pue = pue_group(e, "pue", "pue_year", "pue_source", "", sources);
    own.add(e, "id", id, fmt::format("{}:{}", provider, id));
    r.aliases = aliases(e, fmt::format("{}:{}", provider, id), own);
    return r;
  });
}

}  // namespace mlcarbon::loader
