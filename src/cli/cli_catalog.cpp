// The catalog commands: `hardware list|show`, `regions list|show` and `data check`.
#include <memory>

#include <fmt/format.h>

#include "data/catalog_json.h"
#include "cli/cli_internal.h"
#include "cli/data_files.h"
#include "util/error.h"
#include "util/text.h"

namespace mlcarbon {
namespace {

// ---- hardware ------------------------------------------------------------------------------

struct HardwareCommand {
  CLI::App* list = nullptr;
  CLI::App* show = nullptr;
  TextOption kind, vendor;
  std::string name;

  void setup(Options& o) {
    list = o.app().add_subcommand("list", "list devices (the default)");
    show = o.app().add_subcommand("show", "one device with its source");
    o.text(kind, "--kind", "KIND", "only this kind: gpu, tpu, cpu, accelerator");
    o.text(vendor, "--vendor", "VENDOR", "only this vendor, e.g. NVIDIA, AMD");
    show->add_option("NAME", name, "device id or alias")->required();
  }

  int run(const Common& common) const {
    const Format format = common.output_format();
    const Catalog catalog = common.catalog();
    if (show->parsed()) {
      common.system.out(render_hardware_show(find_hardware(catalog, name), format));
      return 0;
    }
    if (kind.given()) {
      const std::string k = to_lower(trim(kind.value));
      if (k != "gpu" && k != "tpu" && k != "cpu" && k != "accelerator") {
        throw Error(ErrorKind::usage, fmt::format("--kind: {} is not a kind; expected gpu, tpu, cpu or accelerator", quote(kind.value)));
      }
    }
    std::vector<const Hardware*> selected;
    for (const Hardware& hw : catalog.hardware) {
      if (kind.given() && !iequals(to_string(hw.kind), trim(kind.value))) continue;
      if (vendor.given() && !iequals(hw.vendor, trim(vendor.value))) continue;
      selected.push_back(&hw);
    }
    common.system.out(render_hardware_list(selected, format));
    return 0;
  }
};

// ---- regions -------------------------------------------------------------------------------

struct RegionsCommand {
  CLI::App* list = nullptr;
  CLI::App* show = nullptr;
  TextOption provider, country, kind;
  std::string name;

  void setup(Options& o) {
    list = o.app().add_subcommand("list", "list cloud regions, countries and grids (the default)");
    show = o.app().add_subcommand("show", "one region or country with its sources");
    o.text(provider, "-p,--provider", "ID", "only this provider's regions (aws, gcp, azure, ...), or 'country'");
    o.text(country, "--country", "CC", "only regions and grids in this country (ISO alpha-2, e.g. US)");
    o.text(kind, "--kind", "KIND", "only cloud regions, countries or subnational grids: cloud, country, subnational");
    show->add_option("ID", name, "region id (aws:us-east-1), region code or country")->required();
  }

  int run(const Common& common) const {
    const Format format = common.output_format();
    const Catalog catalog = common.catalog();
    if (show->parsed()) {
      common.system.out(render_location_show(find_location(catalog, name), catalog, format));
      return 0;
    }
    std::string want_kind = kind.given() ? to_lower(trim(kind.value)) : "";
    if (!want_kind.empty() && want_kind != "cloud" && want_kind != "country" && want_kind != "subnational") {
      throw Error(ErrorKind::usage, fmt::format("--kind: {} is not a kind; expected cloud, country or subnational", quote(kind.value)));
    }
    const std::string want_provider = provider.given() ? to_lower(trim(provider.value)) : "";
    if (want_provider == "country") want_kind = "country";
    if (!want_provider.empty() && want_provider != "country" && find_provider(catalog, want_provider) == nullptr) {
      std::vector<std::string> ids;
      for (const Provider& p : catalog.providers) ids.emplace_back(p.id);
      throw Error(ErrorKind::not_found, fmt::format("--provider: unknown provider {}; known: {}", quote(provider.value), fmt::join(ids, ", ")));
    }
    const std::string want_country = country.given() ? std::string(trim(country.value)) : "";
    std::vector<Location> selected;
    if (want_kind.empty() || want_kind == "cloud") {
      for (const Region& r : catalog.regions) {
        if (!want_provider.empty() && want_provider != "country" && !iequals(r.provider->id, want_provider)) continue;
        if (!want_country.empty() && !iequals(r.country, want_country)) continue;
        if (want_provider == "country") continue;
        selected.push_back(Location{&r, r.grid});
      }
    }
    if ((want_kind.empty() && want_provider.empty()) || want_kind == "country" || want_kind == "subnational") {
      for (const Grid& g : catalog.grids) {
        if (!want_kind.empty() && to_string(g.kind) != want_kind) continue;
        const std::string_view grid_country = g.kind == GridKind::country ? g.id : g.country;
        if (!want_country.empty() && !iequals(grid_country, want_country)) continue;
        selected.push_back(Location{nullptr, &g});
      }
    }
    common.system.out(render_location_list(selected, catalog, format));
    return 0;
  }
};

// ---- instances -----------------------------------------------------------------------------

struct InstancesCommand {
  CLI::App* list = nullptr;
  CLI::App* show = nullptr;
  TextOption provider, accelerator;
  std::string name;

