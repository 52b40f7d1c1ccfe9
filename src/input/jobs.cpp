#include "input/jobs.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/model.h"
#include "util/text.h"

namespace mlcarbon {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && iequals(text.substr(text.size() - suffix.size()), suffix);
}

std::string column_list() {
  std::string out;
  for (std::size_t i = 0; i < kInputFieldCount; ++i) {
    if (i > 0) out += ", ";
    out += field_name(static_cast<InputField>(i));
  }
  return out;
}

// A bad row: reported, and the reader goes on with the next line.
struct BadRow {
  std::string message;
};

// Appends the UTF-8 encoding of a code point.
void append_utf8(std::string& out, unsigned cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// A flat JSON object on one line, read without building a tree: string, number and null values.
class FlatJson {
 public:
  FlatJson(std::string_view text, std::string& scratch) : text_(text), scratch_(scratch) {}

  // Calls field(key, value) for each member (value nullopt for null); throws BadRow.
  template <typename F>
  void members(F field) {
    skip_blanks();
    expect('{', "a JSON object ({...})");
    skip_blanks();
    if (peek() == '}') {
      ++pos_;
    } else {
      for (;;) {
        skip_blanks();
        const std::string_view key = string();
        skip_blanks();
        expect(':', "':' after a key");
        skip_blanks();
        field(key, value(key));
        skip_blanks();
        if (peek() == ',') {
          ++pos_;
          continue;
        }
        expect('}', "',' or '}'");
        break;
      }
    }
    skip_blanks();
    if (pos_ != text_.size()) fail("text after the closing '}'");
  }

 private:
  [[noreturn]] void fail(std::string_view what) const {
    throw BadRow{fmt::format("not a flat JSON object: {} at column {}", what, pos_ + 1)};
  }
  char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
  void skip_blanks() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
  }
  void expect(char c, std::string_view what) {
    if (peek() != c) fail(fmt::format("expected {}", what));
    ++pos_;
  }

  unsigned hex4() {
    if (pos_ + 4 > text_.size()) fail("a short \\u escape");
    unsigned value = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = text_[pos_++];
      value <<= 4;
      if (c >= '0' && c <= '9') value |= static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f') value |= static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') value |= static_cast<unsigned>(c - 'A' + 10);
      else fail("a bad \\u escape");
    }
    return value;
  }

  // A string's text: a view of the line when it has no escapes, else unescaped into scratch
  // (reserved to the line's length by the caller, so earlier views stay valid).
  std::string_view string() {
    expect('"', "a string");
    const std::size_t start = pos_;
    while (pos_ < text_.size() && text_[pos_] != '"' && text_[pos_] != '\\') ++pos_;
    if (pos_ >= text_.size()) fail("an unterminated string");
    if (text_[pos_] == '"') return text_.substr(start, pos_++ - start);
    const std::size_t out_start = scratch_.size();
    scratch_.append(text_.substr(start, pos_ - start));
    while (pos_ < text_.size() && text_[pos_] != '"') {
      const char c = text_[pos_++];
      if (static_cast<unsigned char>(c) < 0x20) fail("a control character in a string");
      if (c != '\\') {
        scratch_ += c;
        continue;
      }
      const char e = peek();
      ++pos_;
      switch (e) {
        case '"': scratch_ += '"'; break;
        case '\\': scratch_ += '\\'; break;
        case '/': scratch_ += '/'; break;
        case 'b': scratch_ += '\b'; break;
        case 'f': scratch_ += '\f'; break;
        case 'n': scratch_ += '\n'; break;
        case 'r': scratch_ += '\r'; break;
        case 't': scratch_ += '\t'; break;
        case 'u': {
          unsigned cp = hex4();
          if (cp >= 0xD800 && cp < 0xDC00 && text_.substr(pos_, 2) == "\\u") {
            pos_ += 2;
            const unsigned low = hex4();
            if (low < 0xDC00 || low >= 0xE000) fail("a bad surrogate pair");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          } else if (cp >= 0xD800 && cp < 0xE000) {
            fail("a lone surrogate");
          }
          append_utf8(scratch_, cp);
          break;
        }
        default: fail("a bad escape");
      }
    }
    if (pos_ >= text_.size()) fail("an unterminated string");
    ++pos_;
    return std::string_view(scratch_).substr(out_start);
  }

  std::optional<std::string_view> value(std::string_view key) {
    const char c = peek();
    if (c == '"') return string();
    if (text_.substr(pos_, 4) == "null") {
      pos_ += 4;
      return std::nullopt;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      const std::size_t start = pos_;
      while (pos_ < text_.size() && std::string_view("+-.eE0123456789").find(text_[pos_]) != std::string_view::npos) ++pos_;
      return text_.substr(start, pos_ - start);
    }
    fail(fmt::format("the value of {} is not a string, a number or null", quote(key)));
  }

  std::string_view text_;
  std::string& scratch_;
  std::size_t pos_ = 0;
};

}  // namespace

