// Output of a jobs run, one format per class, streamed: each job is appended to a buffer that
// the caller flushes, so a file of millions of rows is printed in constant memory.
#include "render/render_jobs.h"

#include <array>
#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>

#include <fmt/format.h>

#include "render/json_writer.h"
#include "render/explain.h"
#include "render/render_internal.h"
#include "util/numbers.h"
#include "render/table.h"
#include "version.h"

namespace mlcarbon {
namespace {

std::string_view hardware_id(const JobResult& job) { return job.estimate.hardware != nullptr ? job.estimate.hardware->id : ""; }

void csv_field(std::string& out, std::string_view text) { append_csv_field(out, text); }

// ---- CSV -------------------------------------------------------------------------------------

class CsvJobs final : public JobOutput {
 public:
  CsvJobs(bool totals_only, const RenderOptions& options)
      : totals_only_(totals_only), settings_(options.settings), series_(!options.jobs_series.empty()), accounting_(options.accounting) {
    out_ += "record,line,name,hardware,count,power_w,utilization,hours,region,grid,pue,intensity_g_per_kwh,intensity_year,"
            "jobs,device_hours,it_energy_kwh,energy_kwh,co2e_kg,offset_kg,net_co2e_kg,message";
    // --intensity-series: each job's and total's emissions hour by hour, and the same jobs' at the annual figures.
    out_ += series_ ? ",series_jobs,series_co2e_kg,series_annual_co2e_kg\n" : "\n";
  }

  void job(const JobResult& j) override {
    if (totals_only_) return;
    const Estimate& e = j.estimate;
    out_ += "job,";
    append_decimal(out_, j.line);
    out_ += ',';
    csv_field(out_, j.name);
    out_ += ',';
    out_ += hardware_id(j);
    out_ += ',';
    if (e.has(Term::count)) append_decimal(out_, e.count);
    for (const Term t : {Term::power_w, Term::utilization, Term::hours}) {
      out_ += ',';
      if (e.has(t)) append_shortest(out_, e[t]);
    }
    out_ += ',';
    if (e.location.grid != nullptr) {
      const auto [first, second] = location_key_parts(e.location);  // location_key(), unbuilt
      out_ += first;
      if (!second.empty()) {
        out_ += ':';
        out_ += second;
      }
      out_ += ',';
      out_ += e.location.grid->id;
    } else {
      out_ += ',';
    }
    for (const Term t : {Term::pue, Term::intensity_g_per_kwh}) {
      out_ += ',';
      append_shortest(out_, e[t]);
    }
    out_ += ',';
    if (e.intensity_figure) append_decimal(out_, static_cast<std::uint64_t>(e.intensity_figure->year));
    out_ += ",1,";
    append_shortest(out_, static_cast<double>(e.count) * e[Term::hours]);
    for (const Term t : {Term::it_energy_kwh, Term::energy_kwh, Term::co2e_kg, Term::offset_kg, Term::net_co2e_kg}) {
      out_ += ',';
      append_shortest(out_, e[t]);
    }
    out_ += ',';
    if (series_) {
      csv_field(out_, j.series_note);
      if (j.series != nullptr) {
        out_ += ",1,";
        append_shortest(out_, j.series->co2e_kg);
        out_ += ',';
        append_shortest(out_, e[Term::co2e_kg]);
      } else {
        out_ += ",0,,";
      }
    }
    out_ += '\n';
  }

  void error(const JobError& e) override {
    fmt::format_to(std::back_inserter(out_), "error,{},,,,,,,,,,,,,,,,,,,", e.line);
    csv_field(out_, e.message);
    out_ += series_ ? ",,,\n" : "\n";
  }

