// Formulas written with their numbers, from the model's own formulas (core/formulas.h): each has a
// template here whose placeholders are its operands (tests/formulas_test.cpp holds the two
// together), and a sum of derived terms is written as the sum of their formulas.
#include <array>
#include <cmath>
#include <cstdint>

#include <fmt/format.h>

#include "render/explain.h"
#include "util/numbers.h"

namespace mlcarbon {
namespace {

// A template compiled when mlcarbon is built: literal text, and the terms (or other values) it shows.
struct Piece {
  enum class Kind : std::uint8_t { literal, term, signed_term, percent, provider } kind = Kind::literal;
  std::string_view text;  // literal
  Term term = Term::end_;
};

struct FormulaWords {
  Formula formula;
  std::string_view text;  // {term} is the term's value, {+term} it with its sign ("+ 4" or "- 4"); {cfe%} a share
                          // in percent; {provider} its name
  std::array<Piece, 12> pieces{};
  std::size_t size = 0;
};

consteval Term term_named(std::string_view name) {
  for (const TermInfo& t : kTerms) {
    if (t.name == name) return t.term;
  }
  throw "a formula's words name a term that does not exist";  // a compile error
}

consteval FormulaWords words(Formula formula, std::string_view text) {
  FormulaWords w{formula, text};
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t open = text.find('{', at);
    if (open != at) {
      w.pieces[w.size++] = {Piece::Kind::literal, text.substr(at, open == std::string_view::npos ? text.size() - at : open - at)};
      if (open == std::string_view::npos) break;
    }
    const std::size_t close = text.find('}', open);
    const std::string_view name = text.substr(open + 1, close - open - 1);
    if (name == "provider") w.pieces[w.size++] = {Piece::Kind::provider, {}, Term::end_};
    else if (name == "cfe%") w.pieces[w.size++] = {Piece::Kind::percent, {}, Term::cfe};
    else if (name.starts_with('+')) w.pieces[w.size++] = {Piece::Kind::signed_term, {}, term_named(name.substr(1))};
    else w.pieces[w.size++] = {Piece::Kind::term, {}, term_named(name)};
    at = close + 1;
  }
  return w;
}

constexpr FormulaWords kFormulaWords[] = {
    words(Formula::cpu_count_from_cores, "{cpu_cores} / {cores_per_cpu} cores per package"),
    words(Formula::flops_from_params, "6 x {params} parameters x {tokens} tokens"),
    words(Formula::flop_per_s, "{peak_tflops} TFLOP/s x {mfu}"),
    words(Formula::device_hours_from_compute, "{flops} FLOP / ({peak_tflops} TFLOP/s x {mfu} x 3600)"),
    words(Formula::hours_from_device_hours, "{device_hours} device-hours / {count} devices"),
    words(Formula::accelerator_kw, "{count} x {power_w} W x {utilization} / 1000"),
    words(Formula::cpu_kw, "{cpu_count} x {cpu_power_w} W x {cpu_utilization} / 1000"),
    words(Formula::memory_kw, "{memory_gb} GB x {memory_w_per_gb} W/GB / 1000"),
    words(Formula::overhead_kw, "{overhead_w} W / 1000"),
    words(Formula::it_power_kw, "{accelerator_kw} + {cpu_kw} + {memory_kw} + {overhead_kw}"),
    words(Formula::it_energy_kwh, "{it_power_kw} kW x {hours} h"),
    words(Formula::energy_kwh, "{it_energy_kwh} kWh x PUE {pue}"),
    words(Formula::intensity_on_basis, "{published_intensity_g_per_kwh} {+basis_conversion_g_per_kwh} g/kWh"),
    words(Formula::co2e_kg, "{energy_kwh} kWh x {intensity_g_per_kwh} g/kWh / 1000"),
    words(Formula::offset_from_percent, "{co2e_kg} x {offset_percent}% / 100"),
    words(Formula::net_co2e_kg, "{co2e_kg} - {offset_kg}"),
    words(Formula::offset_surplus_kg, "{offset_kg} - {co2e_kg}"),
    words(Formula::market_co2e_kg, "{co2e_kg} x (1 - {cfe%}% carbon-free energy of {provider})"),
    words(Formula::embodied_kg_per_device, "{server_embodied_kg} kg / {devices_per_server} + {device_embodied_kg} kg"),
    words(Formula::embodied_kg, "{count} devices x {hours} h x {embodied_kg_per_device} kg / {lifetime_hours} h of life"),
    words(Formula::total_with_embodied_kg, "{co2e_kg} + {embodied_kg}"),
};

const FormulaWords* words_of_formula(Formula formula) {
  for (const FormulaWords& w : kFormulaWords) {
    if (w.formula == formula) return &w;
  }
  return nullptr;
}

// One piece's text.
void append_piece(std::string& out, const Estimate& e, const Piece& p) {
  switch (p.kind) {
    case Piece::Kind::literal: out += p.text; break;
    case Piece::Kind::provider: out += e.location.region->provider->name; break;
    case Piece::Kind::percent: out += human(e[p.term] * 100); break;
    case Piece::Kind::signed_term: out += fmt::format("{} {}", e[p.term] < 0 ? '-' : '+', human(std::abs(e[p.term]))); break;
    case Piece::Kind::term:
      // The device count as a whole number, as the user typed it.
      // Parameters and tokens as papers write them ("70 B", "2 T"), not as 13-digit integers.
      if (p.term == Term::count) append_decimal(out, e.count);
      else if (p.term == Term::params || p.term == Term::tokens) out += si_count(e[p.term]);
      else out += human(e[p.term]);
      break;
  }
}

// A sum of derived terms: their formulas, joined (the first always, the others where they count).
std::string sum_text(const Estimate& e, const FormulaDef& f) {
  std::string out;
  for (std::size_t i = 0; i < f.size; ++i) {
    const Term t = f.steps[i].term;
    if ((i > 0 && e[t] == 0) || e.formula(t) == Formula::none) continue;  // (no accelerators: no accelerator term)
    if (!out.empty()) out += " + ";
    out += formula_text(e, e.formula(t));
  }
  return out;
}

}  // namespace

