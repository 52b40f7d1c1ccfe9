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

std::string fit_line(const std::string& line, std::size_t width) {
  if (display_width(line) <= width) return line;
  std::size_t kept = 0, at = 0;
  while (at < line.size() && kept < width - 3) {
    ++at;
    while (at < line.size() && (static_cast<unsigned char>(line[at]) & 0xC0) == 0x80) ++at;  // whole code points
    ++kept;
  }
  return line.substr(0, at) + "...";
}

std::string fit_lines(const std::string& text, std::size_t width) {
  std::string out;
  for (std::size_t a = 0; a < text.size();) {
    const std::size_t b = std::min(text.find('\n', a), text.size());
    out += fit_line(text.substr(a, b - a), width) + "\n";
    a = b + 1;
  }
  return out;
}

std::string wrap_text(const std::string& text, std::size_t width, const std::string& first, const std::string& rest) {
  std::string out, line = first;
  bool empty = true;
  for (std::size_t a = 0; a < text.size();) {
    std::size_t b = text.find(' ', a);
    if (b == std::string::npos) b = text.size();
    const std::string word = text.substr(a, b - a);
    if (!empty && display_width(line) + 1 + display_width(word) > width) {
      out += line + "\n";
      line = rest;
      empty = true;
    }
    line += (empty ? "" : " ") + word;
    empty = false;
    a = b + 1;
  }
  return out + line + "\n";
}

}  // namespace mlcarbon