  void end(const JobTotals& totals, const Catalog&) override {
    total("total", "", "", totals.all);
    // (Region and device totals are not priced against the series: their series columns are empty.)
    for (const auto& [region, t] : totals.regions()) total("region_total", "", region, t, {}, false);
    for (const auto& [hardware, t] : totals.hardware()) total("hardware_total", hardware, "", t, {}, false);
    // --group-by: "user_total" with the user in the name column, and so on.
    for (const Grouping& g : totals.groups) {
      for (const auto& [value, t] : g.sorted()) total(g.key + "_total", "", "", t, value);
    }
    if (accounting_) {
      // Rows of the accounting file not counted: the reason in the name column, their number in jobs.
      for (const auto& [reason, n] : {std::pair<std::string_view, std::size_t>{"step", totals.skipped.steps},
                                      {"running", totals.skipped.running}, {"not_started", totals.skipped.not_started}}) {
        fmt::format_to(std::back_inserter(out_), "skipped,,{},,,,,,,,,,,{},,,,,,,{}\n", reason, n, series_ ? ",,," : "");
      }
    }
    // The defaults taken from the environment or a project file: the key as name, "VALUE (ORIGIN)".
    for (const SettingUsed& s : settings_) {
      out_ += "setting,,";
      csv_field(out_, s.key);
      out_ += ",,,,,,,,,,,,,,,,,,";
      csv_field(out_, fmt::format("{} ({})", s.value, s.origin));
      out_ += series_ ? ",,,\n" : "\n";
    }
  }

 private:
  void total(std::string_view record, std::string_view hardware, std::string_view region, const Totals& t, std::string_view name = {},
             bool priced = true) {
    fmt::format_to(std::back_inserter(out_), "{},,", record);
    csv_field(out_, name);
    fmt::format_to(std::back_inserter(out_), ",{},,,,,{},,,,,{},{},{},{},{},{},{},", hardware, region, t.jobs, t.device_hours,
                   t.it_energy_kwh, t.energy_kwh, t.co2e_kg, t.offset_kg, t.net_co2e_kg);
    if (series_ && priced) fmt::format_to(std::back_inserter(out_), ",{},{},{}", t.series_jobs, t.series_co2e_kg, t.series_annual_co2e_kg);
    if (series_ && !priced) out_ += ",,,";
    out_ += '\n';
  }
  bool totals_only_;
  std::vector<SettingUsed> settings_;
  bool series_, accounting_;
};

// ---- JSON and JSON Lines ---------------------------------------------------------------------

// location_key(), joined on the stack rather than in a string of its own (a jobs file writes one
// a row).
void write_location_key(JsonWriter& j, const Location& location) {
  const auto [first, second] = location_key_parts(location);
  char text[128];
  if (second.empty() || first.size() + 1 + second.size() > sizeof text) {
    j.value(second.empty() ? std::string(first) : location_key(location));
    return;
  }
  std::memcpy(text, first.data(), first.size());
  text[first.size()] = ':';
  std::memcpy(text + first.size() + 1, second.data(), second.size());
  j.value(std::string_view(text, first.size() + 1 + second.size()));
}

// The fields of a job that follow from where it ran, region to intensity_basis: their text is
// the same for every job of a site and a writer, and a jobs file has few sites. Each is written
// once and its text copied after, from a table of 64 sites probed in turn from the key's place
// (so that a few sites never push each other out; past 64, or 8 places taken, a site writes anew).
class SiteFields {
 public:
  void write(JsonWriter& j, const Estimate& e) {
    const Key key{e.location.region,
                  e.location.grid,
                  std::bit_cast<std::uint64_t>(e[Term::pue]),
                  std::bit_cast<std::uint64_t>(e[Term::intensity_g_per_kwh]),
                  e.origin(Term::pue),
                  e.intensity_origin(),
                  e.intensity_figure ? std::optional<int>(e.intensity_figure->year) : std::nullopt,
                  e.basis};
    // Up to kProbes places from the key's, in turn: the first that holds the key is copied; else
    // the first empty one, or failing that the key's own place, gets it.
    const std::size_t home = key.hash();
    Entry* entry = nullptr;
    for (std::size_t i = 0; i < kProbes; ++i) {
      Entry& place = entries_[(home + i) % entries_.size()];
      if (!place.used) {
        entry = &place;
        break;
      }
      if (place.key == key) {
        j.raw_fields(place.text);
        return;
      }
    }
    if (entry == nullptr) entry = &entries_[home % entries_.size()];
    const std::size_t mark = j.mark();
    j.key("region");
    if (e.location.grid != nullptr) write_location_key(j, e.location); else j.null();
    j.key("grid");
    if (e.location.grid != nullptr) j.value(e.location.grid->id); else j.null();
    j.field("pue", e[Term::pue]).field("pue_origin", pue_origin_name(e));
    j.field("intensity_g_per_kwh", e[Term::intensity_g_per_kwh]).field("intensity_origin", intensity_origin_name(e));
    j.key("intensity_year");
    if (e.intensity_figure) j.value(e.intensity_figure->year); else j.null();
    j.field("intensity_basis", to_string(e.basis));
    entry->key = key;
    entry->text = j.text_since(mark);
    entry->used = true;
  }

