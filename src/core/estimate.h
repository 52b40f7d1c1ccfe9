// From what the user asked (names, optional overrides) to a resolved estimate with its
// factor-by-factor breakdown: looks names up in the catalog, applies defaults, says which, and
// runs the model. No I/O: renderers print the Estimate.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/catalog.h"
#include "core/model.h"
#include "core/uncertainty.h"

namespace mlcarbon {

// What the user asked for, already parsed into numbers (quantity.h) but not yet resolved.
struct EstimateRequest {
  std::optional<std::string_view> hardware;  // the caller keeps the text alive
  std::optional<std::uint64_t> count;
  std::optional<double> hours;
  std::optional<double> device_hours;  // instead of hours: device-hours in total, spread over the devices
  std::string hours_given_as;  // how the user said it, e.g. "--hours 100" or "--duration 3d12h"
  std::optional<std::string_view> region;
  std::optional<double> pue;
  std::optional<double> power_w;  // measured average watts per device; replaces the TDP
  std::optional<double> utilization;
  std::optional<double> intensity_g_per_kwh;
  Offsets offsets;
  std::optional<std::string_view> instance;  // a cloud instance type: devices, CPUs, memory of a node
  std::optional<std::string_view> cpu;       // host CPU model
  std::optional<double> cpu_count;
  std::optional<double> cpu_cores;  // cores used, each at TDP / cores (instead of cpu_count)
  std::optional<double> cpu_utilization;
  std::optional<double> memory_gb;
  std::optional<double> overhead_w;  // per node
  std::optional<double> flops;       // training compute; or params x tokens
  std::optional<double> params;
  std::optional<double> tokens;
  std::optional<double> mfu;
  std::optional<Precision> precision;
};

enum class PowerOrigin { hardware, user };            // the catalog's figure, or --power
enum class PueOrigin { user, site, provider, site_default };
enum class IntensityOrigin { user, region, grid };

// The inputs after lookup and defaults, with where each came from.
// Estimating from the training compute instead of the hours (--flops, or --params and --tokens).
struct ComputeBasis {
  double flops = 0;
  double params = 0, tokens = 0;  // 0 unless the flops come from 6 x params x tokens
  Precision precision = Precision::bf16;
  bool precision_defaulted = false;
  double peak_tflops = 0;  // per device, dense, at `precision`
  double mfu = 0;
  bool mfu_defaulted = false;
  double device_hours = 0;
};

struct ResolvedInputs {
  const Hardware* hardware = nullptr;  // null when only --power was given
  Location location;                   // both null for a private site (--intensity only)
  ModelInputs model;
  const Instance* instance = nullptr;  // --instance: the node type
  std::uint64_t nodes = 0;             // instances of that type (--count with --instance)
  const Hardware* cpu = nullptr;       // the host CPU counted, if any
  bool cpu_utilization_defaulted = false;
  bool memory_from_instance = false;
  double cpu_cores = 0;  // --cpu-cores, when the CPUs are counted by core
  std::optional<ComputeBasis> compute;  // set when the hours follow from the compute
  bool count_defaulted = false;
  bool utilization_defaulted = false;
  PowerOrigin power_origin = PowerOrigin::user;
  std::string hours_given_as;
  PueOrigin pue_origin = PueOrigin::user;
  std::optional<PueFigure> pue_figure;  // set unless the user gave --pue
  IntensityOrigin intensity_origin = IntensityOrigin::user;
  std::optional<Intensity> intensity_figure;  // set unless the user gave --intensity
  std::optional<Intensity> replaced_intensity;  // the location's figure that --intensity replaced

  // A cloud region whose intensity is its country's average (its provider publishes none).
  bool national_average() const {
    return intensity_origin == IntensityOrigin::grid && location.region != nullptr && location.grid != nullptr &&
           location.grid->kind == GridKind::country;
  }
};

// One line of the breakdown: a factor or an intermediate result.
struct Factor {
  std::string name;     // stable machine name, e.g. "it_energy_kwh"
  std::string label;    // for people, e.g. "IT energy"
  double value = 0;
  std::string unit;     // e.g. "kWh", "gCO2e/kWh", "" for a pure number
  std::string source;   // where an input came from (empty for a derived line)
  std::string formula;  // how a derived line is computed, with the numbers (empty for an input)
};

// A provider's statement reported beside the gross figure (never subtracted).
struct ClaimNote {
  std::string text;
  int year = 0;
  const Source* source = nullptr;
};

struct Estimate {
  ResolvedInputs inputs;
  ModelResult result;
  std::vector<Factor> breakdown;
  std::vector<std::string> defaulted;  // inputs the user did not give: "count", "utilization", "pue", "intensity"
  std::vector<std::string> notes;      // assumptions, in words
  std::vector<ClaimNote> claims;
  Uncertainty uncertainty;
};

// Looks the names up, applies the defaults and computes, with the breakdown. The request must be
// complete (parse_request checks that); Error(not_found) for unknown names.
Estimate estimate(const Catalog& catalog, const EstimateRequest& request);

// The catalog entries a request names (null or empty when it names none).
struct Found {
  const Hardware* hardware = nullptr;
  Location location;
  const Instance* instance = nullptr;
  const Hardware* cpu = nullptr;
};
Found look_up(const Catalog& catalog, const EstimateRequest& request);

// The checks and defaults of estimate(), with the names already looked up, and without the
// breakdown: for many jobs at a time. Throws Error(usage) when the entries cannot serve the request
// (a CPU that is not a CPU; a device without a peak throughput for an estimate from compute).
ResolvedInputs resolve(const Catalog& catalog, const EstimateRequest& request, const Found& found);

// "Title (Publisher, 2020)" for output.
std::string describe(const Source& source);

// Human formatting of a number: no exponent, thousands separated, about 4 significant digits
// (used by text-like renderers and in formula strings; machine output keeps full precision).
std::string human(double value);

std::string_view to_string(PowerOrigin origin);
std::string_view to_string(PueOrigin origin);
std::string_view to_string(IntensityOrigin origin);

}  // namespace mlcarbon
