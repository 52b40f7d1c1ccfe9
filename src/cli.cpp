#include "cli.h"

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "catalog.h"
#include "catalog_json.h"
#include "data_files.h"
#include "error.h"
#include "estimate.h"
#include "quantity.h"
#include "render.h"
#include "text.h"
#include "version.h"

namespace mlcarbon {
namespace {

// An option whose text is kept as typed and parsed by quantity.h, so that every bad value gets
// the same kind of message and exit status.
struct TextOption {
  std::string value;
  CLI::Option* option = nullptr;
  bool given() const { return option != nullptr && option->count() > 0; }
};

TextOption& add(CLI::App& app, TextOption& slot, const std::string& names, const std::string& type,
                const std::string& help) {
  slot.option = app.add_option(names, slot.value, help)->type_name(type);
  return slot;
}

void write_out(const std::string& text) {
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0) {
    throw Error(ErrorKind::io, "cannot write the output");
  }
}

Format parse_format(const TextOption& format) {
  if (!format.given()) return Format::text;
  const std::string value = to_lower(trim(format.value));
  if (value == "text") return Format::text;
  if (value == "json") return Format::json;
  if (value == "csv") return Format::csv;
  throw Error(ErrorKind::usage, fmt::format("--format: {} is not a format; expected text, json or csv", quote(format.value)));
}

// Options every command shares.
struct Common {
  std::string data_dir;
  std::vector<std::string> data_add;
  TextOption format;

  Catalog catalog() const { return load_data(data_dir, data_add); }
};

// ---- estimate ------------------------------------------------------------------------------

struct EstimateCommand {
  TextOption hardware, count, hours, duration, region, pue, power, utilization, intensity, offset, offset_kg;

  void setup(CLI::App& app) {
    add(app, hardware, "-g,--hardware", "NAME", "device id or alias (`mlcarbon hardware list`); its TDP is the power per device");
    add(app, count, "-n,--count", "N", "number of devices (default 1)");
    add(app, hours, "--hours", "H", "hours the devices run (or --duration)");
    add(app, duration, "--duration", "D", "how long the devices run, e.g. 3d12h30m, 14.8d, 90m (or --hours)");
    add(app, region, "-r,--region", "ID", "where: aws:us-east-1, gcp:us-central1, azure:westeurope, a bare region code, or a country (FR, country:FR)");
    add(app, pue, "--pue", "X", "power usage effectiveness (default: the site's or provider's published PUE, else the industry average)");
    add(app, power, "--power", "W", "measured average watts per device; replaces the TDP");
    add(app, utilization, "-u,--utilization", "F", "fraction of the TDP drawn, 0-1 or a percentage (default 1)");
    add(app, intensity, "--intensity", "G", "grid intensity in gCO2e/kWh; replaces the region's");
    add(app, offset, "--offset", "PCT", "percentage of the emissions offset by what you bought (0-100)");
    add(app, offset_kg, "--offset-kg", "KG", "kg CO2e of offsets you bought");
  }

  EstimateRequest request() const {
    EstimateRequest r;
    if (hardware.given()) r.hardware = hardware.value;
    if (count.given()) r.count = parse_count("--count", count.value);
    if (hours.given() && duration.given()) throw Error(ErrorKind::usage, "--hours and --duration conflict: give one of them");
    if (!hours.given() && !duration.given()) {
      throw Error(ErrorKind::usage, "how long? give --hours H (e.g. 100) or --duration D (e.g. 3d12h)");
    }
    if (hours.given()) {
      r.hours = parse_number("--hours", hours.value, kHoursRange);
      r.hours_given_as = fmt::format("--hours {}", trim(hours.value));
    } else {
      r.hours = parse_duration_hours("--duration", duration.value);
      r.hours_given_as = fmt::format("--duration {}", trim(duration.value));
    }
    if (region.given()) r.region = region.value;
    if (pue.given()) r.pue = parse_number("--pue", pue.value, kPueRange);
    if (power.given()) r.power_w = parse_number("--power", power.value, kPowerRange);
    if (utilization.given()) r.utilization = parse_fraction("--utilization", utilization.value, kUtilizationRange);
    if (intensity.given()) r.intensity_g_per_kwh = parse_number("--intensity", intensity.value, kIntensityRange);
    if (offset.given()) r.offsets.percent = parse_percent("--offset", offset.value);
    if (offset_kg.given()) r.offsets.kg = parse_number("--offset-kg", offset_kg.value, kOffsetKgRange);
    return r;
  }

  int run(const Common& common) const {
    const Format format = parse_format(common.format);
    const EstimateRequest r = request();
    const Catalog catalog = common.catalog();
    write_out(render_estimate(estimate(catalog, r), catalog, format));
    return 0;
  }
};

// ---- hardware ------------------------------------------------------------------------------

struct HardwareCommand {
  CLI::App* list = nullptr;
  CLI::App* show = nullptr;
  TextOption kind, vendor;
  std::string name;

  void setup(CLI::App& app) {
    list = app.add_subcommand("list", "list devices (the default)");
    show = app.add_subcommand("show", "one device with its source");
    add(app, kind, "--kind", "KIND", "only this kind: gpu, tpu, cpu, accelerator");
    add(app, vendor, "--vendor", "VENDOR", "only this vendor, e.g. NVIDIA, AMD");
    show->add_option("NAME", name, "device id or alias")->required();
  }

  int run(const Common& common) const {
    const Format format = parse_format(common.format);
    const Catalog catalog = common.catalog();
    if (show->parsed()) {
      write_out(render_hardware_show(find_hardware(catalog, name), format));
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
    write_out(render_hardware_list(selected, format));
    return 0;
  }
};

// ---- regions -------------------------------------------------------------------------------

struct RegionsCommand {
  CLI::App* list = nullptr;
  CLI::App* show = nullptr;
  TextOption provider, country, kind;
  std::string name;

