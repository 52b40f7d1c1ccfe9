#include "util/numbers.h"

#include <algorithm>
#include <bit>
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

// "00" to "99": fmt's own table (a string literal, which the linker keeps once), for exponents.
const char* pair(std::uint64_t n) { return fmt::detail::digits2(static_cast<std::size_t>(n)); }

// Digits eight at a time, in the lanes of one 64-bit word (issue 12: a job's JSON record writes
// about ten numbers, and two digits a division cost a tenth of its time). Byte k of the word is
// the k-th character in memory on a little-endian machine.
static_assert(std::endian::native == std::endian::little, "digit_bytes() puts the first digit in the lowest byte");
constexpr std::uint64_t kAsciiZeros = 0x3030303030303030ULL;

// The eight decimal digits of n < 10^8, leading zeros included, as byte values 0 to 9, the first
// digit in the lowest byte. Three splits, each done in every lane at once by a multiplication:
// n into two halves of four digits (32-bit lanes), each half into two pairs (16-bit lanes), each
// pair into two digits (bytes). A lane's quotient by 100 is (x * 10486) >> 20 and by 10 is
// (x * 103) >> 10, exact for every x below 10^4 and below 100 (the tests write every such value
// in every lane); no lane's product reaches the next lane.
[[gnu::always_inline]] inline std::uint64_t digit_bytes(std::uint64_t n) {
  const std::uint64_t halves = (n / 10000) | ((n % 10000) << 32);
  const std::uint64_t hundreds = ((halves * 10486) >> 20) & 0x0000007F0000007FULL;
  const std::uint64_t pairs = ((halves - hundreds * 100) << 16) | hundreds;
  const std::uint64_t tens = ((pairs * 103) >> 10) & 0x000F000F000F000FULL;
  return ((pairs - tens * 10) << 8) | tens;
}

// n < 10^8 without leading zeros at `out` (8 bytes are stored); returns the end.
char* put_digits(char* out, std::uint64_t n) {
  const std::uint64_t digits = digit_bytes(n);
  // The leading zeros are the zero bytes at the low end; n = 0 keeps its last digit.
  const int skip = std::countr_zero(digits | (1ULL << 56)) / 8;
  const std::uint64_t text = (digits >> (8 * skip)) | kAsciiZeros;
  std::memcpy(out, &text, 8);
  return out + 8 - skip;
}

// n < 10^8 as exactly eight digits at `out`.
void put_eight(char* out, std::uint64_t n) {
  const std::uint64_t text = digit_bytes(n) | kAsciiZeros;
  std::memcpy(out, &text, 8);
}

// A decimal of at most six decimals between 1e-4 and 1e8 (24, 0.8, 128.75, 1583.625: hours, most
// inputs and many products of them), written without Dragonbox: value x 10^6 rounded is the only
// multiple of 10^-6 that can read back as `value` (below 1e8 the doubles that read back as one
// value span less than 10^-6), so when it does it is the shortest spelling, and its digits are the
// ones Dragonbox gives. Returns nullptr when `value` is not such a decimal.
char* short_decimal(char* out, double value) {
  if (!(value >= 1e-4 && value < 1e8)) return nullptr;
  // Below 1e14 the product's rounding error is under 0.02, so adding one half and truncating
  // gives the nearest whole number to the exact product whenever that one reads back as `value`.
  const auto scaled = static_cast<std::uint64_t>(static_cast<std::int64_t>(value * 1e6 + 0.5));
  if (static_cast<double>(scaled) / 1e6 != value) return nullptr;  // one correctly rounded division
  out = put_digits(out, scaled / 1000000);
  *out++ = '.';
  // The six decimals and two zeros; the trailing zeros are the zero bytes at the high end (there
  // is a nonzero decimal: a whole number never comes here).
  const std::uint64_t decimals = digit_bytes(scaled % 1000000 * 100);
  const std::uint64_t text = decimals | kAsciiZeros;
  std::memcpy(out, &text, 8);
  return out + 8 - std::countl_zero(decimals) / 8;
}

}  // namespace

