// Renderers: each turns a computed result into the text of one output format. They build
// strings and never print; the CLI writes them out.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>
#include <string_view>

#include "data/catalog.h"
#include "core/estimate.h"
#include "core/series.h"

namespace mlcarbon {

enum class Format { text, json, jsonl, csv, markdown, latex, model_card };

// "text", "json", "jsonl", "csv", "markdown", "latex", "model-card"; nullopt for anything else.
std::optional<Format> format_from_name(std::string_view name);
std::string_view format_name(Format format);

// Version of the JSON and CSV output layout (documented in README, "Machine output").
inline constexpr int kOutputSchemaVersion = 1;

// Choices that change what is printed, beyond the format.
struct CompatEstimate;

// A default that an option took from the environment or a project file: the outputs name it, so
// that no number changes without a word about why.
struct SettingUsed {
  std::string key;     // "pue", "region", "data_dir", "format", "budget", ...
  std::string value;   // as written
  std::string origin;  // "MLCARBON_PUE", or the project file's path
};
// "--pue 1.2 (MLCARBON_PUE), --region FR (/repo/.mlcarbon.json, key region)".
std::string settings_text(const std::vector<SettingUsed>& settings);

// What `mlcarbon run` measured, for the outputs to show beside the estimate it made of it.
struct RunPart {
  std::string name;        // "GPU 0 (NVIDIA A100-SXM4-40GB)", "CPU packages", "DRAM", "accelerators"
  std::string kind;        // gpu, cpu, dram
  std::string method;      // nvml_energy_counter, nvml_power_samples, rapl, model
  std::string how;         // in words
  double kwh = 0;
  bool measured = true;    // false: modelled (TDP x utilization x time), said so
};
struct RunReport {
  std::vector<std::string> command;
  double seconds = 0;       // the command's wall-clock time
  double sampled_s = 0;     // the sampler's window (a little longer): the mean powers are over it
  int exit_status = 0;     // the command's (128 + N when signal N ended it)
  bool interrupted = false;  // SIGINT or SIGTERM came during the run
  std::vector<RunPart> parts;
  std::vector<std::string> notes;  // sources not there, and why; modelled parts
  double sampler_cpu_s = 0;
  double interval_s = 1;
};

// --intensity-series: the run's hours against a series of grid intensities, beside the estimate's
// annual-average figure.
struct SeriesReport {
  std::string_view file;
  const IntensitySeries* series = nullptr;
  std::int64_t start = 0;
  double hours = 0;
  SeriesEmissions result;
  double annual_co2e_kg = 0;  // the estimate's own figure, from the annual average

  double difference_kg() const { return result.co2e_kg - annual_co2e_kg; }
};

struct RenderOptions {
  const RunReport* run = nullptr;  // mlcarbon run: the measurement behind the estimate
  std::string jobs_series;  // --intensity-series with --jobs: the file each job is priced against
  bool accounting = false;  // jobs from an accounting file (sacct): rows skipped are reported
  std::string cluster_file, cluster_name;  // --cluster: where each sacct job's hardware, CPUs, PUE and grid came from
  const SeriesReport* series = nullptr;  // --intensity-series
  bool equivalents = false;                     // --equivalents: everyday comparisons of the gross CO2e
  const CompatEstimate* compat = nullptr;       // --compat: another tool's figures beside mlcarbon's
  std::string_view training_type = "pre-training";  // model card: --training-type
  std::vector<SettingUsed> settings;                 // defaults taken from the environment or a project file
  std::string_view data_origin = "embedded";         // the catalog's origin, when the notes must name it
  bool short_text = false;  // text: the short view (the command line's default; -v gives the full report)
  std::size_t width = 80;   // text: the columns the short view and the listings are laid out to
};

std::string render_estimate(const Estimate& estimate, const Catalog& catalog, Format format,
                            const RenderOptions& options = {});

// --brief: the result in at most three lines of text (the job and its figures; the PUE and grid
// intensity with their origin and year; range, offsets, market-based and embodied figures).
std::string render_estimate_brief(const Estimate& estimate);

// Text listings are laid out to `width` columns (names cut where they must be).
std::string render_hardware_list(std::span<const Hardware* const> hardware, Format format, std::size_t width = 80);
std::string render_hardware_show(const Hardware& hardware, Format format);
std::string render_location_list(std::span<const Location> locations, const Catalog& catalog, Format format,
                                 std::size_t width = 80);
std::string render_location_show(const Location& location, const Catalog& catalog, Format format);
// Instance types; `one` for `instances show` (JSON: {"instance": {...}} instead of a list).
std::string render_instance_list(std::span<const Instance* const> instances, Format format, bool one = false,
                                 std::size_t width = 80);

// The result of validating one set of data: what was checked and what it holds.
struct DataCheck {
  std::string what;  // a file name, or the origin of the data in use
  std::string kind;  // "data in use", "hardware file", "regions file", "overlay file"
  CatalogStats stats;
};
std::string render_data_checks(std::span<const DataCheck> checks, Format format);


}  // namespace mlcarbon
