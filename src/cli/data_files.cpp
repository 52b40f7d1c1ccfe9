#include "cli/data_files.h"

#include "data/catalog_json.h"

namespace mlcarbon {

Catalog load_data(const System& system, const std::string& data_dir, const std::vector<std::string>& overlays) {
  Catalog catalog = embedded_catalog();
  if (!data_dir.empty()) {
    const std::string hardware_path = data_dir + "/hardware.json";
    const std::string regions_path = data_dir + "/regions.json";
    const std::string instances_path = data_dir + "/instances.json";
    const std::string hardware = system.read(hardware_path, kMaxDataFileBytes);
    const std::string regions = system.read(regions_path, kMaxDataFileBytes);
    // instances.json is optional in a data directory: without it, no instance presets.
    const bool has_instances = system.kind(instances_path) != System::Kind::missing;
    const std::string instances = has_instances ? system.read(instances_path, kMaxDataFileBytes) : std::string();
    catalog = load_catalog({hardware_path, hardware}, {regions_path, regions}, data_dir,
                           has_instances ? std::optional<DataText>(DataText{instances_path, instances}) : std::nullopt);
  }
  for (const std::string& path : overlays) {
    const std::string text = system.read(path, kMaxDataFileBytes);
    catalog = add_overlay(catalog, {path, text});
  }
  return catalog;
}

}  // namespace mlcarbon
