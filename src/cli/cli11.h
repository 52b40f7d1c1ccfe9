// CLI11, without the standard streams' start-up cost.
//
// CLI11 includes <iostream>, and with GCC 12's libstdc++ every translation unit that includes it
// holds a static std::ios_base::Init, whose constructor builds the eight standard streams and the
// classic locale at start-up: about 44,000 instructions (callgrind) and a few page faults, paid by
// every run although mlcarbon never uses the standard streams (System writes with stdio). CLI11
// names std::cout and std::cerr only in code mlcarbon does not call (App::exit, deprecated and
// retired options, Timer). So <iostream>'s own declarations are made here and its guard set,
// leaving out the static initializer; std::cout and the others stay defined by libstdc++,
// unconstructed. tests/layers_test.py keeps <iostream> out of the sources and CLI11 behind this
// header. With GCC 13 and later, libstdc++ initializes the streams itself and this is harmless.
#pragma once

#include <istream>
#include <ostream>

#if defined(__GLIBCXX__) && !defined(_GLIBCXX_IOSTREAM)
#define _GLIBCXX_IOSTREAM 1
namespace std {
_GLIBCXX_BEGIN_NAMESPACE_VERSION
extern istream cin;
extern ostream cout;
extern ostream cerr;
extern ostream clog;
extern wistream wcin;
extern wostream wcout;
extern wostream wcerr;
extern wostream wclog;
_GLIBCXX_END_NAMESPACE_VERSION
}  // namespace std
#endif

#include <CLI/CLI.hpp>
