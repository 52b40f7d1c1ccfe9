// The text of a data file with the name its messages use: what the loader and the JSON reader
// take, so that neither reads files itself.
#pragma once

#include <string_view>

namespace mlcarbon {

struct DataText {
  std::string_view file;  // name used in messages, e.g. "data/hardware.json"
  std::string_view text;
};

}  // namespace mlcarbon
