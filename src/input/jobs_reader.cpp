#include "input/jobs_reader.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <fmt/format.h>

#include "input/flat_json.h"
#include "util/text.h"

namespace mlcarbon {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && iequals(text.substr(text.size() - suffix.size()), suffix);
}

// The columns `mlcarbon run --record` writes beside the inputs: what was measured part by part and
// when. A jobs file may hold them; they are read and left aside (the row's energy_kwh is their sum).
constexpr std::string_view kRecordColumns[] = {"start",   "end",     "command",        "exit_status", "gpu_kwh",
                                               "cpu_kwh", "dram_kwh", "profile_step_s", "profile_kwh"};

bool record_column(std::string_view name) {
  return std::find(std::begin(kRecordColumns), std::end(kRecordColumns), name) != std::end(kRecordColumns);
}

std::string column_list() {
  std::string out;
  for (std::size_t i = 0; i < kFieldCount; ++i) {
    if (!input_spec(static_cast<Field>(i)).column) continue;
    if (!out.empty()) out += ", ";
    out += field_name(static_cast<Field>(i));
  }
  out += " (and those run --record adds: start, end, command, exit_status, gpu_kwh, cpu_kwh, dram_kwh, profile_step_s, profile_kwh)";
  return out;
}

// A field that is an option but not a column (the basis: every job of a file is on one).
std::string not_a_column(Field field) {
  return fmt::format("{} is not a jobs column: a file's jobs are estimated on one basis, given by {} (or its setting)", quote(field_name(field)),
                     option_name(field));
}

// A bad row: reported, and the reader goes on with the next line.
struct BadRow {
  std::string message;
};

}  // namespace

JobsFormat guess_jobs_format(std::string_view file_name, std::string_view first_bytes) {
  if (ends_with(file_name, ".csv")) return JobsFormat::csv;
  if (ends_with(file_name, ".jsonl") || ends_with(file_name, ".ndjson")) return JobsFormat::jsonl;
  if (first_bytes.substr(0, kBom.size()) == kBom) first_bytes.remove_prefix(kBom.size());
  const auto first = first_bytes.find_first_not_of(" \t\r\n");
  // sacct --parsable2's header: "JobID|...".
  if (first != std::string_view::npos && first_bytes.size() - first >= 6 && iequals(first_bytes.substr(first, 6), "JobID|")) {
    return JobsFormat::sacct;
  }
  return first != std::string_view::npos && first_bytes[first] == '{' ? JobsFormat::jsonl : JobsFormat::csv;
}

void JobReader::feed(std::string_view bytes) {
  while (!bytes.empty()) {
    const auto newline = bytes.find('\n');
    if (skipping_) {
      // The rest of a line already reported as too long; a "line" that never ends (/dev/zero, a
      // binary file) stops the run instead of being read for ever.
      skipped_ += newline == std::string_view::npos ? bytes.size() : newline;
      if (skipped_ > kMaxSkippedBytes) {
        throw Error(ErrorKind::usage, fmt::format("{}:{}: a line of more than {} MiB: not a jobs file", label_, line_ + 1,
                                                  kMaxSkippedBytes >> 20));
      }
      if (newline == std::string_view::npos) return;
      skipping_ = false;
      skipped_ = 0;
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
  if (format_ == JobsFormat::csv && plan_.empty()) {
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
  if (open_quote_) {
    // After a quoted field left open (reported with its first line): the lines of a field that
    // held a line break are skipped, up to the one that closes the quote; a line that is a whole
    // row of its own (no quote, as many fields as the header) means the quote was a stray one.
    const auto quotes = std::count(text.begin(), text.end(), '"');
    const auto fields = static_cast<std::size_t>(std::count(text.begin(), text.end(), ',')) + 1;
    if (quotes % 2 == 1) {
      open_quote_ = false;
      return;
    }
    if (quotes != 0 || fields != plan_.size()) return;
    open_quote_ = false;
  }
  if (trim(text).empty()) return;
  if (format_ == JobsFormat::sacct) {
    rows_->line(line_, text, sink_);
    return;
  }
  if (format_ == JobsFormat::csv && plan_.empty()) {
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
  } catch (const FlatJsonError& bad) {
    sink_.bad_row(JobError{line_, ErrorKind::usage, bad.message});
  }
}

void JobReader::csv_header(std::string_view text) {
  std::size_t start = 0;
  for (;;) {
    const auto comma = text.find(',', start);
    std::string_view name = trim(text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    if (name.size() >= 2 && name.front() == '"' && name.back() == '"') name = name.substr(1, name.size() - 2);
    const std::optional<Field> field = field_from_name(name);
    if (field && !input_spec(*field).column) throw Error(ErrorKind::usage, fmt::format("{}:{}: {}", label_, line_, not_a_column(*field)));
    if (!field && record_column(name)) {
      // Read and left aside, but for the first start and profile columns.
      const auto first = [&](Column::Kind kind) {
        return std::none_of(plan_.begin(), plan_.end(), [kind](const Column& c) { return c.kind == kind; });
      };
      Column::Kind kind = Column::Kind::aside;
      if (name == "start" && first(Column::Kind::start)) kind = Column::Kind::start;
      if (name == "profile_step_s" && first(Column::Kind::profile_step)) kind = Column::Kind::profile_step;
      if (name == "profile_kwh" && first(Column::Kind::profile)) kind = Column::Kind::profile;
      plan_.push_back(Column{kind, Field::name});
      if (comma == std::string_view::npos) break;
      start = comma + 1;
      continue;
    }
    if (!field) {
      throw Error(ErrorKind::usage,
                  fmt::format("{}:{}: unknown column {}; the columns are {}", label_, line_, quote(name), column_list()));
    }
    if (std::any_of(plan_.begin(), plan_.end(), [&](const Column& c) { return c.kind == Column::Kind::field && c.field == *field; })) {
      throw Error(ErrorKind::usage, fmt::format("{}:{}: column {} appears twice", label_, line_, quote(name)));  // (a record column may repeat: it is not read)
    }
    plan_.push_back(Column{Column::Kind::field, *field});
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
}

void JobReader::keep_record_value(JobRow& row, Column::Kind kind, std::string_view value) {
  switch (kind) {
    case Column::Kind::start: row.start = value; break;
    case Column::Kind::profile_step: row.profile_step = value; break;
    case Column::Kind::profile: row.profile = value; break;
    case Column::Kind::field:
    case Column::Kind::aside: break;
  }
}

void JobReader::csv_row(std::string_view text) {
  // A row without quotes, as most are: its fields straight into the row, the commas found eight
  // or sixteen bytes at a time (and a quote, which sends the row to the quoted reader below).
  JobRow& row = row_;
  row.text.clear();
  row.start = row.profile_step = row.profile = {};
  row.line = line_;
  std::size_t column = 0, start = 0;
  const auto field_ends = [&](std::size_t at) __attribute__((always_inline)) {
    if (column < plan_.size()) [[likely]] {
      const Column c = plan_[column];
      const std::string_view value = trim(text.substr(start, at - start));
      if (c.kind == Column::Kind::field) [[likely]] {
        if (!value.empty()) row.text.set(c.field, value);
      } else {
        keep_record_value(row, c.kind, value);
      }
    }
    ++column;
    start = at + 1;
  };
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  // The bytes of `word` equal to `c`, as their high bits (exact: no false positives).
  const auto equal_to = [](std::uint64_t word, char c) {
    const std::uint64_t x = word ^ (static_cast<unsigned char>(c) * kOnes);
    return ~(((x & ~kHigh) + ~kHigh) | x | ~kHigh);
  };
  bool quoted = false;
  std::size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time where the processor has SSE2 (every x86-64 does), then eight.
  for (; i + 16 <= text.size(); i += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"'))) != 0) {
      quoted = true;
      break;
    }
    for (auto commas = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(',')))); commas != 0;
         commas &= commas - 1) {
      field_ends(i + static_cast<std::size_t>(std::countr_zero(commas)));
    }
  }
  // The last bytes: the sixteen that end the line, those already read masked off.
  if (!quoted && i < text.size() && text.size() >= 16) {
    const std::size_t base = text.size() - 16;
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + base));
    const unsigned fresh = ~((1u << (i - base)) - 1);
    quoted = (static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"')))) & fresh) != 0;
    auto commas = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(',')))) & fresh;
    for (; !quoted && commas != 0; commas &= commas - 1) field_ends(base + static_cast<std::size_t>(std::countr_zero(commas)));
    i = text.size();
  }
