#!/bin/sh
# The README's LaTeX example compiles with pdflatex and BibTeX, and every key it cites is in the
# BibTeX file it wrote. Usage: latex_test.sh PATH/TO/mlcarbon README.md
# Exit 77 (reported by CTest as skipped) when pdflatex or bibtex is not installed.
set -eu
bin=$1
readme=$2
if ! command -v pdflatex >/dev/null 2>&1 || ! command -v bibtex >/dev/null 2>&1; then
  echo "SKIPPED: pdflatex or bibtex is not installed (Debian: apt-get install texlive-latex-base)"
  exit 77
fi
cmd=$(sed -n '/<!-- latex-example -->/,/<!-- \/latex-example -->/p' "$readme" | grep -v -e '^<!--' -e '^```')
[ -n "$cmd" ] || { echo "FAIL: no LaTeX example between <!-- latex-example --> markers in $readme"; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir"
mlcarbon() { "$bin" "$@"; }
echo "+ $cmd"
eval "$cmd"
[ -s footprint.tex ] && [ -s refs.bib ] || { echo "FAIL: the example did not write footprint.tex and refs.bib"; exit 1; }
cat > paper.tex <<'TEX'
\documentclass{article}
\usepackage{url}
\begin{document}
\input{footprint}
\bibliographystyle{plain}
\bibliography{refs}
\end{document}
TEX
run() { "$@" > log.txt 2>&1 || { cat log.txt; echo "FAIL: $*"; exit 1; }; }
run pdflatex -interaction=nonstopmode -halt-on-error paper.tex
run bibtex paper
run pdflatex -interaction=nonstopmode -halt-on-error paper.tex
run pdflatex -interaction=nonstopmode -halt-on-error paper.tex
if grep -E "Citation .* undefined|There were undefined references" paper.log; then echo "FAIL: undefined citations"; exit 1; fi
[ -s paper.pdf ] || { echo "FAIL: no PDF"; exit 1; }
keys=$(grep -o '\\cite{[^}]*}' footprint.tex | sed 's/\\cite{//; s/}//' | tr ',' '\n' | sort -u)
for key in $keys; do
  grep -q "^@misc{$key," refs.bib || { echo "FAIL: cited key $key is not in refs.bib"; exit 1; }
done
echo "ok: the README example compiles; $(echo "$keys" | wc -l) cited keys are all in refs.bib"
