#include "input/series_reader.h"

#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "util/error.h"
#include "util/text.h"

namespace mlcarbon {
namespace {

constexpr std::string_view kTimeExpected =
    "expected an ISO 8601 time with its zone, e.g. 2024-03-01T12:00Z or 2024-03-01 12:00:00+01:00";

// Days from 1970-01-01 to a civil date (proleptic Gregorian), by 400-year eras.
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2 ? 1 : 0;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

// Reads `digits` digits at `pos` into `out`; false when they are not there.
bool number_at(std::string_view s, std::size_t& pos, std::size_t digits, int& out) {
  if (pos + digits > s.size()) return false;
  out = 0;
  for (std::size_t i = 0; i < digits; ++i) {
    const char c = s[pos + i];
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  pos += digits;
  return true;
}

std::optional<std::int64_t> time_of(std::string_view s, std::optional<int> zone_default = std::nullopt) {
  std::size_t p = 0;
  int year, month, day, hour, minute, second = 0;
  if (!number_at(s, p, 4, year) || p >= s.size() || s[p++] != '-' || !number_at(s, p, 2, month) || p >= s.size() || s[p++] != '-' ||
      !number_at(s, p, 2, day) || p >= s.size() || (s[p] != 'T' && s[p] != 't' && s[p] != ' ')) {
    return std::nullopt;
  }
  ++p;
  if (!number_at(s, p, 2, hour) || p >= s.size() || s[p++] != ':' || !number_at(s, p, 2, minute)) return std::nullopt;
  if (p < s.size() && s[p] == ':') {
    ++p;
    if (!number_at(s, p, 2, second)) return std::nullopt;
    if (p < s.size() && s[p] == '.') {  // fractions of a second: only zeros (the series' times are whole seconds)
      ++p;
      const std::size_t start = p;
      while (p < s.size() && s[p] >= '0' && s[p] <= '9') {
        if (s[p] != '0') return std::nullopt;
        ++p;
      }
      if (p == start) return std::nullopt;
    }
  }
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1] || (month == 2 && day == 29 && !leap) || hour > 23 || minute > 59 ||
      second > 59) {
    return std::nullopt;
  }
  int offset = 0;  // seconds east of UTC
  if (p >= s.size()) {
    if (!zone_default) return std::nullopt;  // no zone
    offset = *zone_default;
  } else if (s[p] == 'Z' || s[p] == 'z') {
    ++p;
  } else if (s[p] == '+' || s[p] == '-') {
    const int sign = s[p++] == '-' ? -1 : 1;
    int oh, om = 0;
    if (!number_at(s, p, 2, oh)) return std::nullopt;
    if (p < s.size() && s[p] == ':') ++p;
    if (p < s.size() && !number_at(s, p, 2, om)) return std::nullopt;
    if (oh > 18 || om > 59) return std::nullopt;
    offset = sign * (oh * 3600 + om * 60);
  } else {
    return std::nullopt;
  }
  if (p != s.size()) return std::nullopt;
  return days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86400 + hour * 3600 + minute * 60 + second -
         offset;
}

double intensity_of(std::string_view label, std::string_view text) {
  double v = 0;
  const std::string_view t = trim(text);
  const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
  if (t.empty() || ec != std::errc() || end != t.data() + t.size() || !std::isfinite(v)) {
    throw Error(ErrorKind::usage, fmt::format("{}: {} is not an intensity; expected gCO2e/kWh >= 0 and <= 1500", label, quote(text)));
  }
  return v;
}

// Splits a CSV line on commas (quoted fields keep theirs; no line breaks inside quotes).
std::vector<std::string_view> fields_of(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  bool quoted = false;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i < line.size() && line[i] == '"') quoted = !quoted;
    if (i == line.size() || (line[i] == ',' && !quoted)) {
      std::string_view f = trim(line.substr(start, i - start));
      if (f.size() >= 2 && f.front() == '"' && f.back() == '"') f = f.substr(1, f.size() - 2);
      out.push_back(f);
      start = i + 1;
    }
  }
  return out;
}

