#include "core/estimate.h"

#include <cmath>
#include <vector>

#include <fmt/format.h>

#include "core/assumptions.h"
#include "core/limits.h"
#include "core/uncertainty.h"
#include "util/error.h"

namespace mlcarbon {
namespace {

constexpr std::size_t at(Term t) { return static_cast<std::size_t>(t); }

void set(Estimate& e, Term t, double value, Origin origin, const Source* source = nullptr) {
  e.values[at(t)] = value;
  e.origins[at(t)] = origin;
  e.sources[at(t)] = source;
}

void derived(Estimate& e, Formula f, const Source* source = nullptr) {
  const Term t = definition(f).result;
  e.origins[at(t)] = Origin::derived;
  e.formulas[at(t)] = f;
  e.sources[at(t)] = source;
}

// The precision an estimate from compute uses: the one asked for, else bf16, fp16 or fp32,
// whichever the device publishes first.
std::pair<Precision, double> pick_precision(const Hardware& hw, const std::optional<Precision>& asked) {
  if (hw.peak.source == nullptr) {
    throw Error(ErrorKind::usage, fmt::format("{} has no published peak throughput in the data, so the hours cannot follow "
                                              "from the compute; give {} or {}",
                                              hw.name, field_ref(Field::hours), field_ref(Field::duration)));
  }
  if (asked) {
    if (hw.peak.of(*asked) > 0) return {*asked, hw.peak.of(*asked)};
    std::vector<std::string_view> known;
    for (int p = 0; p < kPrecisionCount; ++p) {
      if (hw.peak.tflops[p] > 0) known.push_back(to_string(static_cast<Precision>(p)));
    }
    throw Error(ErrorKind::usage, fmt::format("{} {}: {} publishes no {} figure; it has {}", field_ref(Field::precision),
                                              to_string(*asked), hw.name, to_string(*asked), fmt::join(known, ", ")));
  }
  for (const Precision p : {Precision::bf16, Precision::fp16, Precision::fp32}) {
    if (hw.peak.of(p) > 0) return {p, hw.peak.of(p)};
  }
  throw Error(ErrorKind::usage, fmt::format("{} publishes no bf16, fp16 or fp32 peak; give {}", hw.name, field_ref(Field::precision)));
}

// A job without accelerators: no device, power figure or energy, or an instance type without them.
bool host_only(const Request& r, const Found& found, const Hardware* accelerator) {
  return !r.energy_kwh && accelerator == nullptr && (found.instance != nullptr || (!r.power_w && !r.tdp_w));
}

// The devices: a count of accelerators (or of nodes of an instance type), and their power.
void resolve_devices(Estimate& e, const Request& r, const Found& found) {
  if (found.slice_chips != 0) {
    // A slice name ("v3-8") gives the chips: a count beside it would say it twice, or mean slices.
    if (r.count) {
      throw Error(ErrorKind::usage, fmt::format("{} {}-{} names a slice of {} chips, so {} is not needed; for several slices give "
                                                "{} {} with {} set to all their chips",
                                                field_ref(Field::hardware), e.hardware->slice_prefix,
                                                found.slice_chips * static_cast<std::uint64_t>(e.hardware->slice_units_per_chip),
                                                found.slice_chips, field_ref(Field::count), field_ref(Field::hardware), e.hardware->id,
                                                field_ref(Field::count)));
    }
    e.count = found.slice_chips;
    set(e, Term::count, static_cast<double>(e.count), Origin::hardware, e.hardware->slice_source);
  } else if (r.energy_kwh && e.hardware == nullptr) {
    // An energy alone: no devices (a count given only splits device-hours).
    e.count = r.count.value_or(1);
    if (r.count) set(e, Term::count, static_cast<double>(e.count), Origin::given);
  } else if (host_only(r, found, e.hardware)) {
    // Host CPUs, memory and overhead only: no devices, no accelerator power (an instance type's
    // count is of nodes).
    e.count = 0;
    if (e.instance != nullptr) e.nodes = r.count.value_or(1);
    return;
  } else {
    const std::uint64_t count = r.count.value_or(1);
    const Origin count_origin = r.count ? Origin::given : Origin::builtin;
    e.count = count;
    if (e.instance != nullptr) {
      e.nodes = count;
      e.count = count * static_cast<std::uint64_t>(e.instance->accelerator_count);
    }
    set(e, Term::count, static_cast<double>(e.count), e.instance != nullptr ? Origin::instance : count_origin,
        e.instance != nullptr ? e.instance->source : nullptr);
  }
  if (r.energy_kwh) {
    // The energy replaces power x time: the devices (if named) count only for embodied emissions.
    e.power_field = Field::energy_kwh;
    e.power_kind = PowerKind::measured_average;
    return;
  }
  if (r.power_w) {
    set(e, Term::power_w, *r.power_w, Origin::given);
    e.power_kind = PowerKind::measured_average;
    e.power_field = Field::power;
  } else if (r.tdp_w) {
    set(e, Term::power_w, *r.tdp_w, Origin::given);
    e.power_kind = PowerKind::tdp;
    e.power_field = Field::tdp;
  } else {
    set(e, Term::power_w, e.hardware->power_w, Origin::hardware, e.hardware->source);
    e.power_kind = e.hardware->power_kind;
  }
  const Origin utilization = r.utilization ? Origin::given : r.power_w ? Origin::implied : Origin::builtin;
  set(e, Term::utilization, r.utilization.value_or(1.0), utilization);
  derived(e, Formula::accelerator_kw);
}

// The host: CPUs, memory, a fixed overhead (per node).
void resolve_host(Estimate& e, const Request& r, const Found& found) {
  const double nodes = e.instance != nullptr ? static_cast<double>(e.nodes) : 1.0;
  e.cpu = found.cpu != nullptr ? found.cpu : e.instance != nullptr ? e.instance->cpu : nullptr;
  if (r.cpu_tdp_w) {
    // A CPU not in the data, by its rated power per package.
    set(e, Term::cpu_count, r.cpu_count.value_or(1.0), r.cpu_count ? Origin::given : Origin::builtin);
    set(e, Term::cpu_power_w, *r.cpu_tdp_w, Origin::given);
    set(e, Term::cpu_utilization, r.cpu_utilization.value_or(1.0), r.cpu_utilization ? Origin::given : Origin::builtin);
  } else if (e.cpu != nullptr) {
    if (e.cpu->kind != DeviceKind::cpu) {
      throw Error(ErrorKind::usage, fmt::format("{}: {} is a {}, not a CPU", field_ref(Field::cpu), e.cpu->id, to_string(e.cpu->kind)));
    }
    if (r.cpu_cores) {
      // Green Algorithms' model: the cores used, each at the package's TDP / cores.
      if (e.cpu->cores <= 0) {
        throw Error(ErrorKind::usage, fmt::format("{}: the data has no core count for {}; give {}", field_ref(Field::cpu_cores),
                                                  e.cpu->name, field_ref(Field::cpu_count)));
      }
      set(e, Term::cpu_cores, *r.cpu_cores, Origin::given);
      set(e, Term::cores_per_cpu, e.cpu->cores, Origin::hardware, e.cpu->source);
      derived(e, Formula::cpu_count_from_cores);
    } else if (r.cpu_count) {
      set(e, Term::cpu_count, *r.cpu_count, Origin::given);
    } else if (found.cpu == nullptr) {
      set(e, Term::cpu_count, e.instance->cpu_sockets * nodes, Origin::instance, e.instance->source);
    } else {
      set(e, Term::cpu_count, 1.0, Origin::builtin);
    }
    set(e, Term::cpu_power_w, e.cpu->power_w, Origin::hardware, e.cpu->source);
    set(e, Term::cpu_utilization, r.cpu_utilization.value_or(1.0), r.cpu_utilization ? Origin::given : Origin::builtin);
  }
  derived(e, Formula::cpu_kw);
  if (r.memory_gb) {
    set(e, Term::memory_gb, *r.memory_gb, Origin::given);
  } else if (e.instance != nullptr) {
    set(e, Term::memory_gb, e.instance->memory_gb * nodes, Origin::instance, e.instance->source);
  }
  if (e.has(Term::memory_gb)) {
    set(e, Term::memory_w_per_gb, assumptions::kMemoryWattsPerGb, Origin::builtin, &assumptions::kGreenAlgorithms);
  }
  derived(e, Formula::memory_kw);
  if (r.overhead_w) set(e, Term::overhead_w, *r.overhead_w * nodes, Origin::given);
  derived(e, Formula::overhead_kw);
  derived(e, Formula::it_power_kw);
}

// How long: given, as device-hours over the devices, or from the compute and the peak throughput.
void resolve_duration(Estimate& e, const Request& r) {
  e.hours_field = r.hours_field;
  e.hours_text = r.hours_text;
  if (r.device_hours) {
    // Device-hours as papers report them: the hours follow from the device count (their own
    // range check is on the device-hours; one device may then run longer than --hours allows).
    set(e, Term::device_hours, *r.device_hours, Origin::given);
    derived(e, Formula::hours_from_device_hours);
    return;
  }
  if (r.hours) {
    set(e, Term::hours, *r.hours, r.hours_measured ? Origin::measured : Origin::given);
    return;
  }
  if (r.energy_kwh) return;  // no duration needed
  if (e.hardware == nullptr) {
    throw Error(ErrorKind::usage, fmt::format("an estimate from compute needs {} (or {}): its peak throughput sets the hours",
                                              field_ref(Field::hardware), field_ref(Field::instance)));
  }
  if (r.flops) {
    set(e, Term::flops, *r.flops, Origin::given);
  } else {
    set(e, Term::params, *r.params, Origin::given);
    set(e, Term::tokens, *r.tokens, Origin::given);
    derived(e, Formula::flops_from_params, &assumptions::kKaplan);
  }
  const auto [precision, peak] = pick_precision(*e.hardware, r.precision);
  e.precision = precision;
  e.precision_defaulted = !r.precision;
  set(e, Term::peak_tflops, peak, Origin::hardware, e.hardware->peak.source);
  if (r.mfu) {
    set(e, Term::mfu, *r.mfu, Origin::given);
  } else {
    set(e, Term::mfu, assumptions::kMfu, Origin::builtin, &assumptions::kMfuSources);
  }
  derived(e, Formula::flop_per_s);
  derived(e, Formula::device_hours_from_compute);
  derived(e, Formula::hours_from_device_hours);
}

// The grid intensity on the estimate's basis: given (and taken to be on it), or published and, when
// published on the other basis, converted with the grid's generation mix.
void resolve_intensity(Estimate& e, const Request& r, const Catalog& catalog) {
  e.basis = r.basis.value_or(Basis::lifecycle);
  const IntensityAt published = intensity_at(e.location);
  const std::optional<double> conversion = basis_conversion(published, e.basis);
  if (r.intensity_g_per_kwh) {
    set(e, Term::intensity_g_per_kwh, *r.intensity_g_per_kwh, Origin::given);
    if (published.figure != nullptr) {
      e.replaced_intensity = *published.figure;
      if (conversion) {
        e.replaced_intensity->g_per_kwh += *conversion;
        e.replaced_intensity->basis = e.basis;
      }
    }
    return;
  }
  const Intensity& figure = *published.figure;
  if (!conversion) {
    throw Error(ErrorKind::usage,
                fmt::format("{}: {}'s intensity is published on a {} basis and its grid has no generation mix in the data to give "
                            "it on a {} basis; give {} {} or {} G on a {} basis",
                            field_ref(Field::region), location_key(e.location), to_string(figure.basis), to_string(e.basis),
                            field_ref(Field::basis), to_string(figure.basis), field_ref(Field::intensity), to_string(e.basis)));
  }
  e.intensity_figure = figure;
  e.intensity_scope = published.scope;
  const Origin origin = published.region_own ? Origin::region : Origin::grid;
  if (figure.basis == e.basis) {
    set(e, Term::intensity_g_per_kwh, figure.g_per_kwh, origin, figure.source);
    return;
  }
  e.mix = published.mix;
  e.fuel_factors = &catalog.fuel_factors;
  set(e, Term::published_intensity_g_per_kwh, figure.g_per_kwh, origin, figure.source);
  set(e, Term::basis_conversion_g_per_kwh, *conversion, Origin::conversion, published.mix->source);
  derived(e, Formula::intensity_on_basis);
}

// Where: the PUE of the site and the intensity of its grid, given or published.
void resolve_site(Estimate& e, const Request& r, const Catalog& catalog) {
  if (r.pue) {
    set(e, Term::pue, *r.pue, r.pue_from_setting ? Origin::setting : Origin::given);
  } else {
    const PueAt pue = pue_at(e.location, catalog);
    e.pue_figure = *pue.figure;
    const Origin origin = pue.scope == PueScope::site ? Origin::site : pue.scope == PueScope::provider ? Origin::provider : Origin::industry;
    set(e, Term::pue, pue.figure->pue, origin, pue.figure->source);
  }
  resolve_intensity(e, r, catalog);
  if (r.energy_kwh) set(e, Term::it_energy_kwh, *r.energy_kwh, r.energy_measured ? Origin::measured : Origin::given);
  else derived(e, Formula::it_energy_kwh);
  derived(e, Formula::energy_kwh);
  derived(e, Formula::co2e_kg);
  // The provider's carbon-free share applies to its own grid figure, not to one the user gives.
  const Region* region = e.location.region;
  if (region != nullptr && region->cfe && !r.intensity_g_per_kwh) {
    e.cfe = &*region->cfe;
    set(e, Term::cfe, region->cfe->fraction, Origin::region, region->cfe->source);
    derived(e, Formula::market_co2e_kg);
  }
}

void resolve_offsets(Estimate& e, const Request& r) {
  if (r.offset_percent) {
    set(e, Term::offset_percent, *r.offset_percent, Origin::given);
    derived(e, Formula::offset_from_percent);
  } else if (r.offset_kg) {
    set(e, Term::offset_kg, *r.offset_kg, Origin::given);
  } else {
    set(e, Term::offset_kg, 0, Origin::builtin);
  }
  derived(e, Formula::net_co2e_kg);
  derived(e, Formula::offset_surplus_kg);
}

// Embodied emissions of known accelerators (the BLOOM method): the device's own figure where the
// data has one, else 150 kg a GPU; plus its share of a server; over 6 years at 85 % use.
void resolve_embodied(Estimate& e) {
  const Hardware* hw = e.hardware;
  if (hw != nullptr && hw->kind != DeviceKind::cpu && e.has(Term::hours)) {
    if (hw->embodied_kg > 0) {
      set(e, Term::device_embodied_kg, hw->embodied_kg, Origin::hardware, hw->embodied_source);
    } else {
      set(e, Term::device_embodied_kg, assumptions::kEmbodiedKgPerAccelerator, Origin::builtin, &assumptions::kBloom);
    }
    set(e, Term::server_embodied_kg, assumptions::kEmbodiedKgPerServer, Origin::builtin, &assumptions::kBloom);
    if (e.instance != nullptr) {
      set(e, Term::devices_per_server, e.instance->accelerator_count, Origin::instance, e.instance->source);
    } else {
      set(e, Term::devices_per_server, assumptions::kAcceleratorsPerServer, Origin::builtin, &assumptions::kBloom);
    }
    derived(e, Formula::embodied_kg_per_device, &assumptions::kBloom);
    set(e, Term::lifetime_hours, assumptions::kLifetimeYears * 8760 * assumptions::kLifetimeUse, Origin::builtin, &assumptions::kBloom);
    derived(e, Formula::embodied_kg, &assumptions::kBloom);
  }
  derived(e, Formula::total_with_embodied_kg);
}

[[noreturn, gnu::cold, gnu::noinline]] void out_of_domain(const char* what) {
  throw Error(ErrorKind::internal, fmt::format("model input out of domain: {}", what));
}

// Inline, with the message built only on failure: it runs a dozen times for every row of a jobs file.
inline void require(bool condition, const char* what) {
  if (!condition) [[unlikely]] out_of_domain(what);
}

bool finite_nonnegative(double x) { return std::isfinite(x) && x >= 0; }

// Callers validate user input first (parse_request), so a value out of its domain here is a bug,
// and a wrong number must never be printed.
void check_domain(const Estimate& e) {
  require(e.count >= 1 || e.accelerator_free(), "count >= 1");
  if (e.accelerator_free()) {
    require(!e.has(Term::count) && std::isfinite(e[Term::hours]) && e[Term::hours] > 0, "host only: hours > 0");
  } else if (e.energy_given()) {
    // A measured energy may be 0 (a command too short for the counters to move); a given one is > 0.
    require(std::isfinite(e[Term::it_energy_kwh]) && (e[Term::it_energy_kwh] > 0 || (e.energy_measured() && e[Term::it_energy_kwh] == 0)),
            "it_energy_kwh > 0");
    require(!e.has(Term::hours) || (std::isfinite(e[Term::hours]) && e[Term::hours] > 0), "hours > 0");
  } else {
    require(std::isfinite(e[Term::power_w]) && e[Term::power_w] > 0, "power_w > 0");
    require(std::isfinite(e[Term::utilization]) && e[Term::utilization] > 0 && e[Term::utilization] <= 1, "0 < utilization <= 1");
    require(std::isfinite(e[Term::hours]) && e[Term::hours] > 0, "hours > 0");
  }
  require(finite_nonnegative(e[Term::cpu_count]) && finite_nonnegative(e[Term::cpu_power_w]), "cpu >= 0");
  require(!e.has(Term::cpu_utilization) || (e[Term::cpu_utilization] > 0 && e[Term::cpu_utilization] <= 1), "0 < cpu utilization <= 1");
  require(finite_nonnegative(e[Term::memory_gb]) && finite_nonnegative(e[Term::memory_w_per_gb]), "memory >= 0");
  require(finite_nonnegative(e[Term::overhead_w]), "overhead >= 0");
  require(std::isfinite(e[Term::pue]) && e[Term::pue] >= 1, "pue >= 1");
  require(finite_nonnegative(e[Term::intensity_g_per_kwh]), "intensity >= 0");
  require(!e.has(Term::cfe) || (e[Term::cfe] >= 0 && e[Term::cfe] <= 1), "0 <= cfe <= 1");
  require(e[Term::offset_percent] >= 0 && e[Term::offset_percent] <= 100, "0 <= offset % <= 100");
  require(finite_nonnegative(e[Term::offset_kg]), "offset kg >= 0");
}

// The inputs in their domains and the result finite: checked after every evaluation.
void check_result(const Estimate& e) {
  check_domain(e);
  require(std::isfinite(e[Term::co2e_kg]) && std::isfinite(e[Term::total_with_embodied_kg]), "finite result");
}

}  // namespace

const Hardware& find_host_cpu(const Catalog& catalog, std::string_view name, Suggest suggest) {
  try {
    return find_cpu(catalog, name, suggest);
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::not_found) throw;
    throw Error(ErrorKind::not_found, fmt::format("{}: {} (for a CPU not in the data: {} W, its rated power)", field_ref(Field::cpu),
                                                  e.what(), field_ref(Field::cpu_tdp_w)));
  }
}

