// What the user asked for: each input of an estimate in numbers, before any look-up. Where the
// text came from (an option, a jobs column, a default setting) is the input layer's business;
// here an input is a Field, named by its stable machine name.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "data/catalog.h"

namespace mlcarbon {

// The inputs of an estimate. The order is the order of jobs-file columns in messages.
enum class Field : std::uint8_t {
  name,  // a job's free label (jobs files only)
  hardware,
  count,
  hours,
  duration,
  device_hours,
  region,
  pue,
  power,
  tdp,
  utilization,
  intensity,
  basis,
  offset,
  offset_kg,
  instance,
  cpu,
  cpu_count,
  cpu_cores,
  cpu_utilization,
  memory_gb,
  overhead_w,
  flops,
  params,
  tokens,
  mfu,
  precision,
  energy_kwh,
  cpu_tdp_w,
  end_,
};
inline constexpr std::size_t kFieldCount = static_cast<std::size_t>(Field::end_);

inline constexpr std::string_view kFieldNames[kFieldCount] = {
    "name",     "hardware", "count",     "hours",     "duration",        "device_hours", "region",     "pue",
    "power",    "tdp",      "utilization", "intensity", "basis", "offset", "offset_kg", "instance",   "cpu",        "cpu_count",
    "cpu_cores", "cpu_utilization", "memory_gb", "overhead_w", "flops", "params", "tokens", "mfu", "precision",
    "energy_kwh", "cpu_tdp_w",
};

// "offset_kg": the field's machine name (jobs column, project-file key, JSON).
constexpr std::string_view field_name(Field field) { return kFieldNames[static_cast<std::size_t>(field)]; }
namespace detail {
// The options' spellings, made when mlcarbon is built: "--" and the name with '-' for '_', except
// where the name's unit suffix would only lengthen the option ("--cpu-tdp", as "--tdp").
inline constexpr std::string_view kShortOptionNames[][2] = {{"cpu_tdp_w", "cpu_tdp"}};
struct OptionNames {
  std::array<std::array<char, 24>, kFieldCount> text{};
  std::array<std::size_t, kFieldCount> size{};
};
constexpr OptionNames make_option_names() {
  OptionNames out;
  for (std::size_t i = 0; i < kFieldCount; ++i) {
    std::string_view name = kFieldNames[i];
    for (const auto& pair : kShortOptionNames) {
      if (pair[0] == name) name = pair[1];
    }
    out.text[i][0] = out.text[i][1] = '-';
    for (std::size_t j = 0; j < name.size(); ++j) out.text[i][j + 2] = name[j] == '_' ? '-' : name[j];
    out.size[i] = name.size() + 2;
  }
  return out;
}
inline constexpr OptionNames kOptionNames = make_option_names();
}  // namespace detail

// "--offset-kg": how the command line spells it, for messages and explanations.
constexpr std::string_view option_name(Field field) {
  const auto i = static_cast<std::size_t>(field);
  return {detail::kOptionNames.text[i].data(), detail::kOptionNames.size[i]};
}
// The field a name means ("offset_kg" or "offset-kg", any case), if any.
std::optional<Field> field_from_name(std::string_view name);

// The inputs, parsed into numbers; names are looked up later (estimate.h). Views into text the
// caller keeps alive.
struct Request {
  std::optional<std::string_view> hardware, region, instance, cpu;
  std::optional<std::uint64_t> count;
  std::optional<double> hours;         // from hours or duration
  std::optional<double> device_hours;  // instead of hours: device-hours in total, spread over the devices
  Field hours_field = Field::hours;    // which field said how long (hours, duration, device_hours)
  std::string_view hours_text;         // and its text, as given
  std::optional<double> pue;
  bool pue_from_setting = false;  // the PUE is a default setting, not an option or a column
  std::optional<double> power_w;  // measured average watts per device; replaces the TDP
  std::optional<double> tdp_w;    // a rated power per device not in the data, to which utilization applies
  std::optional<double> utilization;
  std::optional<double> intensity_g_per_kwh;
  std::optional<Basis> basis;  // of the intensities (published ones are converted to it); default lifecycle
  std::optional<double> offset_percent;  // offsets bought: a share of the gross emissions (0..100),
  std::optional<double> offset_kg;       // or a mass (at most one of the two)
  std::optional<double> cpu_count;
  std::optional<double> cpu_cores;  // cores used, each at TDP / cores (instead of cpu_count)
  std::optional<double> cpu_utilization;
  std::optional<double> cpu_tdp_w;  // rated power per package of a host CPU not in the data (instead of cpu)
  std::optional<double> memory_gb;
  std::optional<double> overhead_w;  // per node
  std::optional<double> flops;       // training compute; or params x tokens
  std::optional<double> params;
  std::optional<double> tokens;
  std::optional<double> mfu;
  std::optional<Precision> precision;
  std::optional<double> energy_kwh;  // the IT energy, as an account reports it: replaces power x time (PUE still applies)
  bool energy_measured = false;      // and it was measured by mlcarbon run, not given
  bool hours_measured = false;       // the hours are the run's wall-clock time (mlcarbon run)

  // Forgets the power figures the user gave (a device given instead brings its own).
  void clear_power() {
    power_w.reset();
    tdp_w.reset();
  }
};

// A message that names fields: `field_ref(f)` marks a field in it, and `name_fields` spells the
// marks as options ("--cpu") or as columns ("cpu"), so that the core's messages fit both.
std::string field_ref(Field field);
enum class Naming { options, columns };
std::string name_fields(std::string_view message, Naming naming);

}  // namespace mlcarbon