char* write_decimal(char* out, std::uint64_t value) {
  if (value < 100000000) return put_digits(out, value);
  if (value < 10000000000000000ULL) {
    out = put_digits(out, value / 100000000);
    put_eight(out, value % 100000000);
    return out + 8;
  }
  // At most 1844; one digit for the 17-digit significands Dragonbox most often gives.
  if (const std::uint64_t top = value / 10000000000000000ULL; top < 10) {
    *out++ = static_cast<char>('0' + top);
  } else {
    out = put_digits(out, top);
  }
  const std::uint64_t rest = value % 10000000000000000ULL;
  put_eight(out, rest / 100000000);
  put_eight(out + 8, rest % 100000000);
  return out + 16;
}

char* write_shortest(char* out, double value) {
  if (std::signbit(value)) {
    *out++ = '-';
    value = -value;
  }
  // A whole number below 2^53 is its own shortest spelling (no other decimal of as few digits
  // reads back as it), in fixed notation since it is below 1e16. (Converted through a signed
  // integer, which x86-64 does in one instruction; the value fits.)
  if (value < 9007199254740992.0) {
    if (const auto whole = static_cast<std::int64_t>(value); value == static_cast<double>(whole)) {
      return write_decimal(out, static_cast<std::uint64_t>(whole));
    }
  }
  if (char* end = short_decimal(out, value)) return end;
  // fmt's own shortest-digits routine (the one behind "{}"), without the format-string and
  // locale machinery around it, which cost three times as much as the digits (issue 12).
  const auto decimal = fmt::detail::dragonbox::to_decimal(value);
  // The significand's digits (at most 17) at the start of a zeroed buffer, copied below by moves of
  // a constant 20 bytes (inline, no call of memcpy) that write past the digits into the caller's room.
  char digits[40] = {};
  const int count = static_cast<int>(write_decimal(digits, decimal.significand) - digits);
  const auto copy = [&](char* to, int from) { std::memcpy(to, digits + from, 20); };
  const int exponent = decimal.exponent;           // value = digits x 10^exponent
  const int leading = exponent + count - 1;        // the exponent of the first digit
  if (leading < -4 || leading >= 16) {
    *out++ = digits[0];
    if (count > 1) {
      *out++ = '.';
      copy(out, 1);
      out += count - 1;
    }
    *out++ = 'e';
    int e = leading;
    *out++ = e < 0 ? '-' : '+';
    if (e < 0) e = -e;
    if (e >= 100) {
      *out++ = static_cast<char>('0' + e / 100);
      e %= 100;
    }
    std::memcpy(out, pair(static_cast<std::uint64_t>(e)), 2);
    return out + 2;
  }
  if (exponent >= 0) {  // 1234e2 -> 123400
    copy(out, 0);
    out += count;
    std::memset(out, '0', static_cast<std::size_t>(exponent));
    return out + exponent;
  }
  if (const int whole = exponent + count; whole > 0) {  // 1234e-2 -> 12.34
    copy(out, 0);
    out += whole;
    *out++ = '.';
    copy(out, whole);
    return out + (count - whole);
  }
  // 1234e-6 -> 0.001234
  const int zeros = -(exponent + count);
  *out++ = '0';
  *out++ = '.';
  std::memset(out, '0', static_cast<std::size_t>(zeros));
  out += zeros;
  copy(out, 0);
  return out + count;
}

std::string shortest(double value) {
  char text[kShortestMax];
  return std::string(text, static_cast<std::size_t>(write_shortest(text, value) - text));
}

std::string si_count(double value) {
  const double magnitude = std::fabs(value);
  if (magnitude < 1e6 || magnitude >= 1e15 || !std::isfinite(value)) return human(value);
  const double scale = magnitude >= 1e12 ? 1e12 : magnitude >= 1e9 ? 1e9 : 1e6;
  const char* suffix = scale == 1e12 ? " T" : scale == 1e9 ? " B" : " M";
  return human(value / scale) + suffix;
}

std::string rounded(double value, int digits) {
  if (digits <= 0 || digits >= 17 || value == 0 || !std::isfinite(value)) return shortest(value);
  // The decimal rounding of the exact value (fmt rounds it correctly), read back as a double.
  char text[64];
  const char* end = fmt::format_to_n(text, sizeof text, "{:.{}e}", value, digits - 1).out;
  double back = 0;
  std::from_chars(text, end, back);
  return shortest(back);
}

void append_shortest(std::string& out, double value) {
  char text[kShortestMax];
  out.append(text, static_cast<std::size_t>(write_shortest(text, value) - text));
}

void append_decimal(std::string& out, std::uint64_t value) {
  char text[24];
  out.append(text, static_cast<std::size_t>(write_decimal(text, value) - text));
}

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
