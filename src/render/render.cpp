#include "render/render.h"

#include <array>

#include <fmt/format.h>

#include "util/error.h"
#include "util/text.h"
#include "render/render_internal.h"

namespace mlcarbon {

std::string region_title(const Region& region) {
  if (region.name.find(region.location) != std::string_view::npos ||
      region.location.find(region.name) != std::string_view::npos) {
    return region.location.size() > region.name.size() ? std::string(region.location) : std::string(region.name);
  }
  return std::string(region.name) + " (" + std::string(region.location) + ")";
}

namespace {

constexpr std::array<std::pair<Format, std::string_view>, 7> kFormatNames{{{Format::text, "text"},
                                                                         {Format::json, "json"},
                                                                         {Format::jsonl, "jsonl"},
                                                                         {Format::csv, "csv"},
                                                                         {Format::markdown, "markdown"},
                                                                         {Format::latex, "latex"},
                                                                         {Format::model_card, "model-card"}}};

// The command line offers each command only its formats (cli/cli_internal.h, Command::formats).
[[noreturn]] void unsupported(Format format, std::string_view command) {
  throw Error(ErrorKind::internal, fmt::format("no {} output for `{}`", format_name(format), command));
}

}  // namespace

std::optional<Format> format_from_name(std::string_view name) {
  for (const auto& [format, text] : kFormatNames) {
    if (iequals(name, text)) return format;
  }
  if (iequals(name, "md")) return Format::markdown;
  if (iequals(name, "tex")) return Format::latex;
  return std::nullopt;
}

std::string_view format_name(Format format) {
  for (const auto& [f, text] : kFormatNames) {
    if (f == format) return text;
  }
  return "?";
}

std::string settings_text(const std::vector<SettingUsed>& settings) {
  std::vector<std::string> parts;
  for (const SettingUsed& s : settings) {
    std::string option = "--" + s.key;
    for (char& c : option) c = c == '_' ? '-' : c;
    const bool variable = s.origin.starts_with("MLCARBON_");
    parts.push_back(variable ? fmt::format("{} {} ({})", option, s.value, s.origin)
                             : fmt::format("{} {} ({}, key {})", option, s.value, s.origin, s.key));
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

std::vector<std::string> provenance_notes(const RenderOptions& options) {
  std::vector<std::string> out;
  if (!options.settings.empty()) {
    out.push_back(fmt::format("Defaults from the environment or a project file: {}.", settings_text(options.settings)));
  }
  if (options.data_origin != "embedded") out.push_back(fmt::format("Data: {}, not the built-in data.", options.data_origin));
  return out;
}

std::string render_estimate(const Estimate& estimate, const Catalog& catalog, Format format, const RenderOptions& options) {
  switch (format) {
    case Format::text: {
      std::string out = options.short_text ? render_estimate_short(estimate, options) : render_estimate_text(estimate, options);
      if (options.run != nullptr) out += render_run_text(*options.run, options.width);
      return out;
    }
    case Format::json: return render_estimate_json(estimate, catalog, false, options);
    case Format::jsonl: return render_estimate_json(estimate, catalog, true, options);
    case Format::csv: return render_estimate_csv(estimate, options);
    case Format::markdown: return render_estimate_appendix(estimate, catalog, Format::markdown, options);
    case Format::latex: return render_estimate_appendix(estimate, catalog, Format::latex, options);
    case Format::model_card: return render_estimate_model_card(estimate, catalog, options);
  }
  throw Error(ErrorKind::internal, "unknown output format");
}

std::string render_hardware_list(std::span<const Hardware* const> hardware, Format format, std::size_t width) {
  switch (format) {
    case Format::text: return render_hardware_list_text(hardware, width);
    case Format::json: return render_hardware_list_json(hardware);
    case Format::csv: return render_hardware_list_csv(hardware);
    default: unsupported(format, "hardware list");
  }
}

std::string render_hardware_show(const Hardware& hardware, Format format) {
  switch (format) {
    case Format::text: return render_hardware_show_text(hardware);
    case Format::json: return render_hardware_show_json(hardware);
    case Format::csv: return render_hardware_list_csv(std::span<const Hardware* const>(std::array{&hardware}));
    default: unsupported(format, "hardware show");
  }
}

std::string render_location_list(std::span<const Location> locations, const Catalog& catalog, Format format, std::size_t width) {
  switch (format) {
    case Format::text: return render_location_list_text(locations, catalog, width);
    case Format::json: return render_location_list_json(locations, catalog);
    case Format::csv: return render_location_list_csv(locations, catalog);
    default: unsupported(format, "regions list");
  }
}

std::string render_location_show(const Location& location, const Catalog& catalog, Format format) {
  switch (format) {
    case Format::text: return render_location_show_text(location, catalog);
    case Format::json: return render_location_show_json(location, catalog);
    case Format::csv: return render_location_list_csv(std::span<const Location>(&location, 1), catalog);
    default: unsupported(format, "regions show");
  }
}

}  // namespace mlcarbon
