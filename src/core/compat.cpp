// Other tools' rules, restated from their public sources (facts and constants only; no code of
// theirs). Each constant names the file of the tool where it lives.
#include "core/compat.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "util/error.h"
#include "util/text.h"

namespace mlcarbon {
namespace {

struct ToolInfo {
  CompatTool tool;
  std::string_view id, name, version, reference;
  CompatFallback fallback;
};

constexpr ToolInfo kTools[] = {
    {CompatTool::mlco2, "mlco2", "ML CO2 Impact calculator",
     "the web calculator at mlco2.github.io/impact (Lacoste et al. 2019)",
     "mlco2/impact, js/grayscale.js and js/data.js",
     {432, "the calculator's private-infrastructure default, 0.432 kg/kWh (OECD 2014 average)"}},
    {CompatTool::codecarbon, "codecarbon", "CodeCarbon", "CodeCarbon 3 (its RAM model since v3)",
     "mlco2/codecarbon: emissions_tracker.py (PUE), external/hardware.py (CPU), external/ram.py (RAM), "
     "data/private_infra/carbon_intensity_per_source.json (world average)",
     {475, "CodeCarbon's world average, 475 g/kWh, used when it cannot locate the machine"}},
    {CompatTool::carbontracker, "carbontracker", "Carbontracker", "Carbontracker with PUE_2023 = 1.58 (older releases: 1.67)",
     "lfwa/carbontracker: constants.py (PUE_2023, WORLD_2019_CARBON_INTENSITY), components/cpu (TDP / 2 without RAPL)",
     {481, "Carbontracker's world 2019 average, 481 g/kWh, used when it cannot locate the machine"}},
    {CompatTool::green_algorithms, "green-algorithms", "Green Algorithms", "Green Algorithms v3.0 (green-algorithms.org)",
     "GreenAlgorithms/green-algorithms-tool: data/v3.0 (defaults_PUE.csv, cloudProviders_datacenters.csv, "
     "referenceValues.csv, CI_aggregated.csv) and the form's formula (Lannelongue et al. 2021)",
     {475, "Green Algorithms' world figure, 475 g/kWh (IEA 2019)"}},
};

const ToolInfo& info(CompatTool tool) {
  for (const ToolInfo& t : kTools) {
    if (t.tool == tool) return t;
  }
  throw Error(ErrorKind::internal, "unknown compat tool");
}

// Green Algorithms v3.0: default PUE by provider (data/v3.0/defaults_PUE.csv; Uptime 2024 for
// "Unknown", nutanix.dev 2023 for the providers) and the data centres it lists with their own PUE
// (cloudProviders_datacenters.csv, Google's figures as of 2020-09-29). CC BY 4.0, Green Algorithms project.
constexpr double kGaUnknownPue = 1.56;
struct GaPue {
  std::string_view provider, region;
  double pue;
};
constexpr GaPue kGaProviderPue[] = {{"gcp", "", 1.12}, {"aws", "", 1.2}, {"azure", "", 1.12}, {"ovh", "", 1.09}};
constexpr GaPue kGaDatacentrePue[] = {{"gcp", "us-west1", 1.11},       {"gcp", "us-central1", 1.11}, {"gcp", "us-east1", 1.11},
                                      {"gcp", "europe-west1", 1.08},   {"gcp", "europe-north1", 1.09},
                                      {"gcp", "asia-southeast1", 1.15}, {"gcp", "asia-east1", 1.13}};
constexpr double kGaMemoryWattsPerGb = 0.3725;  // referenceValues.csv, memoryPower

// CodeCarbon: external/ram.py (RAM_SLOT_POWER_X86 = 5 W) and the CPU model used without RAPL.
constexpr double kCodeCarbonDimmWatts = 5;
constexpr double kCodeCarbonDefaultPue = 1.0;  // emissions_tracker.py: pue defaults to 1.0
// Carbontracker: constants.py.
constexpr double kCarbontrackerPue = 1.58;     // PUE_2023 (Uptime Institute 2023); 1.67 before
constexpr double kCarbontrackerOldPue = 1.67;

std::string plural(double n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", human(n), n == 1 ? one : many);
}

std::string place(const ResolvedInputs& in) {
  if (in.location.grid == nullptr) return "the site";
  return location_key(in.location);
}

}  // namespace

std::string CompatEstimate::possessive_name() const {
  return std::string(tool_name) + (tool_name.ends_with('s') ? "'" : "'s");
}

CompatTool compat_tool_from_name(std::string_view name) {
  const std::string wanted = to_lower(trim(name));
  std::vector<std::string_view> ids;
  for (const ToolInfo& t : kTools) {
    if (wanted == t.id) return t.tool;
    ids.push_back(t.id);
  }
  if (wanted == "green_algorithms" || wanted == "ga") return CompatTool::green_algorithms;
  throw Error(ErrorKind::usage,
              fmt::format("--compat: {} is not a tool mlcarbon can imitate; expected one of {}", quote(name), fmt::join(ids, ", ")));
}

std::string_view compat_tool_id(CompatTool tool) { return info(tool).id; }

CompatFallback compat_fallback(CompatTool tool) { return info(tool).fallback; }

double js_round2(double x) {
  if (!std::isfinite(x) || std::abs(x) >= 1e15) return x;
  const double magnitude = std::abs(x);
  // A value exactly halfway between two hundredths is k/200 with k odd; in binary that is only
  // possible for odd multiples of 1/8. toFixed rounds those away from zero; every other value
  // rounds to the nearest hundredth, which fmt finds exactly.
  const double eighths = magnitude * 8;
  double rounded;
  if (std::floor(eighths) == eighths && std::fmod(eighths, 2) == 1) {
    rounded = (std::floor(magnitude * 100) + 1) / 100;
  } else {
    const std::string text = fmt::format("{:.2f}", magnitude);
    std::from_chars(text.data(), text.data() + text.size(), rounded);
  }
  return x < 0 ? -rounded : rounded;
}

int codecarbon_dimm_count(double gb) {
  if (gb <= 2) return 1;
  if (gb <= 16) return 2;
  if (gb <= 64) return 4;
  if (gb <= 128) return 8;
  // Large servers: at least 8 DIMMs, of the largest common size that gives 8 or more, at most 32.
  for (const double size : {128.0, 64.0, 32.0, 16.0, 8.0, 4.0}) {
    if (size <= gb / 8) return static_cast<int>(std::min(32.0, std::ceil(gb / size)));
  }
  return 8;
}

double codecarbon_ram_watts(double gb) {
  const int n = codecarbon_dimm_count(gb);
  const double w = kCodeCarbonDimmWatts;
  double total;
  if (n <= 4) total = w * n;
  else if (n <= 8) total = w * 4 + w * 0.9 * (n - 4);
  else if (n <= 16) total = w * 4 + w * 0.9 * 4 + w * 0.8 * (n - 8);
  else total = w * 4 + w * 0.9 * 4 + w * 0.8 * 8 + w * 0.7 * (n - 16);
  return std::max(2 * w, total);
}

CompatEstimate compat_estimate(CompatTool tool, const ResolvedInputs& in, const ModelResult& r, bool intensity_is_fallback) {
  const ToolInfo& t = info(tool);
  const ModelInputs& m = in.model;
  CompatEstimate c;
  c.tool = tool;
  c.tool_name = t.name;
  c.version = t.version;
  c.reference = t.reference;
  const double count = static_cast<double>(m.count);
  const double nodes = in.instance != nullptr ? static_cast<double>(in.nodes) : 1.0;
  const bool stated_intensity = in.intensity_origin == IntensityOrigin::user && !intensity_is_fallback;

  double accelerators_w = 0, cpu_w = 0, memory_w = 0, pue = 1, intensity = m.intensity_g_per_kwh;
  double it_energy = 0, energy = 0, co2e = 0;
  std::string accelerators_rule, cpu_rule, memory_rule, pue_rule, intensity_rule, it_rule, energy_rule, co2e_rule;
  const std::string overhead_rule = m.overhead_w > 0 ? fmt::format("not counted: {} has no fixed per-node power", t.name)
                                                     : "not counted";
  const std::string power_words = in.power_origin == PowerOrigin::user ? "stated average" : "TDP";

  // Measured by NVML in the trackers; the stated power stands for that measurement.
  const auto measured_accelerators = [&] {
    accelerators_w = count * m.power_w * m.utilization;
    accelerators_rule = fmt::format("{} x {} W x {}: {} reads the GPUs' power from NVML; the stated figure stands for it",
                                    human(count), human(m.power_w), human(m.utilization), t.name);
  };
  const auto missing_cpu_note = [&](std::string_view unknown) {
    if (in.cpu == nullptr) {
      c.notes.push_back(fmt::format("No host CPU was stated; {} always counts the machine's CPU ({}). Give --cpu (and "
                                    "--cpu-utilization) to include it.",
                                    t.name, unknown));
    }
  };
  if (intensity_is_fallback) {
    c.notes.push_back(fmt::format("No place was given: both columns use {}.", t.fallback.what));
  }
  const auto located_intensity_rule = [&](std::string_view own_table) {
    if (intensity_is_fallback) {
      intensity_rule = std::string(t.fallback.what);
    } else if (stated_intensity) {
      intensity_rule = "the stated intensity";
    } else {
      intensity_rule = fmt::format("mlcarbon's figure for {}", place(in));
      c.notes.push_back(fmt::format("{} looks the intensity up in its own table ({}); this column uses mlcarbon's figure for "
                                    "{}. To reproduce a published result exactly, give the intensity it used with --intensity.",
                                    t.name, own_table, place(in)));
    }
  };

  switch (tool) {
    case CompatTool::mlco2: {
      // No device count, no PUE, no host: TDP x device-hours; every result rounded to 2 decimals.
      const double device_hours = count * m.hours;
      accelerators_w = count * m.power_w;
      accelerators_rule = fmt::format("{} x {} W ({}): the calculator has no utilization", human(count), human(m.power_w),
                                      in.power_origin == PowerOrigin::user ? "as stated" : "the TDP in full");
      if (m.utilization != 1) {
        c.notes.push_back(fmt::format("The calculator takes the device's full power; the utilization {} is not applied.",
                                      human(m.utilization)));
      }
      cpu_rule = "not counted: the calculator counts the accelerators only";
      memory_rule = cpu_rule;
      it_energy = js_round2(m.power_w * device_hours / 1000);
      it_rule = fmt::format("round2({} W x {} device-hours / 1000)", human(m.power_w), human(device_hours));
      pue_rule = "not applied: the calculator has no PUE";
      // A cloud region's figure is truncated to whole grams and rounded to 2 decimals of kg;
      // private infrastructure takes the user's kg/kWh as typed. With --region and --intensity,
      // the intensity is read as the calculator's figure for that region.
      double kg_per_kwh;
      if (intensity_is_fallback || in.location.grid == nullptr) {
        kg_per_kwh = m.intensity_g_per_kwh / 1000;
        intensity_rule = intensity_is_fallback ? std::string(t.fallback.what)
                                               : "private infrastructure: the stated kg/kWh, not rounded";
      } else {
        kg_per_kwh = js_round2(std::trunc(m.intensity_g_per_kwh) / 1000);
        intensity_rule = fmt::format("{} for {}, truncated to {} g and rounded to {} kg/kWh",
                                     stated_intensity ? "the stated figure" : "mlcarbon's figure", place(in),
                                     human(std::trunc(m.intensity_g_per_kwh)), human(kg_per_kwh));
        if (!stated_intensity) {
          c.notes.push_back(fmt::format(
              "The calculator's own region table (impact.csv) dates from 2014-2018; this column uses mlcarbon's figure for {} "
              "with the calculator's rounding. To reproduce a published result exactly, give the figure it used with --intensity.",
              place(in)));
        }
      }
      intensity = kg_per_kwh * 1000;
      energy = it_energy;
      energy_rule = "= IT energy (no PUE)";
      co2e = js_round2(energy * kg_per_kwh);
      co2e_rule = fmt::format("round2({} kWh x {} kg/kWh)", human(energy), human(kg_per_kwh));
      if (m.offsets.percent || m.offsets.kg) {
        c.notes.push_back("The calculator shows a provider's offset share beside the CO2e and never subtracts it; "
                          "offsets you bought are not part of its figure.");
      }
      break;
    }
    case CompatTool::codecarbon: {
      measured_accelerators();
      if (in.cpu != nullptr) {
        const double load = m.cpu_utilization;
        cpu_w = m.cpu_power_w * m.cpu_count * (0.1 + 0.9 * load * load * load);
        cpu_rule = fmt::format("{} W TDP x {} x (0.1 + 0.9 x {}^3): its model without RAPL", human(m.cpu_power_w),
                               plural(m.cpu_count, "socket", "sockets"), human(load));
        c.notes.push_back("Where RAPL is readable (most Intel and AMD Linux hosts), CodeCarbon measures the CPU package "
                          "instead of using its load model.");
      } else {
        cpu_rule = "no CPU stated";
        missing_cpu_note("85 W TDP when the model is unknown");
      }
      if (m.memory_gb > 0) {
        const double per_node = m.memory_gb / nodes;
        memory_w = codecarbon_ram_watts(per_node) * nodes;
        memory_rule = fmt::format("{} DIMMs guessed from {} GB at 5 W, less beyond 4, 8, 16 DIMMs{}", codecarbon_dimm_count(per_node),
                                  human(per_node), nodes != 1 ? fmt::format(", x {} nodes", human(nodes)) : "");
      } else {
        memory_rule = "no memory stated";
        c.notes.push_back("No memory was stated; CodeCarbon always counts the machine's RAM (5 W per DIMM). Give --memory-gb "
                          "(the machine's total, not the job's use) to include it.");
      }
      it_energy = (accelerators_w + cpu_w + memory_w) * m.hours / 1000;
      if (in.pue_origin == PueOrigin::user) {
        pue = m.pue;
        pue_rule = "the stated PUE (its pue setting)";
      } else {
        pue = kCodeCarbonDefaultPue;
        pue_rule = "its default: 1.0 unless pue is set";
      }
      located_intensity_rule("Electricity Maps with a key, else eGRID US states, Canadian provinces, Nordic zones, then "
                             "Our World in Data countries; for GCP regions its impact.csv");
      break;
    }
    case CompatTool::carbontracker: {
      measured_accelerators();
      if (in.cpu != nullptr) {
        cpu_w = m.cpu_power_w / 2 * m.cpu_count;
        cpu_rule = fmt::format("{} W TDP / 2 x {}: its estimate without RAPL (no utilization)", human(m.cpu_power_w),
                               plural(m.cpu_count, "package", "packages"));
      } else {
        cpu_rule = "no CPU stated";
        missing_cpu_note("half the TDP when RAPL cannot be read");
      }
      memory_rule = "not counted: DRAM power comes only from RAPL";
      it_energy = (accelerators_w + cpu_w) * m.hours / 1000;
      pue = kCarbontrackerPue;
      pue_rule = fmt::format("its constant PUE_2023 (Uptime Institute 2023); {} before 2023", human(kCarbontrackerOldPue));
      if (in.pue_origin == PueOrigin::user) {
        c.notes.push_back(fmt::format("Carbontracker's PUE is a constant; the stated PUE {} is not used in its column.", human(m.pue)));
      }
      located_intensity_rule("Electricity Maps with a key, else Our World in Data countries by the machine's IP address");
      break;
    }
    case CompatTool::green_algorithms: {
      accelerators_w = count * m.power_w * m.utilization;
      accelerators_rule = fmt::format("{} x {} W {} x usage {}", human(count), human(m.power_w), power_words, human(m.utilization));
      if (in.cpu != nullptr) {
        cpu_w = m.cpu_count * m.cpu_power_w * m.cpu_utilization;
        if (in.cpu->cores > 0) {
          const double cores = in.cpu_cores > 0 ? in.cpu_cores : m.cpu_count * in.cpu->cores;
          cpu_rule = fmt::format("{} cores x {} W/core (TDP / cores) x usage {}", human(cores), human(m.cpu_power_w / in.cpu->cores),
                                 human(m.cpu_utilization));
        } else {
          cpu_rule = fmt::format("{} x {} W x usage {}", human(m.cpu_count), human(m.cpu_power_w), human(m.cpu_utilization));
        }
      } else {
        cpu_rule = "no CPU stated";
      }
      memory_w = m.memory_gb * kGaMemoryWattsPerGb;
      memory_rule = m.memory_gb > 0 ? fmt::format("{} GB x {} W/GB (memory requested)", human(m.memory_gb), kGaMemoryWattsPerGb)
                                    : "no memory stated";
      it_energy = (accelerators_w + cpu_w + memory_w) * m.hours / 1000;
      const Region* region = in.location.region;
      pue = kGaUnknownPue;
      pue_rule = "its default for an unknown or local data centre (Uptime Institute 2024)";
      if (in.pue_origin == PueOrigin::user) {
        pue = m.pue;
        pue_rule = "the stated PUE";
      } else if (region != nullptr) {
        const auto same = [&](std::string_view a, std::string_view b) { return iequals(a, b); };
        const auto site = std::find_if(std::begin(kGaDatacentrePue), std::end(kGaDatacentrePue), [&](const GaPue& p) {
          return same(p.provider, region->provider->id) && same(p.region, region->id);
        });
        const auto provider = std::find_if(std::begin(kGaProviderPue), std::end(kGaProviderPue),
                                           [&](const GaPue& p) { return same(p.provider, region->provider->id); });
        if (site != std::end(kGaDatacentrePue)) {
          pue = site->pue;
          pue_rule = "its figure for this data centre (Google, 2020)";
        } else if (provider != std::end(kGaProviderPue)) {
          pue = provider->pue;
          pue_rule = fmt::format("its default for {}", region->provider->id);
        }
      }
      located_intensity_rule("CI_aggregated.csv, 2019-2022 figures for 53 countries and 77 sub-national regions");
      c.notes.push_back("Green Algorithms multiplies by a 'multiplicative factor' for repeated runs; multiply the hours instead. "
                        "v3.0 has no embodied term.");
      break;
    }
  }
  if (tool != CompatTool::mlco2) {
    it_rule = fmt::format("({} + {} + {}) W x {} h / 1000", human(accelerators_w), human(cpu_w), human(memory_w), human(m.hours));
    energy = it_energy * pue;
    energy_rule = fmt::format("{} kWh x PUE {}", human(it_energy), human(pue));
    co2e = energy * intensity / 1000;
    co2e_rule = fmt::format("{} kWh x {} g/kWh / 1000", human(energy), human(intensity));
  }

  c.lines = {
      {"accelerators_w", "accelerators", "W", accelerators_w, r.accelerator_kw * 1000, accelerators_rule},
      {"cpu_w", "host CPUs", "W", cpu_w, r.cpu_kw * 1000, cpu_rule},
      {"memory_w", "memory", "W", memory_w, r.memory_kw * 1000, memory_rule},
      {"overhead_w", "fixed overhead", "W", 0, r.overhead_kw * 1000, overhead_rule},
      {"it_energy_kwh", "IT energy", "kWh", it_energy, r.it_energy_kwh, it_rule},
      {"pue", "PUE", "", pue, m.pue, pue_rule},
      {"energy_kwh", "energy", "kWh", energy, r.energy_kwh, energy_rule},
      {"intensity_g_per_kwh", "grid intensity", "gCO2e/kWh", intensity, m.intensity_g_per_kwh, intensity_rule},
      {"co2e_kg", "CO2e", "kg", co2e, r.co2e_kg, co2e_rule},
  };
  c.energy_kwh = energy;
  c.co2e_kg = co2e;
  const auto ratio = [](double a, double b) { return b > 0 ? a / b : 1.0; };
  c.ratios.co2e = ratio(co2e, r.co2e_kg);
  c.ratios.it_energy = ratio(it_energy, r.it_energy_kwh);
  c.ratios.pue = ratio(pue, m.pue);
  c.ratios.intensity = ratio(intensity, m.intensity_g_per_kwh);
  const double explained = c.ratios.it_energy * c.ratios.pue * c.ratios.intensity;
  c.ratios.rounding = explained > 0 ? c.ratios.co2e / explained : 1.0;
  return c;
}

}  // namespace mlcarbon
