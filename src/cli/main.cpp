// Entry point: run the command line and map errors to the documented exit statuses.
#include <cstdio>
#include <exception>
#include <new>

#include "cli/cli.h"
#include "core/request.h"
#include "util/error.h"

int main(int argc, char** argv) {
  try {
    return mlcarbon::run_cli(argc, argv);
  } catch (const mlcarbon::Error& e) {
    std::fprintf(stderr, "mlcarbon: error: %s\n", mlcarbon::name_fields(e.what(), mlcarbon::Naming::options).c_str());
    return mlcarbon::exit_code(e.kind());
  } catch (const std::bad_alloc&) {
    std::fputs("mlcarbon: error: out of memory\n", stderr);
    return mlcarbon::kExitInternal;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "mlcarbon: error: internal error (please report it): %s\n", e.what());
    return mlcarbon::kExitInternal;
  }
}
