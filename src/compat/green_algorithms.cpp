// Green Algorithms v3.0 (GreenAlgorithms/green-algorithms-tool; Lannelongue et al. 2021): cores x
// TDP per core x usage, GPUs x TDP x usage, memory requested x 0.3725 W/GB, its own PUE table.
#include <algorithm>
#include <iterator>

#include <fmt/format.h>

#include "compat/rules.h"
#include "util/numbers.h"
#include "util/text.h"

namespace mlcarbon::compat {
namespace {

// Default PUE by provider (data/v3.0/defaults_PUE.csv; Uptime 2024 for "Unknown", nutanix.dev 2023
// for the providers) and the data centres it lists with their own PUE
// (cloudProviders_datacenters.csv, Google's figures as of 2020-09-29). CC BY 4.0, Green Algorithms.
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

void ga_pue(const Job& job, Figures& f) {
  f.pue = kGaUnknownPue;
  f.pue_rule = "its default for an unknown or local data centre (Uptime Institute 2024)";
  const Region* region = job.e.location.region;
  if (job.stated_pue()) {
    f.pue = job.e[Term::pue];
    f.pue_rule = "the stated PUE";
    return;
  }
  if (region == nullptr) return;
  const auto site = std::find_if(std::begin(kGaDatacentrePue), std::end(kGaDatacentrePue), [&](const GaPue& p) {
    return iequals(p.provider, region->provider->id) && iequals(p.region, region->id);
  });
  const auto provider = std::find_if(std::begin(kGaProviderPue), std::end(kGaProviderPue),
                                     [&](const GaPue& p) { return iequals(p.provider, region->provider->id); });
  if (site != std::end(kGaDatacentrePue)) {
    f.pue = site->pue;
    f.pue_rule = "its figure for this data centre (Google, 2020)";
  } else if (provider != std::end(kGaProviderPue)) {
    f.pue = provider->pue;
    f.pue_rule = fmt::format("its default for {}", region->provider->id);
  }
}

}  // namespace

Figures green_algorithms_rules(const Job& job) {
  const Estimate& e = job.e;
  Figures f;
  f.intensity = e[Term::intensity_g_per_kwh];
  const std::string power_words = job.stated_power() && e.power_kind == PowerKind::measured_average ? "stated average" : "TDP";
  if (e.accelerator_free()) {
    f.accelerators_rule = "no accelerators";
  } else {
    f.accelerators_w = job.count() * e[Term::power_w] * e[Term::utilization];
    f.accelerators_rule = fmt::format("{} x {} W {} x usage {}", human(job.count()), human(e[Term::power_w]), power_words,
                                      human(e[Term::utilization]));
  }
  if (e.cpu == nullptr && e.has_cpu()) {
    // A CPU by its rated power (--cpu-tdp): the packages, each at that power.
    f.cpu_w = e[Term::cpu_count] * e[Term::cpu_power_w] * e[Term::cpu_utilization];
    f.cpu_rule = fmt::format("{} x {} W x usage {} (a CPU by its stated power; the form takes cores x TDP per core)",
                             human(e[Term::cpu_count]), human(e[Term::cpu_power_w]), human(e[Term::cpu_utilization]));
  } else if (e.cpu != nullptr) {
    f.cpu_w = e[Term::cpu_count] * e[Term::cpu_power_w] * e[Term::cpu_utilization];
    if (e.cpu->cores > 0) {
      const double cores = e[Term::cpu_cores] > 0 ? e[Term::cpu_cores] : e[Term::cpu_count] * e.cpu->cores;
      f.cpu_rule = fmt::format("{} cores x {} W/core (TDP / cores) x usage {}", human(cores), human(e[Term::cpu_power_w] / e.cpu->cores),
                               human(e[Term::cpu_utilization]));
    } else {
      f.cpu_rule = fmt::format("{} x {} W x usage {}", human(e[Term::cpu_count]), human(e[Term::cpu_power_w]),
                               human(e[Term::cpu_utilization]));
    }
  } else {
    f.cpu_rule = "no CPU stated";
  }
  f.memory_w = e[Term::memory_gb] * kGaMemoryWattsPerGb;
  f.memory_rule = e[Term::memory_gb] > 0 ? fmt::format("{} GB x {} W/GB (memory requested)", human(e[Term::memory_gb]), kGaMemoryWattsPerGb)
                                         : "no memory stated";
  ga_pue(job, f);
  job.located_intensity_rule(f, "CI_aggregated.csv, 2019-2022 figures for 53 countries and 77 sub-national regions");
  f.notes.push_back("Green Algorithms multiplies by a 'multiplicative factor' for repeated runs; multiply the hours instead. "
                    "v3.0 has no embodied term.");
  return f;
}

}  // namespace mlcarbon::compat
