#include "util/numbers.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include <fmt/compile.h>
#include <fmt/format.h>

namespace mlcarbon {
namespace {

std::string with_thousands(double rounded) {
  char digits[32];
  const char* end = fmt::format_to_n(digits, sizeof digits, FMT_COMPILE("{:.0f}"), std::fabs(rounded)).out;
  const std::string_view text(digits, static_cast<std::size_t>(end - digits));
  std::string out;
  const std::size_t lead = text.size() % 3 == 0 ? 3 : text.size() % 3;
  if (rounded < 0) out.push_back('-');
  out.append(text.substr(0, lead));
  for (std::size_t i = lead; i < text.size(); i += 3) {
    out.push_back(',');
    out.append(text.substr(i, 3));
  }
  return out;
}

}  // namespace

std::string human(double value) {
  if (value == 0) return "0";
  if (!std::isfinite(value)) return std::isnan(value) ? "nan" : value > 0 ? "infinity" : "-infinity";
  const double magnitude = std::fabs(value);
  // Beyond what grouped digits or 12 decimals can show: 5 significant digits with an exponent
  // (2.6e+300, 4.2e-09), never a truncated or zeroed number.
  if (magnitude >= 1e15 || magnitude < 1e-6) return fmt::format(FMT_COMPILE("{:.5g}"), value);
  if (magnitude >= 1000) return with_thousands(std::round(value));
  const int exponent = static_cast<int>(std::floor(std::log10(magnitude)));
  const int decimals = std::min(12, std::max(0, 4 - exponent));  // 5 significant digits
  char buffer[64];
  const char* end = fmt::format_to_n(buffer, sizeof buffer, FMT_COMPILE("{:.{}f}"), value, decimals).out;
  std::string_view out(buffer, static_cast<std::size_t>(end - buffer));
  if (out.find('.') != std::string_view::npos) {
    while (out.back() == '0') out.remove_suffix(1);
    if (out.back() == '.') out.remove_suffix(1);
  }
  return std::string(out);
}

}  // namespace mlcarbon