Found look_up(const Catalog& catalog, const Request& request) {
  Found f;
  if (request.hardware) {
    const Slice device = find_device(catalog, *request.hardware);
    f.hardware = device.hardware;
    f.slice_chips = device.chips;
  }
  if (request.region) f.location = find_location(catalog, *request.region);
  if (request.instance) f.instance = &find_instance(catalog, *request.instance);
  if (request.cpu) f.cpu = &find_host_cpu(catalog, *request.cpu);
  return f;
}

Estimate estimate(const Catalog& catalog, const Request& r, const Found& found, bool with_range) {
  Estimate e;
  e.instance = found.instance;
  e.hardware = found.instance != nullptr ? found.instance->accelerator : found.hardware;
  e.location = found.location;
  // parse_request() has told the user about these; here they are a caller's bug.
  const bool timed = r.hours.has_value() || r.device_hours.has_value();
  const bool computed = r.flops || (r.params && r.tokens);
  const bool energy = r.energy_kwh.has_value();
  const bool no_accelerators = host_only(r, found, e.hardware);
  const bool host = found.cpu != nullptr || r.cpu_tdp_w || r.memory_gb || r.overhead_w || found.instance != nullptr;
  if (no_accelerators && found.instance != nullptr) {
    // An instance type without accelerators: what applies to accelerators has nothing to apply to.
    if (r.power_w || r.utilization || r.device_hours) {
      const Field field = r.power_w ? Field::power : r.utilization ? Field::utilization : Field::device_hours;
      throw Error(ErrorKind::usage, fmt::format("{} {} has no accelerators, so {} has nothing to apply to; its host CPUs take {}",
                                                field_ref(Field::instance), found.instance->id, field_ref(field),
                                                field_ref(Field::cpu_utilization)));
    }
    if (computed) {
      throw Error(ErrorKind::usage, fmt::format("{} {} has no accelerators, so no peak throughput sets the hours from the compute; "
                                                "give {}",
                                                field_ref(Field::instance), found.instance->id, field_ref(Field::hours)));
    }
  }
  if ((no_accelerators && !host) || (!r.intensity_g_per_kwh && e.location.grid == nullptr) ||
      (timed && computed) || (!timed && !computed && !energy) || (r.power_w && r.utilization) || (r.offset_percent && r.offset_kg) ||
      (energy && (r.power_w || r.tdp_w || r.utilization || computed || e.instance != nullptr || found.cpu != nullptr))) {
    throw Error(ErrorKind::internal, "incomplete or conflicting estimate request");
  }
  resolve_devices(e, r, found);
  if (!energy) resolve_host(e, r, found);
  resolve_duration(e, r);
  resolve_site(e, r, catalog);
  resolve_offsets(e, r);
  resolve_embodied(e);
  recompute(e);
  if (e.accelerator_free() && !(e[Term::it_power_kw] > 0)) {
    throw Error(ErrorKind::usage, fmt::format("the job draws no power: it has no accelerators and its host gives 0 W ({} and {} "
                                              "are 0); give {} NAME or {} W",
                                              field_ref(Field::memory_gb), field_ref(Field::overhead_w), field_ref(Field::cpu),
                                              field_ref(Field::cpu_tdp_w)));
  }
  // The hours a computed duration gives are checked like those the user types.
  if (computed && (!(e[Term::hours] > 0) || e[Term::hours] > kHoursRange.max)) {
    throw Error(ErrorKind::usage, fmt::format("the compute gives {} hours on {} devices; expected {}", e[Term::hours], e.count,
                                              kHoursRange.expected));
  }
  check_result(e);
  if (with_range) e.range = uncertainty(e);
  return e;
}

