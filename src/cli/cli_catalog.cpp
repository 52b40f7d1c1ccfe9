// The catalog commands: `hardware list|show`, `regions list|show`, `instances list|show` and
// `data check`.
#include <algorithm>

#include <fmt/format.h>

#include "cli/cli_internal.h"
#include "data/catalog_json.h"
#include "util/error.h"
#include "util/text.h"

namespace mlcarbon {
namespace {

// What the three catalog commands share: `list` (the default) and `show NAME`.
struct ListShow {
  CLI::App* show = nullptr;
  std::string name;

  void add(Options& o, const char* list_help, const char* show_help, const char* name_label, const char* name_help) {
    o.verb("list", list_help);
    show = o.verb("show", show_help, name_label, name, name_help);
  }
};

// A filter's value, lower case, when given; a usage error when it is not one of `kinds`.
std::string kind_filter(const TextOption& kind, std::initializer_list<std::string_view> kinds, std::string_view expected) {
  if (!kind.given()) return {};
  const std::string k = to_lower(trim(kind.value));
  if (std::find(kinds.begin(), kinds.end(), k) == kinds.end()) {
    throw Error(ErrorKind::usage, fmt::format("--kind: {} is not a kind; expected {}", quote(kind.value), expected));
  }
  return k;
}

// ---- hardware ------------------------------------------------------------------------------

struct HardwareCommand {
  ListShow verbs;
  TextOption kind, vendor;

  void setup(Options& o) {
    verbs.add(o, "list devices (the default)", "one device with its source", "NAME", "device id or alias");
    o.text(kind, "--kind", "KIND", "only this kind: gpu, tpu, cpu, accelerator");
    o.text(vendor, "--vendor", "VENDOR", "only this vendor, e.g. NVIDIA, AMD");
  }

  // A filter that matches no device is a mistake to say, not an empty table to print: an unknown
  // vendor gets the closest known ones; a known vendor without devices of that kind, its kinds.
  [[noreturn]] void nothing_matches(const Catalog& catalog) const {
    std::vector<std::string> vendors;
    for (const Hardware& hw : catalog.hardware) {
      if (std::find(vendors.begin(), vendors.end(), hw.vendor) == vendors.end()) vendors.emplace_back(hw.vendor);
    }
    const std::string_view want = trim(vendor.value);
    if (vendor.given() && std::none_of(vendors.begin(), vendors.end(), [&](const std::string& v) { return iequals(v, want); })) {
      const std::string hint = closest_hint(want, vendors, 3);
      throw Error(ErrorKind::not_found, fmt::format("--vendor: no device of vendor {}{}", quote(vendor.value),
                                                    hint.empty() ? fmt::format("; the vendors are {}", fmt::join(vendors, ", ")) : hint));
    }
    std::vector<std::string> kinds;
    for (const Hardware& hw : catalog.hardware) {
      if (vendor.given() && !iequals(hw.vendor, want)) continue;
      const std::string k(to_string(hw.kind));
      if (std::find(kinds.begin(), kinds.end(), k) == kinds.end()) kinds.push_back(k);
    }
    throw Error(ErrorKind::not_found, fmt::format("no device of kind {}{}; {} {}", kind.value,
                                                  vendor.given() ? fmt::format(" from {}", vendor.value) : "",
                                                  vendor.given() ? fmt::format("{}'s are of kind", vendor.value) : "the kinds are",
                                                  fmt::join(kinds, ", ")));
  }

  int run(const Common& common) const {
    const Format format = common.output;
    const Catalog catalog = common.catalog();
    if (Options::given(verbs.show)) {
      common.system.out(render_hardware_show(*find_device(catalog, verbs.name).hardware, format));
      return 0;
    }
    const std::string want_kind = kind_filter(kind, {"gpu", "tpu", "cpu", "accelerator"}, "gpu, tpu, cpu or accelerator");
    std::vector<const Hardware*> selected;
    for (const Hardware& hw : catalog.hardware) {
      if (!want_kind.empty() && to_string(hw.kind) != want_kind) continue;
      if (vendor.given() && !iequals(hw.vendor, trim(vendor.value))) continue;
      selected.push_back(&hw);
    }
    if (selected.empty()) nothing_matches(catalog);
    common.system.out(render_hardware_list(selected, format, common.text_width()));
    return 0;
  }
};

// ---- regions -------------------------------------------------------------------------------

struct RegionsCommand {
  ListShow verbs;
  TextOption provider, country, kind;

