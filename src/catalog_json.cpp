#include "catalog_json.h"

#include "json_data.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "error.h"
#include "text.h"

namespace mlcarbon {
namespace {

constexpr int kSchemaVersion = 1;

// Plausibility bounds of data entries (issue: implausible values are errors, not warnings).
constexpr double kMinPowerW = 1, kMaxPowerW = 2000;
constexpr double kMaxIntensity = 1500;
constexpr double kMinPue = 1, kMaxPue = 3;

// Everything a loaded catalog points into. Containers of stable addresses (deque) for strings and
// lists; vectors of entries are reserved before being filled so that pointers stay valid.
struct Storage {
  std::shared_ptr<const void> base;
  std::deque<std::string> strings;
  std::deque<std::vector<std::string_view>> alias_lists;
  std::deque<std::vector<PowerAlternative>> alternative_lists;
  std::deque<std::vector<Claim>> claim_lists;
  std::deque<std::string> origin;
  std::vector<Source> hardware_sources;
  std::vector<Source> region_sources;
  std::vector<Hardware> hardware;
  std::vector<Provider> providers;
  std::vector<Grid> grids;
  std::vector<Region> regions;

  std::string_view keep(std::string text) { return strings.emplace_back(std::move(text)); }
};

std::string id_text(Entry& entry, std::string_view key) {
  std::string id = entry.text(key);
  if (!matches_id(id, false)) entry.fail(key, fmt::format("{} is not a lower-case id ([a-z0-9][a-z0-9._-]*)", quote(id)));
  return id;
}

// Names (ids and aliases) a user can type, case-insensitively unique within one namespace.
class NameRegistry {
 public:
  void add(Entry& entry, std::string_view key, std::string_view name, std::string_view owner) {
    if (const std::string* other = add(name, owner)) {
      entry.fail(key, fmt::format("{} is already a name of {}", quote(name), quote(*other)));
    }
  }

  // Returns the other owner when `name` is taken, else null.
  const std::string* add(std::string_view name, std::string_view owner) {
    const auto [it, inserted] = owners_.emplace(to_lower(name), std::string(owner));
    return !inserted && it->second != owner ? &it->second : nullptr;
  }

 private:
  std::map<std::string, std::string> owners_;
};

// ---- the builder ----------------------------------------------------------------------------

class Builder {
 public:
  explicit Builder(std::shared_ptr<Storage> storage) : s_(std::move(storage)) {}

  void read_sources(std::string_view file, const Json& root, std::vector<Source>& into,
                    std::map<std::string, const Source*>& index, std::size_t extra_capacity = 0) {
    const auto it = root.find("sources");
    if (it == root.end()) return;
    if (!it->is_object()) throw Error(ErrorKind::data, fmt::format("{}: key 'sources': expected an object", file));
    into.reserve(into.size() + it->size() + extra_capacity);
    for (const auto& [key, value] : it->items()) {
      Entry e(file, fmt::format("sources.{}", key), value);
      if (!matches_id(key, false)) e.fail("", "source keys are lower-case ids ([a-z0-9][a-z0-9._-]*)");
      if (index.count(key) != 0) e.fail("", "a source with this key already exists");
      Source src;
      src.key = s_->keep(key);
      src.title = s_->keep(e.text("title"));
      src.publisher = s_->keep(e.text("publisher"));
      src.url = s_->keep(e.text("url"));
      src.year = e.year("year");
      src.license = s_->keep(e.text("license", false));
      src.note = s_->keep(e.text("note", false));
      e.finish();
      into.push_back(src);
      index[key] = &into.back();
    }
  }

  const Source* source_ref(Entry& e, std::string_view key, const std::map<std::string, const Source*>& index) {
    const std::string name = e.text(key);
    const auto it = index.find(name);
    if (it == index.end()) e.fail(key, fmt::format("no source {} in this file's 'sources'", quote(name)));
    return it->second;
  }

  std::span<const std::string_view> aliases(Entry& e, std::string_view owner, NameRegistry& names) {
    const Json* list = e.array("aliases");
    auto& out = s_->alias_lists.emplace_back();
    if (list == nullptr) return out;
    for (const Json& alias : *list) {
      if (!alias.is_string() || trim(alias.get<std::string>()).empty()) e.fail("aliases", "expected non-empty strings");
      const std::string text = alias.get<std::string>();
      if (text.size() > 200 || text.find_first_of("\r\n\t") != std::string::npos) e.fail("aliases", fmt::format("{} is not a plain name", quote(text)));
      names.add(e, "aliases", text, owner);
      out.push_back(s_->keep(text));
    }
    return out;
  }

