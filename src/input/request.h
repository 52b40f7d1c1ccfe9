// The inputs of an estimate as text (command-line options or the columns of a jobs file) and
// their parsing into an EstimateRequest, with the same rules and messages for both.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include "core/estimate.h"

namespace mlcarbon {

enum class InputField {
  name,  // a job's free label (jobs files only)
  hardware,
  count,
  hours,
  duration,
  region,
  pue,
  power,
  utilization,
  intensity,
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
  device_hours,
};
inline constexpr std::size_t kInputFieldCount = 25;

// Column name of a field ("offset_kg"); option name is "--" + the same with '_' as '-'.
std::string_view field_name(InputField field);
std::string_view option_name(InputField field);
// The field a column is named after ("offset_kg" or "offset-kg"), if any.
std::optional<InputField> field_from_name(std::string_view column);

// Text of each field, as given; absent fields are not given. Views into the caller's text.
struct RequestText {
  std::array<std::optional<std::string_view>, kInputFieldCount> values{};

  std::optional<std::string_view>& operator[](InputField f) { return values[static_cast<std::size_t>(f)]; }
  const std::optional<std::string_view>& operator[](InputField f) const { return values[static_cast<std::size_t>(f)]; }

  // This text with `row`'s fields on top: a field of `row` replaces the default, and a row that
  // says how long (hours, duration, device_hours or the compute), how much was offset (offset or offset_kg) or how much
  // power (power or utilization) replaces the whole default group.
  RequestText overlaid_by(const RequestText& row) const;
};

enum class Naming { options, columns };  // "--hours" or "hours" in messages

// Parses the numbers (quantity.h), checks that a power figure, a grid intensity and a duration
// are given and that no two fields conflict; throws Error(usage) naming the field. Names are
// looked up later (resolve). With `describe`, fills hours_given_as (for the breakdown).
EstimateRequest parse_request(const RequestText& text, Naming naming, bool describe);

// The parsing and conflict checks of parse_request() without requiring anything: for defaults
// that rows of a jobs file complete.
EstimateRequest parse_fields(const RequestText& text, Naming naming, bool describe);

}  // namespace mlcarbon
