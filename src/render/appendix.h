// What the paper-appendix outputs share (Markdown and LaTeX, for one estimate or a jobs file):
// prose as pieces that cite works, the differences between the two targets, and the header and
// reference list. Internal to render/appendix*.cpp and render/model_card.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/citations.h"
#include "render/render.h"

namespace mlcarbon::appendix {

// A stretch of prose followed by the works it cites (`cite_method`: the two method papers).
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
  std::string text(std::string_view plain) const;
  std::string times() const { return latex_ ? " $\\times$ " : " × "; }
  std::string cite(const std::vector<const Source*>& sources, bool method) const;
  std::string prose(const Prose& pieces) const;
  bool latex() const { return latex_; }

 private:
  bool latex_;
  const CitationList& cited_;
};

// "8.4e+22" for counts too large for human(): FLOP, parameters, tokens.
std::string sci(double value);
std::string markdown_cell(std::string text);
// A comment naming mlcarbon and the data's versions (and, for LaTeX, what the file needs).
std::string header(const Target& t, const Catalog& catalog, const RenderOptions& options);
// The numbered reference list (Markdown; LaTeX cites BibTeX keys instead).
std::string references(const CitationList& cited, const Target& t);
// "That is about as much CO2e as ..." with each constant's source (empty without --equivalents).
Prose equivalents_prose(double co2e_kg, const RenderOptions& options, CitationList& cited);

}  // namespace mlcarbon::appendix
