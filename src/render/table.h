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

}  // namespace mlcarbon
