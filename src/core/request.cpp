#include "core/request.h"

#include "util/text.h"

namespace mlcarbon {
namespace {

// Marks around a field's name in a message (bytes no name or user text in a message carries
// unquoted: quote() escapes control bytes).
constexpr char kOpen = '\x01', kClose = '\x02';

}  // namespace

std::optional<Field> field_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kFieldCount; ++i) {
    const std::string_view known = kFieldNames[i];
    if (name.size() != known.size()) continue;
    bool same = true;
    for (std::size_t j = 0; j < name.size() && same; ++j) {
      const char a = name[j] == '-' ? '_' : name[j];
      same = (a >= 'A' && a <= 'Z' ? static_cast<char>(a - 'A' + 'a') : a) == known[j];
    }
    if (same) return static_cast<Field>(i);
  }
  return std::nullopt;
}

std::string field_ref(Field field) {
  std::string out(1, kOpen);
  out += field_name(field);
  out += kClose;
  return out;
}

std::string name_fields(std::string_view message, Naming naming) {
  std::string out;
  out.reserve(message.size());
  for (std::size_t i = 0; i < message.size(); ++i) {
    const std::size_t close = message[i] == kOpen ? message.find(kClose, i) : std::string_view::npos;
    const auto field = close != std::string_view::npos ? field_from_name(message.substr(i + 1, close - i - 1)) : std::nullopt;
    if (!field) {
      out += message[i];
      continue;
    }
    out += naming == Naming::options ? option_name(*field) : field_name(*field);
    i = close;
  }
  return out;
}

}  // namespace mlcarbon
