// The `compare` command: the same job in other regions, on other devices, at other PUEs.
#include <cstdio>
#include <memory>

#include <fmt/format.h>

#include "cli/cli_internal.h"
#include "cli/estimate_outputs.h"
#include "core/compare.h"
#include "input/quantity.h"
#include "render/render_compare.h"
#include "util/error.h"

namespace mlcarbon {
namespace {

// --top: a whole number of bars; parse_number checks the range, the cast below the rest.
constexpr Range kTopRange{1, 1000, true, "a whole number of alternatives to plot >= 1 and <= 1000"};

double parse_pue(std::string_view text) { return parse_number("--pue-values", text, input_spec(Field::pue).range); }

struct CompareCommand {
  JobOptions job;
  TextOption regions, devices, pue_values, plot, top;

  void setup(Options& o) {
    job.setup(o);
    o.text(regions, "--regions", "WHICH", "compare regions: a provider (aws, gcp, azure, ...), all, countries, or a list of ids");
    o.text(devices, "--devices", "LIST", "compare devices: a comma-separated list of ids (hours scale with throughput when the job is given by its compute)");
    o.text(pue_values, "--pue-values", "LIST", "compare PUEs: a comma-separated list");
    o.text(plot, "--plot", "FILE.svg", "also draw the comparison as a bar chart in FILE.svg");
    o.text(top, "--top", "N", "at most N alternatives in the plot (default 25)");
  }

  std::vector<Variation> variations(const Catalog& catalog) const {
    std::vector<Variation> out;
    const auto append = [&](std::vector<Variation> more) { out.insert(out.end(), more.begin(), more.end()); };
    if (regions.given()) append(region_variations(catalog, regions.value));
    if (devices.given()) append(device_variations(catalog, devices.value));
    if (pue_values.given()) append(pue_variations(pue_values.value, parse_pue));
    return out;
  }

  int run(const Common& common) const {
    const Format format = common.output;
    if (!regions.given() && !devices.given() && !pue_values.given()) {
      throw Error(ErrorKind::usage, "compare what? give --regions, --devices and/or --pue-values");
    }
    if (plot.given()) check_output_file(common.system, "--plot", plot.value, ".svg");
    const Catalog catalog = common.catalog();
    const std::vector<Variation> alternatives = variations(catalog);
    const std::size_t most = top.given() ? parse_whole("--top", top.value, kTopRange) : 25;
    RenderOptions options;
    options.data_origin = catalog.origin;
    common.program_settings(options.settings);
    const RequestText text = job.text(common, &options.settings);
    const Request request = parse_request(text, Naming::options);
    const Comparison c = compare(catalog, request, look_up(catalog, request), alternatives, format == Format::json);
    common.system.out(render_comparison(c, format, options));
    if (plot.given()) {
      try {
        common.system.write(plot.value, render_comparison_svg(c, most));
      } catch (const Error& e) {
        throw Error(e.kind(), fmt::format("--plot: {}", e.what()));
      }
    }
    // Nothing left to compare: the output lists why (Not compared), and the status says it failed,
    // with the kind of the first reason (an unknown name: 3; a value that does not apply: 2).
    if (c.alternatives.empty() && !c.skipped.empty()) {
      common.system.err(fmt::format("mlcarbon: error: compare: none of the {} alternatives could be estimated\n", c.skipped.size()));
      return exit_code(c.skipped.front().error.kind());
    }
    return 0;
  }
};

}  // namespace

Command compare_command() {
  return make_command<CompareCommand>("compare", "the same job in other regions, on other devices, at other PUEs, ranked",
                                      kTableFormats, true);
}

}  // namespace mlcarbon
