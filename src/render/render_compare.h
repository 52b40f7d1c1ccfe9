// Renderers of a Comparison (compare.h).
#pragma once

#include <string>

#include "core/compare.h"
#include "render/render.h"

namespace mlcarbon {

// Text, JSON or CSV; `options` names the defaults taken and the data's origin.
std::string render_comparison(const Comparison& comparison, Format format, const RenderOptions& options);
// The bar chart: the `top` lowest alternatives and the baseline.
std::string render_comparison_svg(const Comparison& comparison, std::size_t top);

}  // namespace mlcarbon
