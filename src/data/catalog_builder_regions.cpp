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
    if (p.pue) pue_range(e, "pue_range", sources, *p.pue);
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
    if (g.kind == GridKind::country) {
      if (id.size() != 2 || !matches_id(id, true)) e.fail("id", "a country grid's id is its ISO 3166-1 alpha-2 code, upper case");
      const std::string iso3 = e.text("iso3");
      if (iso3.size() != 3 || !matches_id(iso3, true)) e.fail("iso3", "expected an ISO 3166-1 alpha-3 code, upper case");
      g.iso3 = s_->keep(iso3);
    } else {
      if (id.size() < 4 || id[2] != '-' || !matches_id(id, true)) e.fail("id", "a sub-national grid's id is CC-NAME (upper case)");
      const std::string country = e.text("country");
      if (country.size() != 2 || !matches_id(country, true)) e.fail("country", "expected an ISO 3166-1 alpha-2 code");
      g.country = s_->keep(country);
    }
    for (const Grid& other : s_->grids) {
      if (iequals(other.id, id)) e.fail("id", "a grid with this id already exists");
      if (!g.iso3.empty() && iequals(other.iso3, g.iso3)) e.fail("iso3", fmt::format("{} is already the code of {}", quote(g.iso3), quote(other.id)));
    }
    g.id = s_->keep(id);
    g.name = s_->keep(e.text("name"));
    g.intensity = intensity(e, sources);
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
    for (const Region& other : s_->regions) {
      if (other.provider->id == provider && other.id == id) e.fail("id", "a region with this id already exists for this provider");
    }
    r.id = s_->keep(id);
    r.name = s_->keep(e.text("name"));
    r.location = s_->keep(e.text("location"));
    const std::string country = e.text("country");
    if (country.size() != 2 || !matches_id(country, true)) e.fail("country", "expected an ISO 3166-1 alpha-2 code, upper case");
    r.country = s_->keep(country);
    const std::string grid = e.text("grid");
    const auto g = std::find_if(s_->grids.begin(), s_->grids.end(), [&](const Grid& x) { return x.id == grid; });
    if (g == s_->grids.end()) e.fail("grid", fmt::format("no grid {} in 'grids'", quote(grid)));
    r.grid = &*g;
    if (e.group({"intensity_g_per_kwh", "year", "basis", "source"})) r.intensity = intensity(e, sources);
    if (e.group({"cfe", "cfe_year", "cfe_source"})) {
      r.cfe = Cfe{e.number("cfe", 0, 1), e.year("cfe_year"), source_ref(e, "cfe_source", sources)};
    }
    r.pue = pue_group(e, "pue", "pue_year", "pue_source", "", sources);
    NameRegistry own;  // region aliases only need to be unique within the region
    r.aliases = aliases(e, id, own);
    return r;
  });
}

}  // namespace mlcarbon::loader
