// libFuzzer target: the whole command line. The input is split at newlines into arguments; the
// run either succeeds or throws mlcarbon::Error of a user-facing kind. Arguments that would read
// files or stdin (containing '/', or a lone '-') are skipped so that runs stay hermetic; the run
// happens in-process against a system rooted in an empty directory.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "cli/host_system.h"
#include "util/error.h"

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
  mlcarbon::HostSystem system(g_directory, {"MLCARBON_CONFIG="}, "");
  try {
    mlcarbon::run_cli(static_cast<int>(argv.size()), argv.data(), system);
  } catch (const mlcarbon::Error& e) {
    if (e.kind() == mlcarbon::ErrorKind::internal) std::abort();
  }
  return 0;
}
