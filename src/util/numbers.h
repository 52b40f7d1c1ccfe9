// Numbers for people: about five significant digits, thousands separated, no exponent. Machine
// output (JSON, CSV) prints the exact double instead.
#pragma once

#include <cstdint>
#include <string>

namespace mlcarbon {

std::string human(double value);

// Machine output: the shortest digits that read back as the same double (Dragonbox), written as
// fmt's "{}" writes them (fixed notation for decimal exponents -4 to 15, else 1.5e+20), so that
// JSON and CSV keep one spelling of every number. `value` must be finite; `out` must have room
// for kShortestMax characters. Returns the end.
inline constexpr int kShortestMax = 32;
char* write_shortest(char* out, double value);
std::string shortest(double value);
// The decimal digits of `value` at `out`; returns the end.
char* write_decimal(char* out, std::uint64_t value);
// The same, appended to a string.
void append_shortest(std::string& out, double value);
void append_decimal(std::string& out, std::uint64_t value);

}  // namespace mlcarbon
