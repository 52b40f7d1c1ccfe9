#include "render/bibtex.h"


#include <algorithm>

#include <fmt/format.h>

#include "util/text.h"

namespace mlcarbon {
namespace {

// Lacoste, Luccioni, Schmidt, Dandres, "Quantifying the Carbon Emissions of Machine Learning",
// arXiv:1910.09700 (2019), NeurIPS 2019 Workshop on Tackling Climate Change with Machine Learning.
constexpr std::string_view kLacosteKey = "lacoste2019quantifying";
// Patterson, Gonzalez, Le, Liang, Munguia, Rothchild, So, Texier, Dean, "Carbon Emissions and
// Large Neural Network Training", arXiv:2104.10350 (2021).
constexpr std::string_view kPattersonKey = "patterson2021carbon";

// A URL inside \url{} in a .bbl file: % and # would end or break the argument.
std::string url_escape(std::string_view url) {
  static constexpr Escape kUrl[] = {{'%', "\\%"}, {'#', "\\#"}};
  return escaped(url, kUrl);
}

}  // namespace

std::string_view lacoste_key() { return kLacosteKey; }
std::string_view patterson_key() { return kPattersonKey; }

std::vector<Citation> method_citations() {
  return {
      {std::string(kLacosteKey),
       "Lacoste, A., Luccioni, A., Schmidt, V., Dandres, T. (2019). Quantifying the Carbon Emissions of Machine Learning. "
       "arXiv:1910.09700. https://arxiv.org/abs/1910.09700",
       fmt::format("@misc{{{},\n"
                   "  author = {{Lacoste, Alexandre and Luccioni, Alexandra and Schmidt, Victor and Dandres, Thomas}},\n"
                   "  title = {{{{Quantifying the Carbon Emissions of Machine Learning}}}},\n"
                   "  year = {{2019}},\n"
                   "  howpublished = {{arXiv:1910.09700}},\n"
                   "  note = {{\\url{{https://arxiv.org/abs/1910.09700}}}}\n"
                   "}}\n",
                   kLacosteKey)},
      {std::string(kPattersonKey),
       "Patterson, D., Gonzalez, J., Le, Q., Liang, C., Munguia, L.-M., Rothchild, D., So, D., Texier, M., Dean, J. (2021). "
       "Carbon Emissions and Large Neural Network Training. arXiv:2104.10350. https://arxiv.org/abs/2104.10350",
       fmt::format("@misc{{{},\n"
                   "  author = {{Patterson, David and Gonzalez, Joseph and Le, Quoc and Liang, Chen and Munguia, Lluis-Miquel "
                   "and Rothchild, Daniel and So, David and Texier, Maud and Dean, Jeff}},\n"
                   "  title = {{{{Carbon Emissions and Large Neural Network Training}}}},\n"
                   "  year = {{2021}},\n"
                   "  howpublished = {{arXiv:2104.10350}},\n"
                   "  note = {{\\url{{https://arxiv.org/abs/2104.10350}}}}\n"
                   "}}\n",
                   kPattersonKey)},
  };
}

Citation source_citation(const Source& s) {
  Citation c;
  c.key = std::string(s.key);
  c.reference = fmt::format("{} ({}). {}. {}", s.publisher, s.year, s.title, s.url);
  c.bibtex = fmt::format("@misc{{{},\n  author = {{{{{}}}}},\n  title = {{{{{}}}}},\n  year = {{{}}},\n  note = {{\\url{{{}}}}}\n}}\n",
                         s.key, latex_escape(s.publisher), latex_escape(s.title), s.year, url_escape(s.url));
  return c;
}

std::string render_bibtex(const std::vector<const Source*>& sources) {
  std::string out = "% BibTeX entries written by mlcarbon: the method papers and every data source the estimate used.\n\n";
  for (const Citation& c : method_citations()) out += c.bibtex + "\n";
  for (const Source* s : sources) out += source_citation(*s).bibtex + "\n";
  return out;
}

std::string latex_escape(std::string_view text) {
  static constexpr Escape kLatex[] = {{'&', "\\&"},
                                      {'%', "\\%"},
                                      {'$', "\\$"},
                                      {'#', "\\#"},
                                      {'_', "\\_"},
                                      {'{', "\\{"},
                                      {'}', "\\}"},
                                      {'~', "\\textasciitilde{}"},
                                      {'^', "\\textasciicircum{}"},
                                      {'\\', "\\textbackslash{}"},
                                      {'<', "\\textless{}"},
                                      {'>', "\\textgreater{}"}};
  return escaped(text, kLatex);
}

}  // namespace mlcarbon
