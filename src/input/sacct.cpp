#include "input/sacct.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "data/json_data.h"
#include "input/quantity.h"
#include "input/series_reader.h"
#include "util/numbers.h"
#include "util/text.h"

namespace mlcarbon {
namespace {

enum Column : std::size_t { kJobId, kJobName, kUser, kAccount, kPartition, kStart, kEnd, kElapsed, kAllocTres, kNNodes, kNodeList, kState };
constexpr std::size_t kAbsent = ~std::size_t{0};

// What sacct fills in for each job: a cluster file does not set these.
constexpr Field kFromSacct[] = {Field::name,      Field::count,     Field::hours,      Field::duration,   Field::device_hours,
                                Field::cpu_count, Field::cpu_cores, Field::memory_gb,  Field::energy_kwh, Field::instance,
                                Field::flops,     Field::params,    Field::tokens,     Field::mfu,        Field::precision};
// A job without GPUs drops the device the defaults name.
constexpr Field kDevice[] = {Field::hardware, Field::count, Field::power, Field::tdp, Field::utilization, Field::instance};

std::string rule_keys() {
  std::string out;
  for (std::size_t i = 0; i < kFieldCount; ++i) {
    const auto f = static_cast<Field>(i);
    if (!input_spec(f).column || f == Field::cpu_tdp_w || std::find(std::begin(kFromSacct), std::end(kFromSacct), f) != std::end(kFromSacct)) {
      continue;
    }
    out += field_name(f);
    out += ", ";
  }
  return out + "gpu_types, count_memory, threads_per_core, note (and match, in nodes)";
}

ClusterRule read_rule(Entry& e, const Json& json, bool node) {
  for (const auto& [key, value] : json.items()) {
    const bool known = key == "gpu_types" || key == "count_memory" || key == "threads_per_core" || key == "note" || (node && key == "match");
    const std::optional<Field> f = field_from_name(key);
    if (!known && (!f || !input_spec(*f).column)) e.fail(key, fmt::format("unknown key; a rule's keys are {}", rule_keys()));
  }
  ClusterRule rule;
  if (node) rule.match = e.text("match");
  e.text("note", false);  // where the figures come from: for the reader of the file
  for (std::size_t i = 0; i < kFieldCount; ++i) {
    const auto f = static_cast<Field>(i);
    if (!input_spec(f).column) continue;
    const Json* value = e.find(field_name(f));
    if (value == nullptr) continue;
    if (std::find(std::begin(kFromSacct), std::end(kFromSacct), f) != std::end(kFromSacct)) {
      e.fail(field_name(f), "comes from sacct's fields for each job, not from the cluster file");
    }
    if (f == Field::cpu_tdp_w) {
      e.fail(field_name(f), "sacct counts cores, which need a CPU's core count: name the cpu (a CPU not in the data can be added "
                            "with --data-add)");
    }
    std::string text;
    if (value->is_string()) {
      text = e.text(field_name(f));
    } else if (value->is_number()) {
      text = value->dump();
    } else {
      e.fail(field_name(f), fmt::format("expected a string or a number, got {}", Entry::describe(*value)));
    }
    try {
      check_value(f, text, field_name(f));
    } catch (const Error& bad) {
      e.fail(field_name(f), bad.what());
    }
    rule.fields.emplace_back(f, std::move(text));
  }
  if (const Json* types = e.object("gpu_types")) {
    for (const auto& [type, hardware] : types->items()) {
      if (!hardware.is_string() || trim(hardware.get<std::string>()).empty()) {
        e.fail("gpu_types", fmt::format("{}: expected a hardware name (a string), got {}", quote(type), Entry::describe(hardware)));
      }
      if (!unprintable(type).empty() || !unprintable(hardware.get<std::string>()).empty()) {
        e.fail("gpu_types", fmt::format("{}: a control character or invalid UTF-8", quote(type)));
      }
      rule.gpu_types.emplace_back(type, hardware.get<std::string>());
    }
  }
  if (const Json* v = e.find("count_memory")) {
    if (!v->is_boolean()) e.fail("count_memory", fmt::format("expected true or false, got {}", Entry::describe(*v)));
    rule.count_memory = v->get<bool>();
  }
  if (e.has("threads_per_core")) rule.threads_per_core = e.integer("threads_per_core", 1, 8);
  e.finish();
  return rule;
}

int utc_offset(Entry& e) {
  const std::string text = e.text("utc_offset");
  if (text == "Z" || text == "z") return 0;
  // The offset of an ISO 8601 time: "+01:00", "-05:00", "+0530".
  const auto t = local_time("1970-01-01T00:00:00" + text, 0);
  if (!t) e.fail("utc_offset", fmt::format("{} is not an offset from UTC; expected +HH:MM or -HH:MM, e.g. +01:00", quote(text)));
  return static_cast<int>(-*t);
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::optional<std::uint64_t> whole(std::string_view text) {
  std::uint64_t n = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return n;
}

// The first word of a State ("CANCELLED by 1234": CANCELLED), in capitals.
enum class State { ran, running, not_started, unknown };
State state_of(std::string_view text) {
  text = trim(text);
  text = text.substr(0, text.find(' '));
  // Ended: the run used its allocation (REQUEUED and RESIZING are the records of a run that ended
  // when the job was requeued or resized; SPECIAL_EXIT a run that ended so).
  static constexpr std::string_view kRan[] = {"COMPLETED", "FAILED",   "CANCELLED", "TIMEOUT",  "OUT_OF_MEMORY", "NODE_FAIL",    "PREEMPTED",
                                              "DEADLINE",  "BOOT_FAIL", "REVOKED",  "REQUEUED", "RESIZING",      "SPECIAL_EXIT"};
  static constexpr std::string_view kRunning[] = {"RUNNING", "SUSPENDED", "COMPLETING", "CONFIGURING", "STOPPED", "SIGNALING", "STAGE_OUT"};
  // Waiting: PENDING, and a requeued job held or handed to another cluster before it runs again.
  static constexpr std::string_view kWaiting[] = {"PENDING", "REQUEUE_HOLD", "REQUEUE_FED"};
  for (const auto s : kRan) {
    if (iequals(text, s)) return State::ran;
  }
  for (const auto s : kRunning) {
    if (iequals(text, s)) return State::running;
  }
  for (const auto s : kWaiting) {
    if (iequals(text, s)) return State::not_started;
  }
  return State::unknown;
}

bool unknown_time(std::string_view text) {
  text = trim(text);
  return text.empty() || iequals(text, "Unknown") || iequals(text, "None");
}

// (write_shortest, not std::to_chars for a double: that pulls libstdc++'s 120 KB of printf tables
// into the binary, and its pages into start-up.)
std::string_view to_text(char* buffer, std::size_t size, double x) {
  if (size < static_cast<std::size_t>(kShortestMax)) throw Error(ErrorKind::internal, "sacct: a number buffer too small");
  return std::string_view(buffer, static_cast<std::size_t>(write_shortest(buffer, x) - buffer));
}
std::string_view to_text(char* buffer, std::size_t size, std::uint64_t x) {
  const auto [end, ec] = std::to_chars(buffer, buffer + size, x);
  return std::string_view(buffer, static_cast<std::size_t>(end - buffer));
}

struct BadLine {
  std::string message;
};

}  // namespace

Cluster read_cluster(const DataText& data) {
  const Json json = parse_data(data);
  Entry top(data.file, "the cluster", json);
  Cluster c;
  if (top.has("cluster")) c.name = top.text("cluster");
  if (top.has("utc_offset")) c.utc_offset_s = utc_offset(top);
  if (const Json* d = top.object("defaults")) {
    Entry e(data.file, "defaults", *d);
    c.defaults = read_rule(e, *d, false);
  }
  if (const Json* parts = top.object("partitions")) {
    for (const auto& [name, value] : parts->items()) {
      Entry e(data.file, fmt::format("partitions.{}", name), value);
      if (!unprintable(name).empty()) e.fail("", "a control character or invalid UTF-8 in the partition's name");
      c.partitions.emplace_back(name, read_rule(e, value, false));
    }
  }
  if (const Json* nodes = top.array("nodes")) {
    for (std::size_t i = 0; i < nodes->size(); ++i) {
      Entry e(data.file, fmt::format("nodes[{}]", i), (*nodes)[i]);
      c.nodes.push_back(read_rule(e, (*nodes)[i], true));
    }
  }
  top.finish();
  return c;
}

std::optional<double> parse_elapsed(std::string_view text) {
  text = trim(text);
  std::uint64_t days = 0;
  if (const auto dash = text.find('-'); dash != std::string_view::npos) {
    const auto d = whole(text.substr(0, dash));
    if (!d || *d > 100000) return std::nullopt;
    days = *d;
    text.remove_prefix(dash + 1);
  }
  // [HH:]MM:SS[.fff]
  double fraction = 0;
  if (const auto dot = text.find('.'); dot != std::string_view::npos) {
    const std::string_view digits = text.substr(dot + 1);
    if (digits.empty() || digits.size() > 9 || !std::all_of(digits.begin(), digits.end(), is_digit)) return std::nullopt;
    fraction = static_cast<double>(*whole(digits)) / std::pow(10.0, static_cast<double>(digits.size()));
    text = text.substr(0, dot);
  }
  std::uint64_t parts[3] = {0, 0, 0};
  std::size_t n = 0;
  for (;;) {
    const auto colon = text.find(':');
    const auto p = whole(text.substr(0, colon));
    if (!p || n == 3) return std::nullopt;
    parts[n++] = *p;
    if (colon == std::string_view::npos) break;
    text.remove_prefix(colon + 1);
  }
  if (n < 2 || (days > 0 && n != 3)) return std::nullopt;
  const std::uint64_t h = n == 3 ? parts[0] : 0, m = parts[n - 2], s = parts[n - 1];
  if (m > 59 || s > 59 || (days > 0 && h > 23) || h > 100000 * 24) return std::nullopt;
  return static_cast<double>(days * 86400 + h * 3600 + m * 60 + s) + fraction;
}

Tres parse_tres(std::string_view text) {
  Tres t;
  std::optional<std::uint64_t> untyped;
  std::uint64_t typed = 0;
  std::size_t start = 0;
  text = trim(text);
  while (start < text.size()) {
    const auto comma = std::min(text.find(',', start), text.size());
    const std::string_view item = trim(text.substr(start, comma - start));
    start = comma + 1;
    if (item.empty()) continue;
    const auto eq = item.find('=');
    if (eq == std::string_view::npos) throw Error(ErrorKind::usage, fmt::format("AllocTRES: {} is not NAME=VALUE", quote(item)));
    const std::string_view key = item.substr(0, eq), value = item.substr(eq + 1);
    const auto count = [&] {
      const auto n = whole(value);
      if (!n || *n > 1000000000) throw Error(ErrorKind::usage, fmt::format("AllocTRES: {} is not a count", quote(item)));
      return *n;
    };
    if (key == "cpu") {
      t.cpus = count();
    } else if (key == "gres/gpu") {
      untyped = count();
    } else if (key.starts_with("gres/gpu:")) {
      const std::string_view type = key.substr(9);
      if (!t.gpu_type.empty() && t.gpu_type != type) t.several_types = true;
      t.gpu_type = type;
      typed += count();
    } else if (key == "mem") {
      // SLURM's memory: a number and a unit of 1024s (K, M, G, T); M without one.
      std::string_view digits = value;
      double scale = 1024.0 * 1024.0;
      if (!digits.empty() && !is_digit(digits.back()) && digits.back() != '.') {
        switch (digits.back()) {
          case 'K': case 'k': scale = 1024.0; break;
          case 'M': case 'm': scale = 1024.0 * 1024.0; break;
          case 'G': case 'g': scale = 1024.0 * 1024.0 * 1024.0; break;
          case 'T': case 't': scale = 1024.0 * 1024.0 * 1024.0 * 1024.0; break;
          default: throw Error(ErrorKind::usage, fmt::format("AllocTRES: {} has an unknown unit; expected K, M, G or T", quote(item)));
        }
        digits.remove_suffix(1);
      }
      double x = 0;
      const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), x);
      if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size() || !std::isfinite(x) || x < 0 || x > 1e12) {
        throw Error(ErrorKind::usage, fmt::format("AllocTRES: {} is not an amount of memory (e.g. mem=64G)", quote(item)));
      }
      t.memory_gb = x * scale / 1e9;
    }
    // billing, node, energy, gres/gpumem, licenses, ...: not power.
  }
  // sacct lists both gres/gpu=4 and gres/gpu:a100=4 for a typed request: the untyped count is the total.
  t.gpus = untyped ? *untyped : typed;
  if (untyped && typed > *untyped) {
    throw Error(ErrorKind::usage, fmt::format("AllocTRES: gres/gpu={} but {} typed GPUs", *untyped, typed));
  }
  return t;
}

