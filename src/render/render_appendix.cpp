// Paper appendix output: a paragraph of method and a table, in Markdown or LaTeX, citing the
// method papers and every data source used; and the Hugging Face model-card metadata block.
#include <set>

#include <fmt/format.h>

#include "core/assumptions.h"
#include "core/citations.h"
#include "core/equivalents.h"
#include "render/render_internal.h"
#include "render/render_jobs.h"
#include "version.h"

namespace mlcarbon {
namespace {

// A stretch of prose followed by the works it cites (a null source: the method papers).
struct Piece {
  std::string text;
  std::vector<const Source*> cites;
  bool cite_method = false;
};
using Prose = std::vector<Piece>;

// What the two targets differ in: escaping, "x", "CO2e", and how a citation looks.
class Target {
 public:
  Target(Format format, const CitationList& cited) : latex_(format == Format::latex), cited_(cited) {}

  // Prose: " x " between factors becomes a multiplication sign.
  std::string text(std::string_view plain) const {
    std::string out = latex_ ? latex_escape(plain) : std::string(plain);
    for (std::size_t at = 0; (at = out.find(" x ", at)) != std::string::npos;) {
      const std::string sign = times();
      out.replace(at, 3, sign);
      at += sign.size();
    }
    if (!latex_) return out;
    for (std::size_t at = 0; (at = out.find("CO2", at)) != std::string::npos; at += 19) out.replace(at, 3, "CO\\textsubscript{2}");
    return out;
  }
  std::string times() const { return latex_ ? " $\\times$ " : " × "; }

  std::string cite(const std::vector<const Source*>& sources, bool method) const {
    std::vector<std::string> refs;
    if (method) {
      refs.push_back(latex_ ? std::string(lacoste_key()) : "1");
      refs.push_back(latex_ ? std::string(patterson_key()) : "2");
    }
    for (const Source* s : sources) refs.push_back(latex_ ? std::string(s->key) : fmt::format("{}", cited_.number_of(s)));
    if (refs.empty()) return {};
    return latex_ ? fmt::format("~\\cite{{{}}}", fmt::join(refs, ",")) : fmt::format(" [{}]", fmt::join(refs, ", "));
  }

  std::string prose(const Prose& pieces) const {
    std::string out;
    for (const Piece& p : pieces) out += text(p.text) + cite(p.cites, p.cite_method);
    return out;
  }

  bool latex() const { return latex_; }

