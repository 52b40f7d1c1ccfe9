// The machine itself behind the System interface: the process's environment, files, standard
// input and output. Tests root one in a directory with an environment and input of their own and
// keep what it prints (tests/cli_cases.cpp runs every command-line case in-process so).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "util/system.h"

namespace mlcarbon {

class HostSystem final : public System {
 public:
  // The process: its environment, working directory, stdin, stdout and stderr.
  HostSystem() = default;
  // Relative paths from `directory`; the variables `env` (NAME=VALUE) and no others; `input` as
  // standard input; what is printed kept in printed() and errors().
  HostSystem(std::string directory, const std::vector<std::string>& env, std::string input);

  std::optional<std::string> env(const std::string& name) const override;
  std::string working_directory() const override;
  Kind kind(const std::string& path) const override;
  bool owned_by_user(const std::string& path) const override;
  std::string read(const std::string& path, std::size_t limit) const override;
  std::unique_ptr<Stream> open(const std::string& path) override;
  void write(const std::string& path, std::string_view text) override;
  void append(const std::string& path, std::string_view text) override;
  void out(std::string_view text) override;
  void err(std::string_view text) override;
  // COLUMNS when set (40 to 1000), else the terminal's width when standard output is one, else 80.
  std::size_t text_width() const override;

  const std::string& printed() const { return out_; }
  const std::string& errors() const { return err_; }

 private:
  std::string on_disk(const std::string& path) const;  // `path` from the working directory

  bool captured_ = false;
  std::string directory_;
  std::optional<std::map<std::string, std::string>> env_;
  std::string input_;
  std::string out_, err_;
};

}  // namespace mlcarbon