 private:
  struct Key {
    const Region* region;
    const Grid* grid;
    std::uint64_t pue, intensity;  // the bits of the doubles
    Origin pue_origin, intensity_origin;  // (their names follow from them)
    std::optional<int> year;
    Basis basis;
    bool operator==(const Key& o) const {
      return region == o.region && grid == o.grid && pue == o.pue && intensity == o.intensity && pue_origin == o.pue_origin &&
             intensity_origin == o.intensity_origin && year == o.year && basis == o.basis;
    }
    std::size_t hash() const {
      std::uint64_t h = reinterpret_cast<std::uintptr_t>(grid) ^ (reinterpret_cast<std::uintptr_t>(region) >> 3);
      h = (h ^ pue) * 0x9E3779B97F4A7C15ULL;
      h = (h ^ intensity) * 0x9E3779B97F4A7C15ULL;
      return static_cast<std::size_t>(h >> 40);
    }
  };
  struct Entry {
    Key key{};
    std::string text;
    bool used = false;
  };
  static constexpr std::size_t kProbes = 8;
  std::array<Entry, 64> entries_;
};

// A job's record: its keys prepared for the writer at the record's depth (at the first job), the
// fields of its site from SiteFields.
class JobFields {
 public:
  void write(JsonWriter& j, const JobResult& job) {
    if (!keys_) keys_.emplace(j);
    const Keys& k = *keys_;
    const Estimate& e = job.estimate;
    j.field(k.line, std::uint64_t{job.line}).field(k.name, job.name);
    if (e.hardware != nullptr) j.field(k.hardware, e.hardware->id); else j.key(k.hardware).null();
    if (e.energy_given() || e.accelerator_free()) {
      if (e.has(Term::count)) j.field(k.count, e.count); else j.key(k.count).null();
      j.key(k.power_w).null().field(k.power_origin, power_origin_name(e)).key(k.utilization).null();
      if (e.has(Term::hours)) j.field(k.hours, e[Term::hours]); else j.key(k.hours).null();
    } else {
      j.field(k.count, e.count).field(k.power_w, e[Term::power_w]).field(k.power_origin, power_origin_name(e));
      j.field(k.utilization, e[Term::utilization]).field(k.hours, e[Term::hours]);
    }
    sites_.write(j, e);
    j.field(k.it_energy_kwh, e[Term::it_energy_kwh]).field(k.energy_kwh, e[Term::energy_kwh]).field(k.co2e_kg, e[Term::co2e_kg]);
    j.field(k.offset_kg, e[Term::offset_kg]).field(k.net_co2e_kg, e[Term::net_co2e_kg]).field(k.embodied_kg, e[Term::embodied_kg]);
  }

