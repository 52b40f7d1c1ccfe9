// A System held in memory for in-process tests: files and directories by path, environment
// variables, standard input, and what the run printed (the role ninja's VirtualFileSystem plays in
// its tests).
#pragma once

#include <algorithm>
#include <cstring>
#include <map>
#include <set>
#include <string>

#include <fmt/format.h>

#include "util/error.h"
#include "util/system.h"
#include "util/text.h"

namespace test {

class FakeSystem final : public mlcarbon::System {
 public:
  std::map<std::string, std::string> files;  // absolute paths, or relative to `cwd`
  std::set<std::string> directories;
  std::set<std::string> others;  // files and directories another user owns
  std::map<std::string, std::string> variables;
  std::string cwd = "/home/user/project";
  std::string input;
  std::string printed, errors;

  std::optional<std::string> env(const std::string& name) const override {
    const auto it = variables.find(name);
    return it == variables.end() ? std::nullopt : std::optional<std::string>(it->second);
  }
  std::string working_directory() const override { return cwd; }
  Kind kind(const std::string& path) const override {
    // The working directory and the root exist, as on a real system.
    if (const std::string p = absolute(path); p == cwd || p == cwd + "/." || p == "/") return Kind::directory;
    if (files.count(absolute(path)) != 0) return Kind::file;
    return directories.count(absolute(path)) != 0 ? Kind::directory : Kind::missing;
  }
  bool owned_by_user(const std::string& path) const override {
    return kind(path) != Kind::missing && others.count(absolute(path)) == 0;
  }
  std::string read(const std::string& path, std::size_t limit) const override {
    const auto it = files.find(absolute(path));
    if (it == files.end()) fail("read", path);
    if (it->second.size() > limit) fail("read", path);
    return it->second;
  }
  std::unique_ptr<Stream> open(const std::string& path) override {
    return std::make_unique<Text>(path == "-" ? input : read(path, std::string::npos));
  }
  void write(const std::string& path, std::string_view text) override {
    const std::string where = absolute(path);
    if (directories.count(where.substr(0, where.rfind('/'))) == 0) fail("write", path);
    files[where] = std::string(text);
  }
  void out(std::string_view text) override { printed += text; }
  void err(std::string_view text) override { errors += text; }

  std::string absolute(const std::string& path) const { return !path.empty() && path[0] == '/' ? path : cwd + "/" + path; }

 private:
  class Text final : public Stream {
   public:
    explicit Text(std::string text) : text_(std::move(text)) {}
    std::size_t read(char* buffer, std::size_t size) override {
      const std::size_t n = std::min(size, text_.size() - at_);
      std::memcpy(buffer, text_.data() + at_, n);
      at_ += n;
      return n;
    }

   private:
    std::string text_;
    std::size_t at_ = 0;
  };

  [[noreturn]] static void fail(std::string_view what, const std::string& path) {
    throw mlcarbon::Error(mlcarbon::ErrorKind::io, fmt::format("cannot {} {}: No such file or directory", what, mlcarbon::quote(path)));
  }
};

}  // namespace test
