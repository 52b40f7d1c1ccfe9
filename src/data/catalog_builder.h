// Building a Catalog from parsed data files: the storage a loaded catalog owns, the registry of
// names, and the Builder that reads each part of a file with its checks. Internal to the loader
// (catalog_json.cpp, catalog_builder*.cpp).
#pragma once

#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <string_view>
#include <vector>

#include "data/catalog.h"
#include "data/json_data.h"

namespace mlcarbon::loader {


inline constexpr int kSchemaVersion = 1;

// Plausibility bounds of data entries (issue: implausible values are errors, not warnings).
inline constexpr double kMinPowerW = 1, kMaxPowerW = 2000;
inline constexpr double kMaxIntensity = 1500;
inline constexpr double kMinPue = 1, kMaxPue = 3;

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
  std::vector<SplitCode> split_codes;
  std::vector<Region> regions;
  std::vector<Source> instance_sources;
  std::vector<Instance> instances;

  std::string_view keep(std::string text) { return strings.emplace_back(std::move(text)); }
};

inline std::string id_text(Entry& entry, std::string_view key) {
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

  // Who has `name`, or "".
  std::string owner_of(std::string_view name) const {
    const auto it = owners_.find(to_lower(name));
    return it == owners_.end() ? std::string() : it->second;
  }

  // Returns the other owner when `name` is taken, else null.
  const std::string* add(std::string_view name, std::string_view owner) {
    const auto [it, inserted] = owners_.emplace(to_lower(name), std::string(owner));
    return !inserted && it->second != owner ? &it->second : nullptr;
  }

 private:
  std::map<std::string, std::string> owners_;
};

// Reads the parts of data files into a Storage; every error names file, entry and key.
class Builder {
 public:
  // Reads the array under `key`, if there is one: `read(entry, index)` makes each element, which
  // is then checked for unknown keys and appended to `into` (reserved first: pointers stay valid).
  template <typename T, typename Read>
  static void read_array(std::string_view file, const Json& root, std::string_view key, std::vector<T>& into, Read read) {
    const auto it = root.find(key);
    if (it == root.end()) return;
    if (!it->is_array()) throw Error(ErrorKind::data, fmt::format("{}: key '{}': expected an array", file, key));
    into.reserve(into.size() + it->size());
    for (std::size_t i = 0; i < it->size(); ++i) {
      Entry e(file, fmt::format("{}[{}]", key, i), (*it)[i]);
      T item = read(e, i);
      e.finish();
      into.push_back(std::move(item));
    }
  }

  explicit Builder(std::shared_ptr<Storage> storage) : s_(std::move(storage)) {}
  std::shared_ptr<Storage> storage() const { return s_; }

  void read_sources(std::string_view file, const Json& root, std::vector<Source>& into,
                    std::map<std::string, const Source*>& index, std::size_t extra_capacity = 0);
  const Source* source_ref(Entry& e, std::string_view key, const std::map<std::string, const Source*>& index);
  std::span<const std::string_view> aliases(Entry& e, std::string_view owner, NameRegistry& names);
  void read_hardware(std::string_view file, const Json& root, const std::map<std::string, const Source*>& sources,
                     NameRegistry& names);
  std::optional<PueFigure> pue_group(Entry& e, std::string_view pue_key, std::string_view year_key,
                                     std::string_view source_key, std::string_view scope_key,
                                     const std::map<std::string, const Source*>& sources);
  // An optional {low, high, source} object under `key`: the spread of a PUE across sites.
  void pue_range(Entry& e, std::string_view key, const std::map<std::string, const Source*>& sources, PueFigure& into);
  void read_instances(std::string_view file, const Json& root, const std::map<std::string, const Source*>& sources);
  Intensity intensity(Entry& e, const std::map<std::string, const Source*>& sources);
  // regions.json `fuel_factors`: the factors that change a figure's basis (the base's are kept
  // when a file has none, as an overlay).
  void read_fuel_factors(std::string_view file, const Json& root, const std::map<std::string, const Source*>& sources);
  const FuelFactors& fuel_factors() const { return factors_; }
  void use_fuel_factors(const FuelFactors& factors) { factors_ = factors; }
  Mix mix(Entry& e, const std::map<std::string, const Source*>& sources);
  void read_split_codes(std::string_view file, const Json& root);
  void read_default_pue(std::string_view file, const Json& root, const std::map<std::string, const Source*>& sources,
                        PueFigure& out);
  void read_providers(std::string_view file, const Json& root, const std::map<std::string, const Source*>& sources);
  void read_grids(std::string_view file, const Json& root, const std::map<std::string, const Source*>& sources);
  void read_regions(std::string_view file, const Json& root, const std::map<std::string, const Source*>& sources);
  void check_header(std::string_view file, const Json& root, bool overlay);

 private:
  // A figure that cannot be: 0 on a lifecycle basis, or one whose other basis would be negative.
  void check_plausible(Entry& e, const Intensity& intensity, const Mix* mix);

  // Indexes of what the storage already holds (a base catalog's entries first), so that each check
  // of an entry is a hash look-up: a file of N entries is read in time proportional to N.
  void catch_up();

  std::shared_ptr<Storage> s_;
  FuelFactors factors_{};
  NameRegistry grid_names_;
  std::unordered_set<std::string> hardware_ids_, instance_keys_, grid_ids_lower_, iso3_lower_;
  std::unordered_map<std::string, std::size_t> grid_index_;  // exact id -> index in s_->grids
  std::unordered_map<std::string, NameRegistry> region_names_;  // per provider: ids and aliases
  std::size_t hardware_seen_ = 0, instances_seen_ = 0, grids_seen_ = 0, regions_seen_ = 0;
};

}  // namespace mlcarbon::loader