 private:
  struct Keys {
    explicit Keys(const JsonWriter& j)
        : line(j.prepare_key("line")), name(j.prepare_key("name")), hardware(j.prepare_key("hardware")), count(j.prepare_key("count")),
          power_w(j.prepare_key("power_w")), power_origin(j.prepare_key("power_origin")), utilization(j.prepare_key("utilization")),
          hours(j.prepare_key("hours")), it_energy_kwh(j.prepare_key("it_energy_kwh")), energy_kwh(j.prepare_key("energy_kwh")),
          co2e_kg(j.prepare_key("co2e_kg")), offset_kg(j.prepare_key("offset_kg")), net_co2e_kg(j.prepare_key("net_co2e_kg")),
          embodied_kg(j.prepare_key("embodied_kg")) {}
    JsonWriter::PreparedKey line, name, hardware, count, power_w, power_origin, utilization, hours, it_energy_kwh, energy_kwh, co2e_kg,
        offset_kg, net_co2e_kg, embodied_kg;
  };
  std::optional<Keys> keys_;
  SiteFields sites_;
};

void totals_fields(JsonWriter& j, const Totals& t) {
  j.field("jobs", t.jobs).field("device_hours", t.device_hours).field("it_energy_kwh", t.it_energy_kwh);
  j.field("energy_kwh", t.energy_kwh).field("co2e_kg", t.co2e_kg).field("offset_kg", t.offset_kg);
  j.field("net_co2e_kg", t.net_co2e_kg).field("embodied_kg", t.embodied_kg);
}

// --intensity-series: a job's emissions hour by hour, or why it has none.
void job_series_fields(JsonWriter& j, const JobResult& job) {
  j.key("intensity_series");
  if (job.series == nullptr) {
    j.begin_object().key("mean_g_per_kwh").null().key("co2e_kg").null().field("note", job.series_note).end_object();
    return;
  }
  j.begin_object().field("mean_g_per_kwh", job.series->mean_g_per_kwh).field("co2e_kg", job.series->co2e_kg);
  j.key("note").null().end_object();
}

void totals_series_fields(JsonWriter& j, const Totals& t) {
  j.key("intensity_series").begin_object().field("jobs", t.series_jobs).field("co2e_kg", t.series_co2e_kg);
  j.field("annual_co2e_kg", t.series_annual_co2e_kg).field("difference_kg", t.series_co2e_kg - t.series_annual_co2e_kg).end_object();
}

void skipped_fields(JsonWriter& j, const SkippedRows& s) {
  j.key("skipped").begin_object().field("steps", s.steps).field("running", s.running).field("not_started", s.not_started).end_object();
}

void error_fields(JsonWriter& j, const JobError& e) {
  j.field("line", e.line).field("kind", e.kind == ErrorKind::not_found ? "not_found" : "usage").field("message", e.message);
}

class JsonLinesJobs final : public JobOutput {
 public:
  JsonLinesJobs(bool totals_only, const RenderOptions& options)
      : totals_only_(totals_only), settings_(options.settings), series_(!options.jobs_series.empty()), accounting_(options.accounting),
        series_file_(options.jobs_series), cluster_file_(options.cluster_file) {
    // Every job record's first two fields, as text.
    JsonWriter head(true);
    head.begin_object();
    const std::size_t mark = head.mark();
    head.field("schema_version", kOutputSchemaVersion).field("record", "job");
    job_head_ = head.text_since(mark);
  }

  // The records are written out from the writer's own buffer.
  std::string_view pending() const override { return j_.text(); }
  void written() override { j_.clear_text(); }

  void job(const JobResult& job) override {
    if (totals_only_) return;
    j_.begin_object().raw_first_fields(job_head_);
    fields_.write(j_, job);
    if (series_) job_series_fields(j_, job);
    j_.end_object().end_document();
  }

  void error(const JobError& e) override {
    j_.begin_object().field("schema_version", kOutputSchemaVersion).field("record", "error");
    error_fields(j_, e);
    j_.end_object().end_document();
  }

  void end(const JobTotals& totals, const Catalog&) override {
    {
      j_.begin_object().field("schema_version", kOutputSchemaVersion).field("record", "total");
      totals_fields(j_, totals.all);
      j_.field("failed", totals.failed);
      if (accounting_) skipped_fields(j_, totals.skipped);
      if (!cluster_file_.empty()) j_.field("cluster_file", cluster_file_);
      if (series_) {
        totals_series_fields(j_, totals.all);
        j_.field("intensity_series_file", series_file_);
      }
      j_.end_object().end_document();
    }
    for (const auto& [region, t] : totals.regions()) {
      j_.begin_object().field("schema_version", kOutputSchemaVersion).field("record", "region_total").field("region", region);
      totals_fields(j_, t);
      j_.end_object().end_document();
    }
    for (const auto& [hardware, t] : totals.hardware()) {
      j_.begin_object().field("schema_version", kOutputSchemaVersion).field("record", "hardware_total").field("hardware", hardware);
      totals_fields(j_, t);
      j_.end_object().end_document();
    }
    for (const Grouping& g : totals.groups) {
      for (const auto& [value, t] : g.sorted()) {
        j_.begin_object().field("schema_version", kOutputSchemaVersion).field("record", g.key + "_total").field(g.key, value);
        totals_fields(j_, t);
        if (series_) totals_series_fields(j_, t);
        j_.end_object().end_document();
      }
    }
    for (const SettingUsed& s : settings_) {
      j_.begin_object().field("schema_version", kOutputSchemaVersion).field("record", "setting");
      j_.field("key", s.key).field("value", s.value).field("from", s.origin);
      j_.end_object().end_document();
    }
  }

