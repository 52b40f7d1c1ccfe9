#include "core/estimate.h"

#include <cmath>

#include <fmt/format.h>

#include "core/assumptions.h"
#include "util/error.h"
#include "core/estimate_internal.h"
#include "input/quantity.h"
#include "util/text.h"

namespace mlcarbon {
namespace {

// The precision an estimate from compute uses: the one asked for, else bf16, fp16 or fp32,
// whichever the device publishes first.
std::pair<Precision, double> pick_precision(const Hardware& hw, const std::optional<Precision>& asked) {
  if (hw.peak.source == nullptr) {
    throw Error(ErrorKind::usage, fmt::format("{} has no published peak throughput in the data, so the hours cannot follow "
                                              "from the compute; give --hours or --duration",
                                              hw.name));
  }
  if (asked) {
    if (hw.peak.of(*asked) > 0) return {*asked, hw.peak.of(*asked)};
    std::vector<std::string_view> known;
    for (int p = 0; p < kPrecisionCount; ++p) {
      if (hw.peak.tflops[p] > 0) known.push_back(to_string(static_cast<Precision>(p)));
    }
    throw Error(ErrorKind::usage, fmt::format("--precision {}: {} publishes no {} figure; it has {}", to_string(*asked), hw.name,
                                              to_string(*asked), fmt::join(known, ", ")));
  }
  for (const Precision p : {Precision::bf16, Precision::fp16, Precision::fp32}) {
    if (hw.peak.of(p) > 0) return {p, hw.peak.of(p)};
  }
  throw Error(ErrorKind::usage, fmt::format("{} publishes no bf16, fp16 or fp32 peak; give --precision", hw.name));
}

}  // namespace

Found look_up(const Catalog& catalog, const EstimateRequest& request) {
  Found f;
  if (request.hardware) f.hardware = &find_hardware(catalog, *request.hardware);
  if (request.region) f.location = find_location(catalog, *request.region);
  if (request.instance) f.instance = &find_instance(catalog, *request.instance);
  if (request.cpu) f.cpu = &find_hardware(catalog, *request.cpu);
  return f;
}

ResolvedInputs resolve(const Catalog& catalog, const EstimateRequest& request, const Found& found) {
  ResolvedInputs in;
  const Hardware* hardware = found.instance != nullptr ? found.instance->accelerator : found.hardware;
  // parse_request() has told the user about these; here they are a caller's bug.
  const bool timed = request.hours.has_value() || request.device_hours.has_value();
  const bool computed = request.flops || (request.params && request.tokens);
  if ((!request.power_w && hardware == nullptr) || (!request.intensity_g_per_kwh && found.location.grid == nullptr) ||
      timed == computed || (request.power_w && request.utilization) || (request.offsets.percent && request.offsets.kg)) {
    throw Error(ErrorKind::internal, "incomplete or conflicting estimate request");
  }
  in.hardware = hardware;
  in.location = found.location;
  in.instance = found.instance;

  // Devices: a count of accelerators, or of nodes of an instance type.
  const std::uint64_t count = request.count.value_or(1);
  in.count_defaulted = !request.count;
  if (in.instance != nullptr) {
    in.nodes = count;
    in.model.count = count * static_cast<std::uint64_t>(in.instance->accelerator_count);
  } else {
    in.model.count = count;
  }
  in.power_origin = request.power_w ? PowerOrigin::user : PowerOrigin::hardware;
  in.model.power_w = request.power_w ? *request.power_w : hardware->power_w;
  in.model.utilization = request.utilization.value_or(1.0);
  in.utilization_defaulted = !request.utilization && !request.power_w;

  // The host: CPUs, memory, a fixed overhead.
  const double nodes = in.instance != nullptr ? static_cast<double>(in.nodes) : 1.0;
  in.cpu = found.cpu != nullptr ? found.cpu : in.instance != nullptr ? in.instance->cpu : nullptr;
  if (in.cpu != nullptr) {
    if (in.cpu->kind != DeviceKind::cpu) {
      throw Error(ErrorKind::usage, fmt::format("--cpu: {} is a {}, not a CPU", in.cpu->id, to_string(in.cpu->kind)));
    }
    const double default_count = found.cpu == nullptr ? in.instance->cpu_sockets * nodes : 1.0;
    in.model.cpu_count = request.cpu_count.value_or(default_count);
    if (request.cpu_cores) {
      // Green Algorithms' model: the cores used, each at the package's TDP / cores.
      if (in.cpu->cores <= 0) {
        throw Error(ErrorKind::usage, fmt::format("--cpu-cores: the data has no core count for {}; give --cpu-count", in.cpu->name));
      }
      in.model.cpu_count = *request.cpu_cores / in.cpu->cores;
      in.cpu_cores = *request.cpu_cores;
    }
    in.model.cpu_power_w = in.cpu->power_w;
    in.model.cpu_utilization = request.cpu_utilization.value_or(1.0);
    in.cpu_utilization_defaulted = !request.cpu_utilization;
  }
  if (request.memory_gb || in.instance != nullptr) {
    in.model.memory_gb = request.memory_gb.value_or(in.instance != nullptr ? in.instance->memory_gb * nodes : 0.0);
    in.memory_from_instance = !request.memory_gb;
    in.model.memory_w_per_gb = assumptions::kMemoryWattsPerGb;
  }
  in.model.overhead_w = request.overhead_w.value_or(0.0) * nodes;

  // How long: given, or following from the compute and the devices' peak throughput.
  if (request.device_hours) {
    // Device-hours as papers report them: the hours follow from the device count (their own
    // range check is on the device-hours; one device may then run longer than --hours allows).
    in.model.hours = *request.device_hours / static_cast<double>(in.model.count);
    if (!request.hours_given_as.empty()) in.hours_given_as = fmt::format("{} / {} devices", request.hours_given_as, in.model.count);
  } else if (timed) {
    in.model.hours = *request.hours;
    in.hours_given_as = request.hours_given_as;
  } else {
    if (hardware == nullptr) {
      throw Error(ErrorKind::usage, "an estimate from compute needs --hardware (or --instance): its peak throughput sets the hours");
    }
    ComputeBasis c;
    if (request.flops) {
      c.flops = *request.flops;
    } else {
      c.params = *request.params;
      c.tokens = *request.tokens;
      c.flops = assumptions::kFlopsPerParameterToken * c.params * c.tokens;
    }
    std::tie(c.precision, c.peak_tflops) = pick_precision(*hardware, request.precision);
    c.precision_defaulted = !request.precision;
    c.mfu = request.mfu.value_or(assumptions::kMfu);
    c.mfu_defaulted = !request.mfu;
    c.device_hours = c.flops / (c.peak_tflops * 1e12 * c.mfu) / 3600.0;
    in.model.hours = c.device_hours / static_cast<double>(in.model.count);
    if (!(in.model.hours > 0) || in.model.hours > kHoursRange.max) {
      throw Error(ErrorKind::usage, fmt::format("the compute gives {} hours on {} devices; expected {}", in.model.hours,
                                                in.model.count, kHoursRange.expected));
    }
    in.compute = c;
  }

  const Region* region = in.location.region;
  if (request.pue) {
    in.pue_origin = PueOrigin::user;
    in.model.pue = *request.pue;
  } else {
    if (region != nullptr && region->pue) {
      in.pue_origin = PueOrigin::site;
      in.pue_figure = region->pue;
    } else if (region != nullptr && region->provider->pue) {
      in.pue_origin = PueOrigin::provider;
      in.pue_figure = region->provider->pue;
    } else {
      in.pue_origin = PueOrigin::site_default;
      in.pue_figure = catalog.default_pue;
    }
    in.model.pue = in.pue_figure->pue;
  }

  std::optional<Intensity> location_intensity;
  if (region != nullptr && region->intensity) {
    location_intensity = region->intensity;
  } else if (in.location.grid != nullptr) {
    location_intensity = in.location.grid->intensity;
  }
  if (request.intensity_g_per_kwh) {
    in.intensity_origin = IntensityOrigin::user;
    in.model.intensity_g_per_kwh = *request.intensity_g_per_kwh;
    in.replaced_intensity = location_intensity;
  } else {
    in.intensity_origin = region != nullptr && region->intensity ? IntensityOrigin::region : IntensityOrigin::grid;
    in.intensity_figure = location_intensity;
    in.model.intensity_g_per_kwh = location_intensity->g_per_kwh;
  }
  // The provider's carbon-free share applies to its own grid figure, not to one the user gives.
  if (region != nullptr && region->cfe && in.intensity_origin != IntensityOrigin::user) in.model.cfe = region->cfe->fraction;
  in.model.offsets = request.offsets;

  // Embodied emissions of known accelerators (the BLOOM method): the device's own figure where the
  // data has one, else 150 kg a GPU; plus its share of a server; over 6 years at 85 % use.
  if (hardware != nullptr && hardware->kind != DeviceKind::cpu) {
    const double device = hardware != nullptr && hardware->embodied_kg > 0 ? hardware->embodied_kg : assumptions::kEmbodiedKgPerAccelerator;
    const double per_server = in.instance != nullptr ? in.instance->accelerator_count : assumptions::kAcceleratorsPerServer;
    in.model.embodied_kg_per_device = device + assumptions::kEmbodiedKgPerServer / per_server;
    in.model.lifetime_hours = assumptions::kLifetimeYears * 8760 * assumptions::kLifetimeUse;
  }
  return in;
}

Estimate estimate(const Catalog& catalog, const EstimateRequest& request) {
  Estimate e;
  e.inputs = resolve(catalog, request, look_up(catalog, request));
  e.result = compute(e.inputs.model);
  e.breakdown = breakdown(e.inputs, e.result);
  add_notes(e.inputs, e.result, e);
  e.uncertainty = uncertainty(e.inputs);
  return e;
}

}  // namespace mlcarbon
