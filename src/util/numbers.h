// Numbers for people: about five significant digits, thousands separated, no exponent. Machine
// output (JSON, CSV) prints the exact double instead.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace mlcarbon {

std::string human(double value);
// A count for people with the suffixes ML papers use from a million up: "70 B" (parameters),
// "2 T" (tokens), "1.0829 M"; below a million as human(); from 1e15 with an exponent.
std::string si_count(double value);

// Machine output: the shortest digits that read back as the same double (Dragonbox), written as
// fmt's "{}" writes them (fixed notation for decimal exponents -4 to 15, else 1.5e+20), so that
// JSON and CSV keep one spelling of every number. `value` must be finite; `out` must have room
// for kShortestMax characters: the longest number is 24, and digits are copied in moves of a
// constant 20 bytes that may write past the number's end (their room is the rest). Returns the end.
inline constexpr int kShortestMax = 48;
char* write_shortest(char* out, double value);
std::string shortest(double value);
// `value` rounded to `digits` significant digits (1 to 17), then written as shortest() writes it:
// 33.8954496 to 5 digits is "33.895", 88.32000000000001 is "88.32", 1234567.8 is "1234600". 0
// digits: the exact double (shortest()). For the one number of --value and -q.
std::string rounded(double value, int digits);
// The decimal digits of `value` at `out`, which must have room for 20 characters (they are
// stored eight at a time, past the number's end); returns the end.
char* write_decimal(char* out, std::uint64_t value);
// The same for a signed number: room for 21 characters (a sign and 20).
inline char* write_integer(char* out, std::int64_t value) {
  if (value < 0) *out++ = '-';
  // The magnitude, computed unsigned so that the most negative number does not overflow.
  return write_decimal(out, value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value));
}
// A whole number's digits, held for cat() (util/text.h): cat({"in ", Decimal(year)}).
class Decimal {
 public:
  explicit Decimal(std::int64_t value) : size_(static_cast<std::size_t>(write_integer(text_, value) - text_)) {}
  explicit Decimal(std::uint64_t value) : size_(static_cast<std::size_t>(write_decimal(text_, value) - text_)) {}
  explicit Decimal(int value) : Decimal(static_cast<std::int64_t>(value)) {}
  operator std::string_view() const { return {text_, size_}; }

 private:
  char text_[24];
  std::size_t size_ = 0;
};
// The same, appended to a string.
void append_shortest(std::string& out, double value);
void append_decimal(std::string& out, std::uint64_t value);

}  // namespace mlcarbon
