// The catalog: devices, providers, grids and cloud regions, each figure with its source.
//
// A Catalog is a set of read-only views. The copy compiled into the binary (embedded_catalog())
// points into constant data generated at build time from data/*.json, so using it costs nothing
// at start-up; a catalog loaded at run time (catalog_json.h) owns its storage through `owner`.
// Entries refer to each other by pointer (a region to its provider and grid, an entry to its
// source); the pointers stay valid as long as the Catalog (or a copy of it) lives.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mlcarbon {

// A publication or datasheet a figure comes from.
struct Source {
  std::string_view key;  // id in the data file's `sources` object
  std::string_view title;
  std::string_view publisher;
  std::string_view url;
  int year = 0;  // year of publication
  std::string_view license;  // may be empty
  std::string_view note;     // may be empty
};

// Each enumeration with the names data files and machine output give its values, in order.
enum class DeviceKind { gpu, tpu, cpu, accelerator };
inline constexpr std::array<std::string_view, 4> kDeviceKindNames{"gpu", "tpu", "cpu", "accelerator"};
enum class PowerKind { tdp, measured_average, estimate };
inline constexpr std::array<std::string_view, 3> kPowerKindNames{"tdp", "measured_average", "estimate"};

struct PowerAlternative {
  double power_w = 0;
  std::string_view note;
};

// Number formats a device computes in, for peak throughput.
enum class Precision { fp64, fp32, tf32, fp16, bf16, fp8, int8 };
inline constexpr int kPrecisionCount = 7;

// The vendor's dense peak throughput per precision, in TFLOP/s (TOPS for int8); 0: not published.
struct PeakThroughput {
  double tflops[kPrecisionCount] = {};
  const Source* source = nullptr;  // null: no figure at all

  double of(Precision p) const { return tflops[static_cast<int>(p)]; }
};

// One device model (a GPU, a TPU chip, a CPU package, ...).
struct Hardware {
  std::string_view id;
  std::string_view name;
  std::string_view vendor;
  DeviceKind kind = DeviceKind::gpu;
  std::span<const std::string_view> aliases;
  double power_w = 0;
  PowerKind power_kind = PowerKind::tdp;
  double memory_gb = 0;  // 0: not given
  int cores = 0;         // 0: not given
  int released = 0;      // 0: not given
  const Source* source = nullptr;
  std::span<const PowerAlternative> power_alternatives;
  std::string_view note;
  PeakThroughput peak;
  double embodied_kg = 0;  // manufacturing emissions of one device, kg CO2e; 0: not known
  const Source* embodied_source = nullptr;
  // Slices by their published names ("v3-8"): the prefix, and how many of the units the number
  // counts make one device (TensorCores for TPU v2-v4 and v5p, 2 a chip; chips for v5e, v6e).
  std::string_view slice_prefix;  // empty: no slice names
  int slice_units_per_chip = 0;
  const Source* slice_source = nullptr;
};

// A published power usage effectiveness.
struct PueFigure {
  double pue = 0;
  int year = 0;
  std::string_view scope;  // e.g. "global fleet average"; may be empty
  const Source* source = nullptr;
  double low = 0, high = 0;  // the range across sites or surveyed centres; 0: not published
  const Source* range_source = nullptr;
};

// A provider's market-based statement (renewable matching, offsets): shown, never subtracted.
struct Claim {
  std::string_view text;
  int year = 0;
  const Source* source = nullptr;
};

struct Provider {
  std::string_view id;
  std::string_view name;
  std::optional<PueFigure> pue;  // absent: the catalog's default PUE applies
  std::span<const Claim> claims;
};

// What a grid covers: a country, a state or province, a grid area below a country (an eGRID
// subregion, an interconnected system), or the whole world (the average of all generation).
enum class GridKind { country, state, subregion, world };
inline constexpr std::array<std::string_view, 4> kGridKindNames{"country", "state", "subregion", "world"};

// What an intensity counts: lifecycle (the plants' construction, fuel supply and methane leaks
// included) or direct (combustion at the plant only; biogenic CO2 not counted).
enum class Basis { lifecycle, direct };
inline constexpr std::array<std::string_view, 2> kBasisNames{"lifecycle", "direct"};

// An annual average grid carbon intensity.
struct Intensity {
  double g_per_kwh = 0;
  int year = 0;  // the calendar year it describes
  Basis basis = Basis::lifecycle;
  const Source* source = nullptr;
  // The lowest and highest annual figure of the same source over recent years; 0: not given.
  double low = 0, high = 0;
  int from_year = 0, to_year = 0;
};

// Sources of electricity in a generation mix. `other` (unknown or non-renewable waste fuels) has
// no per-fuel factor: it adds nothing when a figure changes basis.
enum class Fuel { coal, gas, oil, nuclear, hydro, wind, solar, biomass, other_renewable, other };
inline constexpr int kFuelCount = 10;
inline constexpr std::array<std::string_view, kFuelCount> kFuelNames{"coal",  "gas",   "oil",     "nuclear",         "hydro",
                                                                     "wind",  "solar", "biomass", "other_renewable", "other"};