 private:
  bool latex_;
  const CitationList& cited_;
};

std::string where(const Location& location) {
  if (location.region != nullptr) {
    return fmt::format(" in the {} region {} ({})", location.region->provider->name, location.region->id,
                       region_title(*location.region));
  }
  if (location.grid != nullptr) return fmt::format(" in {}", location.grid->name);
  return " at a private site";
}

// "8.4e+22" for counts too large for human(): FLOP, parameters, tokens.
std::string sci(double value) { return value >= 1e6 ? fmt::format("{:.3g}", value) : human(value); }

std::string device_phrase(const ResolvedInputs& in) {
  const std::string what = in.hardware != nullptr ? std::string(in.hardware->name) : "devices";
  return fmt::format("{} {}", in.model.count, what);
}

Prose estimate_prose(const Estimate& e) {
  const ResolvedInputs& in = e.inputs;
  const ModelResult& r = e.result;
  Prose p;
  p.push_back({fmt::format("The run used {} for {} h{}. ", device_phrase(in), human(in.model.hours), where(in.location)), {}});
  const bool host = in.cpu != nullptr || in.model.memory_gb > 0 || in.model.overhead_w > 0;
  p.push_back({fmt::format("We estimate its energy as {} x hours x PUE, and its emissions as energy x the average carbon "
                           "intensity of the grid",
                           host ? "(devices x power per device x utilization + the host's power)"
                                : "devices x power per device x utilization"),
               {},
               true});
  p.push_back({fmt::format(", computed with mlcarbon {}. ", kVersion), {}});
  if (in.power_origin == PowerOrigin::user) {
    p.push_back({fmt::format("The power per device is a measured average of {} W. ", human(in.model.power_w)), {}});
  } else {
    const Hardware& hw = *in.hardware;
    const std::string kind = hw.power_kind == PowerKind::tdp ? "TDP" : hw.power_kind == PowerKind::measured_average
                                                                             ? "published measured average"
                                                                             : "published estimate";
    p.push_back({fmt::format("The power per device is the {} of the {}, {} W", kind, hw.name, human(hw.power_w)), {hw.source}});
    p.push_back({in.model.utilization < 1 ? fmt::format(", at a utilization of {}. ", human(in.model.utilization))
                 : hw.power_kind == PowerKind::tdp ? std::string(", an upper bound on the average draw. ")
                                                   : std::string(". "),
                 {}});
  }
  if (in.compute) {
    const ComputeBasis& c = *in.compute;
    const std::string flops = c.params > 0 ? fmt::format("{} FLOP (6 x {} parameters x {} tokens", sci(c.flops), sci(c.params),
                                                         sci(c.tokens))
                                           : fmt::format("{} FLOP (", sci(c.flops));
    p.push_back({fmt::format("The hours follow from the training compute, {}", flops),
                 c.params > 0 ? std::vector<const Source*>{&assumptions::kKaplan} : std::vector<const Source*>{}});
    p.push_back({fmt::format("{}), at the device's dense {} peak of {} TFLOP/s", c.params > 0 ? "" : "as given", to_string(c.precision),
                             human(c.peak_tflops)),
                 {in.hardware->peak.source}});
    p.push_back({fmt::format(" and a model FLOPs utilization of {}{}", human(c.mfu), c.mfu_defaulted ? ", a typical value" : ""),
                 c.mfu_defaulted ? std::vector<const Source*>{&assumptions::kMfuSources} : std::vector<const Source*>{}});
    p.push_back({fmt::format(": {} device-hours. ", human(c.device_hours)), {}});
  }
  if (in.instance != nullptr) {
    p.push_back({fmt::format("The devices are those of {} {}:{} instances", in.nodes, in.instance->provider, in.instance->id),
                 {in.instance->source}});
    p.push_back({". ", {}});
  }
  if (in.cpu != nullptr) {
    p.push_back({fmt::format("The host CPUs are counted too: {} x {} at {} W", human(in.model.cpu_count), in.cpu->name,
                             human(in.model.cpu_power_w)),
                 {in.cpu->source}});
    p.push_back({fmt::format(", at a utilization of {}. ", human(in.model.cpu_utilization)), {}});
  }
  if (in.model.memory_gb > 0) {
    p.push_back({fmt::format("Host memory, {} GB, draws {} W per GB", human(in.model.memory_gb), in.model.memory_w_per_gb),
                 {&assumptions::kGreenAlgorithms}});
    p.push_back({". ", {}});
  }
  if (in.model.overhead_w > 0) {
    p.push_back({fmt::format("A fixed overhead of {} W is added for the nodes. ", human(in.model.overhead_w)), {}});
  }
  switch (in.pue_origin) {
    case PueOrigin::user: p.push_back({fmt::format("We assume a PUE of {}. ", human(in.model.pue)), {}}); break;
    case PueOrigin::site:
    case PueOrigin::provider:
      p.push_back({fmt::format("The PUE is {}, the {} of {} for {}", human(in.model.pue),
                               in.pue_figure->scope.empty() ? "published figure" : in.pue_figure->scope,
                               in.location.region->provider->name, in.pue_figure->year),
                   {in.pue_figure->source}});
      p.push_back({". ", {}});
      break;
    case PueOrigin::site_default:
      p.push_back({fmt::format("The PUE is {}, the industry average for {}", human(in.model.pue), in.pue_figure->year),
                   {in.pue_figure->source}});
      p.push_back({". ", {}});
      break;
  }
  if (in.intensity_origin == IntensityOrigin::user) {
    p.push_back({fmt::format("The carbon intensity of the grid is {} gCO2e/kWh. ", human(in.model.intensity_g_per_kwh)), {}});
  } else {
    const Intensity& i = *in.intensity_figure;
    const std::string whose = in.intensity_origin == IntensityOrigin::region
                                  ? fmt::format("the figure {} publishes for the region", in.location.region->provider->name)
                                  : fmt::format("the average of {}", in.location.grid->name);
    p.push_back({fmt::format("The carbon intensity of the grid is {} gCO2e/kWh, {} for {} ({} basis)",
                             human(in.model.intensity_g_per_kwh), whose, i.year, to_string(i.basis)),
                 {i.source}});
    p.push_back({". ", {}});
  }
  p.push_back({fmt::format("The run used {} kWh of electricity and emitted {} kg CO2e (location-based). ", human(r.energy_kwh),
                           human(r.co2e_kg)),
               {}});
  p.push_back({r.offset_kg > 0 ? fmt::format("Offsets of {} kg CO2e were bought, which leaves {} kg CO2e net. ",
                                             human(r.offset_kg), human(r.net_co2e_kg))
                               : std::string("No offsets are subtracted. "),
               {}});
  for (const ClaimNote& claim : e.claims) {
    // The citation goes before the sentence's full stop.
    std::string sentence = claim.text;
    while (!sentence.empty() && (sentence.back() == '.' || sentence.back() == ' ')) sentence.pop_back();
    p.push_back({sentence, {claim.source}});
    p.push_back({". ", {}});
  }
  if (!e.claims.empty()) p.push_back({"Such provider statements are market-based and are not subtracted here. ", {}});
  if (r.market_co2e_kg) {
    p.push_back({fmt::format("Market-based, after {}'s carbon-free share of the region, the emissions would be {} kg CO2e. ",
                             in.location.region->provider->name, human(*r.market_co2e_kg)),
                 {}});
  }
  if (r.embodied_kg > 0) {
    p.push_back({"Manufacturing (embodied) emissions of the accelerators, amortised over their service life as for BLOOM",
                 {&assumptions::kBloom}});
    p.push_back({fmt::format(", add {} kg CO2e ({} kg CO2e in all). ", human(r.embodied_kg), human(r.total_with_embodied_kg)), {}});
  }
  const Uncertainty& u = e.uncertainty;
  if (!u.factors.empty()) {
    std::string names;
    for (std::size_t i = 0; i < u.factors.size(); ++i) {
      const std::string_view n = u.factors[i].name;
      names += i == 0 ? "" : i + 1 == u.factors.size() ? " and " : ", ";
      names += n == "pue" ? "PUE" : n == "mfu" ? "MFU" : n == "power" ? "power per device" : "grid intensity";
    }
    p.push_back({fmt::format("With the {} within their published ranges, the emissions lie between {} and {} kg CO2e.", names,
                             human(u.co2e_low), human(u.co2e_high)),
                 {}});
  }
  return p;
}

struct Row {
  std::string label;
  std::string value;
  std::vector<const Source*> cites;
};

std::vector<Row> estimate_rows(const Estimate& e, const Target& t) {
  const ResolvedInputs& in = e.inputs;
  const ModelResult& r = e.result;
  std::vector<Row> rows;
  rows.push_back({"Hardware", fmt::format("{}{}{}", in.model.count, t.times(),
                                           t.text(in.hardware != nullptr ? in.hardware->name : "device")), {}});
  const std::string power_kind = in.power_origin == PowerOrigin::user ? "measured"
                                 : in.hardware->power_kind == PowerKind::tdp ? "TDP"
                                 : in.hardware->power_kind == PowerKind::measured_average ? "measured average"
                                                                                          : "estimate";
  rows.push_back({"Power per device", fmt::format("{} W ({})", human(in.model.power_w), power_kind),
                  in.power_origin == PowerOrigin::hardware ? std::vector<const Source*>{in.hardware->source}
                                                           : std::vector<const Source*>{}});
  rows.push_back({"Utilization", human(in.model.utilization), {}});
  if (in.compute) {
    const ComputeBasis& c = *in.compute;
    rows.push_back({"Training compute", fmt::format("{} FLOP", sci(c.flops)),
                    c.params > 0 ? std::vector<const Source*>{&assumptions::kKaplan} : std::vector<const Source*>{}});
    rows.push_back({"Peak throughput", fmt::format("{} TFLOP/s ({}, dense)", human(c.peak_tflops), to_string(c.precision)),
                    {in.hardware->peak.source}});
    rows.push_back({"Model FLOPs utilization", human(c.mfu),
                    c.mfu_defaulted ? std::vector<const Source*>{&assumptions::kMfuSources} : std::vector<const Source*>{}});
    rows.push_back({"Device-hours", human(c.device_hours), {}});
  }
  if (in.cpu != nullptr) {
    rows.push_back({"Host CPUs", fmt::format("{}{}{} ({} W, utilization {})", human(in.model.cpu_count), t.times(), t.text(in.cpu->name),
                                             human(in.model.cpu_power_w), human(in.model.cpu_utilization)),
                    {in.cpu->source}});
  }
  if (in.model.memory_gb > 0) {
    rows.push_back({"Host memory", fmt::format("{} GB at {} W/GB", human(in.model.memory_gb), in.model.memory_w_per_gb),
                    {&assumptions::kGreenAlgorithms}});
  }
  if (in.model.overhead_w > 0) rows.push_back({"Fixed overhead", fmt::format("{} W", human(in.model.overhead_w)), {}});
  rows.push_back({"Duration", fmt::format("{} h", human(in.model.hours)), {}});
  rows.push_back({"Location", t.text(in.location.grid != nullptr ? location_key(in.location) : "private site"), {}});
  rows.push_back({"PUE", human(in.model.pue), in.pue_figure ? std::vector<const Source*>{in.pue_figure->source}
                                                            : std::vector<const Source*>{}});
  rows.push_back({"Grid intensity",
                  t.text(in.intensity_figure ? fmt::format("{} gCO2e/kWh ({})", human(in.model.intensity_g_per_kwh),
                                                           in.intensity_figure->year)
                                             : fmt::format("{} gCO2e/kWh", human(in.model.intensity_g_per_kwh))),
                  in.intensity_figure ? std::vector<const Source*>{in.intensity_figure->source} : std::vector<const Source*>{}});
  rows.push_back({"Energy", fmt::format("{} kWh", human(r.energy_kwh)), {}});
  rows.push_back({"Emissions (location-based)", t.text(fmt::format("{} kg CO2e", human(r.co2e_kg))), {}});
  rows.push_back({"Offsets bought", t.text(fmt::format("{} kg CO2e", human(r.offset_kg))), {}});
  rows.push_back({"Net emissions", t.text(fmt::format("{} kg CO2e", human(r.net_co2e_kg))), {}});
  if (r.market_co2e_kg) rows.push_back({"Emissions (market-based)", t.text(fmt::format("{} kg CO2e", human(*r.market_co2e_kg))), {}});
  if (r.embodied_kg > 0) {
    rows.push_back({"Embodied emissions", t.text(fmt::format("{} kg CO2e", human(r.embodied_kg))), {&assumptions::kBloom}});
    rows.push_back({"Total with embodied", t.text(fmt::format("{} kg CO2e", human(r.total_with_embodied_kg))), {}});
  }
  if (!e.uncertainty.factors.empty()) {
    rows.push_back({"Range (location-based)",
                    t.text(fmt::format("{} to {} kg CO2e", human(e.uncertainty.co2e_low), human(e.uncertainty.co2e_high))), {}});
  }
  return rows;
}

std::string markdown_cell(std::string text) {
  for (std::size_t at = 0; (at = text.find('|', at)) != std::string::npos; at += 2) text.replace(at, 1, "\\|");
  return text;
}

std::string table(const std::vector<Row>& rows, const Target& t, std::string_view caption) {
  std::string out;
  if (t.latex()) {
    out += "\\begin{table}[ht]\n\\centering\n\\begin{tabular}{lll}\n\\hline\nQuantity & Value & Source \\\\\n\\hline\n";
    for (const Row& r : rows) out += fmt::format("{} & {} & {} \\\\\n", r.label, r.value, t.cite(r.cites, false).substr(r.cites.empty() ? 0 : 1));
    out += fmt::format("\\hline\n\\end{{tabular}}\n\\caption{{{}}}\n\\end{{table}}\n", t.text(caption));
  } else {
    out += "| Quantity | Value | Source |\n| --- | --- | --- |\n";
    for (const Row& r : rows) {
      const std::string cite = t.cite(r.cites, false);
      out += fmt::format("| {} | {} | {} |\n", r.label, markdown_cell(r.value), cite.empty() ? "" : cite.substr(1));
    }
    out += fmt::format("\n*{}*\n", caption);
  }
  return out;
}

std::string references(const CitationList& cited, const Target& t) {
  if (t.latex()) return {};
  std::string out = "\n**References**\n\n";
  std::size_t n = 0;
  for (const Citation& c : method_citations()) out += fmt::format("{}. {}\n", ++n, c.reference);
  for (const Source* s : cited.sources()) out += fmt::format("{}. {}\n", ++n, source_citation(*s).reference);
  return out;
}

std::string header(const Target& t, const Catalog& catalog) {
  const std::string note = fmt::format("Written by mlcarbon {} (data: hardware {}, regions {}).", kVersion,
                                       catalog.hardware_version, catalog.regions_version);
  if (t.latex()) {
    return fmt::format("% {}\n% Needs \\usepackage{{url}} for the bibliography; cites the keys of `--bib FILE`.\n", note);
  }
  return fmt::format("<!-- {} -->\n", note);
}

// "That is about as much CO2e as ..." with each constant's source (empty without --equivalents).
Prose equivalents_prose(double co2e_kg, const RenderOptions& options, CitationList& cited) {
  Prose p;
  if (!options.equivalents) return p;
  const auto all = equivalents();
  p.push_back({" That is about as much CO2e as ", {}});
  for (std::size_t i = 0; i < all.size(); ++i) {
    cited.add(all[i].source);
    const std::string sep = i + 1 == all.size() ? "." : i + 2 == all.size() ? ", or " : ", ";
    p.push_back({fmt::format("{} {}", human(co2e_kg / all[i].kg_co2e_per_unit), all[i].label), {all[i].source}});
    p.push_back({sep, {}});
  }
  return p;
}

}  // namespace

std::string render_estimate_appendix(const Estimate& e, const Catalog& catalog, Format format, const RenderOptions& options) {
  CitationList cited;
  for (const Source* s : sources_of(e.inputs, e.claims)) cited.add(s);
  const Prose comparisons = equivalents_prose(e.result.co2e_kg, options, cited);
  const Target t(format, cited);
  const std::string heading = t.latex() ? "\\paragraph{Energy and carbon footprint.}\n" : "**Energy and carbon footprint.** ";
  std::string prose = t.prose(estimate_prose(e)) + t.prose(comparisons);
  while (!prose.empty() && prose.back() == ' ') prose.pop_back();
  return header(t, catalog) + heading + prose + "\n\n" +
         table(estimate_rows(e, t), t, "Energy and emissions of the run, factor by factor (mlcarbon).") + references(cited, t);
}

namespace {

std::string yaml_string(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// The Hugging Face model-card metadata block; `emissions` is in grams (huggingface.co docs,
// "Displaying carbon emissions for your model").
std::string model_card(double grams, std::string_view source, std::string_view training_type, std::string_view location,
                       std::string_view hardware) {
  std::string rounded = fmt::format("{:.2f}", grams);  // to 0.01 g: the block is for people to read
  while (rounded.back() == '0') rounded.pop_back();
  if (rounded.back() == '.') rounded.pop_back();
  return fmt::format(
      "co2_eq_emissions:\n  emissions: {}\n  source: {}\n  training_type: {}\n  geographical_location: {}\n"
      "  hardware_used: {}\n",
      rounded, yaml_string(source), yaml_string(training_type), yaml_string(location), yaml_string(hardware));
}

std::string card_source(const Catalog& catalog) {
  return fmt::format("mlcarbon {} estimate: energy = devices x power x hours x PUE, emissions = energy x grid intensity "
                     "(Lacoste et al. 2019; Patterson et al. 2021); data {}/{}",
                     kVersion, catalog.hardware_version, catalog.regions_version);
}

std::string card_location(const Location& location) {
  if (location.region != nullptr) {
    return fmt::format("{}, {} ({})", region_title(*location.region), location.region->country, location_key(location));
  }
  return location.grid != nullptr ? std::string(location.grid->name) : std::string("private site");
}

// ---- jobs ------------------------------------------------------------------------------------

class AppendixJobs final : public JobOutput {
 public:
  AppendixJobs(Format format, const Catalog& catalog, bool totals_only, const RenderOptions& options)
      : format_(format), target_(format, cited_), totals_only_(totals_only), options_(options) {
    if (format_ == Format::model_card) return;
    out_ += header(target_, catalog);
    if (totals_only_) return;
    out_ += target_.latex() ? "\\begin{table}[ht]\n\\centering\n\\begin{tabular}{lllrrrrr}\n\\hline\n"
                              "Job & Hardware & Location & Hours & PUE & gCO\\textsubscript{2}e/kWh & kWh & kg CO\\textsubscript{2}e \\\\\n\\hline\n"
                            : "| Job | Hardware | Location | Hours | PUE | gCO2e/kWh | kWh | kg CO2e |\n"
                              "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |\n";
  }

  void job(const JobResult& job) override {
    const ResolvedInputs& in = job.inputs;
    if (in.hardware != nullptr) {
      if (in.power_origin == PowerOrigin::hardware) cited_.add(in.hardware->source);
      hardware_.insert(fmt::format("{}", in.hardware->name));
    } else {
      hardware_.insert(fmt::format("devices at {} W", human(in.model.power_w)));
    }
    if (in.pue_figure) cited_.add(in.pue_figure->source);
    if (in.intensity_figure) cited_.add(in.intensity_figure->source);
    locations_.insert(card_location(in.location));
    if (totals_only_ || format_ == Format::model_card) return;
    const std::string name = job.name.empty() ? fmt::format("line {}", job.line) : std::string(job.name);
    const std::string hardware = fmt::format("{}{}{}", in.model.count, target_.times(),
                                             target_.text(in.hardware != nullptr ? in.hardware->id : "device"));
    const std::string location = in.location.grid != nullptr ? location_key(in.location) : "private site";
    if (target_.latex()) {
      out_ += fmt::format("{} & {} & {} & {} & {} & {} & {} & {} \\\\\n", target_.text(name), hardware, target_.text(location),
                          human(in.model.hours), human(in.model.pue), human(in.model.intensity_g_per_kwh),
                          human(job.result.energy_kwh), human(job.result.co2e_kg));
    } else {
      out_ += fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} |\n", markdown_cell(name), hardware, location,
                          human(in.model.hours), human(in.model.pue), human(in.model.intensity_g_per_kwh),
                          human(job.result.energy_kwh), human(job.result.co2e_kg));
    }
  }

