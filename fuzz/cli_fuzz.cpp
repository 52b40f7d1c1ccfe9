// libFuzzer target: the whole command line. The input is split at newlines into arguments; the
// run either succeeds or fails with a user-facing error (never status 1, an internal error), and
// the quick parser and CLI11 give the same status, output and errors. Arguments that would read
// files or stdin (containing '/', or a lone '-') are skipped so that runs stay hermetic; the run
// happens in-process against a system rooted in an empty directory.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <tuple>
#include <vector>

#include "cli/cli.h"
#include "cli/host_system.h"

namespace {

std::string g_directory;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // An empty directory, no MLCARBON_* variable, no project file: runs stay hermetic.
  char dir[] = "/tmp/mlcarbon-cli-fuzz-XXXXXX";
  if (mkdtemp(dir) == nullptr) std::abort();
  g_directory = dir;
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<std::string> args{"mlcarbon"};
  std::string current;
  for (std::size_t i = 0; i < size && args.size() < 40; ++i) {
    if (data[i] == '\n') {
      args.push_back(current);
      current.clear();
    } else {
      current += static_cast<char>(data[i]);
    }
  }
  args.push_back(current);
  for (const std::string& a : args) {
    if (a.find('/') != std::string::npos || a == "-" || a.find("--bib") != std::string::npos) return 0;
  }
  std::vector<const char*> argv;
  for (const std::string& a : args) argv.push_back(a.c_str());
  // Each line twice: through the quick parser (where it takes the line) and through CLI11 alone.
  // An internal error (status 1) or any difference in status, output or errors is a finding.
  const auto once = [&](bool quick) {
    mlcarbon::set_quick_parse(quick);
    mlcarbon::HostSystem system(g_directory, {"MLCARBON_CONFIG="}, "");
    const int status = mlcarbon::main_with(system, static_cast<int>(argv.size()), argv.data());
    mlcarbon::set_quick_parse(true);
    if (status == 1) std::abort();
    return std::make_tuple(status, system.printed(), system.errors());
  };
  if (once(true) != once(false)) std::abort();
  return 0;
}
