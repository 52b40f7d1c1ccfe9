// A text table whose column widths are computed from its cells before anything is printed.
#pragma once

#include <string>
#include <vector>

namespace mlcarbon {

class Table {
 public:
  enum class Align { left, right };

  explicit Table(std::vector<Align> aligns, std::string indent = "  ") : aligns_(std::move(aligns)), indent_(std::move(indent)) {}
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  // Rows joined by newlines; the last column is not padded. Widths count UTF-8 characters.
  std::string render() const;

 private:
  std::vector<Align> aligns_;
  std::string indent_;
  std::vector<std::vector<std::string>> rows_;
};

// Number of characters (UTF-8 code points) in `text`.
std::size_t display_width(const std::string& text);

// Text for an 80-column terminal: the width of the text views.
inline constexpr std::size_t kTextWidth = 80;
// `line` cut to `width` characters, whole code points, with "..." where it was cut.
std::string fit_line(const std::string& line, std::size_t width = kTextWidth);
// Every line of `text` cut so.
std::string fit_lines(const std::string& text, std::size_t width = kTextWidth);
// `text` in lines of at most `width` characters, broken at spaces (a longer word stays whole): the
// first line starts with `first`, the others with `rest`.
std::string wrap_text(const std::string& text, std::size_t width, const std::string& first, const std::string& rest);

}  // namespace mlcarbon
