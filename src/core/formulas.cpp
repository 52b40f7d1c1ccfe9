#include "core/formulas.h"

#include <algorithm>
#include <utility>

namespace mlcarbon {

double evaluate(const FormulaDef& formula, const TermValues& values) {
  double x = 0;
  for (std::size_t i = 0; i < formula.size; ++i) {
    const Step& s = formula.steps[i];
    const double operand = s.term == Term::end_ ? s.constant : values[static_cast<std::size_t>(s.term)];
    switch (s.op) {
      case Op::first: x = operand; break;
      case Op::times: x = x * operand; break;
      case Op::over: x = x / operand; break;
      case Op::plus: x = x + operand; break;
      case Op::minus: x = x - operand; break;
      case Op::times_one_minus: x = x * (1 - operand); break;
      case Op::at_least_zero: x = std::max(0.0, x); break;
    }
  }
  return x;
}

namespace {

// evaluate() for the I-th formula of kFormulas, with its steps known at compile time: the jobs
// path derives every row, and this turns each formula into the plain arithmetic it states.
template <std::size_t I, std::size_t S>
inline double step(double x, const TermValues& values) {
  constexpr Step s = kFormulas[I].steps[S];
  const double operand = s.term == Term::end_ ? s.constant : values[static_cast<std::size_t>(s.term)];
  if constexpr (s.op == Op::first) return operand;
  if constexpr (s.op == Op::times) return x * operand;
  if constexpr (s.op == Op::over) return x / operand;
  if constexpr (s.op == Op::plus) return x + operand;
  if constexpr (s.op == Op::minus) return x - operand;
  if constexpr (s.op == Op::times_one_minus) return x * (1 - operand);
  if constexpr (s.op == Op::at_least_zero) return std::max(0.0, x);
}

template <std::size_t I, std::size_t... S>
inline double evaluate_static(const TermValues& values, std::index_sequence<S...>) {
  double x = 0;
  ((x = step<I, S>(x, values)), ...);
  return x;
}

template <std::size_t... I>
inline void derive_all(TermValues& values, const std::array<Formula, kTermCount>& derived_by, std::index_sequence<I...>) {
  const auto one = [&]<std::size_t J>(std::integral_constant<std::size_t, J>) {
    constexpr std::size_t result = static_cast<std::size_t>(kFormulas[J].result);
    if (derived_by[result] == kFormulas[J].id) values[result] = evaluate_static<J>(values, std::make_index_sequence<kFormulas[J].size>());
  };
  (one(std::integral_constant<std::size_t, I>()), ...);
}

}  // namespace

void derive(TermValues& values, const std::array<Formula, kTermCount>& derived_by) {
  derive_all(values, derived_by, std::make_index_sequence<kFormulas.size()>());
}

}  // namespace mlcarbon
