// The `when` command: the start, within a window, at which a job emits least against a series of
// grid intensities (a forecast), with the saving against starting at once and against the worst
// start; text, JSON, and an SVG of the series with the chosen hours marked.
#include <cmath>
#include <ctime>

#include <fmt/format.h>

#include "cli/cli_internal.h"
#include "cli/estimate_outputs.h"
#include "input/quantity.h"
#include "input/series_reader.h"
#include "render/render_when.h"
#include "util/error.h"

namespace mlcarbon {
namespace {

constexpr Range kTopStarts{1, 1000, true, "a whole number of starts >= 1 and <= 1000"};

struct WhenCommand {
  JobOptions job;
  TextOption series, from, within, deadline, top, plot;

  void setup(Options& o) {
    job.setup(o);
    o.text(series, "--intensity-series", "FILE", "the grid's intensities over time, a forecast (CSV timestamp,g_per_kwh, or the "
                                                 "Carbon Intensity API's JSON)");
    o.text(from, "--from", "TIME", "the earliest start, ISO 8601 with its zone (default: now)");
    o.text(within, "--within", "D", "start within this long of --from: 24h, 2d, 90m (or --deadline)");
    o.text(deadline, "--deadline", "TIME", "the job must end by then, ISO 8601 with its zone (or --within)");
    o.text(top, "--top", "N", "list the N best starts (default 5)");
    o.text(plot, "--plot", "FILE.svg", "also draw the series with the best start marked in FILE.svg");
  }

  int run(const Common& common) const {
    if (!series.given()) throw Error(ErrorKind::usage, "when needs --intensity-series FILE: the grid's intensities over the window");
    if (within.given() == deadline.given()) {
      throw Error(ErrorKind::usage, within.given() ? "--within and --deadline conflict: give one of them"
                                                   : "when needs a window: --within D (e.g. 24h) or --deadline TIME");
    }
    if (plot.given()) check_output_file(common.system, "--plot", plot.value, ".svg");
    const std::size_t count = top.given() ? parse_whole("--top", top.value, kTopStarts) : 5;
    const std::int64_t earliest = from.given() ? parse_time("--from", from.value) : static_cast<std::int64_t>(std::time(nullptr));
    RenderOptions options;
    common.program_settings(options.settings);
    const RequestText text = job.text(common, &options.settings);
    // The series prices the job; a place or an intensity adds the annual figure beside it.
    const bool annual = text.has(Field::region) || text.has(Field::intensity);
    Request request = parse_request(text, Naming::options, true, true);
    if (!annual) request.intensity_g_per_kwh = 0;
    const Catalog catalog = common.catalog();
    const Estimate e = estimate(catalog, request);
    if (!e.has(Term::hours)) {
      throw Error(ErrorKind::usage, "when slides the job's hours over the series: give --hours or --duration (with --energy-kwh too)");
    }
    const std::int64_t latest = within.given()
                                    ? after_hours(earliest, parse_duration_hours("--within", within.value))
                                    : parse_time("--deadline", deadline.value) - static_cast<std::int64_t>(std::ceil(e[Term::hours] * 3600));
    const IntensitySeries intensities = read_intensity_series(named_io("--intensity-series", [&] { return common.system.read(series.value, kMaxDataFileBytes); }), series.value);
    const StartPlan plan = plan_start(intensities, e[Term::hours], e[Term::energy_kwh], earliest, latest, count);
    const WhenReport report{e, annual, series.value, intensities, plan};
    common.system.out(render_when(report, common.output));
    if (plot.given()) {
      try {
        common.system.write(plot.value, render_when_svg(report));
      } catch (const Error& err) {
        throw Error(err.kind(), fmt::format("--plot: {}", err.what()));
      }
    }
    return 0;
  }
};

}  // namespace

Command when_command() {
  return make_command<WhenCommand>("when", "the start in a window at which a job emits least, by a forecast of the grid's intensity",
                                   {Format::text, Format::json});
}

}  // namespace mlcarbon