IntensitySeries read_csv(std::string_view text, std::string_view label) {
  IntensitySeries s;
  s.format = "csv";
  std::size_t line_number = 0, time_col = std::string_view::npos, value_col = std::string_view::npos;
  std::vector<std::pair<std::int64_t, double>> points;
  std::vector<std::size_t> lines;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_number == 1 && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
    if (trim(line).empty()) continue;
    const std::vector<std::string_view> f = fields_of(line);
    const std::string where = fmt::format("{}:{}", label, line_number);
    if (time_col == std::string_view::npos) {
      for (std::size_t i = 0; i < f.size(); ++i) {
        const std::string name = to_lower(f[i]);
        if (name == "timestamp" || name == "time" || name == "datetime" || name == "from" || name == "start") time_col = i;
        if (name == "g_per_kwh" || name == "intensity" || name == "carbon_intensity" || name == "gco2e_per_kwh") value_col = i;
      }
      if (time_col == std::string_view::npos || value_col == std::string_view::npos) {
        throw Error(ErrorKind::usage, fmt::format("{}: the header names no {}; expected a time column (timestamp, time, datetime, "
                                                  "from) and an intensity column (g_per_kwh, intensity, carbon_intensity)",
                                                  where, time_col == std::string_view::npos ? "time column" : "intensity column"));
      }
      continue;
    }
    if (f.size() <= std::max(time_col, value_col)) {
      throw Error(ErrorKind::usage, fmt::format("{}: {} fields; the header has more", where, f.size()));
    }
    points.emplace_back(parse_time(where, f[time_col]), intensity_of(where, f[value_col]));
    lines.push_back(line_number);
  }
  if (time_col == std::string_view::npos) throw Error(ErrorKind::usage, fmt::format("{}: empty; expected a header and rows", label));
  if (points.empty()) throw Error(ErrorKind::usage, fmt::format("{}: no rows after the header", label));
  // Each point lasts until the next; the step is the most common spacing, and a longer one is a gap.
  std::map<std::int64_t, std::size_t> spacing;
  for (std::size_t i = 1; i < points.size(); ++i) ++spacing[points[i].first - points[i - 1].first];
  std::int64_t step = 3600;
  std::size_t most = 0;
  for (const auto& [d, n] : spacing) {
    if (n > most && d > 0) step = d, most = n;
  }
  for (std::size_t i = 0; i < points.size(); ++i) {
    const std::string where = fmt::format("{}:{}", label, lines[i]);
    if (i > 0) {
      const std::int64_t d = points[i].first - points[i - 1].first;
      if (d <= 0) {
        throw Error(ErrorKind::usage, fmt::format("{}: {} is not after the row before ({}); expected the rows in time order, each time "
                                                  "once",
                                                  where, format_utc(points[i].first), format_utc(points[i - 1].first)));
      }
      if (d > step) {
        throw Error(ErrorKind::usage, fmt::format("{}: no intensity from {} to {} (a gap: the series has one every {} min)", where,
                                                  format_utc(points[i - 1].first + step), format_utc(points[i].first), step / 60));
      }
    }
    const std::int64_t to = i + 1 < points.size() ? points[i + 1].first : points[i].first + step;
    s.intervals.push_back({points[i].first, to, points[i].second});
  }
  s.description = fmt::format("{} intervals of {} min", s.intervals.size(), step / 60);
  return s;
}

IntensitySeries read_uk_api(std::string_view text, std::string_view label) {
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    throw Error(ErrorKind::usage, fmt::format("{}: not valid JSON (byte {})", label, e.byte));
  } catch (const nlohmann::json::exception&) {  // a number beyond a double, say
    throw Error(ErrorKind::usage, fmt::format("{}: not JSON that can be read (a number out of range?)", label));
  }
  const auto fail = [&](const std::string& where, std::string_view what) {
    throw Error(ErrorKind::usage, fmt::format("{}: {}: {}; expected the Carbon Intensity API's {{\"data\": [{{\"from\", \"to\", "
                                              "\"intensity\": {{\"forecast\", \"actual\"}}}}]}}",
                                              label, where, what));
  };
  if (!doc.is_object() || !doc.contains("data")) fail("top level", "no \"data\"");
  // Regional answers nest the intervals one level down: {"data": [{"regionid", "data": [...]}]}.
  const nlohmann::json* data = &doc["data"];
  if (data->is_object() && data->contains("data")) data = &(*data)["data"];
  if (data->is_array() && !data->empty() && (*data)[0].is_object() && (*data)[0].contains("regionid")) {
    if (data->size() != 1) fail("data", fmt::format("{} regions; give the series of one region", data->size()));
    if (!(*data)[0].contains("data")) fail("data[0]", "a region without \"data\"");
    data = &(*data)[0]["data"];
  }
  if (!data->is_array()) fail("data", "not an array");
  IntensitySeries s;
  s.format = "uk-carbon-intensity-api";
  std::size_t actual = 0, forecast = 0;
  for (std::size_t i = 0; i < data->size(); ++i) {
    const nlohmann::json& e = (*data)[i];
    const std::string where = fmt::format("data[{}]", i);
    if (!e.is_object() || !e.contains("from") || !e.contains("to") || !e["from"].is_string() || !e["to"].is_string()) {
      fail(where, "no \"from\" and \"to\" times");
    }
    if (!e.contains("intensity") || !e["intensity"].is_object()) fail(where, "no \"intensity\" object");
    const nlohmann::json& in = e["intensity"];
    double g = 0;
    if (in.contains("actual") && in["actual"].is_number()) {
      g = in["actual"].get<double>();
      ++actual;
    } else if (in.contains("forecast") && in["forecast"].is_number()) {
      g = in["forecast"].get<double>();
      ++forecast;
    } else {
      fail(where, "neither an \"actual\" nor a \"forecast\" intensity");
    }
    const std::string label_at = fmt::format("{}: {}", label, where);
    s.intervals.push_back({parse_time(label_at, e["from"].get<std::string>()), parse_time(label_at, e["to"].get<std::string>()), g});
  }
  s.description = actual == 0 ? "forecasts" : forecast == 0 ? "actual figures" : fmt::format("{} actual figures, then {} forecasts", actual, forecast);
  return s;
}

}  // namespace

std::optional<std::int64_t> local_time(std::string_view text, int offset_s) { return time_of(trim(text), offset_s); }

std::int64_t parse_time(std::string_view label, std::string_view text) {
  if (const auto t = time_of(trim(text))) return *t;
  throw Error(ErrorKind::usage, fmt::format("{}: {} is not a time; {}", label, quote(text), kTimeExpected));
}

IntensitySeries read_intensity_series(std::string_view text, std::string_view label) {
  std::size_t i = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n')) ++i;
  IntensitySeries s = i < text.size() && text[i] == '{' ? read_uk_api(text.substr(i), label) : read_csv(text, label);
  check_series(s, label);
  return s;
}

}  // namespace mlcarbon
