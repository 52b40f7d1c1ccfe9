// Paper appendix and model-card output of a jobs file: a row per job, the total, and a paragraph
// citing every work the jobs used (the same rule as for one estimate: core/citations.h).
#include <set>

#include <fmt/format.h>

#include "render/appendix.h"
#include "render/explain.h"
#include "render/model_card.h"
#include "render/render_jobs.h"
#include "util/numbers.h"
#include "version.h"

namespace mlcarbon {
namespace {

using appendix::Piece;
using appendix::Prose;
using appendix::Target;

class AppendixJobs final : public JobOutput {
 public:
  AppendixJobs(Format format, const Catalog& catalog, bool totals_only, const RenderOptions& options)
      : format_(format), target_(format, cited_), totals_only_(totals_only), options_(options) {
    if (format_ == Format::model_card) return;
    out_ += appendix::header(target_, catalog, options_);
    if (totals_only_) return;
    out_ += target_.latex() ? "\\begin{table}[ht]\n\\centering\n\\begin{tabular}{lllrrrrr}\n\\hline\n"
                              "Job & Hardware & Location & Hours & PUE & gCO\\textsubscript{2}e/kWh & kWh & kg CO\\textsubscript{2}e \\\\\n\\hline\n"
                            : "| Job | Hardware | Location | Hours | PUE | gCO2e/kWh | kWh | kg CO2e |\n"
                              "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |\n";
  }

  void job(const JobResult& job) override {
    const Estimate& e = job.estimate;
    basis_ = e.basis;
    cited_.add(e);
    reported_energy_ = reported_energy_ || e.energy_given();
    hardware_.insert(e.hardware != nullptr ? std::string(e.hardware->name)
                     : e.accelerator_free() ? host_description(e) + " (no accelerators)"
                     : e.energy_given()    ? std::string("not stated (energy as reported)")
                                           : fmt::format("devices at {} W", human(e[Term::power_w])));
    locations_.insert(card_location(e.location));
    if (totals_only_ || format_ == Format::model_card) return;
    const std::string name = job.name.empty() ? fmt::format("line {}", job.line) : std::string(job.name);
    const std::string hardware = e.accelerator_free() ? target_.text(host_description(e, true) + " (no accelerators)")
                                 : e.energy_given() && e.hardware == nullptr
                                     ? target_.text("energy as reported")
                                     : fmt::format("{}{}{}", e.count, target_.times(), target_.text(e.hardware != nullptr ? e.hardware->id : "device"));
    const std::string location = e.location.grid != nullptr ? location_key(e.location) : "private site";
    const std::string numbers = fmt::format("{} & {} & {} & {} & {}", e.has(Term::hours) ? human(e[Term::hours]) : "-", human(e[Term::pue]),
                                            human(e[Term::intensity_g_per_kwh]), human(e[Term::energy_kwh]), human(e[Term::co2e_kg]));
    if (target_.latex()) {
      out_ += fmt::format("{} & {} & {} & {} \\\\\n", target_.text(name), hardware, target_.text(location), numbers);
    } else {
      std::string cells = numbers;
      for (std::size_t at = 0; (at = cells.find(" & ", at)) != std::string::npos;) cells.replace(at, 3, " | ");
      out_ += fmt::format("| {} | {} | {} | {} |\n", appendix::markdown_cell(name), hardware, location, cells);
    }
  }

  void error(const JobError&) override {}  // on stderr only

  void end(const JobTotals& totals, const Catalog& catalog) override {
    const Totals& t = totals.all;
    if (format_ == Format::model_card) {
      out_ += model_card(t.co2e_kg, catalog, options_, fmt::format("{}", fmt::join(locations_, "; ")),
                         fmt::format("{}", fmt::join(hardware_, "; ")), jobs_energy_words(), basis_);
      return;
    }
    if (!totals_only_) out_ += total_row(t);
    out_ += target_.latex() ? "\\paragraph{Energy and carbon footprint.}\n" : "**Energy and carbon footprint.** ";
    out_ += target_.prose(paragraph(t, totals.skipped)) + target_.prose(appendix::equivalents_prose(t.co2e_kg, options_, cited_)) + "\n" +
            appendix::references(cited_, target_);
  }

