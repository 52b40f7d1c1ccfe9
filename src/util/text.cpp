#include "util/text.h"

#include <fmt/format.h>

namespace mlcarbon {

std::string quote(std::string_view text) {
  constexpr std::size_t kMaxShown = 80;
  std::string out = "'";
  std::size_t shown = 0;
  for (const char c : text) {
    if (shown++ == kMaxShown) {
      out += "...";
      break;
    }
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f) {
      out += fmt::format("\\x{:02x}", byte);
    } else {
      out += c;
    }
  }
  out += "'";
  return out;
}

std::string to_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

std::string_view trim(std::string_view text) {
  // A plain loop: find_first_not_of with a set of four scans the set once per character, and
  // this runs on every field of every row of a jobs file.
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  std::size_t first = 0;
  std::size_t end = text.size();
  while (first < end && blank(text[first])) ++first;
  while (end > first && blank(text[end - 1])) --end;
  return text.substr(first, end - first);
}

std::string escaped(std::string_view text, std::span<const Escape> table) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const Escape* e = nullptr;
    for (const Escape& candidate : table) e = candidate.c == c ? &candidate : e;
    if (e != nullptr) out += e->as;
    else out += c;
  }
  return out;
}

}  // namespace mlcarbon