 private:
  bool totals_only_;
  std::vector<SettingUsed> settings_;
  bool series_, accounting_;
  std::string series_file_, cluster_file_;
  JsonWriter j_{true, 1024};  // one record at a time, its buffer kept
  std::string job_head_;
  JobFields fields_;
};

// One JSON document, written as it goes: the jobs array streams; errors (at most kMaxErrors
// kept) and totals follow it.
class JsonJobs final : public JobOutput {
 public:
  JsonJobs(const Catalog& catalog, bool totals_only, const RenderOptions& options)
      : totals_only_(totals_only), options_(options) {
    w_.begin_object().field("schema_version", kOutputSchemaVersion).field("mlcarbon_version", kVersion);
    w_.key("data").begin_object().field("hardware_version", catalog.hardware_version);
    w_.field("regions_version", catalog.regions_version).field("origin", catalog.origin).end_object();
    w_.key("jobs").begin_array();
  }

  // The document is written out from the writer's own buffer, as it grows.
  std::string_view pending() const override { return w_.text(); }
  void written() override { w_.clear_text(); }

  void job(const JobResult& job) override {
    if (totals_only_) return;
    w_.begin_object();
    fields_.write(w_, job);
    if (!options_.jobs_series.empty()) job_series_fields(w_, job);
    w_.end_object();
  }

  void error(const JobError& e) override {
    if (errors_.size() < kMaxErrors) errors_.push_back(e);
  }

  void end(const JobTotals& totals, const Catalog&) override {
    w_.end_array().key("errors").begin_array();
    for (const JobError& e : errors_) {
      w_.begin_object();
      error_fields(w_, e);
      w_.end_object();
    }
    w_.end_array().field("errors_not_listed", totals.failed - errors_.size());
    w_.key("totals").begin_object();
    totals_fields(w_, totals.all);
    w_.field("failed", totals.failed);
    if (options_.accounting) skipped_fields(w_, totals.skipped);
    if (!options_.cluster_file.empty()) w_.field("cluster_file", options_.cluster_file);
    if (!options_.jobs_series.empty()) {
      totals_series_fields(w_, totals.all);
      w_.field("intensity_series_file", options_.jobs_series);
    }
    w_.key("by_region").begin_array();
    for (const auto& [region, t] : totals.regions()) {
      w_.begin_object().field("region", region);
      totals_fields(w_, t);
      w_.end_object();
    }
    w_.end_array().key("by_hardware").begin_array();
    for (const auto& [hardware, t] : totals.hardware()) {
      w_.begin_object().field("hardware", hardware);
      totals_fields(w_, t);
      w_.end_object();
    }
    w_.end_array();
    for (const Grouping& g : totals.groups) {
      w_.key("by_" + g.key).begin_array();
      for (const auto& [value, t] : g.sorted()) {
        w_.begin_object().field(g.key, value);
        totals_fields(w_, t);
        if (!options_.jobs_series.empty()) totals_series_fields(w_, t);
        w_.end_object();
      }
      w_.end_array();
    }
    w_.end_object();
    write_equivalents(w_, totals.all.co2e_kg, options_);
    write_settings(w_, options_.settings);
    w_.end_object();
    w_.end_document();
  }

