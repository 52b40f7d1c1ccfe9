// CodeCarbon 3 (mlco2/codecarbon): GPUs by NVML, the CPU by its load model without RAPL, RAM by
// DIMMs guessed from its size; PUE 1.0 unless set.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "compat/rules.h"
#include "util/numbers.h"

namespace mlcarbon {

// external/ram.py: RAM_SLOT_POWER_X86 = 5 W.
constexpr double kCodeCarbonDimmWatts = 5;
// emissions_tracker.py: pue defaults to 1.0.
constexpr double kCodeCarbonDefaultPue = 1.0;

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

namespace compat {

Figures codecarbon_rules(const Job& job) {
  const Estimate& e = job.e;
  Figures f = job.measured();
  if (e.cpu != nullptr) {
    const double load = e[Term::cpu_utilization];
    f.cpu_w = e[Term::cpu_power_w] * e[Term::cpu_count] * (0.1 + 0.9 * load * load * load);
    f.cpu_rule = fmt::format("{} W TDP x {} x (0.1 + 0.9 x {}^3): its model without RAPL", human(e[Term::cpu_power_w]),
                             plural(e[Term::cpu_count], "socket", "sockets"), human(load));
    f.notes.push_back("Where RAPL is readable (most Intel and AMD Linux hosts), CodeCarbon measures the CPU package "
                      "instead of using its load model.");
  } else {
    job.no_cpu_stated(f, "85 W TDP when the model is unknown");
  }
  if (e[Term::memory_gb] > 0) {
    const double nodes = job.nodes(), per_node = e[Term::memory_gb] / nodes;
    f.memory_w = codecarbon_ram_watts(per_node) * nodes;
    f.memory_rule = fmt::format("{} DIMMs guessed from {} GB at 5 W, less beyond 4, 8, 16 DIMMs{}", codecarbon_dimm_count(per_node),
                                human(per_node), nodes != 1 ? fmt::format(", x {} nodes", human(nodes)) : "");
  } else {
    f.memory_rule = "no memory stated";
    f.notes.push_back("No memory was stated; CodeCarbon always counts the machine's RAM (5 W per DIMM). Give --memory-gb "
                      "(the machine's total, not the job's use) to include it.");
  }
  if (job.stated_pue()) {
    f.pue = e[Term::pue];
    f.pue_rule = "the stated PUE (its pue setting)";
  } else {
    f.pue = kCodeCarbonDefaultPue;
    f.pue_rule = "its default: 1.0 unless pue is set";
  }
  job.located_intensity_rule(f, "Electricity Maps with a key, else eGRID US states, Canadian provinces, Nordic zones, then "
                                "Our World in Data countries; for GCP regions its impact.csv");
  return f;
}

}  // namespace compat
}  // namespace mlcarbon
