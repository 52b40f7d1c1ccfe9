// libFuzzer target: the jobs-file reader and runner, on CSV and JSON Lines, fed in pieces, with
// every output format streaming the results. Rows either run or are reported as bad rows.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "util/error.h"
#include "input/job_runner.h"
#include "render/render_jobs.h"

using namespace mlcarbon;

namespace {

struct Sink final : JobSink {
  JobRunner runner;
  JobOutput& output;
  Sink(const Catalog& c, JobOutput& out) : runner(c, RequestText{}), output(out) {}
  void row(const JobRow& row) override {
    try {
      const JobResult job = runner.run(row);
      runner.count(job);
      output.job(job);
    } catch (const Error& e) {
      if (e.kind() == ErrorKind::internal) std::abort();
      bad_row(JobError{row.line, e.kind(), e.what()});
    }
    output.pending().clear();
  }
  void bad_row(const JobError& error) override {
    runner.count_failure();
    output.error(error);
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  // First byte: format and output; second: piece size; the rest: the file.
  const JobsFormat format = data[0] & 1 ? JobsFormat::jsonl : JobsFormat::csv;
  constexpr Format kOutputs[] = {Format::text, Format::json, Format::jsonl, Format::csv, Format::markdown, Format::latex,
                                 Format::model_card};
  const Format out_format = kOutputs[(data[0] >> 1) % 7];
  const std::size_t piece = data[1] == 0 ? size : data[1];
  const std::string_view text(reinterpret_cast<const char*>(data + 2), size - 2);
  const Catalog& catalog = embedded_catalog();
  const std::unique_ptr<JobOutput> output = make_job_output(out_format, catalog, (data[0] & 0x80) != 0);
  Sink sink(catalog, *output);
  JobReader reader(format, sink, "fuzz");
  try {
    for (std::size_t i = 0; i < text.size(); i += piece) reader.feed(text.substr(i, piece));
    reader.finish();
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::usage) std::abort();  // a bad header
    return 0;
  }
  output->end(sink.runner.totals(), catalog);
  return 0;
}