  void setup(CLI::App& app) {
    list = app.add_subcommand("list", "list cloud regions, countries and grids (the default)");
    show = app.add_subcommand("show", "one region or country with its sources");
    add(app, provider, "-p,--provider", "ID", "only this provider's regions (aws, gcp, azure, ...), or 'country'");
    add(app, country, "--country", "CC", "only regions and grids in this country (ISO alpha-2, e.g. US)");
    add(app, kind, "--kind", "KIND", "only cloud regions, countries or subnational grids: cloud, country, subnational");
    show->add_option("ID", name, "region id (aws:us-east-1), region code or country")->required();
  }

  int run(const Common& common) const {
    const Format format = parse_format(common.format);
    const Catalog catalog = common.catalog();
    if (show->parsed()) {
      write_out(render_location_show(find_location(catalog, name), catalog, format));
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
    write_out(render_location_list(selected, catalog, format));
    return 0;
  }
};

// ---- data ----------------------------------------------------------------------------------

struct DataCommand {
  CLI::App* check = nullptr;
  std::vector<std::string> files;

  void setup(CLI::App& app) {
    check = app.add_subcommand("check", "validate the data in use, or FILEs (hardware, regions or overlay files)");
    check->add_option("FILE", files, "a data file to validate on top of the data in use");
    app.require_subcommand(1);
  }

  int run(const Common& common) const {
    const Format format = parse_format(common.format);
    const Catalog base = common.catalog();
    std::vector<DataCheck> checks;
    if (files.empty()) checks.push_back({std::string(base.origin), "data in use", catalog_stats(base)});
    for (const std::string& path : files) {
      const std::string text = read_text_file(path);
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
    write_out(render_data_checks(checks, format));
    return 0;
  }
};

std::string version_text(const Catalog& catalog) {
  return fmt::format("mlcarbon {}\ndata: hardware.json {}, regions.json {} ({})\n", kVersion, catalog.hardware_version,
                     catalog.regions_version, catalog.origin);
}

}  // namespace

int run_cli(int argc, const char* const* argv) {
  CLI::App app{"mlcarbon: energy (kWh) and emissions (kg CO2e) of machine-learning work, factor by factor.", "mlcarbon"};
  app.fallthrough();
  Common common;
  bool version = false;
  app.add_flag("--version", version, "print the version of mlcarbon and of its data");
  app.add_option("--data-dir", common.data_dir, "read hardware.json and regions.json from DIR instead of the built-in data")
      ->envname("MLCARBON_DATA_DIR")
      ->type_name("DIR");
  app.add_option("--data-add", common.data_add, "add the entries of FILE (same schema) on top of the data; repeatable")
      ->type_name("FILE");
  common.format.option =
      app.add_option("-f,--format", common.format.value, "output format: text (default), json, csv")->type_name("FORMAT");
  app.footer("Exit status: 0 ok, 1 internal error, 2 usage error, 3 unknown name, 4 bad data file, 5 file not readable.\n"
             "See man mlcarbon for the model, every option and the data sources.");

  EstimateCommand estimate_command;
  HardwareCommand hardware_command;
  RegionsCommand regions_command;
  DataCommand data_command;
  // The subcommands, registered in one place: name, description, set-up, run.
  struct Command {
    const char* name;
    const char* description;
    std::function<void(CLI::App&)> setup;
    std::function<int()> run;
    CLI::App* app = nullptr;
  };
  std::vector<Command> commands = {
      {"estimate", "energy and CO2e of a job, with its breakdown",
       [&](CLI::App& a) { estimate_command.setup(a); }, [&] { return estimate_command.run(common); }},
      {"hardware", "list devices or show one (hardware list | hardware show NAME)",
       [&](CLI::App& a) { hardware_command.setup(a); }, [&] { return hardware_command.run(common); }},
      {"regions", "list regions and countries or show one (regions list | regions show ID)",
       [&](CLI::App& a) { regions_command.setup(a); }, [&] { return regions_command.run(common); }},
      {"data", "validate data files (data check [FILE...])",
       [&](CLI::App& a) { data_command.setup(a); }, [&] { return data_command.run(common); }},
  };
  // Options are set up only for the commands named on the command line: building CLI11
  // options costs more than the rest of a run (see bench/).
  const auto named = [&](std::string_view name) {
    for (int i = 1; i < argc; ++i) {
      if (name == argv[i]) return true;
    }
    return false;
  };
  for (Command& command : commands) {
    command.app = app.add_subcommand(command.name, command.description);
    command.app->fallthrough();
    command.app->footer("Options of mlcarbon itself may be given here too: --format FORMAT (text, json, csv), "
                        "--data-dir DIR, --data-add FILE.");
    if (named(command.name)) command.setup(*command.app);
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    write_out(app.help());
    return 0;
  } catch (const CLI::CallForAllHelp&) {
    write_out(app.help("", CLI::AppFormatMode::All));
    return 0;
  } catch (const CLI::ParseError& e) {
    throw Error(ErrorKind::usage, fmt::format("{} (see mlcarbon --help)", e.what()));
  }

  if (version) {
    write_out(version_text(load_data(common.data_dir, common.data_add)));
    return 0;
  }
  for (const Command& command : commands) {
    if (command.app->parsed()) return command.run();
  }
  throw Error(ErrorKind::usage, "a command is required: estimate, hardware, regions or data (see mlcarbon --help)");
}

}  // namespace mlcarbon