// The emissions of one fuel's electricity on both bases, gCO2e/kWh generated.
struct FuelFactor {
  double direct = 0, lifecycle = 0;
  const Source* source = nullptr;  // null: no factor (Fuel::other)
};
using FuelFactors = std::array<FuelFactor, kFuelCount>;

// A grid's generation by fuel, as shares, and what it makes of the two bases: the lifecycle figure
// of the grid is its direct figure plus `upstream_g_per_kwh`, the sum over fuels of share x
// (lifecycle factor - direct factor).
struct Mix {
  std::array<double, kFuelCount> share{};  // fractions of the generation, summing to 1
  int year = 0;
  const Source* source = nullptr;
  double upstream_g_per_kwh = 0;
};

// An electricity grid: a country, a state or a subregion.
struct Grid {
  std::string_view id;  // ISO 3166-1 alpha-2 for a country; CC-NAME below it; WORLD for the world
  GridKind kind = GridKind::country;
  std::string_view name;
  std::string_view iso3;     // countries
  std::string_view country;  // sub-national grids: alpha-2 of their country
  Intensity intensity;
  std::span<const std::string_view> aliases;  // other names: state codes, the source's own code
  std::optional<Mix> mix;                     // absent: its figure cannot change basis
};

// A code a user may type for an area that spans several grids (a US state split between eGRID
// subregions): not a grid, but the error names the grids to choose from.
struct SplitCode {
  std::string_view code;  // "US-TX"
  std::string_view name;  // "Texas"
  std::span<const std::string_view> grids;  // ids of the grids it spans, largest share first
  std::string_view note;  // the shares
};

// A provider's published carbon-free-energy share for a region (a claim, not subtracted).
struct Cfe {
  double fraction = 0;
  int year = 0;
  const Source* source = nullptr;
};

// A cloud region: where it is, which grid it draws from, and figures specific to it.
struct Region {
  const Provider* provider = nullptr;
  std::string_view id;  // the provider's code, e.g. "us-east-1"
  std::string_view name;
  std::string_view location;
  std::string_view country;  // ISO alpha-2
  const Grid* grid = nullptr;
  std::optional<Intensity> intensity;  // region's own figure; absent: the grid's
  std::optional<Cfe> cfe;
  std::optional<PueFigure> pue;  // site PUE; absent: the provider's
  std::span<const std::string_view> aliases;
};

// A cloud instance type: the devices, host CPUs and memory of one node.
struct Instance {
  std::string_view provider;  // "aws", "gcp", "azure"
  std::string_view id;        // lower case, e.g. "p4d.24xlarge", "nd96asr_v4"
  std::span<const std::string_view> aliases;
  const Hardware* accelerator = nullptr;
  int accelerator_count = 0;
  const Hardware* cpu = nullptr;  // null when the host CPU has no sourced figure
  std::string_view cpu_name;
  double cpu_sockets = 0;
  int vcpus = 0;
  double memory_gb = 0;
  const Source* source = nullptr;
  std::string_view note;
};

struct Catalog {
  std::string_view hardware_version;  // data_version of hardware.json
  std::string_view regions_version;   // data_version of regions.json
  std::string_view instances_version;  // data_version of instances.json ("" when none)
  std::string_view origin;            // "embedded" or the directory/files loaded
  std::span<const Source> hardware_sources;
  std::span<const Source> region_sources;
  std::span<const Hardware> hardware;
  std::span<const Provider> providers;
  std::span<const Grid> grids;
  std::span<const Region> regions;
  std::span<const Source> instance_sources;
  std::span<const Instance> instances;
  PueFigure default_pue;
  std::shared_ptr<const void> owner;  // storage of a loaded catalog; empty for the embedded one
  FuelFactors fuel_factors{};         // for changing the basis of a figure (regions.json `fuel_factors`)
  std::span<const SplitCode> split_codes;
};

// Counts and years of a catalog, for `data check` and the README.
struct CatalogStats {
  std::size_t hardware = 0, tdp = 0, measured = 0, estimated = 0, hardware_sources = 0;
  std::size_t providers = 0, providers_with_pue = 0, countries = 0, subnational = 0, world = 0;
  std::size_t grids_with_mix = 0;
  std::vector<std::pair<std::string, std::size_t>> subnational_by_country;  // in order of first appearance (owned: the stats outlive a loaded catalog)
  std::size_t regions = 0, regions_with_own_intensity = 0, region_sources = 0;
  int oldest_year = 0, newest_year = 0;  // of the intensity figures (grids and regions' own)
  int median_year_used = 0;  // median year of the intensity each cloud region and grid uses
};
CatalogStats catalog_stats(const Catalog& catalog);

// The catalog compiled into the binary (generated from data/*.json at build time).
const Catalog& embedded_catalog();
// The NOTICE file compiled in with it: the attributions and license texts of the data.
std::string_view embedded_notice();

// Where an estimate runs: a cloud region (with its grid) or a grid alone (a country).
struct Location {
  const Region* region = nullptr;  // null for a country or sub-national grid
  const Grid* grid = nullptr;      // always set
};

