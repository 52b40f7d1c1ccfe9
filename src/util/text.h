// Small text helpers shared by parsers, lookups and renderers.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <span>
#include <string_view>

namespace mlcarbon {

// `text` in single quotes, safe for a one-line message: control bytes become \xNN and very long
// text is cut with "...".
std::string quote(std::string_view text);

// ASCII lower case (names are matched case-insensitively; non-ASCII bytes are kept).
std::string to_lower(std::string_view text);

// Case-insensitive ASCII equality.
bool iequals(std::string_view a, std::string_view b);

// A hash for unordered maps keyed by std::string and looked up by a string_view, without copying
// the view into a key (with std::equal_to<>).
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Text without leading and trailing blanks (space, tab, CR, LF).
// Inline: it runs on every field of every row of a jobs file. A plain loop (find_first_not_of
// with a set of four scans the set once per character).
inline std::string_view trim(std::string_view text) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  // Most text is trimmed already (a jobs file's fields are trimmed once when split).
  if (text.empty() || (!blank(text.front()) && !blank(text.back()))) return text;
  std::size_t first = 0;
  std::size_t end = text.size();
  while (first < end && blank(text[first])) ++first;
  while (end > first && blank(text[end - 1])) --end;
  return text.substr(first, end - first);
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