Estimate estimate(const Catalog& catalog, const Request& request, bool with_range) {
  return estimate(catalog, request, look_up(catalog, request), with_range);
}

namespace {

// The request's numbers as bits: 0 when the cache cannot serve it (see EstimateCache).
std::uint32_t given_numbers(const Request& r) {
  if (r.instance || r.cpu || r.cpu_count || r.cpu_cores || r.cpu_utilization || r.cpu_tdp_w || r.flops || r.params || r.tokens ||
      r.mfu || r.precision || r.energy_kwh || (!r.hardware && !r.power_w && !r.tdp_w)) {
    return 0;
  }
  std::uint32_t bits = 1;  // a servable request, even with no number given
  const std::optional<double>* numbers[] = {&r.hours,  &r.device_hours, &r.pue,       &r.power_w,        &r.tdp_w,       &r.utilization,
                                            &r.intensity_g_per_kwh, &r.offset_percent, &r.offset_kg, &r.memory_gb, &r.overhead_w};
  for (std::size_t i = 0; i < std::size(numbers); ++i) {
    if (numbers[i]->has_value()) bits |= 2u << i;
  }
  if (r.count) bits |= 1u << 20;
  return bits;
}

// The request's numbers into the terms that hold them as given, exactly as the resolve_ steps put
// them there for a request of this shape (no instance: one node; no host CPU; hours given).
void put_numbers(Estimate& e, const Request& r) {
  e.count = r.count.value_or(1);
  e.values[at(Term::count)] = static_cast<double>(e.count);
  if (r.power_w) e.values[at(Term::power_w)] = *r.power_w;
  else if (r.tdp_w) e.values[at(Term::power_w)] = *r.tdp_w;
  if (r.utilization) e.values[at(Term::utilization)] = *r.utilization;
  if (r.memory_gb) e.values[at(Term::memory_gb)] = *r.memory_gb;
  if (r.overhead_w) e.values[at(Term::overhead_w)] = *r.overhead_w * 1.0;
  if (r.device_hours) e.values[at(Term::device_hours)] = *r.device_hours;
  else if (r.hours) e.values[at(Term::hours)] = *r.hours;
  if (r.pue) e.values[at(Term::pue)] = *r.pue;
  if (r.intensity_g_per_kwh) e.values[at(Term::intensity_g_per_kwh)] = *r.intensity_g_per_kwh;
  if (r.offset_percent) e.values[at(Term::offset_percent)] = *r.offset_percent;
  else if (r.offset_kg) e.values[at(Term::offset_kg)] = *r.offset_kg;
  e.hours_text = r.hours_text;
}

}  // namespace