std::string_view first_node(std::string_view list, std::string& scratch) {
  list = trim(list);
  const auto bracket = list.find('['), comma = list.find(',');
  if (bracket == std::string_view::npos || (comma != std::string_view::npos && comma < bracket)) return list.substr(0, comma);
  const auto close = list.find(']', bracket);
  if (close == std::string_view::npos) return list.substr(0, bracket);
  const std::string_view range = list.substr(bracket + 1, close - bracket - 1);
  const std::string_view first = range.substr(0, std::min(range.find('-'), range.find(',')));
  std::string_view suffix = list.substr(close + 1);
  suffix = suffix.substr(0, suffix.find(','));
  scratch.assign(list.substr(0, bracket));
  scratch.append(first);
  scratch.append(suffix);
  return scratch;
}

bool glob_match(std::string_view pattern, std::string_view name) {
  // Iterative, with one backtrack point: linear in practice, never exponential.
  std::size_t p = 0, n = 0, star = std::string_view::npos, mark = 0;
  while (n < name.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == name[n])) {
      ++p;
      ++n;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = n;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      n = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

SacctRows::SacctRows(const Cluster* cluster, const RequestText& defaults, std::string label)
    : cluster_(cluster), settings_(defaults), explicit_(defaults), label_(std::move(label)) {
  // The options given on the command line go over the cluster file; settings from the
  // environment or a project file go under it.
  for (std::size_t i = 0; i < kFieldCount; ++i) {
    const auto f = static_cast<Field>(i);
    if ((defaults.from_settings() & bit(f)) != 0) {
      explicit_.reset(f);
    } else if (defaults.has(f)) {
      settings_.reset(f);
    }
  }
  for (std::size_t i = 0; i < kSacctFields.size(); ++i) index_[i] = i;
}

void SacctRows::header(std::string_view text) {
  std::array<std::size_t, kSacctFields.size()> index;
  index.fill(kAbsent);
  std::size_t position = 0, start = 0;
  for (;;) {
    const auto bar = std::min(text.find('|', start), text.size());
    const std::string_view name = trim(text.substr(start, bar - start));
    for (std::size_t i = 0; i < kSacctFields.size(); ++i) {
      if (!iequals(name, kSacctFields[i])) continue;
      if (index[i] != kAbsent) throw Error(ErrorKind::usage, fmt::format("{}:1: field {} appears twice", label_, quote(name)));
      index[i] = position;
    }
    ++position;
    if (bar == text.size()) break;
    start = bar + 1;
  }
  if (position > 1 && trim(text.substr(text.rfind('|') + 1)).empty()) --position;  // --parsable's trailing '|'
  for (const Column required : {kJobId, kElapsed, kAllocTres, kState}) {
    if (index[required] == kAbsent) {
      throw Error(ErrorKind::usage, fmt::format("{}:1: the header has no {} field; sacct must be run with --format={}", label_,
                                                kSacctFields[required], fmt::join(kSacctFields, ",")));
    }
  }
  if (cluster_ != nullptr && (!cluster_->partitions.empty()) && index[kPartition] == kAbsent) {
    throw Error(ErrorKind::usage, fmt::format("{}:1: the cluster file maps partitions, but the header has no Partition field", label_));
  }
  if (cluster_ != nullptr && !cluster_->nodes.empty() && index[kNodeList] == kAbsent) {
    throw Error(ErrorKind::usage, fmt::format("{}:1: the cluster file maps nodes, but the header has no NodeList field", label_));
  }
  index_ = index;
  width_ = position;
}

const SacctRows::Resolved& SacctRows::resolve(std::string_view partition, std::string_view node) {
  std::size_t node_rule = kAbsent;
  if (cluster_ != nullptr) {
    for (std::size_t i = 0; i < cluster_->nodes.size(); ++i) {
      if (glob_match(cluster_->nodes[i].match, node)) {
        node_rule = i;
        break;
      }
    }
  }
  key_.assign(partition);
  key_ += '\n';
  key_ += std::to_string(node_rule);
  if (const auto it = resolved_.find(key_); it != resolved_.end()) return it->second;
  if (resolved_.size() >= 10000) resolved_.clear();  // a file of made-up partitions: bounded memory
  Resolved r;
  RequestText text = settings_;
  const auto apply = [&](const ClusterRule& rule) {
    RequestText layer;
    for (const auto& [field, value] : rule.fields) layer.set(field, value);
    text = text.overlaid_by(layer);
    // The most specific layer that names the GPUs wins: a node's hardware over its partition's gpu_types.
    if (!rule.gpu_types.empty()) {
      r.gpu_types = &rule;
    } else if (layer.has(Field::hardware) || layer.has(Field::power) || layer.has(Field::tdp)) {
      r.gpu_types = nullptr;
    }
    if (rule.count_memory) r.count_memory = *rule.count_memory;
    if (rule.threads_per_core) r.threads_per_core = *rule.threads_per_core;
  };
  if (cluster_ != nullptr) {
    apply(cluster_->defaults);
    const auto part = std::find_if(cluster_->partitions.begin(), cluster_->partitions.end(),
                                   [&](const auto& p) { return p.first == partition; });
    if (part != cluster_->partitions.end()) apply(part->second);
    if (node_rule != kAbsent) apply(cluster_->nodes[node_rule]);
    r.known = cluster_->partitions.empty() || part != cluster_->partitions.end() || node_rule != kAbsent;
  }
  r.text = text.overlaid_by(explicit_);
  // A device named on the command line stands for every GPU, typed or not.
  if (explicit_.has(Field::hardware) || explicit_.has(Field::power) || explicit_.has(Field::tdp)) r.gpu_types = nullptr;
  return resolved_.emplace(key_, std::move(r)).first->second;
}

void SacctRows::line(std::size_t number, std::string_view text, JobSink& sink) {
  fields_.clear();
  for (std::size_t start = 0;;) {
    const auto bar = text.find('|', start);
    fields_.push_back(text.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start));
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  if (!header_seen_) {
    header_seen_ = true;
    if (std::any_of(fields_.begin(), fields_.end(), [](std::string_view f) { return iequals(trim(f), "JobID"); })) {
      header(text);
      return;
    }
  }
  if (fields_.size() == width_ + 1 && trim(fields_.back()).empty()) fields_.pop_back();  // --parsable's trailing '|'
  try {
    if (fields_.size() != width_) {
      throw BadLine{fmt::format("{} field{} separated by '|', but {} expected (sacct --parsable2 --format={}, or a header line)",
                                fields_.size(), fields_.size() == 1 ? "" : "s", width_, fmt::join(kSacctFields, ","))};
    }
    const auto get = [&](Column c) { return index_[c] == kAbsent ? std::string_view() : trim(fields_[index_[c]]); };
    const std::string_view id = get(kJobId);
    if (id.empty()) throw BadLine{"the JobID is empty"};
    if (id.find('.') != std::string_view::npos) {  // 1234.batch, 1234.extern, 1234.0: a step of a job counted on its own line
      sink.skipped(SkipReason::step);
      return;
    }
    const State state = state_of(get(kState));
    if (state == State::unknown) {
      throw BadLine{fmt::format("State {} is not a job state sacct prints (COMPLETED, FAILED, CANCELLED, TIMEOUT, RUNNING, PENDING, ...)",
                                quote(get(kState)))};
    }
    if (state == State::not_started) {
      sink.skipped(SkipReason::not_started);
      return;
    }
    if (state == State::running || (index_[kEnd] != kAbsent && unknown_time(get(kEnd)))) {
      sink.skipped(SkipReason::running);
      return;
    }
    const auto elapsed = parse_elapsed(get(kElapsed));
    if (!elapsed) throw BadLine{fmt::format("Elapsed {} is not a duration; expected [D-]HH:MM:SS, e.g. 2-03:04:05", quote(get(kElapsed)))};
    if (*elapsed <= 0) {  // cancelled before it started
      sink.skipped(SkipReason::not_started);
      return;
    }
    const Tres tres = parse_tres(get(kAllocTres));
    if (tres.several_types) {
      throw BadLine{fmt::format("AllocTRES {} allocates GPUs of more than one type; give each type its own job (a heterogeneous job)",
                                quote(get(kAllocTres)))};
    }
    const std::string_view partition = get(kPartition);
    const Resolved& r = resolve(partition, first_node(get(kNodeList), node_scratch_));
    if (!r.known) {
      std::vector<std::string_view> names;
      for (const auto& p : cluster_->partitions) names.push_back(p.first);
      throw BadLine{fmt::format("partition {} is not in the cluster file, and no node rule matches {}; its partitions: {}", quote(partition),
                                quote(get(kNodeList)), fmt::join(names, ", "))};
    }
    RequestText row = r.text;
    RequestText job;
    job.set(Field::name, id);
    job.set(Field::hours, to_text(hours_, sizeof hours_, *elapsed / 3600.0));
    if (tres.gpus > 0) {
      job.set(Field::count, to_text(count_, sizeof count_, tres.gpus));
      if (!tres.gpu_type.empty() && r.gpu_types != nullptr) {
        const auto& types = r.gpu_types->gpu_types;
        const auto it = std::find_if(types.begin(), types.end(), [&](const auto& t) { return t.first == tres.gpu_type; });
        if (it == types.end()) {
          std::vector<std::string_view> known;
          for (const auto& t : types) known.push_back(t.first);
          throw BadLine{fmt::format("GPU type {} (AllocTRES gres/gpu:{}) is not in the cluster file's gpu_types for partition {} ({})",
                                    quote(tres.gpu_type), tres.gpu_type, quote(partition), fmt::join(known, ", "))};
        }
        job.set(Field::hardware, it->second);
      }
      row = row.overlaid_by(job);
      if (!row.has(Field::hardware) && !row.has(Field::power) && !row.has(Field::tdp)) {
        throw BadLine{fmt::format("{} GPU{} (AllocTRES) but no hardware for partition {}: give it \"hardware\" or \"gpu_types\" in the "
                                  "cluster file, or give --hardware",
                                  tres.gpus, tres.gpus == 1 ? "" : "s", quote(partition))};
      }
    } else {
      for (const Field f : kDevice) row.reset(f);
      row = row.overlaid_by(job);
    }
    if (row.has(Field::cpu_tdp_w)) {
      throw BadLine{"--cpu-tdp does not go with sacct: it counts cores, which need a CPU's core count; name the cpu (--cpu, or in "
                    "the cluster file; a CPU not in the data can be added with --data-add)"};
    }
    if (row.has(Field::cpu) && tres.cpus > 0) {
      const auto tpc = static_cast<std::uint64_t>(r.threads_per_core);
      row.reset(Field::cpu_count);  // sacct's cores stand for the command line's packages
      row.set(Field::cpu_cores, to_text(cores_, sizeof cores_, (tres.cpus + tpc - 1) / tpc));
    }
    if (const auto overhead = row[Field::overhead_w]; overhead && index_[kNNodes] != kAbsent && !get(kNNodes).empty()) {
      // overhead_w is per node: times the job's nodes.
      const auto nodes = whole(get(kNNodes));
      if (!nodes || *nodes == 0 || *nodes > 1000000) throw BadLine{fmt::format("NNodes {} is not a number of nodes", quote(get(kNNodes)))};
      if (*nodes > 1) {
        const double w = parse_watts("overhead_w", *overhead, input_spec(Field::overhead_w).range);
        row.set(Field::overhead_w, to_text(overhead_, sizeof overhead_, w * static_cast<double>(*nodes)));
      }
    }
    if (r.count_memory && tres.memory_gb && *tres.memory_gb > 0) {
      row.set(Field::memory_gb, to_text(memory_, sizeof memory_, *tres.memory_gb));
    }
    for (const Column c : {kUser, kAccount, kPartition}) {
      // Printed in every format: a terminal escape could hide a row, invalid UTF-8 would make the JSON invalid.
      if (const std::string why = unprintable(get(c)); !why.empty()) throw BadLine{fmt::format("{}: {}", kSacctFields[c], why)};
    }
    context_.user = get(kUser);
    context_.account = get(kAccount);
    context_.partition = partition;
    const std::string_view start = get(kStart);
    context_.start.reset();
    context_.month = {};
    if (!unknown_time(start)) {
      context_.start = local_time(start, cluster_ != nullptr ? cluster_->utc_offset_s : 0);
      if (!context_.start) throw BadLine{fmt::format("Start {} is not a time; expected 2024-03-01T12:00:00", quote(start))};
      context_.month = start.substr(0, 7);
    }
    JobRow out;
    out.line = number;
    out.text = row;
    out.context = &context_;
    sink.row(out);
  } catch (const BadLine& bad) {
    sink.bad_row(JobError{number, ErrorKind::usage, bad.message});
  } catch (const Error& bad) {
    if (bad.kind() == ErrorKind::internal) throw;
    sink.bad_row(JobError{number, bad.kind(), bad.what()});
  }
}

}  // namespace mlcarbon