  void error(const JobError&) override {}  // on stderr only

  void end(const JobTotals& totals, const Catalog& catalog) override {
    const Totals& t = totals.all;
    if (format_ == Format::model_card) {
      out_ += model_card(t.co2e_kg * 1000, card_source(catalog), options_.training_type,
                         fmt::format("{}", fmt::join(locations_, "; ")), fmt::format("{}", fmt::join(hardware_, "; ")));
      return;
    }
    if (!totals_only_) {
      if (target_.latex()) {
        out_ += fmt::format("\\hline\nTotal &  &  & {} device-h &  &  & {} & {} \\\\\n\\hline\n\\end{{tabular}}\n"
                            "\\caption{{Energy and emissions of each run (mlcarbon).}}\n\\end{{table}}\n\n",
                            human(t.device_hours), human(t.energy_kwh), human(t.co2e_kg));
      } else {
        out_ += fmt::format("| **Total** |  |  | {} device-h |  |  | {} | {} |\n\n", human(t.device_hours), human(t.energy_kwh),
                            human(t.co2e_kg));
      }
    }
    Prose p;
    p.push_back({fmt::format("{}We estimate the energy of {} runs as devices x power per device x utilization x hours x PUE, "
                             "and their emissions as energy x the average carbon intensity of the grid",
                             target_.latex() ? "\\paragraph{Energy and carbon footprint.}\n" : "**Energy and carbon footprint.** ",
                             t.jobs),
                 {},
                 true});
    p.push_back({fmt::format(", computed with mlcarbon {}. Power figures, PUEs and grid intensities come from the sources cited",
                             kVersion),
                 cited_.sources()});
    p.push_back({fmt::format(". In total the runs used {} kWh of electricity ({} device-hours) and emitted {} kg CO2e "
                             "(location-based); after {} kg CO2e of offsets bought, {} kg CO2e net.",
                             human(t.energy_kwh), human(t.device_hours), human(t.co2e_kg), human(t.offset_kg),
                             human(t.net_co2e_kg)),
                 {}});
    // The heading is markup, not prose: keep it out of the escaping.
    std::string prose;
    for (std::size_t i = 0; i < p.size(); ++i) {
      prose += (i == 0 ? p[i].text.substr(0, p[i].text.find("We estimate")) : std::string()) +
               target_.text(i == 0 ? p[i].text.substr(p[i].text.find("We estimate")) : p[i].text) +
               target_.cite(p[i].cites, p[i].cite_method);
    }
    out_ += prose + target_.prose(equivalents_prose(t.co2e_kg, options_, cited_)) + "\n" + references(cited_, target_);
  }

  const std::vector<const Source*>& sources() const { return cited_.sources(); }

 private:
  Format format_;
  CitationList cited_;
  Target target_;
  bool totals_only_;
  RenderOptions options_;
  std::set<std::string> hardware_;
  std::set<std::string> locations_;
};

}  // namespace

std::string render_estimate_model_card(const Estimate& e, const Catalog& catalog, const RenderOptions& options) {
  const ResolvedInputs& in = e.inputs;
  const std::string hardware = in.hardware != nullptr ? fmt::format("{} x {}", in.model.count, in.hardware->name)
                                                      : fmt::format("{} x devices at {} W", in.model.count, human(in.model.power_w));
  return model_card(e.result.co2e_kg * 1000, card_source(catalog), options.training_type, card_location(in.location), hardware);
}

std::unique_ptr<JobOutput> make_appendix_job_output(Format format, const Catalog& catalog, bool totals_only,
                                                    const RenderOptions& options) {
  return std::make_unique<AppendixJobs>(format, catalog, totals_only, options);
}

}  // namespace mlcarbon
