#include "data/catalog_json.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "data/catalog_builder.h"
#include "util/error.h"
#include "data/json_data.h"
#include "util/text.h"

namespace mlcarbon {
namespace {

using loader::Builder;
using loader::NameRegistry;
using loader::Storage;

void check_keys(std::string_view file, const Json& root, std::initializer_list<std::string_view> allowed) {
  for (const auto& [key, value] : root.items()) {
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      throw Error(ErrorKind::data, fmt::format("{}: top level: key '{}': unknown key (expected one of {})", file, key,
                                               fmt::join(allowed, ", ")));
    }
  }
}

Catalog to_catalog(const std::shared_ptr<Storage>& s, std::string_view hardware_version, std::string_view regions_version,
                   std::string_view instances_version, PueFigure default_pue, const FuelFactors& factors) {
  Catalog c;
  c.hardware_version = hardware_version;
  c.regions_version = regions_version;
  c.instances_version = instances_version;
  c.origin = s->origin.empty() ? std::string_view("embedded") : std::string_view(s->origin.back());
  c.hardware_sources = s->hardware_sources;
  c.region_sources = s->region_sources;
  c.hardware = s->hardware;
  c.providers = s->providers;
  c.grids = s->grids;
  c.regions = s->regions;
  c.instance_sources = s->instance_sources;
  c.instances = s->instances;
  c.default_pue = default_pue;
  c.owner = s;
  c.fuel_factors = factors;
  c.split_codes = s->split_codes;
  return c;
}

std::map<std::string, const Source*> index_of(std::span<const Source> sources) {
  std::map<std::string, const Source*> index;
  for (const Source& src : sources) index[std::string(src.key)] = &src;
  return index;
}

// A whole data file's JSON, its header checked and no keys at the top level but `keys`.
Json whole_file(Builder& b, const DataText& file, std::initializer_list<std::string_view> keys) {
  Json root = parse_data(file);
  b.check_header(file.file, root, false);
  check_keys(file.file, root, keys);
  return root;
}

// Reads a whole hardware file into the storage; returns its data_version.
std::string_view read_hardware_file(Builder& b, Storage& storage, const DataText& file) {
  const Json root = whole_file(b, file, {"schema_version", "data_version", "description", "sources", "hardware"});
  std::map<std::string, const Source*> sources;
  b.read_sources(file.file, root, storage.hardware_sources, sources);
  NameRegistry names;
  b.read_hardware(file.file, root, sources, names);
  if (storage.hardware.empty()) throw Error(ErrorKind::data, fmt::format("{}: key 'hardware': no entries", file.file));
  return storage.keep(root["data_version"].get<std::string>());
}

// Reads a whole regions file into the storage; returns its data_version.
std::string_view read_regions_file(Builder& b, Storage& storage, const DataText& file, PueFigure& default_pue) {
  const Json root =
      whole_file(b, file, {"schema_version", "data_version", "description", "sources", "default_pue", "fuel_factors", "providers", "grids",
                           "split_codes", "regions"});
  std::map<std::string, const Source*> sources;
  b.read_sources(file.file, root, storage.region_sources, sources);
  b.read_default_pue(file.file, root, sources, default_pue);
  b.read_fuel_factors(file.file, root, sources);
  b.read_providers(file.file, root, sources);
  b.read_grids(file.file, root, sources);
  b.read_split_codes(file.file, root);
  b.read_regions(file.file, root, sources);
  if (storage.grids.empty()) throw Error(ErrorKind::data, fmt::format("{}: key 'grids': no entries", file.file));
  return storage.keep(root["data_version"].get<std::string>());
}

// Reads a whole instances file (after the hardware it refers to); returns its data_version.
std::string_view read_instances_file(Builder& b, Storage& storage, const DataText& file) {
  const Json root = whole_file(b, file, {"schema_version", "data_version", "description", "sources", "instances"});
  std::map<std::string, const Source*> sources;
  b.read_sources(file.file, root, storage.instance_sources, sources);
  b.read_instances(file.file, root, sources);
  return storage.keep(root["data_version"].get<std::string>());
}

}  // namespace

Catalog load_catalog(const DataText& hardware, const DataText& regions, std::string_view origin,
                     const std::optional<DataText>& instances) {
  auto storage = std::make_shared<Storage>();
  storage->origin.emplace_back(origin);
  Builder b(storage);
  const std::string_view hw_version = read_hardware_file(b, *storage, hardware);
  PueFigure default_pue;
  const std::string_view rg_version = read_regions_file(b, *storage, regions, default_pue);
  const std::string_view in_version = instances ? read_instances_file(b, *storage, *instances) : std::string_view();
  return to_catalog(storage, hw_version, rg_version, in_version, default_pue, b.fuel_factors());
}