std::string_view formula_template(Formula formula) {
  const FormulaWords* w = words_of_formula(formula);
  return w != nullptr ? w->text : std::string_view();
}

std::string formula_text(const Estimate& e, Formula formula) {
  if (formula == Formula::it_power_kw) return sum_text(e, definition(formula));
  std::string out;
  const FormulaWords& w = *words_of_formula(formula);
  for (std::size_t i = 0; i < w.size; ++i) append_piece(out, e, w.pieces[i]);
  return out;
}

namespace {

// The model's terms as the method sentence names them; the expansion stops at these.
constexpr std::pair<Term, std::string_view> kTermWords[] = {
    {Term::count, "devices"}, {Term::power_w, "power per device"}, {Term::utilization, "utilization"},
    {Term::hours, "hours"},   {Term::pue, "PUE"},
};

// `term` in words, its formula expanded into its operands' words (unit conversions left out); the
// host's terms of a sum are "the host's power", or left out without a host.
std::string words_of(Term term, bool with_host) {
  for (const auto& [t, words] : kTermWords) {
    if (t == term) return std::string(words);
  }
  const FormulaDef* f = nullptr;
  for (const FormulaDef& d : kFormulas) {
    if (d.result == term && f == nullptr) f = &d;
  }
  if (f->id == Formula::it_power_kw) {
    const std::string devices = words_of(f->steps[0].term, with_host);
    return with_host ? fmt::format("({} + the host's power)", devices) : devices;
  }
  std::string out;
  for (std::size_t i = 0; i < f->size; ++i) {
    if (f->steps[i].term == Term::end_) continue;  // a constant: a unit conversion here
    out += (out.empty() ? "" : " x ") + words_of(f->steps[i].term, with_host);
  }
  return out;
}

}  // namespace

std::string energy_in_words(bool with_host) { return words_of(Term::energy_kwh, with_host); }

std::string energy_method(const Estimate& e) {
  if (e.energy_given()) return "the reported IT energy x PUE";
  if (e.accelerator_free()) return "the host's power (no accelerators) x hours x PUE";
  return energy_in_words(e.has_cpu() || e[Term::memory_gb] > 0 || e[Term::overhead_w] > 0);
}

}  // namespace mlcarbon