JobsFormat guess_jobs_format(std::string_view file_name, std::string_view first_bytes) {
  if (ends_with(file_name, ".csv")) return JobsFormat::csv;
  if (ends_with(file_name, ".jsonl") || ends_with(file_name, ".ndjson")) return JobsFormat::jsonl;
  if (first_bytes.substr(0, kBom.size()) == kBom) first_bytes.remove_prefix(kBom.size());
  const auto first = first_bytes.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && first_bytes[first] == '{' ? JobsFormat::jsonl : JobsFormat::csv;
}

void JobReader::feed(std::string_view bytes) {
  while (!bytes.empty()) {
    const auto newline = bytes.find('\n');
    if (skipping_) {
      // The rest of a line already reported as too long.
      if (newline == std::string_view::npos) return;
      skipping_ = false;
      ++line_;
      bytes.remove_prefix(newline + 1);
      continue;
    }
    if (newline == std::string_view::npos) {
      pending_.append(bytes);
      if (pending_.size() > kMaxLineBytes) too_long();
      return;
    }
    if (pending_.empty()) {
      line(bytes.substr(0, newline));
    } else if (pending_.size() + newline > kMaxLineBytes) {
      too_long();
      skipping_ = false;
      ++line_;
    } else {
      pending_.append(bytes.substr(0, newline));
      line(pending_);
      pending_.clear();
    }
    bytes.remove_prefix(newline + 1);
  }
}

void JobReader::too_long() {
  pending_.clear();
  pending_.shrink_to_fit();
  skipping_ = true;
  const std::size_t number = line_ + 1;
  if (format_ == JobsFormat::csv && columns_.empty()) {
    throw Error(ErrorKind::usage, fmt::format("{}:{}: the header is longer than {} bytes", label_, number, kMaxLineBytes));
  }
  sink_.bad_row(JobError{number, ErrorKind::usage, fmt::format("the line is longer than {} bytes; skipped", kMaxLineBytes)});
}

void JobReader::finish() {
  if (!pending_.empty()) {
    const std::string last = std::move(pending_);
    pending_.clear();
    line(last);
  }
}

void JobReader::line(std::string_view text) {
  if (text.size() > kMaxLineBytes) {  // the same limit whether the line came in one piece or many
    too_long();
    skipping_ = false;
    ++line_;
    return;
  }
  ++line_;
  if (line_ == 1 && text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());  // a UTF-8 byte-order mark
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  if (trim(text).empty()) return;
  if (format_ == JobsFormat::csv && columns_.empty()) {
    csv_header(text);
    return;
  }
  try {
    if (format_ == JobsFormat::csv) {
      csv_row(text);
    } else {
      jsonl_row(text);
    }
  } catch (const BadRow& bad) {
    sink_.bad_row(JobError{line_, ErrorKind::usage, bad.message});
  }
}

