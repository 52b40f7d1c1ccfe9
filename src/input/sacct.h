// SLURM accounting (`sacct --parsable2`) as jobs, with a cluster description that says what
// hardware, CPUs, PUE and grid each partition or node has.
//
// The lines: fields separated by '|', in the order of a header line (JobID|JobName|...), or
// without one in the documented order of kSacctFields. Each job's row is built from
//   the cluster file's defaults < its partition < the first node rule matching its first node
//   < the command line's options < what sacct says of the job:
//     count      the GPUs of AllocTRES (gres/gpu=N, else the sum of gres/gpu:TYPE=N), their
//                hardware from the cluster's gpu_types when typed; none: a job of its host alone
//     hours      Elapsed ([D-]HH:MM:SS)
//     cpu_cores  AllocTRES cpu=N (divided by the cluster's threads_per_core), when a CPU is named
//     memory_gb  AllocTRES mem=N[KMGT] (SLURM's units are powers of 1024), unless count_memory is false
//     name       JobID
//     overhead_w the cluster's (or --overhead-w), per node: times NNodes
// Job steps (1234.batch, 1234.0), running jobs (End Unknown) and jobs that never started are
// skipped and counted.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "data/data_text.h"
#include "input/jobs_reader.h"
#include "util/numbers.h"
#include "util/text.h"

namespace mlcarbon {

// The fields read, in the order `sacct --parsable2 --noheader --format=...` must give them when
// there is no header.
inline constexpr std::array<std::string_view, 12> kSacctFields = {"JobID", "JobName", "User",      "Account", "Partition", "Start",
                                                                  "End",   "Elapsed", "AllocTRES", "NNodes",  "NodeList",  "State"};

// Defaults for jobs: those of the cluster, of a partition, or of the nodes whose names match.
struct ClusterRule {
  std::string match;                                      // nodes: a name pattern with * and ?
  std::vector<std::pair<Field, std::string>> fields;      // jobs columns: hardware, pue, region, cpu, ...
  std::vector<std::pair<std::string, std::string>> gpu_types;  // sacct's GPU type -> hardware name
  std::optional<bool> count_memory;
  std::optional<int> threads_per_core;
};

struct Cluster {
  std::string name;
  int utc_offset_s = 0;  // of the times sacct prints (the cluster's local time), unless they carry a zone
  ClusterRule defaults;
  std::vector<std::pair<std::string, ClusterRule>> partitions;
  std::vector<ClusterRule> nodes;
};

// Reads a cluster description (JSON, documented in the man page under --cluster). Error(data)
// naming the file and the key at fault; names of hardware and regions are checked when used.
Cluster read_cluster(const DataText& text);

// "2-03:04:05", "03:04:05", "04:05", "12:34:56.789": seconds; nullopt when not a duration.
std::optional<double> parse_elapsed(std::string_view text);

// What AllocTRES allocated.
struct Tres {
  std::uint64_t cpus = 0, gpus = 0;
  std::optional<double> memory_gb;
  std::string_view gpu_type;  // of gres/gpu:TYPE=N; empty when untyped
  bool several_types = false;
};
// Error(usage) naming the entry at fault.
Tres parse_tres(std::string_view text);

// "gpu[01-04,07],cpu5": "gpu01".
std::string_view first_node(std::string_view node_list, std::string& scratch);

// Whether `name` matches `pattern` (* any run of characters, ? one).
bool glob_match(std::string_view pattern, std::string_view name);

// The lines of an sacct file as rows for a JobSink. `defaults` are the command line's options
// (explicit ones over the cluster file; those from settings under it). `label` names the file.
class SacctRows final : public LineRows {
 public:
  SacctRows(const Cluster* cluster, const RequestText& defaults, std::string label);
  void line(std::size_t number, std::string_view text, JobSink& sink) override;

 private:
  struct Resolved {
    RequestText text;
    const ClusterRule* gpu_types = nullptr;  // the rule whose gpu_types apply
    bool count_memory = true;
    int threads_per_core = 1;
    bool known = true;  // the partition (or a node rule) is in the cluster file
  };
  const Resolved& resolve(std::string_view partition, std::string_view node);
  void header(std::string_view text);

  const Cluster* cluster_;
  RequestText settings_, explicit_;
  std::string label_;
  std::array<std::size_t, kSacctFields.size()> index_{};  // field -> position in a line
  std::size_t width_ = kSacctFields.size();                // fields per line
  bool header_seen_ = false;
  std::vector<std::string_view> fields_;
  std::string node_scratch_;
  std::unordered_map<std::string, Resolved, StringHash, std::equal_to<>> resolved_;  // by "partition\nnode rule"
  std::string key_;
  char count_[24], hours_[kShortestMax], cores_[24], memory_[kShortestMax], overhead_[kShortestMax];
  JobContext context_;
};

}  // namespace mlcarbon