 private:
  std::string total_row(const Totals& t) const {
    if (target_.latex()) {
      return fmt::format("\\hline\nTotal &  &  & {} device-h &  &  & {} & {} \\\\\n\\hline\n\\end{{tabular}}\n"
                         "\\caption{{Energy and emissions of each run (mlcarbon).}}\n\\end{{table}}\n\n",
                         human(t.device_hours), human(t.energy_kwh), human(t.co2e_kg));
    }
    return fmt::format("| **Total** |  |  | {} device-h |  |  | {} | {} |\n\n", human(t.device_hours), human(t.energy_kwh), human(t.co2e_kg));
  }

  // The jobs' energy in words: power x time, and a reported energy where a row gave one.
  std::string jobs_energy_words() const {
    return reported_energy_ ? energy_in_words(false) + " (or, for a run with a reported energy, that energy x PUE)"
                            : energy_in_words(false);
  }

  Prose paragraph(const Totals& t, const SkippedRows& skipped) const {
    Prose p;
    p.push_back({fmt::format("We estimate the energy of {} runs as {}, and their emissions as energy x the average carbon intensity "
                             "of the grid",
                             t.jobs, jobs_energy_words()),
                 {},
                 true});
    p.push_back({fmt::format(", computed with mlcarbon {}. Power figures, PUEs and grid intensities (all on a {} basis, figures "
                             "published on the other converted with their grid's generation mix) come from the sources cited",
                             kVersion, to_string(basis_)),
                 cited_.sources()});
    p.push_back({fmt::format(". In total the runs used {} kWh of electricity ({} device-hours) and emitted {} kg CO2e "
                             "(location-based); after {} kg CO2e of offsets bought, {} kg CO2e net.",
                             human(t.energy_kwh), human(t.device_hours), human(t.co2e_kg), human(t.offset_kg), human(t.net_co2e_kg)),
                 {}});
    if (options_.accounting) {
      // Where the runs come from, and what the cluster description (not a cited source) gave.
      p.push_back({fmt::format(" The runs are the jobs that ran in the cluster's SLURM accounting (sacct): each one's GPUs, CPU "
                               "cores, memory and elapsed time as the scheduler allocated them{}{}.",
                               options_.cluster_file.empty()
                                   ? std::string()
                                   : fmt::format(", and the hardware, PUE and grid of its partition as the cluster description{} "
                                                 "gives them",
                                                 options_.cluster_name.empty() ? std::string() : " (" + options_.cluster_name + ")"),
                               skipped.total() == 0
                                   ? std::string()
                                   : fmt::format("; left out are {} job step{} (counted with their jobs), {} job{} still running and {} "
                                                 "that never started",
                                                 skipped.steps, skipped.steps == 1 ? "" : "s", skipped.running,
                                                 skipped.running == 1 ? "" : "s", skipped.not_started)),
                   {}});
    }
    return p;
  }

  Format format_;
  CitationList cited_;
  Target target_;
  bool totals_only_;
  RenderOptions options_;
  std::set<std::string> hardware_;
  std::set<std::string> locations_;
  Basis basis_ = Basis::lifecycle;  // the run's (every job is on it)
  bool reported_energy_ = false;  // a job gave its energy (--energy-kwh) instead of power x time
};

}  // namespace

std::unique_ptr<JobOutput> make_appendix_job_output(Format format, const Catalog& catalog, bool totals_only,
                                                    const RenderOptions& options) {
  return std::make_unique<AppendixJobs>(format, catalog, totals_only, options);
}

}  // namespace mlcarbon
