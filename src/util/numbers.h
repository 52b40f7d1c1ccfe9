// Numbers for people: about five significant digits, thousands separated, no exponent. Machine
// output (JSON, CSV) prints the exact double instead.
#pragma once

#include <string>

namespace mlcarbon {

std::string human(double value);

}  // namespace mlcarbon