 private:
  static constexpr std::size_t kMaxErrors = 1000;
  JsonWriter w_;
  JobFields fields_;
  std::vector<JobError> errors_;
  bool totals_only_;
  RenderOptions options_;
};

// ---- text ------------------------------------------------------------------------------------

// The text cut to `width` characters (UTF-8 code points), ending in "..." when cut, so that a
// long name keeps the streamed columns aligned.
std::string fit(std::string_view text, std::size_t width) {
  std::size_t points = 0, cut = text.size();
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (points == width - 3 && cut == text.size()) cut = i;
    if (++points > width) return std::string(text.substr(0, cut)) + "...";
  }
  return std::string(text);
}

bool ascii(std::string_view text) {
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// ASCII `text` in a column of `width` characters, padded with spaces on the left (`right`-aligned)
// or on the right; a name (`cut`) longer than the column is cut as fit() cuts it, a number is not.
void column(std::string& out, std::string_view text, std::size_t width, bool right, bool cut = false) {
  if (text.size() > width) {
    if (!cut) {
      out.append(text);
      return;
    }
    out.append(text.substr(0, width - 3));
    out += "...";
    return;
  }
  if (right) out.append(width - text.size(), ' ');
  out.append(text);
  if (!right) out.append(width - text.size(), ' ');
}

class TextJobs final : public JobOutput {
 public:
  TextJobs(bool totals_only, const RenderOptions& options)
      : totals_only_(totals_only), options_(options), series_(!options.jobs_series.empty()) {
    if (!totals_only_) {
      out_ += fmt::format("{:>7}  {:<20}  {:<16}  {:>6}  {:>9}  {:<26}  {:>12}  {:>12}  {:>12}", "line", "name", "hardware",
                          "count", "hours", "region", "energy kWh", "kg CO2e", "net kg CO2e");
      out_ += series_ ? fmt::format("  {:>12}\n", "hourly kg") : "\n";
    }
  }

  void job(const JobResult& job) override {
    basis_ = job.estimate.basis;
    if (totals_only_) return;
    const Estimate& e = job.estimate;
    const std::string_view hardware = e.hardware != nullptr ? e.hardware->id : "-";
    const std::string region = e.location.grid != nullptr ? location_key(e.location) : "-";
    if (!ascii(job.name) || !ascii(hardware) || !ascii(region)) {
      // fmt pads by display width (a wide character counts two): it lays out what is not ASCII.
      fmt::format_to(std::back_inserter(out_), "{:>7}  {:<20}  {:<16}  {:>6}  {:>9}  {:<26}  {:>12}  {:>12}  {:>12}\n", job.line,
                     fit(job.name, 20), fit(hardware, 16), e.has(Term::count) ? fmt::format("{}", e.count) : std::string("-"),
                     e.has(Term::hours) ? human(e[Term::hours]) : "-", fit(region, 26),
                     human(e[Term::energy_kwh]), human(e[Term::co2e_kg]), human(e[Term::net_co2e_kg]));
      if (series_) {
        out_.pop_back();
        series_column(job);
        out_ += '\n';
      }
      return;
    }
    // The same line laid out by hand: fmt's padding costs more than the rest of the row.
    char number[24];
    const auto digits = [&](std::uint64_t n) {
      const auto [end, ec] = std::to_chars(number, number + sizeof number, n);
      return std::string_view(number, static_cast<std::size_t>(end - number));
    };
    column(out_, digits(job.line), 7, true);
    out_ += "  ";
    column(out_, job.name, 20, false, true);
    out_ += "  ";
    column(out_, hardware, 16, false, true);
    out_ += "  ";
    column(out_, e.has(Term::count) ? digits(e.count) : std::string_view("-"), 6, true);
    out_ += "  ";
    column(out_, e.has(Term::hours) ? human(e[Term::hours]) : std::string("-"), 9, true);
    out_ += "  ";
    column(out_, region, 26, false, true);
    for (const Term t : {Term::energy_kwh, Term::co2e_kg, Term::net_co2e_kg}) {
      out_ += "  ";
      column(out_, human(e[t]), 12, true);
    }
    if (series_) series_column(job);
    out_ += '\n';
  }

  void error(const JobError&) override {}  // on stderr only

  void end(const JobTotals& totals, const Catalog&) override {
    const Totals& t = totals.all;
    if (!totals_only_) out_ += '\n';
    out_ += fmt::format("Total of {} job{}{}:\n", t.jobs, t.jobs == 1 ? "" : "s",
                        totals.failed > 0 ? fmt::format(" ({} row{} failed, not counted)", totals.failed,
                                                        totals.failed == 1 ? "" : "s")
                                          : "");
    out_ += fmt::format("  energy      {} kWh  (facility; IT {} kWh; {} device-hours)\n", human(t.energy_kwh),
                        human(t.it_energy_kwh), human(t.device_hours));
    out_ += fmt::format("  emissions   {} kg CO2e  (gross, location-based{})\n", human(t.co2e_kg),
                        t.jobs > 0 ? fmt::format("; intensities on a {} basis", to_string(basis_)) : std::string());
    out_ += fmt::format("  net         {} kg CO2e  (after {} kg CO2e of offsets bought)\n", human(t.net_co2e_kg),
                        human(t.offset_kg));
    if (series_) {
      const double diff = t.series_co2e_kg - t.series_annual_co2e_kg;
      out_ += fmt::format("  hourly      {} kg CO2e  ({} job{} against {}, hour by hour; the same at the annual figures {} kg CO2e, {} {} kg"
                          "{})\n",
                          human(t.series_co2e_kg), t.series_jobs, t.series_jobs == 1 ? "" : "s", options_.jobs_series,
                          human(t.series_annual_co2e_kg), diff <= 0 ? "less by" : "more by", human(std::abs(diff)),
                          t.series_annual_co2e_kg > 0 ? fmt::format(", {:+.1f} %", 100 * diff / t.series_annual_co2e_kg) : std::string());
      if (t.series_jobs < t.jobs) {
        out_ += fmt::format("              {} job{} without a start time or outside the series: at the annual figures only\n",
                            t.jobs - t.series_jobs, t.jobs - t.series_jobs == 1 ? "" : "s");
      }
    }
    if (options_.accounting && totals.skipped.total() > 0) {
      const SkippedRows& k = totals.skipped;
      out_ += fmt::format("  skipped     {} line{} of the accounting not counted: {} job step{} (counted in their jobs), {} still running, "
                          "{} never started\n",
                          k.total(), k.total() == 1 ? "" : "s", k.steps, k.steps == 1 ? "" : "s", k.running, k.not_started);
    }
    if (!options_.cluster_file.empty()) {
      out_ += fmt::format("  cluster     {}{}: each job's hardware, CPUs, PUE and grid by its partition and node\n",
                          options_.cluster_file, options_.cluster_name.empty() ? "" : fmt::format(" ({})", options_.cluster_name));
    }
    group(out_, "By region:", "region", totals.regions());
    group(out_, "By hardware:", "hardware", totals.hardware());
    for (const Grouping& g : totals.groups) {
      std::string title = fmt::format("By {}:", g.key);
      group(out_, title, g.key, g.sorted(), series_);
    }
    out_ += equivalents_text(t.co2e_kg, options_);
    if (!options_.settings.empty()) out_ += '\n';
    for (const std::string& note : provenance_notes(options_)) out_ += note + '\n';
  }

 private:
  static void group(std::string& out, std::string_view title, std::string_view key, const std::map<std::string, Totals>& rows,
                    bool series = false) {
    std::vector<Table::Align> align{Table::Align::left, Table::Align::right, Table::Align::right, Table::Align::right,
                                    Table::Align::right};
    if (series) align.insert(align.end(), {Table::Align::right, Table::Align::right});
    Table table(align);
    std::vector<std::string> head{std::string(key), "jobs", "energy kWh", "kg CO2e", "net kg CO2e"};
    if (series) {
      head.emplace_back("priced");  // jobs priced against the series: the hourly figure is theirs
      head.emplace_back("hourly kg");
    }
    table.add(head);
    for (const auto& [label, t] : rows) {
      std::vector<std::string> row{label, fmt::format("{}", t.jobs), human(t.energy_kwh), human(t.co2e_kg), human(t.net_co2e_kg)};
      if (series) {
        row.push_back(fmt::format("{}", t.series_jobs));
        row.push_back(t.series_jobs > 0 ? human(t.series_co2e_kg) : "-");
      }
      table.add(row);
    }
    out += fmt::format("\n{}\n{}", title, table.render());
  }
  void series_column(const JobResult& job) {
    out_ += "  ";
    column(out_, job.series != nullptr ? human(job.series->co2e_kg) : std::string("-"), 12, true);
  }
  bool totals_only_;
  RenderOptions options_;
  bool series_;
  Basis basis_ = Basis::lifecycle;  // the run's (every job is on it)
};

}  // namespace

std::unique_ptr<JobOutput> make_job_output(Format format, const Catalog& catalog, bool totals_only,
                                           const RenderOptions& options) {
  switch (format) {
    case Format::text: return std::make_unique<TextJobs>(totals_only, options);
    case Format::csv: return std::make_unique<CsvJobs>(totals_only, options);
    case Format::jsonl: return std::make_unique<JsonLinesJobs>(totals_only, options);
    case Format::json: return std::make_unique<JsonJobs>(catalog, totals_only, options);
    default: return make_appendix_job_output(format, catalog, totals_only, options);
  }
}

}  // namespace mlcarbon