  void setup(Options& o) {
    verbs.add(o, "list cloud regions, countries and grids (the default)", "one region or country with its sources", "ID",
              "region id (aws:us-east-1), region code or country");
    o.text(provider, "-p,--provider", "ID", "only this provider's regions (aws, gcp, azure, ...), or 'country'");
    o.text(country, "--country", "CC", "only regions and grids in this country (ISO alpha-2, e.g. US)");
    o.text(kind, "--kind", "KIND",
           "only cloud regions, countries, sub-national grids or the world average: cloud, country, subnational (states and "
           "subregions), state, subregion, world");
  }

  // The provider asked for ("" for any), checked against the catalog.
  std::string provider_filter(const Catalog& catalog) const {
    const std::string want = provider.given() ? to_lower(trim(provider.value)) : "";
    if (!want.empty() && want != "country" && find_provider(catalog, want) == nullptr) {
      std::vector<std::string> ids;
      for (const Provider& p : catalog.providers) ids.emplace_back(p.id);
      throw Error(ErrorKind::not_found,
                  fmt::format("--provider: unknown provider {}; known: {}", quote(provider.value), fmt::join(ids, ", ")));
    }
    return want;
  }

  // No region or grid passes the filters: an unknown country code (or a country's name, which
  // the filter does not take) gets the code to use; otherwise the filters are said together.
  [[noreturn]] void nothing_matches(const Catalog& catalog) const {
    if (country.given()) {
      const std::string_view want = trim(country.value);
      const bool known = std::any_of(catalog.grids.begin(), catalog.grids.end(),
                                     [&](const Grid& g) { return g.kind == GridKind::country && iequals(g.id, want); });
      if (!known) {
        std::string hint;
        try {
          const Location at = find_location(catalog, want, Suggest::no);
          const Grid* g = at.grid;
          const std::string_view code = g->kind == GridKind::country ? g->id : g->country;
          hint = fmt::format("did you mean --country {}?", code);
        } catch (const Error&) {
          hint = "expected an ISO 3166-1 alpha-2 code, e.g. US, FR (`mlcarbon regions list --kind country` lists them)";
        }
        throw Error(ErrorKind::not_found, fmt::format("--country: no region or grid in {}; {}", quote(country.value), hint));
      }
    }
    std::vector<std::string> given;
    if (provider.given()) given.push_back(fmt::format("--provider {}", provider.value));
    if (country.given()) given.push_back(fmt::format("--country {}", country.value));
    if (kind.given()) given.push_back(fmt::format("--kind {}", kind.value));
    throw Error(ErrorKind::not_found, fmt::format("no region or grid matches {}; drop one of them to see what there is", fmt::join(given, " ")));
  }

  std::vector<Location> select(const Catalog& catalog) const {
    std::string want_kind =
        kind_filter(kind, {"cloud", "country", "subnational", "state", "subregion", "world"},
                    "cloud, country, subnational, state, subregion or world");
    const std::string want_provider = provider_filter(catalog);
    if (want_provider == "country") want_kind = "country";
    const std::string want_country = country.given() ? std::string(trim(country.value)) : "";
    std::vector<Location> selected;
    if (want_kind.empty() || want_kind == "cloud") {
      for (const Region& r : catalog.regions) {
        if (!want_provider.empty() && !iequals(r.provider->id, want_provider)) continue;
        if (!want_country.empty() && !iequals(r.country, want_country)) continue;
        selected.push_back(Location{&r, r.grid});
      }
    }
    if ((want_kind.empty() && want_provider.empty()) || (!want_kind.empty() && want_kind != "cloud")) {
      for (const Grid& g : catalog.grids) {
        const bool subnational = g.kind == GridKind::state || g.kind == GridKind::subregion;
        if (!want_kind.empty() && to_string(g.kind) != want_kind && !(want_kind == "subnational" && subnational)) continue;
        const std::string_view grid_country = g.kind == GridKind::country ? g.id : g.country;
        if (!want_country.empty() && !iequals(grid_country, want_country)) continue;
        selected.push_back(Location{nullptr, &g});
      }
    }
    return selected;
  }

