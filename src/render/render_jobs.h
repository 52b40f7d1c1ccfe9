// Streaming output of a jobs run (estimate --jobs): one result per job, bad rows, then totals.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "data/catalog.h"
#include "core/jobs.h"
#include "render/render.h"

namespace mlcarbon {

class JobOutput {
 public:
  virtual ~JobOutput() = default;
  virtual void job(const JobResult& job) = 0;
  virtual void error(const JobError& error) = 0;
  virtual void end(const JobTotals& totals, const Catalog& catalog) = 0;
  // What is ready to be written; the caller writes it out, then calls written().
  virtual std::string_view pending() const { return out_; }
  virtual void written() { out_.clear(); }

 protected:
  std::string out_;
};

// With `totals_only`, jobs are counted but not listed.
std::unique_ptr<JobOutput> make_job_output(Format format, const Catalog& catalog, bool totals_only,
                                           const RenderOptions& options = {});
// Markdown, LaTeX and model-card output of jobs (render_appendix.cpp).
std::unique_ptr<JobOutput> make_appendix_job_output(Format format, const Catalog& catalog, bool totals_only,
                                                    const RenderOptions& options);

}  // namespace mlcarbon
