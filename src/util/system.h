// What mlcarbon asks of the machine it runs on: the environment, files, the working directory and
// its two output streams, behind one small interface. The command line runs against the host
// (cli/host_system.h); tests run it in-process against a host rooted in a test directory, or
// against files and variables held in memory (as ninja's tests use a VirtualFileSystem).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace mlcarbon {

class System {
 public:
  enum class Kind { missing, file, directory, other };

  // A file read in pieces (a jobs file, or standard input).
  class Stream {
   public:
    virtual ~Stream() = default;
    // Up to `size` bytes into `buffer`; 0 at the end. Error(io) "cannot read 'PATH': why".
    virtual std::size_t read(char* buffer, std::size_t size) = 0;
  };

  virtual ~System() = default;

  // An environment variable, or nullopt when it is not set (set and empty: "").
  virtual std::optional<std::string> env(const std::string& name) const = 0;
  // The working directory, absolute.
  virtual std::string working_directory() const = 0;
  // What is at `path` (relative paths are from the working directory).
  virtual Kind kind(const std::string& path) const = 0;
  // Whether `path` exists and belongs to the user running mlcarbon (a project file of another
  // user's is not read: as git ignores a repository another user owns).
  virtual bool owned_by_user(const std::string& path) const = 0;
  // The whole content of a regular file of at most `limit` bytes. Error(io) "cannot read 'PATH':
  // why" when it is missing, a directory, not a regular file, unreadable or larger.
  virtual std::string read(const std::string& path, std::size_t limit) const = 0;
  // A file to read in pieces; "-" is standard input. Error(io) "cannot read 'PATH': why".
  virtual std::unique_ptr<Stream> open(const std::string& path) = 0;
  // Writes a whole file. Error(io) "cannot write 'PATH': why".
  virtual void write(const std::string& path, std::string_view text) = 0;
  // Adds to the end of a file, creating it (a record of runs): one write of the whole text.
  // Error(io) "cannot write 'PATH': why". By default the file is read and written again.
  virtual void append(const std::string& path, std::string_view text) {
    std::string all = kind(path) == Kind::file ? read(path, kMaxAppendedFileBytes) : std::string();
    all.append(text);
    write(path, all);
  }
  static constexpr std::size_t kMaxAppendedFileBytes = std::size_t{1} << 30;
  // Standard output (Error(io) when it cannot be written) and standard error.
  virtual void out(std::string_view text) = 0;
  virtual void err(std::string_view text) = 0;
  // The width the text views are laid out to: 80 columns unless the terminal says otherwise.
  virtual std::size_t text_width() const { return 80; }
};

// The largest data, overlay or project file mlcarbon reads.
inline constexpr std::size_t kMaxDataFileBytes = 64u << 20;

}  // namespace mlcarbon
