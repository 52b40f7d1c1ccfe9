#include "render/svg.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "util/numbers.h"
#include "util/text.h"

namespace mlcarbon {

std::string xml_escape(std::string_view text) {
  static constexpr Escape kXml[] = {{'&', "&amp;"}, {'<', "&lt;"}, {'>', "&gt;"}, {'"', "&quot;"}};
  return escaped(text, kXml);
}

namespace {

// A round step for the axis: 1, 2 or 5 times a power of ten, about a fifth of `top`.
double tick_step(double top) {
  if (top <= 0) return 1;
  const double raw = top / 5;
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  for (const double m : {1.0, 2.0, 5.0, 10.0}) {
    if (raw <= m * power) return m * power;
  }
  return 10 * power;
}

}  // namespace

std::string svg_bar_chart(std::string_view title, std::string_view axis_label, const std::vector<Bar>& bars) {
  constexpr int kLabelWidth = 230, kPlotWidth = 520, kRight = 110, kRowHeight = 22, kTop = 56, kBottom = 52;
  const int width = kLabelWidth + kPlotWidth + kRight;
  const int height = kTop + kRowHeight * static_cast<int>(bars.size()) + kBottom;
  double top = 0;
  for (const Bar& b : bars) top = std::max(top, b.value);
  const double step = tick_step(top);
  const double axis_max = top > 0 ? std::ceil(top / step) * step : 1;
  const auto x = [&](double v) { return kLabelWidth + v / axis_max * kPlotWidth; };

  std::string out = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
      "font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">\n"
      "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
      "<text x=\"{2}\" y=\"24\" font-size=\"15\" font-weight=\"bold\" fill=\"#222222\">{3}</text>\n",
      width, height, 12, xml_escape(title));
  // Grid lines and tick labels.
  for (double v = 0; v <= axis_max + step / 2; v += step) {
    const double gx = x(v);
    const int bottom = kTop + kRowHeight * static_cast<int>(bars.size());
    out += fmt::format("<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\" stroke=\"#dddddd\"/>\n", gx, kTop - 6, bottom);
    out += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\" fill=\"#555555\">{}</text>\n", gx, bottom + 16,
                       xml_escape(human(v)));
  }
  out += fmt::format("<text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\" fill=\"#333333\">{}</text>\n",
                     kLabelWidth + kPlotWidth / 2.0, height - 12, xml_escape(axis_label));
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    const int y = kTop + kRowHeight * static_cast<int>(i);
    const double w = std::max(1.0, x(b.value) - kLabelWidth);
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"#222222\"{}>{}</text>\n", kLabelWidth - 8, y + 15,
                       b.highlighted ? " font-weight=\"bold\"" : "", xml_escape(b.label));
    out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\" fill=\"{}\"/>\n", kLabelWidth, y + 3, w,
                       kRowHeight - 6, b.highlighted ? "#d9534f" : "#2b7bb9");
    out += fmt::format("<text x=\"{:.1f}\" y=\"{}\" fill=\"#222222\">{}</text>\n", kLabelWidth + w + 6, y + 15, xml_escape(human(b.value)));
  }
  out += "</svg>\n";
  return out;
}

}  // namespace mlcarbon
