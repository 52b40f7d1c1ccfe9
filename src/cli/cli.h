// The command line: CLI11 set-up of the subcommands and their options, and the thin functions
// that turn parsed options into calls of the library and print what the renderers return.
#pragma once

#include "util/system.h"

namespace mlcarbon {

// Runs mlcarbon with these arguments against `system`, writing results to its output. Throws
// mlcarbon::Error for anything the user should be told; returns the exit status of a successful
// or help run.
int run_cli(int argc, const char* const* argv, System& system);

// run_cli() with every error as one line on the system's standard error and its documented exit
// status (man mlcarbon, EXIT STATUS): what main() does.
int main_with(System& system, int argc, const char* const* argv);

// Whether plain command lines are read without CLI11 (the default); tests turn it off to check
// that both parsers give the same result.
void set_quick_parse(bool enabled);

}  // namespace mlcarbon