DataFileKind data_file_kind(const DataText& file) {
  const Json root = parse_data(file);
  if (!root.is_object()) throw Error(ErrorKind::data, fmt::format("{}: expected a JSON object at the top level", file.file));
  if (root.contains("default_pue")) return DataFileKind::regions;
  if (root.contains("data_version") && root.contains("instances") && !root.contains("hardware")) return DataFileKind::instances;
  const bool region_keys = root.contains("providers") || root.contains("grids") || root.contains("regions");
  if (root.contains("data_version") && root.contains("hardware") && !region_keys) return DataFileKind::hardware;
  return DataFileKind::overlay;
}

namespace {

// A new storage on top of `base` (kept alive through it), named "<base> <joiner> <file>".
std::shared_ptr<Storage> storage_over(const Catalog& base, std::string_view joiner, std::string_view file) {
  auto storage = std::make_shared<Storage>();
  storage->base = base.owner;
  storage->origin.emplace_back(fmt::format("{} {} {}", base.origin, joiner, file));
  return storage;
}

// `base` owned by `storage`, with its origin; the caller points the replaced parts at the storage.
Catalog owned_copy(const Catalog& base, const std::shared_ptr<Storage>& storage) {
  Catalog c = base;
  c.origin = storage->origin.back();
  c.owner = storage;
  return c;
}

}  // namespace

namespace {

// `base` with one part replaced by a whole file's (the other parts stay the base's).
Catalog with_file(const Catalog& base, const DataText& file, DataFileKind kind) {
  const auto storage = storage_over(base, "with", file.file);
  // Instances refer to devices: those of the base, copied into the storage.
  if (kind == DataFileKind::instances) storage->hardware.assign(base.hardware.begin(), base.hardware.end());
  Builder b(storage);
  Catalog c = owned_copy(base, storage);
  switch (kind) {
    case DataFileKind::hardware:
      c.hardware_version = read_hardware_file(b, *storage, file);
      c.hardware_sources = storage->hardware_sources;
      break;
    case DataFileKind::regions:
      c.regions_version = read_regions_file(b, *storage, file, c.default_pue);
      c.region_sources = storage->region_sources;
      c.providers = storage->providers;
      c.grids = storage->grids;
      c.regions = storage->regions;
      c.fuel_factors = b.fuel_factors();
      c.split_codes = storage->split_codes;
      return c;
    case DataFileKind::instances:
      c.instances_version = read_instances_file(b, *storage, file);
      c.instance_sources = storage->instance_sources;
      c.instances = storage->instances;
      break;
    case DataFileKind::overlay: throw Error(ErrorKind::internal, "not a whole data file");
  }
  c.hardware = storage->hardware;
  return c;
}

}  // namespace

Catalog with_hardware_file(const Catalog& base, const DataText& hardware) { return with_file(base, hardware, DataFileKind::hardware); }
Catalog with_regions_file(const Catalog& base, const DataText& regions) { return with_file(base, regions, DataFileKind::regions); }
Catalog with_instances_file(const Catalog& base, const DataText& instances) {
  return with_file(base, instances, DataFileKind::instances);
}

Catalog add_overlay(const Catalog& base, const DataText& overlay) {
  const auto storage = storage_over(base, "+", overlay.file);
  Builder b(storage);
  const Json root = parse_data(overlay);
  b.check_header(overlay.file, root, true);
  check_keys(overlay.file, root,
             {"schema_version", "data_version", "description", "sources", "hardware", "instances", "providers", "grids", "regions"});

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
  b.use_fuel_factors(base.fuel_factors);
  b.read_grids(overlay.file, root, rg_sources);
  storage->split_codes.assign(base.split_codes.begin(), base.split_codes.end());
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
  // Instances: the base's (their devices are the base's), then the overlay's, whose sources are
  // the overlay's own or the hardware file's.
  storage->instances.reserve(base.instances.size());
  storage->instances.assign(base.instances.begin(), base.instances.end());
  storage->instance_sources.assign(base.instance_sources.begin(), base.instance_sources.end());
  b.read_instances(overlay.file, root, hw_sources);
  return to_catalog(storage, base.hardware_version, base.regions_version, base.instances_version, base.default_pue, base.fuel_factors);
}

}  // namespace mlcarbon
