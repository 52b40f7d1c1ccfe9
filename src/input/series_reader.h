// Grid-intensity series from files, and times as users write them (ISO 8601 with a zone).
// Formats (chosen by the first byte, documented in the man page, --intensity-series):
//   - CSV: a header naming a time column (timestamp, time, datetime, from) and an intensity column
//     (g_per_kwh, intensity, carbon_intensity), each row the start of an interval that lasts until
//     the next row; the last lasts as long as the one before it. Times in ISO 8601 with a zone.
//   - JSON of the Carbon Intensity API of Great Britain's grid operator (api.carbonintensity.org.uk,
//     National Energy System Operator): {"data": [{"from", "to", "intensity": {"forecast", "actual"}}]},
//     national or regional ({"data": [{"regionid", "data": [...]}]}); "actual" where published,
//     else "forecast".
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/series.h"

namespace mlcarbon {

// Error(usage) naming `label` (the file) and the line or entry at fault.
IntensitySeries read_intensity_series(std::string_view text, std::string_view label);

// "2024-03-01T12:00Z", "2024-03-01 12:00:00+01:00", "2024-03-01T12:00:00.000Z": seconds since
// 1970-01-01 UTC. Error(usage) saying what was expected, `label` first (an option, a file and line).
std::int64_t parse_time(std::string_view label, std::string_view text);

// The same, a time without a zone being `offset_s` seconds east of UTC (sacct's local times);
// nullopt when not a time.
std::optional<std::int64_t> local_time(std::string_view text, int offset_s);

}  // namespace mlcarbon
