#include "cli/data_files.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include <fmt/format.h>

#include "data/catalog_json.h"
#include "util/error.h"
#include "util/text.h"

namespace mlcarbon {

std::string read_text_file(const std::string& path) {
  constexpr long long kMaxBytes = 64LL << 20;
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    throw Error(ErrorKind::io, fmt::format("cannot read {}: {}", quote(path), std::strerror(errno)));
  }
  if (S_ISDIR(info.st_mode)) throw Error(ErrorKind::io, fmt::format("cannot read {}: it is a directory, expected a file", quote(path)));
  if (!S_ISREG(info.st_mode)) throw Error(ErrorKind::io, fmt::format("cannot read {}: not a regular file", quote(path)));
  if (info.st_size > kMaxBytes) {
    throw Error(ErrorKind::io, fmt::format("cannot read {}: {} bytes is more than a data file can be (64 MiB)", quote(path),
                                           static_cast<long long>(info.st_size)));
  }
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) throw Error(ErrorKind::io, fmt::format("cannot read {}: {}", quote(path), std::strerror(errno)));
  std::string text;
  char buffer[65536];
  std::size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, file.get())) > 0) {
    text.append(buffer, got);
    if (static_cast<long long>(text.size()) > kMaxBytes) {
      throw Error(ErrorKind::io, fmt::format("cannot read {}: more than a data file can be (64 MiB)", quote(path)));
    }
  }
  if (std::ferror(file.get())) throw Error(ErrorKind::io, fmt::format("cannot read {}: {}", quote(path), std::strerror(errno)));
  return text;
}

Catalog load_data(const std::string& data_dir, const std::vector<std::string>& overlays) {
  Catalog catalog = embedded_catalog();
  if (!data_dir.empty()) {
    const std::string hardware_path = data_dir + "/hardware.json";
    const std::string regions_path = data_dir + "/regions.json";
    const std::string instances_path = data_dir + "/instances.json";
    const std::string hardware = read_text_file(hardware_path);
    const std::string regions = read_text_file(regions_path);
    // instances.json is optional in a data directory: without it, no instance presets.
    struct stat info {};
    const bool has_instances = ::stat(instances_path.c_str(), &info) == 0;
    const std::string instances = has_instances ? read_text_file(instances_path) : std::string();
    catalog = load_catalog({hardware_path, hardware}, {regions_path, regions}, data_dir,
                           has_instances ? std::optional<DataText>(DataText{instances_path, instances}) : std::nullopt);
  }
  for (const std::string& path : overlays) {
    const std::string text = read_text_file(path);
    catalog = add_overlay(catalog, {path, text});
  }
  return catalog;
}

}  // namespace mlcarbon
