#include "util/text.h"

#include <cstdint>
#include <cstring>

#include <fmt/format.h>

namespace mlcarbon {

std::string cat(std::initializer_list<std::string_view> pieces) {
  std::size_t size = 0;
  for (const std::string_view piece : pieces) size += piece.size();
  std::string out;
  out.reserve(size);
  for (const std::string_view piece : pieces) out.append(piece);
  return out;
}

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

// A plain loop: find_first_not_of with a set of four scans the set once per character.
std::string_view trim_blanks(std::string_view text) {
  std::size_t first = 0;
  std::size_t end = text.size();
  while (first < end && blank(text[first])) ++first;
  while (end > first && blank(text[end - 1])) --end;
  return text.substr(first, end - first);
}

std::string unprintable(std::string_view text) {
  if (printable_ascii(text)) return {};  // the usual case
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (c < 0x20 || c == 0x7f) return fmt::format("a control character (0x{:02x}) at byte {}", c, i + 1);
      ++i;
      continue;
    }
    // UTF-8: the lead byte says how many continuation bytes follow; overlong forms, surrogates
    // and code points above U+10FFFF are invalid (RFC 3629).
    const std::size_t length = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    bool valid = length != 0 && i + length <= text.size();
    for (std::size_t k = 1; valid && k < length; ++k) valid = (static_cast<unsigned char>(text[i + k]) & 0xc0) == 0x80;
    if (valid && length >= 3) {
      const auto second = static_cast<unsigned char>(text[i + 1]);
      if (c == 0xe0 && second < 0xa0) valid = false;   // overlong
      if (c == 0xed && second > 0x9f) valid = false;   // surrogate
      if (c == 0xf0 && second < 0x90) valid = false;   // overlong
      if (c == 0xf4 && second > 0x8f) valid = false;   // above U+10FFFF
    }
    if (!valid) return fmt::format("invalid UTF-8 at byte {}", i + 1);
    i += length;
  }
  return {};
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