  void read_hardware(std::string_view file, const Json& root, const std::map<std::string, const Source*>& sources,
                     NameRegistry& names) {
    const auto it = root.find("hardware");
    if (it == root.end()) return;
    if (!it->is_array()) throw Error(ErrorKind::data, fmt::format("{}: key 'hardware': expected an array", file));
    s_->hardware.reserve(s_->hardware.size() + it->size());
    for (std::size_t i = 0; i < it->size(); ++i) {
      Entry e(file, fmt::format("hardware[{}]", i), (*it)[i]);
      Hardware hw;
      const std::string id = id_text(e, "id");
      e.relabel(fmt::format("hardware[{}] '{}'", i, id));
      if (std::any_of(s_->hardware.begin(), s_->hardware.end(), [&](const Hardware& x) { return x.id == id; })) {
        e.fail("id", "a hardware entry with this id already exists");
      }
      names.add(e, "id", id, id);
      hw.id = s_->keep(id);
      hw.name = s_->keep(e.text("name"));
      hw.vendor = s_->keep(e.text("vendor"));
      const std::string kind = e.text("kind");
      if (kind == "gpu") hw.kind = DeviceKind::gpu;
      else if (kind == "tpu") hw.kind = DeviceKind::tpu;
      else if (kind == "cpu") hw.kind = DeviceKind::cpu;
      else if (kind == "accelerator") hw.kind = DeviceKind::accelerator;
      else e.fail("kind", fmt::format("{} is not one of gpu, tpu, cpu, accelerator", quote(kind)));
      hw.aliases = aliases(e, id, names);
      hw.power_w = e.number("power_w", kMinPowerW, kMaxPowerW);
      const std::string power_kind = e.text("power_kind");
      if (power_kind == "tdp") hw.power_kind = PowerKind::tdp;
      else if (power_kind == "measured_average") hw.power_kind = PowerKind::measured_average;
      else if (power_kind == "estimate") hw.power_kind = PowerKind::estimate;
      else e.fail("power_kind", fmt::format("{} is not one of tdp, measured_average, estimate", quote(power_kind)));
      if (e.has("memory_gb")) hw.memory_gb = e.number("memory_gb", 0, 100000, false);
      if (e.has("cores")) hw.cores = e.integer("cores", 1, 4096);
      if (e.has("released")) hw.released = e.year("released");
      hw.source = source_ref(e, "source", sources);
      if (const Json* alternatives = e.array("power_alternatives")) {
        auto& list = s_->alternative_lists.emplace_back();
        for (const Json& item : *alternatives) {
          Entry alt(file, fmt::format("{}.power_alternatives[{}]", e.label(), list.size()), item);
          list.push_back({alt.number("power_w", kMinPowerW, kMaxPowerW), s_->keep(alt.text("note"))});
          alt.finish();
        }
        hw.power_alternatives = list;
      }
      hw.note = s_->keep(e.text("note", false));
      e.finish();
      s_->hardware.push_back(hw);
    }
  }

