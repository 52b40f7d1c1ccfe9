#include "util/numbers.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string_view>

#include <fmt/compile.h>
#include <fmt/format.h>

namespace mlcarbon {
namespace {

std::string with_thousands(double rounded) {
  // A whole number below 1e15 (the caller's bound) converts exactly.
  char digits[32];
  const char* end = fmt::format_to_n(digits, sizeof digits, FMT_COMPILE("{}"), static_cast<std::uint64_t>(std::fabs(rounded))).out;
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

// `magnitude` (> 0) rounded to `decimals` places (at most 12) as "{:.Nf}" prints it, trailing
// zeros of the fraction dropped, written at `out`; returns the end, or nullptr when it cannot
// tell (then the caller asks fmt). The scaled value magnitude x 10^decimals is a whole number and
// a fraction, with an error under 1e-10 here (below 1e5, one rounded product): where its fraction
// is not within 1e-6 of one half, the exact value rounds the same way.
char* fixed_digits(double magnitude, int decimals, char* out) {
  static constexpr double kPowers[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12};
  if (decimals < 0 || decimals > 12) return nullptr;
  const double scaled = magnitude * kPowers[decimals];
  if (!(scaled < 1e12)) return nullptr;
  const double whole = std::floor(scaled);
  const double fraction = scaled - whole;
  std::uint64_t n = static_cast<std::uint64_t>(whole);
  if (std::fabs(fraction - 0.5) < 1e-6) {
    // A tie, if the product is exact (its rounding error, which fma computes exactly, is 0):
    // rounded to even, as fmt rounds an exact tie. Near a tie, fmt decides from the exact value.
    if (fraction != 0.5 || std::fma(magnitude, kPowers[decimals], -scaled) != 0) return nullptr;
    n += n % 2;
  } else if (fraction > 0.5) {
    ++n;
  }
  // The digits of n, the last `decimals` of them after a point; trailing fraction zeros dropped.
  while (decimals > 0 && n % 10 == 0) {
    n /= 10;
    --decimals;
  }
  char digits[24];
  int count = 0;
  do {
    digits[count++] = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n != 0);
  // digits[] holds them backwards; pad with zeros so that a fraction has its integer part "0".
  while (count <= decimals) digits[count++] = '0';
  for (int i = count - 1; i >= decimals; --i) *out++ = digits[i];
  if (decimals > 0) {
    *out++ = '.';
    for (int i = decimals - 1; i >= 0; --i) *out++ = digits[i];
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
  char text[48];
  char* start = text;
  if (value < 0) *start++ = '-';
  if (char* end = fixed_digits(magnitude, decimals, start); end != nullptr && !(end == start + 1 && *start == '0')) {
    return std::string(text, static_cast<std::size_t>(end - text));
  }
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
