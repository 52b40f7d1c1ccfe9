// libFuzzer target: the jobs-file reader and runner, on CSV, JSON Lines and sacct output (a file
// whose first line has a '|', read against a fixed cluster file and grouped by every key), fed in
// pieces, with every output format streaming the results. Rows either run or are reported as bad rows.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "util/error.h"
#include "input/job_runner.h"
#include "input/sacct.h"
#include "render/render_jobs.h"

using namespace mlcarbon;

namespace {

struct Sink final : JobSink {
  JobRunner runner;
  JobOutput& output;
  Sink(const Catalog& c, JobOutput& out, const std::vector<std::string>& groups) : runner(c, RequestText{}, groups), output(out) {}
  void row(const JobRow& row) override {
    try {
      const JobResult job = runner.run(row);
      runner.count(job, row.context);
      output.job(job);
    } catch (const Error& e) {
      if (e.kind() == ErrorKind::internal) std::abort();
      bad_row(JobError{row.line, e.kind(), e.what()});
    }
    output.written();
  }
  void bad_row(const JobError& error) override {
    runner.count_failure();
    output.error(error);
  }
  void skipped(SkipReason reason) override { runner.count_skipped(reason); }
};

// Every kind of rule: defaults, partitions with GPU types and threads, a node pattern.
constexpr std::string_view kCluster = R"({"utc_offset": "+01:00", "defaults": {"region": "FR", "pue": 1.2},
  "partitions": {"gpu": {"hardware": "a100-sxm4-40gb", "cpu": "epyc-7763", "gpu_types": {"a100": "a100-sxm4-80gb", "v100": "v100-sxm2-32gb"}},
                 "cpu": {"cpu": "xeon-gold-6248", "threads_per_core": 2, "count_memory": false}},
  "nodes": [{"match": "gpu-v*", "utilization": 0.5}, {"match": "*big*", "overhead_w": 200}]})";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  // First byte: format and output; second: piece size; the rest: the file.
  const std::string_view text(reinterpret_cast<const char*>(data + 2), size - 2);
  const bool sacct = text.substr(0, text.find('\n')).find('|') != std::string_view::npos;
  const JobsFormat format = sacct ? JobsFormat::sacct : data[0] & 1 ? JobsFormat::jsonl : JobsFormat::csv;
  constexpr Format kOutputs[] = {Format::text, Format::json, Format::jsonl, Format::csv, Format::markdown, Format::latex,
                                 Format::model_card};
  const Format out_format = kOutputs[(data[0] >> 1) % 7];
  const std::size_t piece = data[1] == 0 ? size : data[1];
  const Catalog& catalog = embedded_catalog();
  RenderOptions options;
  options.accounting = sacct;
  const std::unique_ptr<JobOutput> output = make_job_output(out_format, catalog, (data[0] & 0x80) != 0, options);
  static const Cluster cluster = read_cluster(DataText{"cluster.json", kCluster});
  Sink sink(catalog, *output, sacct ? std::vector<std::string>{"user", "account", "partition", "month"} : std::vector<std::string>{});
  SacctRows rows(&cluster, RequestText{}, "fuzz");
  JobReader reader(format, sink, "fuzz", &rows);
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