  std::optional<PueFigure> pue_group(Entry& e, std::string_view pue_key, std::string_view year_key,
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

  Intensity intensity(Entry& e, const std::map<std::string, const Source*>& sources) {
    Intensity out;
    out.g_per_kwh = e.number("intensity_g_per_kwh", 0, kMaxIntensity);
    out.year = e.year("year");
    const std::string basis = e.text("basis");
    if (basis == "lifecycle") out.basis = Basis::lifecycle;
    else if (basis == "direct") out.basis = Basis::direct;
    else if (basis == "location") out.basis = Basis::location;
    else e.fail("basis", fmt::format("{} is not one of lifecycle, direct, location", quote(basis)));
    out.source = source_ref(e, "source", sources);
    return out;
  }

  void read_default_pue(std::string_view file, const Json& root, const std::map<std::string, const Source*>& sources,
                        PueFigure& out) {
    const auto it = root.find("default_pue");
    if (it == root.end()) throw Error(ErrorKind::data, fmt::format("{}: key 'default_pue': missing (required)", file));
    Entry e(file, "default_pue", *it);
    out.pue = e.number("pue", kMinPue, kMaxPue);
    out.year = e.year("year");
    out.source = source_ref(e, "source", sources);
    out.scope = s_->keep(e.text("note", false));
    e.finish();
  }

  void read_providers(std::string_view file, const Json& root, const std::map<std::string, const Source*>& sources) {
    const auto it = root.find("providers");
    if (it == root.end()) return;
    if (!it->is_array()) throw Error(ErrorKind::data, fmt::format("{}: key 'providers': expected an array", file));
    s_->providers.reserve(s_->providers.size() + it->size());
    for (std::size_t i = 0; i < it->size(); ++i) {
      Entry e(file, fmt::format("providers[{}]", i), (*it)[i]);
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
      if (const Json* claims = e.array("claims")) {
        auto& list = s_->claim_lists.emplace_back();
        for (const Json& item : *claims) {
          Entry c(file, fmt::format("{}.claims[{}]", e.label(), list.size()), item);
          list.push_back({s_->keep(c.text("text")), c.year("year"), source_ref(c, "source", sources)});
          c.finish();
        }
        p.claims = list;
      }
      e.finish();
      s_->providers.push_back(p);
    }
  }

  void read_grids(std::string_view file, const Json& root, const std::map<std::string, const Source*>& sources) {
    const auto it = root.find("grids");
    if (it == root.end()) return;
    if (!it->is_array()) throw Error(ErrorKind::data, fmt::format("{}: key 'grids': expected an array", file));
    s_->grids.reserve(s_->grids.size() + it->size());
    for (std::size_t i = 0; i < it->size(); ++i) {
      Entry e(file, fmt::format("grids[{}]", i), (*it)[i]);
      Grid g;
      const std::string id = e.text("id");
      e.relabel(fmt::format("grids[{}] '{}'", i, id));
      const std::string kind = e.text("kind");
      if (kind == "country") {
        g.kind = GridKind::country;
        if (id.size() != 2 || !matches_id(id, true)) e.fail("id", "a country grid's id is its ISO 3166-1 alpha-2 code, upper case");
        const std::string iso3 = e.text("iso3");
        if (iso3.size() != 3 || !matches_id(iso3, true)) e.fail("iso3", "expected an ISO 3166-1 alpha-3 code, upper case");
        g.iso3 = s_->keep(iso3);
      } else if (kind == "subnational") {
        g.kind = GridKind::subnational;
        if (id.size() < 4 || id[2] != '-' || !matches_id(id, true)) e.fail("id", "a sub-national grid's id is CC-NAME (upper case)");
        const std::string country = e.text("country");
        if (country.size() != 2 || !matches_id(country, true)) e.fail("country", "expected an ISO 3166-1 alpha-2 code");
        g.country = s_->keep(country);
      } else {
        e.fail("kind", fmt::format("{} is not one of country, subnational", quote(kind)));
      }
      for (const Grid& other : s_->grids) {
        if (iequals(other.id, id)) e.fail("id", "a grid with this id already exists");
        if (!g.iso3.empty() && iequals(other.iso3, g.iso3)) e.fail("iso3", fmt::format("{} is already the code of {}", quote(g.iso3), quote(other.id)));
      }
      g.id = s_->keep(id);
      g.name = s_->keep(e.text("name"));
      g.intensity = intensity(e, sources);
      e.finish();
      s_->grids.push_back(g);
    }
  }

  void read_regions(std::string_view file, const Json& root, const std::map<std::string, const Source*>& sources) {
    const auto it = root.find("regions");
    if (it == root.end()) return;
    if (!it->is_array()) throw Error(ErrorKind::data, fmt::format("{}: key 'regions': expected an array", file));
    s_->regions.reserve(s_->regions.size() + it->size());
    for (std::size_t i = 0; i < it->size(); ++i) {
      Entry e(file, fmt::format("regions[{}]", i), (*it)[i]);
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
      e.finish();
      s_->regions.push_back(r);
    }
  }

  void check_header(std::string_view file, const Json& root, bool overlay) {
    if (!root.is_object()) throw Error(ErrorKind::data, fmt::format("{}: expected a JSON object at the top level", file));
    Entry e(file, "top level", root);
    const Json& version = e.require("schema_version");
    if (!version.is_number_integer() || version.get<long long>() != kSchemaVersion) {
      e.fail("schema_version", fmt::format("this mlcarbon reads schema_version {}, got {}", kSchemaVersion, version.dump()));
    }
    if (!overlay) e.text("data_version");
  }

  std::shared_ptr<Storage> storage() const { return s_; }

 private:
  std::shared_ptr<Storage> s_;
};

void check_keys(std::string_view file, const Json& root, std::initializer_list<std::string_view> allowed) {
  for (const auto& [key, value] : root.items()) {
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      throw Error(ErrorKind::data, fmt::format("{}: top level: key '{}': unknown key (expected one of {})", file, key,
                                               fmt::join(allowed, ", ")));
    }
  }
}

Catalog to_catalog(const std::shared_ptr<Storage>& s, std::string_view hardware_version, std::string_view regions_version,
                   PueFigure default_pue) {
  Catalog c;
  c.hardware_version = hardware_version;
  c.regions_version = regions_version;
  c.origin = s->origin.empty() ? std::string_view("embedded") : std::string_view(s->origin.back());
  c.hardware_sources = s->hardware_sources;
  c.region_sources = s->region_sources;
  c.hardware = s->hardware;
  c.providers = s->providers;
  c.grids = s->grids;
  c.regions = s->regions;
  c.default_pue = default_pue;
  c.owner = s;
  return c;
}

std::map<std::string, const Source*> index_of(std::span<const Source> sources) {
  std::map<std::string, const Source*> index;
  for (const Source& src : sources) index[std::string(src.key)] = &src;
  return index;
}

}  // namespace

namespace {

// Reads a whole hardware file into the storage; returns its data_version.
std::string_view read_hardware_file(Builder& b, Storage& storage, const DataText& file) {
  const Json root = parse_data(file);
  b.check_header(file.file, root, false);
  check_keys(file.file, root, {"schema_version", "data_version", "description", "sources", "hardware"});
  std::map<std::string, const Source*> sources;
  b.read_sources(file.file, root, storage.hardware_sources, sources);
  NameRegistry names;
  b.read_hardware(file.file, root, sources, names);
  if (storage.hardware.empty()) throw Error(ErrorKind::data, fmt::format("{}: key 'hardware': no entries", file.file));
  return storage.keep(root["data_version"].get<std::string>());
}

// Reads a whole regions file into the storage; returns its data_version.
std::string_view read_regions_file(Builder& b, Storage& storage, const DataText& file, PueFigure& default_pue) {
  const Json root = parse_data(file);
  b.check_header(file.file, root, false);
  check_keys(file.file, root,
             {"schema_version", "data_version", "description", "sources", "default_pue", "providers", "grids", "regions"});
  std::map<std::string, const Source*> sources;
  b.read_sources(file.file, root, storage.region_sources, sources);
  b.read_default_pue(file.file, root, sources, default_pue);
  b.read_providers(file.file, root, sources);
  b.read_grids(file.file, root, sources);
  b.read_regions(file.file, root, sources);
  if (storage.grids.empty()) throw Error(ErrorKind::data, fmt::format("{}: key 'grids': no entries", file.file));
  return storage.keep(root["data_version"].get<std::string>());
}

}  // namespace

Catalog load_catalog(const DataText& hardware, const DataText& regions, std::string_view origin) {
  auto storage = std::make_shared<Storage>();
  storage->origin.emplace_back(origin);
  Builder b(storage);
  const std::string_view hw_version = read_hardware_file(b, *storage, hardware);
  PueFigure default_pue;
  const std::string_view rg_version = read_regions_file(b, *storage, regions, default_pue);
  return to_catalog(storage, hw_version, rg_version, default_pue);
}

DataFileKind data_file_kind(const DataText& file) {
  const Json root = parse_data(file);
  if (!root.is_object()) throw Error(ErrorKind::data, fmt::format("{}: expected a JSON object at the top level", file.file));
  if (root.contains("default_pue")) return DataFileKind::regions;
  const bool region_keys = root.contains("providers") || root.contains("grids") || root.contains("regions");
  if (root.contains("data_version") && root.contains("hardware") && !region_keys) return DataFileKind::hardware;
  return DataFileKind::overlay;
}

Catalog with_hardware_file(const Catalog& base, const DataText& hardware) {
  auto storage = std::make_shared<Storage>();
  storage->base = base.owner;
  storage->origin.emplace_back(fmt::format("{} with {}", base.origin, hardware.file));
  Builder b(storage);
  const std::string_view version = read_hardware_file(b, *storage, hardware);
  Catalog c = base;  // the region part stays the base's (kept alive through storage->base)
  c.hardware_version = version;
  c.origin = storage->origin.back();
  c.hardware_sources = storage->hardware_sources;
  c.hardware = storage->hardware;
  c.owner = storage;
  return c;
}

Catalog with_regions_file(const Catalog& base, const DataText& regions) {
  auto storage = std::make_shared<Storage>();
  storage->base = base.owner;
  storage->origin.emplace_back(fmt::format("{} with {}", base.origin, regions.file));
  Builder b(storage);
  PueFigure default_pue;
  const std::string_view version = read_regions_file(b, *storage, regions, default_pue);
  Catalog c = base;  // the hardware part stays the base's
  c.regions_version = version;
  c.origin = storage->origin.back();
  c.region_sources = storage->region_sources;
  c.providers = storage->providers;
  c.grids = storage->grids;
  c.regions = storage->regions;
  c.default_pue = default_pue;
  c.owner = storage;
  return c;
}

Catalog add_overlay(const Catalog& base, const DataText& overlay) {
  auto storage = std::make_shared<Storage>();
  storage->base = base.owner;
  storage->origin.emplace_back(fmt::format("{} + {}", base.origin, overlay.file));
  Builder b(storage);
  const Json root = parse_data(overlay);
  b.check_header(overlay.file, root, true);
  check_keys(overlay.file, root, {"schema_version", "data_version", "description", "sources", "hardware", "providers", "grids", "regions"});

  // Copy the base's entries (their pointers into the base stay valid: `base` is kept alive).
  // The overlay's sources serve both its hardware and its region entries.
  std::map<std::string, const Source*> hw_sources = index_of(base.hardware_sources);
  std::map<std::string, const Source*> rg_sources = index_of(base.region_sources);
  storage->hardware_sources.assign(base.hardware_sources.begin(), base.hardware_sources.end());
  std::map<std::string, const Source*> own_sources;
  std::vector<Source> own;
  b.read_sources(overlay.file, root, own, own_sources);
  storage->region_sources.assign(base.region_sources.begin(), base.region_sources.end());
  storage->region_sources.reserve(storage->region_sources.size() + own.size());
  storage->hardware_sources.reserve(storage->hardware_sources.size() + own.size());
  for (const Source& src : own) {
    if (hw_sources.count(std::string(src.key)) != 0 || rg_sources.count(std::string(src.key)) != 0) {
      throw Error(ErrorKind::data, fmt::format("{}: sources.{}: a source with this key already exists in the base data",
                                               overlay.file, src.key));
    }
    storage->hardware_sources.push_back(src);
    hw_sources[std::string(src.key)] = &storage->hardware_sources.back();
    storage->region_sources.push_back(src);
    rg_sources[std::string(src.key)] = &storage->region_sources.back();
  }

  NameRegistry names;
  storage->hardware.reserve(base.hardware.size());
  for (const Hardware& hw : base.hardware) {
    names.add(hw.id, hw.id);  // the base was validated when it was loaded
    for (const auto alias : hw.aliases) names.add(alias, hw.id);
    storage->hardware.push_back(hw);
  }
  b.read_hardware(overlay.file, root, hw_sources, names);

  storage->providers.assign(base.providers.begin(), base.providers.end());
  b.read_providers(overlay.file, root, rg_sources);
  storage->grids.assign(base.grids.begin(), base.grids.end());
  b.read_grids(overlay.file, root, rg_sources);
  // Base regions point at the base's providers and grids; re-point them at the copies so that
  // one catalog is self-consistent.
  storage->regions.reserve(base.regions.size());
  for (Region region : base.regions) {
    for (const Provider& p : storage->providers) {
      if (p.id == region.provider->id) region.provider = &p;
    }
    for (const Grid& g : storage->grids) {
      if (g.id == region.grid->id) region.grid = &g;
    }
    storage->regions.push_back(region);
  }
  b.read_regions(overlay.file, root, rg_sources);
  return to_catalog(storage, base.hardware_version, base.regions_version, base.default_pue);
}

}  // namespace mlcarbon