  void setup(Options& o) {
    list = o.app().add_subcommand("list", "list cloud instance types (the default)");
    show = o.app().add_subcommand("show", "one instance type with its source");
    o.text(provider, "-p,--provider", "ID", "only this provider's instance types (aws, gcp, azure)");
    o.text(accelerator, "-g,--hardware", "NAME", "only instance types with this accelerator (id or alias)");
    show->add_option("ID", name, "instance type, e.g. aws:p4d.24xlarge or a3-highgpu-8g")->required();
  }

  int run(const Common& common) const {
    const Format format = common.output_format();
    const Catalog catalog = common.catalog();
    if (show->parsed()) {
      const Instance* one = &find_instance(catalog, name);
      common.system.out(render_instance_list(std::span<const Instance* const>(&one, 1), format, true));
      return 0;
    }
    const Hardware* device = accelerator.given() ? &find_hardware(catalog, accelerator.value) : nullptr;
    const std::string want_provider = provider.given() ? to_lower(trim(provider.value)) : "";
    std::vector<const Instance*> selected;
    for (const Instance& i : catalog.instances) {
      if (!want_provider.empty() && !iequals(i.provider, want_provider)) continue;
      if (device != nullptr && i.accelerator != device) continue;
      selected.push_back(&i);
    }
    if (!want_provider.empty() && selected.empty() && find_provider(catalog, want_provider) == nullptr) {
      throw Error(ErrorKind::not_found, fmt::format("--provider: unknown provider {}; instance types are known for aws, gcp and azure",
                                                    quote(provider.value)));
    }
    common.system.out(render_instance_list(selected, format));
    return 0;
  }
};

// ---- data ----------------------------------------------------------------------------------

struct DataCommand {
  CLI::App* check = nullptr;
  std::vector<std::string> files;

  void setup(Options& o) {
    check = o.app().add_subcommand("check", "validate the data in use, or FILEs (hardware, regions or overlay files)");
    check->add_option("FILE", files, "a data file to validate on top of the data in use");
    o.app().require_subcommand(1);
  }

  int run(const Common& common) const {
    const Format format = common.output_format();
    const Catalog base = common.catalog();
    std::vector<DataCheck> checks;
    if (files.empty()) checks.push_back({std::string(base.origin), "data in use", catalog_stats(base)});
    for (const std::string& path : files) {
      const std::string text = common.system.read(path, kMaxDataFileBytes);
      const DataText file{path, text};
      const DataFileKind kind = data_file_kind(file);
      const Catalog checked = kind == DataFileKind::hardware ? with_hardware_file(base, file)
                              : kind == DataFileKind::regions ? with_regions_file(base, file)
                                                              : add_overlay(base, file);
      const char* what = kind == DataFileKind::hardware ? "hardware file"
                         : kind == DataFileKind::regions ? "regions file"
                                                         : "overlay file";
      checks.push_back({path, what, catalog_stats(checked)});
    }
    common.system.out(render_data_checks(checks, format));
    return 0;
  }
};

}  // namespace

// Each command keeps its parsed options in a state object shared by its set-up and run.
template <typename State>
Command make_command(const char* name, const char* description) {
  auto state = std::make_shared<State>();
  return Command{name, description, [state](Options& o) { state->setup(o); },
                 [state](const Common& common) { return state->run(common); }};
}

Command hardware_command() {
  return make_command<HardwareCommand>("hardware", "list devices or show one (hardware list | hardware show NAME)");
}
Command regions_command() {
  return make_command<RegionsCommand>("regions", "list regions and countries or show one (regions list | regions show ID)");
}
Command instances_command() {
  return make_command<InstancesCommand>("instances", "list cloud instance types or show one (instances list | instances show ID)");
}
Command data_command() { return make_command<DataCommand>("data", "validate data files (data check [FILE...])"); }

}  // namespace mlcarbon
