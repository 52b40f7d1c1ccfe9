// Small text helpers shared by parsers, lookups and renderers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <string>
#include <span>
#include <string_view>

namespace mlcarbon {

// The pieces joined in one allocation: for the sentences of the breakdown and notes, built of
// names and figures already in text (fmt::format parses its format at every call and costs
// several times as much; one estimate writes dozens of them).
std::string cat(std::initializer_list<std::string_view> pieces);

// `text` in single quotes, safe for a one-line message: control bytes become \xNN and very long
// text is cut with "...".
std::string quote(std::string_view text);

// ASCII lower case (names are matched case-insensitively; non-ASCII bytes are kept).
std::string to_lower(std::string_view text);

// Case-insensitive ASCII equality.
bool iequals(std::string_view a, std::string_view b);

// A hash for unordered maps keyed by std::string and looked up by a string_view, without copying
// the view into a key (with std::equal_to<>). The keys are short names ("a100", "aws:us-east-1")
// looked up for every row of a jobs file: read eight bytes at a time, each word multiplied in and
// folded (a third of std::hash's instructions on such keys). Not meant to resist keys chosen to
// collide; the maps using it are bounded (JobRunner's failed names, a file's distinct keys).
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;  // 2^64 / the golden ratio
    std::uint64_t h = (s.size() + 1) * kMultiplier;
    const auto add = [&h](std::uint64_t word) {
      h = (h ^ word) * kMultiplier;
      h ^= h >> 29;
    };
    const auto load = [&s](std::size_t at, std::size_t n) {  // n = 1, 4 or 8 bytes from `at`
      std::uint64_t word = 0;
      std::memcpy(&word, s.data() + at, n);
      return word;
    };
    const std::size_t n = s.size();
    if (n >= 8) {
      for (std::size_t i = 0; i + 8 < n; i += 8) add(load(i, 8));
      add(load(n - 8, 8));  // the last eight, overlapping the word before: no byte-by-byte tail
    } else if (n >= 4) {
      add(load(0, 4) | load(n - 4, 4) << 32);
    } else if (n > 0) {
      add(load(0, 1) | load(n / 2, 1) << 8 | load(n - 1, 1) << 16);
    }
    return h;
  }
};

// Text without leading and trailing blanks (space, tab, CR, LF).
// Inline: it runs on every field of every row of a jobs file, and most text is trimmed already
// (a jobs file's fields are trimmed once when split): two comparisons, and trim_blanks() for the rest.
inline bool blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
std::string_view trim_blanks(std::string_view text);
inline std::string_view trim(std::string_view text) {
  if (text.empty() || (!blank(text.front()) && !blank(text.back()))) return text;
  return trim_blanks(text);
}

// Whether every byte of `text` is printable ASCII (0x20-0x7e): then unprintable() is "". Eight
// bytes at a time: no byte below 0x20 (its subtraction borrows into the high bit), none of
// 0x7f-0x9f (adding one sets it), none above (it is set); a word so flagged (a borrow or carry
// may flag a neighbour) is decided byte by byte.
inline bool printable_ascii(std::string_view text) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    if ((((word - 0x20 * kOnes) | (word + kOnes) | word) & kHigh) != 0) break;
  }
  for (; i < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) - 0x20u >= 0x5fu) return false;
  }
  return true;
}

// Why `text` cannot be printed as it is (a control character, invalid UTF-8), or "" when it can:
// free text (a job's name) goes into text, CSV, Markdown and JSON output verbatim.
std::string unprintable(std::string_view text);

// One character and what it becomes when escaped.
struct Escape {
  char c;
  std::string_view as;
};
// `text` with each character of `table` replaced by its escape.
std::string escaped(std::string_view text, std::span<const Escape> table);

}  // namespace mlcarbon
