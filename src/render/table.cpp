#include "render/table.h"

#include <algorithm>

namespace mlcarbon {

std::size_t display_width(const std::string& text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string Table::render() const {
  std::vector<std::size_t> widths(aligns_.size(), 0);
  for (const auto& row : rows_) {
    for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) widths[i] = std::max(widths[i], display_width(row[i]));
  }
  std::size_t total = 0;
  for (const std::size_t w : widths) total += w + 2;
  std::string out;
  out.reserve(rows_.size() * (total + indent_.size() + 1));
  for (const auto& row : rows_) {
    const std::size_t start = out.size();
    out += indent_;
    for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
      const std::size_t pad = widths[i] - display_width(row[i]);
      const bool last = i + 1 == row.size();
      if (aligns_[i] == Align::right) out.append(pad, ' ');
      out += row[i];
      if (aligns_[i] == Align::left && !last) out.append(pad, ' ');
      if (!last) out += "  ";
    }
    while (out.size() > start && out.back() == ' ') out.pop_back();
    out += '\n';
  }
  return out;
}

}  // namespace mlcarbon
