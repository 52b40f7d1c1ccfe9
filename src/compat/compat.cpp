// What the four tools share: their facts, the names users give them, the helpers their rules use,
// and the side-by-side lines and ratios of a CompatEstimate.
#include "compat/compat.h"

#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "compat/rules.h"
#include "util/error.h"
#include "util/numbers.h"
#include "util/text.h"

namespace mlcarbon {
namespace compat {
namespace {

constexpr ToolInfo kTools[] = {
    {CompatTool::mlco2, "mlco2", "ML CO2 Impact calculator", "mlco2/impact, js/grayscale.js and js/data.js",
     {432, "the calculator's private-infrastructure default, 0.432 kg/kWh (OECD 2014 average)"}},
    {CompatTool::codecarbon, "codecarbon", "CodeCarbon",
     "mlco2/codecarbon: emissions_tracker.py (PUE), core/resource_tracker.py and external/hardware.py (CPU modes), core/cpu.py "
     "(4 W per thread, 85 W), external/ram.py (RAM), data/private_infra/carbon_intensity_per_source.json (world average)",
     {475, "CodeCarbon's world average, 475 g/kWh, used when it cannot locate the machine"}},
    {CompatTool::carbontracker, "carbontracker", "Carbontracker",
     "lfwa/carbontracker: constants.py (PUE_2023, WORLD_2019_CARBON_INTENSITY), tracker.py, components/cpu/generic.py "
     "(TDP / 2 without RAPL), components/cpu/sim_cpu.py and components/gpu/sim_gpu.py (simulated components)",
     {481, "Carbontracker's world fallback since v2.0.0, 481 g/kWh, used when it cannot locate the machine"}},
    {CompatTool::green_algorithms, "green-algorithms", "Green Algorithms",
     "GreenAlgorithms/green-algorithms-tool: data/v3.0 (defaults_PUE.csv, cloudProviders_datacenters.csv, "
     "referenceValues.csv, CI_aggregated.csv) and the form's formula (Lannelongue et al. 2021)",
     {475, "Green Algorithms' world figure, 475 g/kWh (IEA 2019)"}},
};

constexpr ModeInfo kModes[] = {
    {CompatTool::mlco2, CompatMode::standard, "", "the web calculator at mlco2.github.io/impact (Lacoste et al. 2019)"},
    {CompatTool::green_algorithms, CompatMode::standard, "", "Green Algorithms v3.0 (green-algorithms.org)"},
    {CompatTool::codecarbon, CompatMode::cc_load, "load",
     "CodeCarbon 3.0.3 and later: the CPU by its load curve, TDP x (0.1 + 0.9 x load^3), since v3.0.3 (July 2025; 3.0.0 to "
     "3.0.2 were linear with a 10 % floor); RAM by DIMMs since v3.0.0"},
    {CompatTool::codecarbon, CompatMode::cc_constant, "constant",
     "CodeCarbon 3.x in constant mode: half the CPU's TDP whatever the load, what it does when psutil cannot read the load "
     "(no setting chooses it)"},
    {CompatTool::codecarbon, CompatMode::cc_threads, "threads",
     "CodeCarbon 3.0.0 and later (April 2025), a detected CPU missing from its table: 4 W per thread as its TDP, times the "
     "sockets, through the load curve"},
    {CompatTool::codecarbon, CompatMode::cc_no_cpu, "no-cpu",
     "CodeCarbon 3.x when it detects no CPU (or finds no TDP and cannot read the load): its default TDP of 85 W, through the "
     "load curve"},
    {CompatTool::carbontracker, CompatMode::ct_detected, "detected",
     "Carbontracker 2.2.0 and later (May 2025): without RAPL, the detected CPU at half its TDP, one value a machine; PUE 1.58 "
     "(PUE_2023) and world fallback 481 g/kWh since v2.0.0 (September 2024)"},
    {CompatTool::carbontracker, CompatMode::ct_simulated, "simulated",
     "Carbontracker 2.3.0 and later (June 2025): its simulated CPU and GPU, TDP x utilization (0.5 unless set); PUE 1.58"},
    {CompatTool::carbontracker, CompatMode::ct_no_cpu, "no-cpu",
     "Carbontracker 2.2.0 and later, an unidentified CPU without RAPL: the mean TDP of its table / 2; PUE 1.58"},
    {CompatTool::carbontracker, CompatMode::ct_v1, "v1",
     "Carbontracker 1.1.7 to 1.2.5 (December 2022 to September 2024): PUE 1.55 (PUE_2022), world fallback 475 g/kWh, no CPU "
     "without RAPL"},
};

// IT energy, energy and CO2e as most tools compute them: the sum of the powers x hours x PUE x
// intensity, with the rules in words.
void usual_energy(const Job& job, Figures& f) {
  const double hours = job.e[Term::hours];
  f.it_energy = (f.accelerators_w + f.cpu_w + f.memory_w) * hours / 1000;
  f.it_rule = fmt::format("({} + {} + {}) W x {} h / 1000", human(f.accelerators_w), human(f.cpu_w), human(f.memory_w), human(hours));
  f.energy = f.it_energy * f.pue;
  f.energy_rule = fmt::format("{} kWh x PUE {}", human(f.it_energy), human(f.pue));
  f.co2e = f.energy * f.intensity / 1000;
  f.co2e_rule = fmt::format("{} kWh x {} g/kWh / 1000", human(f.energy), human(f.intensity));
}

Figures figures_of(const Job& job) {
  switch (job.tool.tool) {
    case CompatTool::mlco2: return mlco2_rules(job);
    case CompatTool::codecarbon: return codecarbon_rules(job);
    case CompatTool::carbontracker: return carbontracker_rules(job);
    case CompatTool::green_algorithms: return green_algorithms_rules(job);
  }
  throw Error(ErrorKind::internal, "unknown compat tool");
}

}  // namespace

const ToolInfo& info(CompatTool tool) {
  for (const ToolInfo& t : kTools) {
    if (t.tool == tool) return t;
  }
  throw Error(ErrorKind::internal, "unknown compat tool");
}

const ModeInfo& mode_info(const CompatChoice& choice) {
  for (const ModeInfo& m : kModes) {
    if (m.tool == choice.tool && m.mode == choice.mode) return m;
  }
  throw Error(ErrorKind::internal, "unknown compat mode");
}

std::string plural(double n, std::string_view one, std::string_view many) { return fmt::format("{} {}", human(n), n == 1 ? one : many); }

std::string Job::place() const { return e.location.grid == nullptr ? "the site" : location_key(e.location); }

Figures Job::measured() const {
  Figures f;
  f.intensity = e[Term::intensity_g_per_kwh];
  if (e.accelerator_free()) {
    f.accelerators_rule = "no accelerators";
    return f;
  }
  f.accelerators_w = count() * e[Term::power_w] * e[Term::utilization];
  f.accelerators_rule = fmt::format("{} x {} W x {}: {} reads the GPUs' power from NVML; the stated figure stands for it",
                                    human(count()), human(e[Term::power_w]), human(e[Term::utilization]), tool.name);
  return f;
}

void Job::located_intensity_rule(Figures& f, std::string_view own_table) const {
  if (fallback) {
    f.intensity_rule = std::string(tool.fallback.what);
  } else if (stated_intensity()) {
    f.intensity_rule = "the stated intensity";
  } else {
    f.intensity_rule = fmt::format("mlcarbon's figure for {}", place());
    f.notes.push_back(fmt::format("{} looks the intensity up in its own table ({}); this column uses mlcarbon's figure for "
                                  "{}. To reproduce a published result exactly, give the intensity it used with --intensity.",
                                  tool.name, own_table, place()));
  }
}

}  // namespace compat

std::string CompatEstimate::possessive_name() const {
  return std::string(tool_name) + (tool_name.ends_with('s') ? "'" : "'s");
}

namespace {

CompatTool tool_from_name(std::string_view name, std::string_view given) {
  const std::string wanted = to_lower(trim(name));
  std::vector<std::string_view> ids;
  for (const compat::ToolInfo& t : compat::kTools) {
    if (wanted == t.id) return t.tool;
    ids.push_back(t.id);
  }
  if (wanted == "green_algorithms" || wanted == "ga") return CompatTool::green_algorithms;
  throw Error(ErrorKind::usage, fmt::format("--compat: {} is not a tool mlcarbon can imitate; expected one of {} (with :MODE for "
                                            "codecarbon and carbontracker)",
                                            quote(given), fmt::join(ids, ", ")));
}

}  // namespace

CompatChoice compat_choice_from_name(std::string_view name) {
  const std::size_t colon = name.find(':');
  CompatChoice c;
  c.tool = tool_from_name(name.substr(0, colon), name);
  std::vector<std::string> modes;
  for (const compat::ModeInfo& m : compat::kModes) {
    if (m.tool != c.tool) continue;
    if (c.mode == CompatMode::standard) c.mode = m.mode;  // the tool's first mode is its default
    if (!m.id.empty()) modes.push_back(m.id == "threads" ? "threads=N" : std::string(m.id));
  }
  if (colon == std::string_view::npos) return c;
  const std::string mode = to_lower(trim(name.substr(colon + 1)));
  const std::string_view tool_id = compat::info(c.tool).id;
  if (modes.empty()) {
    throw Error(ErrorKind::usage, fmt::format("--compat: {} has one set of rules, no modes; give {}", tool_id, tool_id));
  }
  for (const compat::ModeInfo& m : compat::kModes) {
    if (m.tool != c.tool || m.id.empty()) continue;
    if (m.id == "threads" && mode.starts_with("threads=")) {
      const std::string_view n = std::string_view(mode).substr(8);
      int threads = 0;
      const auto [end, ec] = std::from_chars(n.data(), n.data() + n.size(), threads);
      if (ec != std::errc() || end != n.data() + n.size() || threads < 1 || threads > 100000) {
        throw Error(ErrorKind::usage, fmt::format("--compat {}: {} is not a number of threads; expected a whole number from 1 to "
                                                  "100000, as the machine's logical CPUs (nproc)",
                                                  quote(name), quote(n)));
      }
      c.mode = m.mode;
      c.threads = threads;
      return c;
    }
    if (mode == m.id && m.id != "threads") {
      c.mode = m.mode;
      return c;
    }
  }
  throw Error(ErrorKind::usage, fmt::format("--compat: {} is not a mode of {}; expected {}", quote(name.substr(colon + 1)), tool_id,
                                            fmt::join(modes, ", ")));
}

std::string_view compat_tool_id(CompatTool tool) { return compat::info(tool).id; }

std::string compat_mode_name(const CompatChoice& choice) {
  const std::string_view id = compat::mode_info(choice).id;
  return choice.mode == CompatMode::cc_threads ? fmt::format("{}={}", id, choice.threads) : std::string(id);
}

CompatFallback compat_fallback(const CompatChoice& choice) {
  if (choice.mode == CompatMode::ct_v1) {
    return {475, "Carbontracker's world fallback in 1.1.7 to 1.2.5, 475 g/kWh, used when it could not locate the machine"};
  }
  return compat::info(choice.tool).fallback;
}

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

CompatEstimate compat_estimate(const CompatChoice& choice, const Estimate& e, bool intensity_is_fallback) {
  const compat::ToolInfo& t = compat::info(choice.tool);
  if (choice.tool == CompatTool::mlco2 && e.accelerator_free()) {
    throw Error(ErrorKind::usage, "--compat mlco2: the ML CO2 Impact calculator counts accelerators only, and this job has none");
  }
  const compat::Job job{e, t, choice, intensity_is_fallback};
  compat::Figures f = compat::figures_of(job);
  if (!f.energy_done) compat::usual_energy(job, f);
  CompatEstimate c;
  c.tool = choice.tool;
  c.mode = compat_mode_name(choice);
  c.tool_name = t.name;
  c.version = compat::mode_info(choice).version;
  c.reference = t.reference;
  if (intensity_is_fallback) c.notes.push_back(fmt::format("No place was given: both columns use {}.", compat_fallback(choice).what));
  c.notes.insert(c.notes.end(), f.notes.begin(), f.notes.end());
  const std::string overhead_rule = e[Term::overhead_w] > 0 ? fmt::format("not counted: {} has no fixed per-node power", t.name)
                                                            : "not counted";
  c.lines = {
      {"accelerators_w", "accelerators", "W", f.accelerators_w, e[Term::accelerator_kw] * 1000, f.accelerators_rule},
      {"cpu_w", "host CPUs", "W", f.cpu_w, e[Term::cpu_kw] * 1000, f.cpu_rule},
      {"memory_w", "memory", "W", f.memory_w, e[Term::memory_kw] * 1000, f.memory_rule},
      {"overhead_w", "fixed overhead", "W", 0, e[Term::overhead_kw] * 1000, overhead_rule},
      {"it_energy_kwh", "IT energy", "kWh", f.it_energy, e[Term::it_energy_kwh], f.it_rule},
      {"pue", "PUE", "", f.pue, e[Term::pue], f.pue_rule},
      {"energy_kwh", "energy", "kWh", f.energy, e[Term::energy_kwh], f.energy_rule},
      {"intensity_g_per_kwh", "grid intensity", "gCO2e/kWh", f.intensity, e[Term::intensity_g_per_kwh], f.intensity_rule},
      {"co2e_kg", "CO2e", "kg", f.co2e, e[Term::co2e_kg], f.co2e_rule},
  };
  c.energy_kwh = f.energy;
  c.co2e_kg = f.co2e;
  const auto ratio = [](double a, double b) { return b > 0 ? a / b : 1.0; };
  c.ratios.co2e = ratio(f.co2e, e[Term::co2e_kg]);
  c.ratios.it_energy = ratio(f.it_energy, e[Term::it_energy_kwh]);
  c.ratios.pue = ratio(f.pue, e[Term::pue]);
  c.ratios.intensity = ratio(f.intensity, e[Term::intensity_g_per_kwh]);
  const double explained = c.ratios.it_energy * c.ratios.pue * c.ratios.intensity;
  c.ratios.rounding = explained > 0 ? c.ratios.co2e / explained : 1.0;
  return c;
}

}  // namespace mlcarbon
