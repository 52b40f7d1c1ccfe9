// Entry point: the command line against the machine itself.
#include "cli/cli.h"
#include "cli/host_system.h"

int main(int argc, char** argv) {
  mlcarbon::HostSystem host;
  return mlcarbon::main_with(host, argc, argv);
}