void JobReader::csv_header(std::string_view text) {
  std::size_t start = 0;
  for (;;) {
    const auto comma = text.find(',', start);
    std::string_view name = trim(text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    if (name.size() >= 2 && name.front() == '"' && name.back() == '"') name = name.substr(1, name.size() - 2);
    const std::optional<InputField> field = field_from_name(name);
    if (!field) {
      throw Error(ErrorKind::usage,
                  fmt::format("{}:{}: unknown column {}; the columns are {}", label_, line_, quote(name), column_list()));
    }
    if (std::find(columns_.begin(), columns_.end(), field) != columns_.end()) {
      throw Error(ErrorKind::usage, fmt::format("{}:{}: column {} appears twice", label_, line_, quote(name)));
    }
    columns_.push_back(field);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
}

void JobReader::csv_row(std::string_view text) {
  fields_.clear();
  scratch_.clear();
  scratch_.reserve(text.size());
  std::size_t pos = 0;
  for (;;) {
    std::size_t field_start = pos;
    while (field_start < text.size() && (text[field_start] == ' ' || text[field_start] == '\t')) ++field_start;
    if (field_start < text.size() && text[field_start] == '"') {
      const std::size_t out_start = scratch_.size();
      std::size_t i = field_start + 1;
      for (;;) {
        const auto quote_at = text.find('"', i);
        if (quote_at == std::string_view::npos) throw BadRow{"a quoted field has no closing quote"};
        scratch_.append(text.substr(i, quote_at - i));
        if (quote_at + 1 < text.size() && text[quote_at + 1] == '"') {
          scratch_ += '"';
          i = quote_at + 2;
          continue;
        }
        i = quote_at + 1;
        break;
      }
      while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
      if (i < text.size() && text[i] != ',') throw BadRow{"text after a quoted field's closing quote"};
      fields_.push_back(std::string_view(scratch_).substr(out_start));
      pos = i;
    } else {
      const auto comma = text.find(',', pos);
      fields_.push_back(text.substr(pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos));
      pos = comma == std::string_view::npos ? text.size() : comma;
    }
    if (pos >= text.size()) break;
    ++pos;  // the comma
    if (pos == text.size()) {
      fields_.push_back({});
      break;
    }
  }
  if (fields_.size() != columns_.size()) {
    throw BadRow{fmt::format("{} fields, but the header has {} columns", fields_.size(), columns_.size())};
  }
  JobRow row;
  row.line = line_;
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    const std::string_view value = trim(fields_[i]);
    if (!value.empty()) row.text[*columns_[i]] = value;
  }
  sink_.row(row);
}

void JobReader::jsonl_row(std::string_view text) {
  scratch_.clear();
  scratch_.reserve(text.size());
  JobRow row;
  row.line = line_;
  std::array<bool, kInputFieldCount> seen{};
  FlatJson(text, scratch_).members([&](std::string_view key, std::optional<std::string_view> value) {
    const std::optional<InputField> field = field_from_name(key);
    if (!field) throw BadRow{fmt::format("unknown key {}; the keys are {}", quote(key), column_list())};
    auto& was_seen = seen[static_cast<std::size_t>(*field)];
    if (was_seen) throw BadRow{fmt::format("key {} appears twice", quote(key))};
    was_seen = true;
    if (value && !trim(*value).empty()) row.text[*field] = *value;
  });
  sink_.row(row);
}

void Totals::add(const ModelInputs& in, const ModelResult& r) {
  ++jobs;
  device_hours += static_cast<double>(in.count) * in.hours;
  it_energy_kwh += r.it_energy_kwh;
  energy_kwh += r.energy_kwh;
  co2e_kg += r.co2e_kg;
  offset_kg += r.offset_kg;
  net_co2e_kg += r.net_co2e_kg;
  embodied_kg += r.embodied_kg;
}

std::map<std::string, Totals> JobTotals::regions() const {
  std::map<std::string, Totals> out;
  for (const auto& [region, totals] : by_region) out[region_key(*region)] = totals;
  for (const auto& [grid, totals] : by_grid) {
    out[grid == nullptr ? "-" : location_key(Location{nullptr, grid})] = totals;
  }
  return out;
}

std::map<std::string, Totals> JobTotals::hardware() const {
  std::map<std::string, Totals> out;
  for (const auto& [hw, totals] : by_hardware) out[hw == nullptr ? "-" : std::string(hw->id)] = totals;
  return out;
}

template <typename T, typename Find>
T JobRunner::lookup(Cache<T>& cache, std::string_view name, Find find) {
  key_.assign(name);
  auto it = cache.find(key_);
  if (it == cache.end()) {
    Cached<T> entry;
    try {
      entry.value = find(catalog_, name);
    } catch (const Error& e) {
      entry.error = e;
    }
    it = cache.emplace(key_, std::move(entry)).first;
  }
  if (it->second.error) throw *it->second.error;
  return it->second.value;
}

JobResult JobRunner::run(const JobRow& row) {
  const RequestText text = defaults_.overlaid_by(row.text);
  const EstimateRequest request = parse_request(text, Naming::columns, false);
  Found found;
  const auto hardware = [](const Catalog& c, std::string_view n) { return &find_hardware(c, n); };
  const auto instance = [](const Catalog& c, std::string_view n) { return &find_instance(c, n); };
  if (request.hardware) found.hardware = lookup(hardware_cache_, *request.hardware, hardware);
  if (request.region) found.location = lookup(location_cache_, *request.region, find_location);
  if (request.instance) found.instance = lookup(instance_cache_, *request.instance, instance);
  if (request.cpu) found.cpu = lookup(hardware_cache_, *request.cpu, hardware);
  JobResult out;
  out.line = row.line;
  if (const auto& name = text[InputField::name]) out.name = *name;
  out.inputs = resolve(catalog_, request, found);
  out.result = compute(out.inputs.model);
  return out;
}

void JobRunner::count(const JobResult& job) {
  const ModelInputs& in = job.inputs.model;
  totals_.all.add(in, job.result);
  if (job.inputs.location.region != nullptr) {
    totals_.by_region[job.inputs.location.region].add(in, job.result);
  } else {
    totals_.by_grid[job.inputs.location.grid].add(in, job.result);
  }
  totals_.by_hardware[job.inputs.hardware].add(in, job.result);
}

}  // namespace mlcarbon