#endif
  for (; !quoted && i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    if (equal_to(word, '"') != 0) {
      quoted = true;
      break;
    }
    for (std::uint64_t commas = equal_to(word, ','); commas != 0; commas &= commas - 1) {
      field_ends(i + static_cast<std::size_t>(std::countr_zero(commas)) / 8);
    }
  }
  for (; !quoted && i < text.size(); ++i) {
    if (text[i] == ',') field_ends(i);
    quoted = text[i] == '"';
  }
  if (!quoted) {
    field_ends(text.size());
    if (column != plan_.size()) {
      throw BadRow{fmt::format("{} fields, but the header has {} columns", column, plan_.size())};
    }
    sink_.row(row);
    return;
  }
  csv_quoted_row(text);
}

void JobReader::csv_quoted_row(std::string_view text) {
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
        if (quote_at == std::string_view::npos) {
          open_quote_ = true;
          throw BadRow{"a quoted field has no closing quote (CSV fields here hold no line breaks)"};
        }
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
  if (fields_.size() != plan_.size()) {
    throw BadRow{fmt::format("{} fields, but the header has {} columns", fields_.size(), plan_.size())};
  }
  JobRow row;
  row.line = line_;
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    const std::string_view value = trim(fields_[i]);
    if (plan_[i].kind == Column::Kind::field) {
      if (!value.empty()) row.text.set(plan_[i].field, value);
    } else {
      keep_record_value(row, plan_[i].kind, value);
    }
  }
  sink_.row(row);
}

void JobReader::jsonl_row(std::string_view text) {
  scratch_.clear();
  scratch_.reserve(text.size());
  JobRow row;
  row.line = line_;
  std::array<bool, kFieldCount> seen{};
  FlatJson(text, scratch_).members([&](std::string_view key, std::optional<std::string_view> value) {
    const std::optional<Field> field = field_from_name(key);
    if (!field && record_column(key)) {  // run --record's: left aside, but for the start
      if (key == "start" && value) row.start = trim(*value);
      if (key == "profile_step_s" && value) row.profile_step = trim(*value);
      if (key == "profile_kwh" && value) row.profile = trim(*value);
      return;
    }
    if (!field) throw BadRow{fmt::format("unknown key {}; the keys are {}", quote(key), column_list())};
    if (!input_spec(*field).column) throw BadRow{not_a_column(*field)};
    auto& was_seen = seen[static_cast<std::size_t>(*field)];
    if (was_seen) throw BadRow{fmt::format("key {} appears twice", quote(key))};
    was_seen = true;
    if (value && !trim(*value).empty()) row.text.set(*field, *value);
  });
  sink_.row(row);
}

}  // namespace mlcarbon