  int run(const Common& common) const {
    const Format format = common.output;
    const Catalog catalog = common.catalog();
    if (Options::given(verbs.show)) {
      common.system.out(render_location_show(find_location(catalog, verbs.name), catalog, format));
      return 0;
    }
    const std::vector<Location> selected = select(catalog);
    if (selected.empty()) nothing_matches(catalog);
    common.system.out(render_location_list(selected, catalog, format, common.text_width()));
    return 0;
  }
};

// ---- instances -----------------------------------------------------------------------------

struct InstancesCommand {
  ListShow verbs;
  TextOption provider, accelerator;

  void setup(Options& o) {
    verbs.add(o, "list cloud instance types (the default)", "one instance type with its source", "ID",
              "instance type, e.g. aws:p4d.24xlarge or a3-highgpu-8g");
    o.text(provider, "-p,--provider", "ID", "only this provider's instance types (aws, gcp, azure)");
    o.text(accelerator, "-g,--hardware", "NAME", "only instance types with this accelerator (id or alias)");
  }

  int run(const Common& common) const {
    const Format format = common.output;
    const Catalog catalog = common.catalog();
    if (Options::given(verbs.show)) {
      const Instance* one = &find_instance(catalog, verbs.name);
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
    if (selected.empty()) {
      throw Error(ErrorKind::not_found,
                  fmt::format("no instance type in the data{}{}; `mlcarbon instances list` lists them all",
                              device != nullptr ? fmt::format(" has {}", device->id) : "",
                              !want_provider.empty() ? fmt::format(" at {}", want_provider) : ""));
    }
    common.system.out(render_instance_list(selected, format, false, common.text_width()));
    return 0;
  }
};

// ---- data ----------------------------------------------------------------------------------

struct DataCommand {
  std::vector<std::string> files;
  CLI::App* notice = nullptr;

  void setup(Options& o) {
    o.verb("check", "validate the data in use, or FILEs (hardware, regions or overlay files)", "FILE", files,
           "a data file to validate on top of the data in use");
    notice = o.verb("notice", "print the attributions and licenses of the data compiled in (the NOTICE file)");
    o.require_verb();
  }

  int run(const Common& common) const {
    if (Options::given(notice)) {
      common.system.out(std::string(embedded_notice()));
      return 0;
    }
    const Format format = common.output;
    const Catalog base = common.catalog();
    std::vector<DataCheck> checks;
    if (files.empty()) checks.push_back({std::string(base.origin), "data in use", catalog_stats(base)});
    for (const std::string& path : files) {
      const std::string text = common.system.read(path, kMaxDataFileBytes);
      const DataText file{path, text};
      switch (data_file_kind(file)) {
        case DataFileKind::hardware: checks.push_back({path, "hardware file", catalog_stats(with_hardware_file(base, file))}); break;
        case DataFileKind::regions: checks.push_back({path, "regions file", catalog_stats(with_regions_file(base, file))}); break;
        case DataFileKind::instances:
          checks.push_back({path, "instances file", catalog_stats(with_instances_file(base, file))});
          break;
        case DataFileKind::overlay: checks.push_back({path, "overlay file", catalog_stats(add_overlay(base, file))}); break;
      }
    }
    common.system.out(render_data_checks(checks, format));
    return 0;
  }
};

}  // namespace

Command hardware_command() {
  return make_command<HardwareCommand>("hardware", "list devices or show one (hardware list | hardware show NAME)", kTableFormats);
}
Command regions_command() {
  return make_command<RegionsCommand>("regions", "list regions and countries or show one (regions list | regions show ID)",
                                      kTableFormats);
}
Command instances_command() {
  return make_command<InstancesCommand>("instances", "list cloud instance types or show one (instances list | instances show ID)",
                                        kTableFormats);
}
Command data_command() {
  return make_command<DataCommand>("data", "validate data files (data check [FILE...]) or print their notices (data notice)",
                                   {Format::text, Format::json});
}

}  // namespace mlcarbon
