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
namespace {

// core/cpu.py: DEFAULT_POWER_PER_CORE, per logical CPU, for a CPU missing from its table (3.0.0+).
constexpr double kCodeCarbonWattsPerThread = 4;
// core/cpu.py: POWER_CONSTANT, the TDP when none can be had (no CPU detected).
constexpr double kCodeCarbonDefaultTdp = 85;
// external/hardware.py: CONSUMPTION_PERCENTAGE_CONSTANT, constant mode's share of the TDP.
constexpr double kCodeCarbonConstantShare = 0.5;

// The CPU's power by the mode: the TDP CodeCarbon would have (the stated CPU's, or its fallback's),
// then its load curve or its constant share.
void codecarbon_cpu(const Job& job, Figures& f) {
  const Estimate& e = job.e;
  const bool stated = e.has_cpu();
  const double sockets = stated ? e[Term::cpu_count] : 1.0;
  double tdp = 0;  // per socket
  std::string tdp_words;
  if (job.is(CompatMode::cc_threads)) {
    tdp = kCodeCarbonWattsPerThread * job.choice.threads;
    tdp_words = fmt::format("4 W x {} threads", job.choice.threads);
  } else if (job.is(CompatMode::cc_no_cpu)) {
    tdp = kCodeCarbonDefaultTdp;
    tdp_words = "its default 85 W";
  } else if (stated) {
    tdp = e[Term::cpu_power_w];
    tdp_words = fmt::format("{} W TDP", human(tdp));
  } else {
    f.cpu_rule = "no CPU stated";
    f.notes.push_back("No host CPU was stated; CodeCarbon always counts the machine's CPU: by its TDP when its table has the "
                      "model, else 4 W per thread (3.0.0 and later; --compat codecarbon:threads=N), or 85 W when it detects no "
                      "CPU (--compat codecarbon:no-cpu). Give --cpu (and --cpu-utilization) to include it.");
    return;
  }
  const std::string per = fmt::format("{} x {}", tdp_words, plural(sockets, "socket", "sockets"));
  if (job.is(CompatMode::cc_constant)) {
    f.cpu_w = tdp * sockets * kCodeCarbonConstantShare;
    f.cpu_rule = fmt::format("{} x 0.5: its constant mode, whatever the load", per);
    return;
  }
  // The load: the stated CPU utilization; without a stated CPU (a fallback mode), full load.
  const double load = e.has(Term::cpu_utilization) ? e[Term::cpu_utilization] : 1.0;
  f.cpu_w = tdp * sockets * (0.1 + 0.9 * load * load * load);
  f.cpu_rule = fmt::format("{} x (0.1 + 0.9 x {}^3): its load curve", per, human(load));
  if (!e.has(Term::cpu_utilization)) {
    f.notes.push_back("No CPU utilization was stated: CodeCarbon's load curve is taken at full load (it reads the load while "
                      "the job runs).");
  }
  if (job.is(CompatMode::cc_load)) {
    f.notes.push_back("Where RAPL is readable (most Intel and AMD Linux hosts), CodeCarbon measures the CPU package instead of "
                      "using its load curve; without psutil it uses half the TDP (--compat codecarbon:constant).");
  }
  if (e.origin(Term::cpu_power_w) == Origin::given && job.is(CompatMode::cc_load)) {
    f.notes.push_back("A power given to CodeCarbon as force_cpu_power is the whole machine's, not multiplied by the sockets: "
                      "state it as --cpu-tdp W with --cpu-count 1.");
  }
}

}  // namespace

Figures codecarbon_rules(const Job& job) {
  const Estimate& e = job.e;
  Figures f = job.measured();
  codecarbon_cpu(job, f);
  if (e[Term::memory_gb] > 0) {
    const double nodes = job.nodes(), per_node = e[Term::memory_gb] / nodes;
    f.memory_w = codecarbon_ram_watts(per_node) * nodes;
    f.memory_rule = fmt::format("{} guessed from {} GB at 5 W, less beyond 4, 8, 16 DIMMs{}",
                                plural(codecarbon_dimm_count(per_node), "DIMM", "DIMMs"), human(per_node),
                                nodes != 1 ? fmt::format(", x {} nodes", human(nodes)) : "");
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