std::size_t EstimateCache::hash(const Shape& s) {
  const auto mix = [](std::size_t h, std::size_t v) { return (h ^ v) * 0x9E3779B97F4A7C15ULL; };
  std::size_t h = mix(reinterpret_cast<std::uintptr_t>(s.hardware), reinterpret_cast<std::uintptr_t>(s.region));
  h = mix(h, reinterpret_cast<std::uintptr_t>(s.grid));
  h = mix(h, s.given | (std::size_t{s.basis} << 32) | (std::size_t{s.pue_from_setting} << 40) |
                 (static_cast<std::size_t>(s.hours_field) << 48));
  return h ^ (h >> 29);
}

EstimateCache::Slot& EstimateCache::slot(const Shape& shape) {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash(shape) & mask;; i = (i + 1) & mask) {
    Slot& s = slots_[i];
    if (s.estimate == nullptr || s.shape == shape) return s;
  }
}

void EstimateCache::grow() {
  std::vector<Slot> old(std::max<std::size_t>(64, 2 * slots_.size()));
  old.swap(slots_);
  for (const Slot& s : old) {
    if (s.estimate != nullptr) slot(s.shape) = s;
  }
}

const Estimate& EstimateCache::estimate(const Catalog& catalog, const Request& r, const Found& found) {
  const std::uint32_t given = given_numbers(r);
  if (given == 0 || found.instance != nullptr || found.cpu != nullptr || found.slice_chips != 0) {
    return other_ = mlcarbon::estimate(catalog, r, found, false);
  }
  const Shape shape{found.hardware, found.location.region, found.location.grid, given,
                    static_cast<std::uint8_t>(r.basis ? 1 + static_cast<int>(*r.basis) : 0), r.pue_from_setting, r.hours_field};
  if (slots_.empty()) grow();
  Slot& s = slot(shape);
  if (s.estimate == nullptr) {
    if (shapes_.size() >= kMaxShapes) return other_ = mlcarbon::estimate(catalog, r, found, false);
    Estimate& e = shapes_.emplace_back(mlcarbon::estimate(catalog, r, found, false));
    s = Slot{shape, &e};
    if (2 * shapes_.size() >= slots_.size()) grow();  // never more than half full
    return e;
  }
  // Every number the shape gives is put and every derived term evaluated again, so nothing of
  // the previous row of this shape remains (even when that row failed the checks below).
  Estimate& e = *s.estimate;
  put_numbers(e, r);
  recompute(e);
  check_result(e);
  return e;
}

}  // namespace mlcarbon
