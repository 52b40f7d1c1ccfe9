// The one error type of mlcarbon: a message for the user and a kind that decides the exit code.
#pragma once

#include <stdexcept>
#include <string>

namespace mlcarbon {

// Each kind maps to one documented exit status (see exit_code() and man/mlcarbon.1, EXIT STATUS).
enum class ErrorKind {
  usage,     // the command line is wrong: bad value, missing or conflicting options
  not_found, // a hardware or region name matches nothing (or more than one thing)
  data,      // a data file is malformed or fails validation
  io,        // a file cannot be opened, read or written
  internal,  // a bug in mlcarbon
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  ErrorKind kind() const { return kind_; }

 private:
  ErrorKind kind_;
};

// Exit statuses. 0 is success; 6 and 7 are reserved for batch jobs and budgets.
constexpr int kExitInternal = 1;
constexpr int kExitUsage = 2;
constexpr int kExitNotFound = 3;
constexpr int kExitData = 4;
constexpr int kExitIo = 5;

constexpr int exit_code(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::usage: return kExitUsage;
    case ErrorKind::not_found: return kExitNotFound;
    case ErrorKind::data: return kExitData;
    case ErrorKind::io: return kExitIo;
    case ErrorKind::internal: return kExitInternal;
  }
  return kExitInternal;
}

}  // namespace mlcarbon