// The PUE that applies at a location when the user gives none: the region's own figure, else its
// provider's fleet figure, else the catalog's industry default (also for a private site).
enum class PueScope { site, provider, industry };
inline constexpr std::array<std::string_view, 3> kPueScopeNames{"site", "provider", "default"};
struct PueAt {
  const PueFigure* figure;
  PueScope scope;
};
PueAt pue_at(const Location& location, const Catalog& catalog);
constexpr std::string_view to_string(PueScope scope) { return kPueScopeNames[static_cast<std::size_t>(scope)]; }

// Where an intensity figure applies: the provider's own figure for a cloud region, or a grid's.
enum class IntensityScope { provider_region, subregion, state, country, world };
inline constexpr std::array<std::string_view, 5> kIntensityScopeNames{"provider_region", "subregion", "state", "country", "world"};
constexpr std::string_view to_string(IntensityScope scope) { return kIntensityScopeNames[static_cast<std::size_t>(scope)]; }

// The intensity of a location as published: the provider's own figure for the region, else its
// grid's. `figure` is null for a private site (no grid).
struct IntensityAt {
  const Intensity* figure;
  bool region_own;
  IntensityScope scope;
  const Mix* mix;  // the mix of the grid the site draws from (null: not in the data)
};
IntensityAt intensity_at(const Location& location);

// What changes a published figure to `basis`: 0 when it is on that basis already, +upstream from
// direct to lifecycle, -upstream back; nullopt when the bases differ and the grid has no mix.
std::optional<double> basis_conversion(const IntensityAt& at, Basis basis);

// "aws:us-east-1" style id of a region.
std::string region_key(const Region& region);
// "aws:us-east-1", "country:FR" or "grid:US-XX".
std::string location_key(const Location& location);
// The same key in its two parts, to be joined by ':' ("aws", "us-east-1"), or "world" and an
// empty second part: for the writers of many rows, which need not build the string.
std::pair<std::string_view, std::string_view> location_key_parts(const Location& location);
constexpr std::string_view to_string(DeviceKind kind) { return kDeviceKindNames[static_cast<std::size_t>(kind)]; }
constexpr std::string_view to_string(PowerKind kind) { return kPowerKindNames[static_cast<std::size_t>(kind)]; }
constexpr std::string_view to_string(GridKind kind) { return kGridKindNames[static_cast<std::size_t>(kind)]; }
constexpr std::string_view to_string(Basis basis) { return kBasisNames[static_cast<std::size_t>(basis)]; }
constexpr std::string_view to_string(Fuel fuel) { return kFuelNames[static_cast<std::size_t>(fuel)]; }

// Finds a device by id, alias or display name, case-insensitively; then ignoring spaces, dashes,
// underscores and dots. Throws Error(not_found) naming the closest matches.
// Whether a failed look-up searches for the closest names (the message's "did you mean"): a jobs
// file of many distinct unknown names turns it off after a while (it costs a scan of every name).
enum class Suggest { yes, no };
const Hardware& find_hardware(const Catalog& catalog, std::string_view name, Suggest suggest = Suggest::yes);
// A host CPU by id, alias or name; unknown: Error(not_found) suggesting CPUs only.
const Hardware& find_cpu(const Catalog& catalog, std::string_view name, Suggest suggest = Suggest::yes);
// A slice by its published name: "v3-8", "tpu-v3-8", "TPU v4-128", "v5p-256" (any case). Null
// hardware when `name` is not one. Error(usage) for a slice whose number is not a whole number of chips.
struct Slice {
  const Hardware* hardware = nullptr;
  std::uint64_t chips = 0;
};
Slice find_slice(const Catalog& catalog, std::string_view name);
// A device by name or by slice name (chips 0 for a name that is not a slice's).
Slice find_device(const Catalog& catalog, std::string_view name, Suggest suggest = Suggest::yes);

// Finds where a job runs: "provider:region", a bare region code when only one provider has it,
// a country ("FR", "FRA", "country:FR", "France") or a grid ("grid:ID", "US-NWPP", or one of its
// aliases: "NWPP", "US-OR", "CA-QC"). Throws Error(not_found) naming the closest matches, the
// candidates when a bare code is ambiguous, or the grids a split code (US-TX) spans.
Location find_location(const Catalog& catalog, std::string_view name, Suggest suggest = Suggest::yes);

const Provider* find_provider(const Catalog& catalog, std::string_view id);

// Finds an instance type: "aws:p4d.24xlarge", or a bare id or alias when only one provider has it.
// Throws Error(not_found) naming the closest matches.
const Instance& find_instance(const Catalog& catalog, std::string_view name, Suggest suggest = Suggest::yes);

std::string_view to_string(Precision precision);
std::optional<Precision> precision_from_name(std::string_view name);

// The names closest to `query` among `names` (at most `limit`), best first; for suggestions.
std::vector<std::string> closest_names(std::string_view query, const std::vector<std::string>& names,
                                       std::size_t limit);
// "; did you mean A, B?" with those names, or "" when none is close.
std::string closest_hint(std::string_view query, const std::vector<std::string>& names, std::size_t limit);

}  // namespace mlcarbon
