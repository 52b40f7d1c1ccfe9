#include "cli/host_system.h"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "util/error.h"
#include "util/text.h"

namespace mlcarbon {
namespace {

using File = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

[[noreturn]] void cannot_read(const std::string& path, std::string_view why) {
  throw Error(ErrorKind::io, fmt::format("cannot read {}: {}", quote(path), why));
}

class FileStream final : public System::Stream {
 public:
  FileStream(File file, std::string path) : file_(std::move(file)), path_(std::move(path)) {}
  std::size_t read(char* buffer, std::size_t size) override {
    const std::size_t got = std::fread(buffer, 1, size, file_.get());
    if (got == 0 && std::ferror(file_.get())) cannot_read(path_, std::strerror(errno));
    return got;
  }

 private:
  File file_;
  std::string path_;
};

class TextStream final : public System::Stream {
 public:
  explicit TextStream(std::string_view text) : text_(text) {}
  std::size_t read(char* buffer, std::size_t size) override {
    const std::size_t n = std::min(size, text_.size());
    std::memcpy(buffer, text_.data(), n);
    text_.remove_prefix(n);
    return n;
  }

 private:
  std::string_view text_;
};

}  // namespace

HostSystem::HostSystem(std::string directory, const std::vector<std::string>& env, std::string input)
    : captured_(true), directory_(std::move(directory)), env_(std::map<std::string, std::string>()), input_(std::move(input)) {
  for (const std::string& e : env) {
    const std::size_t eq = e.find('=');
    if (eq != std::string::npos) (*env_)[e.substr(0, eq)] = e.substr(eq + 1);
  }
}

std::string HostSystem::on_disk(const std::string& path) const {
  if (directory_.empty() || path.empty() || path.front() == '/') return path;
  return directory_ + "/" + path;
}

std::optional<std::string> HostSystem::env(const std::string& name) const {
  if (env_) {
    const auto it = env_->find(name);
    return it == env_->end() ? std::nullopt : std::optional<std::string>(it->second);
  }
  const char* value = std::getenv(name.c_str());
  return value == nullptr ? std::nullopt : std::optional<std::string>(value);
}

std::string HostSystem::working_directory() const {
  if (!directory_.empty()) return directory_;
  std::error_code ec;
  const std::filesystem::path cwd = std::filesystem::current_path(ec);
  return ec ? std::string() : cwd.string();
}

System::Kind HostSystem::kind(const std::string& path) const {
  struct stat info {};
  if (::stat(on_disk(path).c_str(), &info) != 0) return Kind::missing;
  if (S_ISREG(info.st_mode)) return Kind::file;
  if (S_ISDIR(info.st_mode)) return Kind::directory;
  return Kind::other;
}

bool HostSystem::owned_by_user(const std::string& path) const {
  struct stat info {};
  return ::stat(on_disk(path).c_str(), &info) == 0 && info.st_uid == ::geteuid();
}

std::string HostSystem::read(const std::string& path, std::size_t limit) const {
  struct stat info {};
  const std::string file = on_disk(path);
  if (::stat(file.c_str(), &info) != 0) cannot_read(path, std::strerror(errno));
  if (S_ISDIR(info.st_mode)) cannot_read(path, "it is a directory, expected a file");
  if (!S_ISREG(info.st_mode)) cannot_read(path, "not a regular file");
  const auto too_large = [&] { return fmt::format("more than a data file can be ({} MiB)", limit >> 20); };
  if (static_cast<unsigned long long>(info.st_size) > limit) {
    cannot_read(path, fmt::format("{} bytes is {}", static_cast<long long>(info.st_size), too_large()));
  }
  const File handle(std::fopen(file.c_str(), "rb"), &std::fclose);
  if (!handle) cannot_read(path, std::strerror(errno));
  std::string text;
  char buffer[65536];
  std::size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, handle.get())) > 0) {
    text.append(buffer, got);
    if (text.size() > limit) cannot_read(path, too_large());
  }
  if (std::ferror(handle.get())) cannot_read(path, std::strerror(errno));
  return text;
}

std::unique_ptr<System::Stream> HostSystem::open(const std::string& path) {
  if (path == "-") {
    if (captured_) return std::make_unique<TextStream>(input_);
    return std::make_unique<FileStream>(File(stdin, [](std::FILE*) { return 0; }), "stdin");
  }
  if (kind(path) == Kind::directory) cannot_read(path, "it is a directory, expected a file");
  File file(std::fopen(on_disk(path).c_str(), "rb"), &std::fclose);
  if (!file) cannot_read(path, std::strerror(errno));
  return std::make_unique<FileStream>(std::move(file), path);
}

