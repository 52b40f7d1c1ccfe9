// The limit of the jobs path: the same totals as `mlcarbon estimate --jobs FILE --value co2e_kg`
// computed by the tightest loop that still does the work of a row: split it, parse its numbers,
// look up the device and the region in two hash tables, multiply, add. No checks, no
// messages, no look-up by alias, no output but the total. bench/run times mlcarbon against it
// (issue 12: mlcarbon's jobs path within 1.5x of this) and checks that both give the same total.
//
// usage: mlcarbon_limit JOBS.csv HARDWARE.csv REGIONS.csv
//   (HARDWARE.csv, REGIONS.csv: `mlcarbon hardware list -f csv`, `mlcarbon regions list -f csv`;
//   JOBS.csv: the columns name,hardware,count,hours,region,utilization of bench/run's file.)
#include <charconv>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace {

std::string read_all(const char* path) {
  std::string text;
  if (FILE* f = std::fopen(path, "rb")) {
    char buffer[1 << 16];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) text.append(buffer, n);
    std::fclose(f);
  }
  return text;
}

// The fields of one line of a small table (quoted fields may hold commas).
std::vector<std::string> split_quoted(std::string_view line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (const char c : line) {
    if (c == '"') quoted = !quoted;
    else if (c == ',' && !quoted) out.emplace_back();
    else out.back() += c;
  }
  return out;
}

struct Hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using Table = std::unordered_map<std::string, V, Hash, std::equal_to<>>;

// Column `name` of a CSV table with a header, by the first column (the id).
template <typename V, typename F>
Table<V> load(const char* path, F make) {
  Table<V> table;
  const std::string text = read_all(path);
  std::vector<std::string> header;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::vector<std::string> fields = split_quoted(std::string_view(text).substr(start, end - start));
    start = end + 1;
    if (header.empty()) {
      header = fields;
      continue;
    }
    const auto column = [&](std::string_view name) -> const std::string& {
      for (std::size_t i = 0; i < header.size(); ++i) {
        if (header[i] == name) return fields.at(i);
      }
      static const std::string none;
      return none;
    };
    table.emplace(fields.at(0), make(column));
  }
  return table;
}

double number(std::string_view s) {
  double v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

struct Site {
  double pue, intensity;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: mlcarbon_limit JOBS.csv HARDWARE.csv REGIONS.csv\n");
    return 2;
  }
  const Table<double> power = load<double>(argv[2], [](auto column) { return number(column("power_w")); });
  // The intensity an estimate uses by default: on the lifecycle basis.
  const Table<Site> sites =
      load<Site>(argv[3], [](auto column) { return Site{number(column("pue")), number(column("lifecycle_g_per_kwh"))}; });

  FILE* f = std::fopen(argv[1], "rb");
  if (f == nullptr) return 5;
  std::vector<char> buffer(1 << 20);
  std::string carry;
  double co2e_kg = 0;
  long rows = 0;
  bool header = true;
  const auto row = [&](std::string_view line) {
    if (header) {
      header = false;
      return;
    }
    std::string_view field[6];
    std::size_t n = 0, start = 0;
    for (std::size_t i = 0; i <= line.size() && n < 6; ++i) {
      if (i == line.size() || line[i] == ',') {
        field[n++] = line.substr(start, i - start);
        start = i + 1;
      }
    }
    // name,hardware,count,hours,region,utilization
    const double watts = power.find(field[1])->second;
    const Site& site = sites.find(field[4])->second;
    const double energy_kwh = number(field[2]) * watts * number(field[5]) / 1000 * number(field[3]) * site.pue;
    co2e_kg += energy_kwh * site.intensity / 1000;
    ++rows;
  };
  std::size_t got;
  while ((got = std::fread(buffer.data(), 1, buffer.size(), f)) > 0) {
    std::string_view chunk(buffer.data(), got);
    std::size_t start = 0;
    for (std::size_t nl; (nl = chunk.find('\n', start)) != std::string_view::npos; start = nl + 1) {
      if (!carry.empty()) {
        carry.append(chunk.substr(start, nl - start));
        row(carry);
        carry.clear();
      } else {
        row(chunk.substr(start, nl - start));
      }
    }
    carry.append(chunk.substr(start));
  }
  if (!carry.empty()) row(carry);
  std::fclose(f);
  std::printf("%ld %.17g\n", rows, co2e_kg);
  return 0;
}
