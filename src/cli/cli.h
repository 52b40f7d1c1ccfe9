// The command line: CLI11 set-up of the subcommands and their options, and the thin functions
// that turn parsed options into calls of the library and print what the renderers return.
#pragma once

namespace mlcarbon {

// Runs mlcarbon with these arguments; writes results to stdout. Throws mlcarbon::Error for
// anything the user should be told (main() maps it to an exit status); returns the exit status
// of a successful or help run.
int run_cli(int argc, const char* const* argv);

}  // namespace mlcarbon
