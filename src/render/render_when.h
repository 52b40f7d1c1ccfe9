// `mlcarbon when`: the best start of a job in a window of a grid-intensity series, in text, JSON
// and an SVG of the series with the chosen hours marked.
#pragma once

#include <string>
#include <string_view>

#include "core/estimate.h"
#include "core/series.h"
#include "render/render.h"

namespace mlcarbon {

struct WhenReport {
  const Estimate& estimate;  // the job (its energy and hours)
  bool annual = false;       // the estimate has a place or an intensity of its own (its annual figure is meaningful)
  std::string_view file;     // the series file
  const IntensitySeries& series;
  const StartPlan& plan;
};

std::string render_when(const WhenReport& report, Format format);
std::string render_when_svg(const WhenReport& report);

}  // namespace mlcarbon
