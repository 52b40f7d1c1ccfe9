// The explanation of an estimate: its factor-by-factor breakdown, the assumptions in words, and
// the formatting of numbers and sources for people.
#include <cmath>

#include <fmt/compile.h>
#include <fmt/format.h>

#include "core/assumptions.h"
#include "core/estimate.h"
#include "core/estimate_internal.h"

namespace mlcarbon {
namespace {

std::string with_thousands(double rounded) {
  char digits[32];
  const char* end = fmt::format_to_n(digits, sizeof digits, FMT_COMPILE("{:.0f}"), std::fabs(rounded)).out;
  const std::string_view text(digits, static_cast<std::size_t>(end - digits));
  std::string out;
  const std::size_t lead = text.size() % 3 == 0 ? 3 : text.size() % 3;
  if (rounded < 0) out.push_back('-');
  out.append(text.substr(0, lead));
  for (std::size_t i = lead; i < text.size(); i += 3) {
    out.push_back(',');
    out.append(text.substr(i, 3));
  }
  return out;
}

std::string count_label(std::uint64_t count) { return count == 1 ? "device" : "devices"; }

std::string pue_source(const PueFigure& figure, std::string_view whose) {
  std::string scope = figure.scope.empty() ? std::string() : fmt::format(", {}", figure.scope);
  return fmt::format("{} PUE{}, {}: {}", whose, scope, figure.year, describe(*figure.source));
}

std::string intensity_source(const Intensity& figure, std::string_view whose) {
  return fmt::format("{}, {} annual average ({} basis): {}", whose, figure.year, to_string(figure.basis),
                     describe(*figure.source));
}

std::string location_label(const Location& location) {
  if (location.region != nullptr) return region_key(*location.region);
  return location.grid->kind == GridKind::country ? fmt::format("{} ({})", location.grid->name, location.grid->id)
                                                  : fmt::format("grid {}", location.grid->id);
}


std::string power_source(const ResolvedInputs& in) {
  if (in.power_origin == PowerOrigin::user) return "--power (measured average per device)";
  const Hardware& hw = *in.hardware;
  const std::string_view kind = hw.power_kind == PowerKind::tdp ? "TDP"
                                : hw.power_kind == PowerKind::measured_average ? "measured average"
                                                                               : "estimate";
  return fmt::format("{} of {}: {}", kind, hw.name, describe(*hw.source));
}

std::string pue_factor_source(const ResolvedInputs& in) {
  switch (in.pue_origin) {
    case PueOrigin::user: return "--pue";
    case PueOrigin::site: return pue_source(*in.pue_figure, fmt::format("{} site", region_key(*in.location.region)));
    case PueOrigin::provider: return pue_source(*in.pue_figure, in.location.region->provider->name);
    case PueOrigin::site_default: return pue_source(*in.pue_figure, "default (site without a published PUE)");
  }
  return {};
}

std::string intensity_factor_source(const ResolvedInputs& in) {
  switch (in.intensity_origin) {
    case IntensityOrigin::user: return "--intensity";
    case IntensityOrigin::region:
      return intensity_source(*in.intensity_figure, fmt::format("{} (provider's own figure)", region_key(*in.location.region)));
    case IntensityOrigin::grid: {
      const Grid& grid = *in.location.grid;
      const std::string whose = in.location.region != nullptr
                                    ? fmt::format("{} grid {} ({})", region_key(*in.location.region), grid.id, grid.name)
                                    : fmt::format("{} ({})", grid.name, grid.id);
      return intensity_source(*in.intensity_figure, whose);
    }
  }
  return {};
}

}  // namespace

std::vector<Factor> breakdown(const ResolvedInputs& in, const ModelResult& r) {
  const ModelInputs& m = in.model;
  std::vector<Factor> rows;
  std::string count_source = in.count_defaulted ? "default (--count not given)" : "--count";
  if (in.instance != nullptr) {
    count_source = fmt::format("{} x {}:{} ({} per instance)", in.nodes, in.instance->provider, in.instance->id,
                               in.instance->accelerator_count);
  }
  rows.push_back({"count", "devices", static_cast<double>(m.count), count_label(m.count), count_source, ""});
  rows.push_back({"power_w", "power per device", m.power_w, "W", power_source(in), ""});
  rows.push_back({"utilization", "utilization", m.utilization, "of power",
                  in.power_origin == PowerOrigin::user ? "not applied: --power is already an average"
                  : in.utilization_defaulted        ? "default: the full TDP (--utilization not given)"
                                                    : "--utilization",
                  ""});
  std::string it_formula = fmt::format("{} x {} W x {} / 1000", m.count, human(m.power_w), human(m.utilization));
  if (in.cpu != nullptr) {
    std::string cpu_source = in.instance != nullptr && in.cpu == in.instance->cpu
                                 ? fmt::format("{} of {}:{}", in.instance->cpu_name, in.instance->provider, in.instance->id)
                                 : std::string("--cpu-count (default 1)");
    if (in.cpu_cores > 0) cpu_source = fmt::format("--cpu-cores {} / {} cores per package", human(in.cpu_cores), in.cpu->cores);
    rows.push_back({"cpu_count", "host CPUs", m.cpu_count, "packages", cpu_source, ""});
    rows.push_back({"cpu_power_w", "power per CPU", m.cpu_power_w, "W",
                    fmt::format("TDP of {}: {}", in.cpu->name, describe(*in.cpu->source)), ""});
    rows.push_back({"cpu_utilization", "CPU utilization", m.cpu_utilization, "of power",
                    in.cpu_utilization_defaulted ? "default: the full TDP (--cpu-utilization not given)" : "--cpu-utilization", ""});
    it_formula += fmt::format(" + {} x {} W x {} / 1000", human(m.cpu_count), human(m.cpu_power_w), human(m.cpu_utilization));
  }
  if (m.memory_gb > 0) {
    rows.push_back({"memory_gb", "host memory", m.memory_gb, "GB",
                    in.memory_from_instance ? fmt::format("{}:{}", in.instance->provider, in.instance->id) : std::string("--memory-gb"),
                    ""});
    rows.push_back({"memory_w_per_gb", "memory power", m.memory_w_per_gb, "W/GB", describe(assumptions::kGreenAlgorithms), ""});
    it_formula += fmt::format(" + {} GB x {} W/GB / 1000", human(m.memory_gb), human(m.memory_w_per_gb));
  }
  if (m.overhead_w > 0) {
    rows.push_back({"overhead_w", "fixed overhead", m.overhead_w, "W", "--overhead-w", ""});
    it_formula += fmt::format(" + {} W / 1000", human(m.overhead_w));
  }
  rows.push_back({"it_power_kw", "IT power", r.it_power_kw, "kW", "", it_formula});
  if (in.compute) {
    const ComputeBasis& c = *in.compute;
    rows.push_back({"flops", "training compute", c.flops, "FLOP",
                    c.params > 0 ? fmt::format("6 x {} parameters x {} tokens: {}", human(c.params), human(c.tokens),
                                               describe(assumptions::kKaplan))
                                 : std::string("--flops"),
                    ""});
    rows.push_back({"peak_tflops", "peak per device", c.peak_tflops, "TFLOP/s",
                    fmt::format("{} dense{}: {}", to_string(c.precision), c.precision_defaulted ? " (default precision)" : "",
                                describe(*in.hardware->peak.source)),
                    ""});
    rows.push_back({"mfu", "model FLOPs utilization", c.mfu, "",
                    c.mfu_defaulted ? fmt::format("default: {}", describe(assumptions::kMfuSources)) : std::string("--mfu"), ""});
    rows.push_back({"device_hours", "device-hours", c.device_hours, "h", "",
                    fmt::format("{} FLOP / ({} TFLOP/s x {} x 3600)", human(c.flops), human(c.peak_tflops), human(c.mfu))});
    rows.push_back({"hours", "duration", m.hours, "h", "", fmt::format("{} device-hours / {} devices", human(c.device_hours), m.count)});
  } else {
    rows.push_back({"hours", "duration", m.hours, "h", in.hours_given_as, ""});
  }
  rows.push_back({"it_energy_kwh", "IT energy", r.it_energy_kwh, "kWh", "",
                  fmt::format("{} kW x {} h", human(r.it_power_kw), human(m.hours))});
  rows.push_back({"pue", "PUE", m.pue, "", pue_factor_source(in), ""});
  rows.push_back({"energy_kwh", "facility energy", r.energy_kwh, "kWh", "",
                  fmt::format("{} kWh x PUE {}", human(r.it_energy_kwh), human(m.pue))});
  rows.push_back({"intensity_g_per_kwh", "grid intensity", m.intensity_g_per_kwh, "gCO2e/kWh",
                  intensity_factor_source(in), ""});
  rows.push_back({"co2e_kg", "emissions (location-based)", r.co2e_kg, "kg CO2e", "",
                  fmt::format("{} kWh x {} g/kWh / 1000", human(r.energy_kwh), human(m.intensity_g_per_kwh))});
  std::string offset_source = "none bought (--offset / --offset-kg not given)";
  if (m.offsets.percent) offset_source = fmt::format("--offset {}% of gross", human(*m.offsets.percent));
  if (m.offsets.kg) offset_source = "--offset-kg";
  rows.push_back({"offset_kg", "offsets bought", r.offset_kg, "kg CO2e", offset_source, ""});
  rows.push_back({"net_co2e_kg", "net emissions", r.net_co2e_kg, "kg CO2e", "",
                  fmt::format("{} - {}{}", human(r.co2e_kg), human(r.offset_kg),
                              r.offset_surplus_kg > 0 ? " (not below 0)" : "")});
  if (r.market_co2e_kg) {
    rows.push_back({"market_co2e_kg", "emissions (market-based, provider CFE)", *r.market_co2e_kg, "kg CO2e", "",
                    fmt::format("{} x (1 - {}% carbon-free energy of {})", human(r.co2e_kg), human(*m.cfe * 100),
                                in.location.region->provider->name)});
  }
  if (r.embodied_kg > 0) {
    rows.push_back({"embodied_kg", "embodied (manufacturing)", r.embodied_kg, "kg CO2e", "",
                    fmt::format("{} devices x {} h x {} kg / {} h of life: {}", m.count, human(m.hours),
                                human(m.embodied_kg_per_device), human(m.lifetime_hours), describe(assumptions::kBloom))});
    rows.push_back({"total_with_embodied_kg", "total with embodied", r.total_with_embodied_kg, "kg CO2e", "",
                    fmt::format("{} + {}", human(r.co2e_kg), human(r.embodied_kg))});
  }
  return rows;
}

void add_notes(const ResolvedInputs& in, const ModelResult& r, Estimate& e) {
  if (in.count_defaulted) e.defaulted.emplace_back("count");
  if (in.utilization_defaulted) e.defaulted.emplace_back("utilization");
  if (in.pue_origin != PueOrigin::user) e.defaulted.emplace_back("pue");
  if (in.intensity_origin != IntensityOrigin::user) e.defaulted.emplace_back("intensity");
  if (in.cpu != nullptr && in.cpu_utilization_defaulted) e.defaulted.emplace_back("cpu_utilization");
  if (in.compute && in.compute->mfu_defaulted) e.defaulted.emplace_back("mfu");
  if (in.compute && in.compute->precision_defaulted) e.defaulted.emplace_back("precision");

  const Hardware* hw = in.hardware;
  if (hw != nullptr && in.power_origin == PowerOrigin::hardware && hw->power_kind == PowerKind::tdp &&
      in.utilization_defaulted) {
    e.notes.push_back(
        "Power is the TDP, a maximum: measured averages are usually lower (Patterson et al. 2021). "
        "Give --power W (measured) or --utilization F when you know better.");
  }
  if (hw != nullptr && in.power_origin == PowerOrigin::user) {
    e.notes.push_back(fmt::format("--power replaces the {} W figure of {}.", human(hw->power_w), hw->name));
  }
  if (hw == nullptr) e.notes.emplace_back("No --hardware given: the device is described only by --power.");
  if (in.cpu != nullptr && in.cpu_utilization_defaulted) {
    e.notes.push_back(fmt::format("The host CPUs are counted at their full TDP ({} W each): an upper bound; give --cpu-utilization.",
                                  human(in.cpu->power_w)));
  }
  if (in.instance != nullptr && in.instance->cpu == nullptr && in.cpu == nullptr) {
    e.notes.push_back(fmt::format("The host CPU of {}:{}{} has no sourced TDP in the data: it is not counted; give --cpu NAME.",
                                  in.instance->provider, in.instance->id,
                                  in.instance->cpu_name.empty() ? std::string() : fmt::format(" ({})", in.instance->cpu_name)));
  }
  if (in.compute) {
    e.notes.push_back(fmt::format("The hours follow from the compute at {} MFU of the dense {} peak: a run also spends time on "
                                  "evaluation, checkpoints, restarts and idle devices, which this does not count.",
                                  human(in.compute->mfu), to_string(in.compute->precision)));
  }
  if (r.market_co2e_kg) {
    e.notes.push_back(fmt::format("The market-based figure removes {}'s published carbon-free share of the region ({}%) from the "
                                  "location-based one: the provider's accounting, shown beside the gross and not replacing it.",
                                  in.location.region->provider->name, human(*in.model.cfe * 100)));
  }
  if (r.embodied_kg > 0) {
    e.notes.push_back(fmt::format("Embodied emissions: {} kg per device with its share of a server, spread over {} hours of use "
                                  "(BLOOM method, Luccioni et al. 2022); shown apart and in the total with embodied.",
                                  human(in.model.embodied_kg_per_device), human(in.model.lifetime_hours)));
  }
  if (in.location.grid == nullptr) {
    e.notes.emplace_back("No --region given: a private site, with the intensity given by --intensity.");
  }
  if (in.pue_origin == PueOrigin::site_default) {
    const std::string why = in.location.region != nullptr
                                ? fmt::format("because {} publishes no PUE", in.location.region->provider->name)
                                : std::string("for a site without a published PUE");
    e.notes.push_back(fmt::format("PUE {} is the industry average ({}), assumed {}; give --pue for your site.",
                                  human(in.model.pue), in.pue_figure->year, why));
  } else if (in.pue_origin == PueOrigin::provider) {
    e.notes.push_back(fmt::format("PUE {} is the {} of {} for {}; individual sites differ.", human(in.model.pue),
                                  in.pue_figure->scope, in.location.region->provider->name, in.pue_figure->year));
  }
  if (in.intensity_figure) {
    e.notes.push_back(fmt::format("The grid intensity describes {}: an annual average, not the hours of this run.",
                                  in.intensity_figure->year));
  }
  if (in.national_average()) {
    e.notes.push_back(fmt::format("{} publishes no per-region intensity: {} uses the national average ({}, {}).",
                                  in.location.region->provider->name, region_key(*in.location.region),
                                  in.location.grid->name, in.location.grid->id));
  }
  if (in.replaced_intensity) {
    e.notes.push_back(fmt::format("--intensity replaces the {} g/kWh ({}) of {}.", human(in.replaced_intensity->g_per_kwh),
                                  in.replaced_intensity->year, location_label(in.location)));
  }
  if (r.offset_surplus_kg > 0) {
    e.notes.push_back(fmt::format("Offsets exceed the gross emissions by {} kg; the surplus is not counted.",
                                  human(r.offset_surplus_kg)));
  }

  if (const Region* region = in.location.region) {
    for (const Claim& claim : region->provider->claims) e.claims.push_back({std::string(claim.text), claim.year, claim.source});
    if (region->cfe) {
      e.claims.push_back({fmt::format("{} reports {}% carbon-free energy for {} (hourly matching, its own purchases "
                                      "included).",
                                      region->provider->name, human(region->cfe->fraction * 100), region_key(*region)),
                          region->cfe->year, region->cfe->source});
    }
  }
}


std::string describe(const Source& source) {
  if (source.publisher.empty() || source.title.find(source.publisher) != std::string_view::npos) {
    return fmt::format("{} ({})", source.title, source.year);
  }
  return fmt::format("{} ({}, {})", source.title, source.publisher, source.year);
}

std::string human(double value) {
  if (value == 0) return "0";
  const double magnitude = std::fabs(value);
  if (magnitude >= 1000) return with_thousands(std::round(value));
  const int exponent = static_cast<int>(std::floor(std::log10(magnitude)));
  const int decimals = std::min(12, std::max(0, 4 - exponent));  // 5 significant digits
  char buffer[64];
  const char* end = fmt::format_to_n(buffer, sizeof buffer, FMT_COMPILE("{:.{}f}"), value, decimals).out;
  std::string_view out(buffer, static_cast<std::size_t>(end - buffer));
  if (out.find('.') != std::string_view::npos) {
    while (out.back() == '0') out.remove_suffix(1);
    if (out.back() == '.') out.remove_suffix(1);
  }
  return std::string(out);
}

std::string_view to_string(PowerOrigin origin) { return origin == PowerOrigin::user ? "user" : "hardware"; }

std::string_view to_string(PueOrigin origin) {
  switch (origin) {
    case PueOrigin::user: return "user";
    case PueOrigin::site: return "site";
    case PueOrigin::provider: return "provider";
    case PueOrigin::site_default: return "default";
  }
  return "?";
}

std::string_view to_string(IntensityOrigin origin) {
  switch (origin) {
    case IntensityOrigin::user: return "user";
    case IntensityOrigin::region: return "region";
    case IntensityOrigin::grid: return "grid";
  }
  return "?";
}

}  // namespace mlcarbon