namespace {

// Writes all of `text` to `file` and closes it; the errno of the first failure, or 0. A full disk
// often shows only when the buffer is flushed or the file closed, so both are checked.
int write_and_close(std::FILE* file, std::string_view text) {
  int error = 0;
  if (std::fwrite(text.data(), 1, text.size(), file) != text.size() || std::fflush(file) != 0) error = errno != 0 ? errno : EIO;
  if (std::fclose(file) != 0 && error == 0) error = errno != 0 ? errno : EIO;
  return error;
}

// Writes all of `text` to the descriptor, resuming after interruptions and short writes; the
// errno of a failure (EIO when nothing could be written), or 0.
int write_all(int fd, std::string_view text) {
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return n < 0 ? errno : EIO;
    done += static_cast<std::size_t>(n);
  }
  return 0;
}

}  // namespace

void HostSystem::append(const std::string& path, std::string_view text) {
  const std::string target = on_disk(path);
  // O_APPEND: each record is one write at the end, so runs recording to one file side by side do
  // not overwrite each other's lines.
  const int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0666);
  const auto fail = [&](int error) { throw Error(ErrorKind::io, fmt::format("cannot write {}: {}", quote(path), std::strerror(error))); };
  if (fd < 0) fail(errno);
  if (const int error = write_all(fd, text); error != 0) {
    ::close(fd);
    fail(error);
  }
  if (::close(fd) != 0) fail(errno);
}

void HostSystem::write(const std::string& path, std::string_view text) {
  const std::string target = on_disk(path);
  const auto fail = [&](int error) {
    throw Error(ErrorKind::io, fmt::format("cannot write {}: {}", quote(path), std::strerror(error)));
  };
  struct stat info{};
  const bool exists = ::stat(target.c_str(), &info) == 0;
  if (exists && S_ISDIR(info.st_mode)) fail(EISDIR);
  if (exists && !S_ISREG(info.st_mode)) {
    // A device or a pipe (/dev/stdout, a FIFO): written in place.
    errno = 0;
    std::FILE* file = std::fopen(target.c_str(), "wb");
    if (file == nullptr) fail(errno);
    if (const int error = write_and_close(file, text)) fail(error);
    return;
  }
  // A regular file is written beside its final name and renamed over it, so that a reader never
  // sees half a file and a failed write leaves the old one as it was.
  std::string temporary = target + ".tmp-XXXXXX";
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) fail(errno);
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, exists ? (info.st_mode & 07777) : (0666 & ~mask));
  std::FILE* file = ::fdopen(fd, "wb");
  if (file == nullptr) {
    const int error = errno;
    ::close(fd);
    ::unlink(temporary.c_str());
    fail(error);
  }
  errno = 0;
  if (const int error = write_and_close(file, text)) {
    ::unlink(temporary.c_str());
    fail(error);
  }
  if (std::rename(temporary.c_str(), target.c_str()) != 0) {
    const int error = errno;
    ::unlink(temporary.c_str());
    fail(error);
  }
}

std::size_t HostSystem::text_width() const {
  constexpr std::size_t kNarrowest = 40, kWidest = 1000, kDefault = 80;
  if (const std::optional<std::string> columns = env("COLUMNS")) {
    char* end = nullptr;
    const unsigned long n = std::strtoul(columns->c_str(), &end, 10);
    if (end != columns->c_str() && *end == '\0' && n >= kNarrowest && n <= kWidest) return n;
  }
  if (!captured_ && ::isatty(STDOUT_FILENO) == 1) {
    winsize size{};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col >= kNarrowest) return std::min<std::size_t>(size.ws_col, kWidest);
  }
  return kDefault;
}

void HostSystem::out(std::string_view text) {
  if (captured_) {
    out_ += text;
    return;
  }
  // Straight to the descriptor, in one call: the output comes as whole documents or large pieces,
  // which stdio would only copy (after allocating its buffer, asking what stdout is, and splitting
  // the text at its buffer's size). Nothing else writes to stdout.
  if (write_all(STDOUT_FILENO, text) != 0) throw Error(ErrorKind::io, "cannot write the output");
}

void HostSystem::err(std::string_view text) {
  if (captured_) {
    err_ += text;
    return;
  }
  std::fwrite(text.data(), 1, text.size(), stderr);
}

}  // namespace mlcarbon
