// A horizontal bar chart in SVG, written by hand: one bar per row, the value written at its end,
// one highlighted row, a labelled axis. For `compare --plot`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mlcarbon {

struct Bar {
  std::string label;
  double value = 0;
  bool highlighted = false;
};

// Text for an SVG (XML) attribute or element: & < > " escaped.
std::string xml_escape(std::string_view text);

std::string svg_bar_chart(std::string_view title, std::string_view axis_label, const std::vector<Bar>& bars);

}  // namespace mlcarbon
