#include "render/json_writer.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <fmt/format.h>

#include "util/error.h"
#include "util/numbers.h"

namespace mlcarbon {

void JsonWriter::newline() {
  if (compact_) return;
  put(kIndent.substr(0, std::min(kIndent.size(), 1 + 2 * levels_.size())));
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!levels_.empty()) {
    if (!levels_.back().array) throw Error(ErrorKind::internal, "JSON writer: a value in an object needs a key");
    if (!levels_.back().empty) put(',');
    levels_.back().empty = false;
    newline();
  }
}

JsonWriter& JsonWriter::key(std::string_view name) { return put_key(name.data(), name.size()); }

void JsonWriter::misplaced_key() { throw Error(ErrorKind::internal, "JSON writer: misplaced key"); }

JsonWriter& JsonWriter::begin_object() {
  before_value();
  put('{');
  levels_.push_back({false, true});
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  put('[');
  levels_.push_back({true, true});
  return *this;
}

JsonWriter& JsonWriter::close(bool array) {
  if (levels_.empty() || levels_.back().array != array || after_key_) {
    throw Error(ErrorKind::internal, "JSON writer: mismatched end");
  }
  const bool empty = levels_.back().empty;
  levels_.pop_back();
  if (!empty) newline();
  put(array ? ']' : '}');
  return *this;
}

JsonWriter& JsonWriter::end_object() { return close(false); }
JsonWriter& JsonWriter::end_array() { return close(true); }

JsonWriter& JsonWriter::value(std::string_view text) {
  before_value();
  write_string(text);
  return *this;
}

namespace {

// True when one of the 8 bytes of `word` needs an escape in a JSON string: a control character
// (< 0x20), '"' or '\\' (the "has zero byte" bit trick, applied to three conditions at once).
bool needs_escape(std::uint64_t word) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  const auto zero_byte = [&](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  return (((word - 0x20 * kOnes) & ~word & kHigh) | zero_byte(word ^ ('"' * kOnes)) | zero_byte(word ^ ('\\' * kOnes))) != 0;
}

}  // namespace

void JsonWriter::write_string(std::string_view text) {
  // A short string (an id, a job's name, an origin) is read as two words that overlap, which
  // are checked and stored as they are: no loop and no call of memcpy.
  if (const std::size_t n = text.size(); n >= 4 && n <= 16) {
    std::uint64_t head, tail;
    if (n >= 8) {
      std::memcpy(&head, text.data(), 8);
      std::memcpy(&tail, text.data() + n - 8, 8);
    } else {
      std::uint32_t a, b;
      std::memcpy(&a, text.data(), 4);
      std::memcpy(&b, text.data() + n - 4, 4);
      head = a | (std::uint64_t{0x20202020} << 32);  // padded with spaces, which need no escape
      tail = b | (std::uint64_t{0x20202020} << 32);
    }
    if (!needs_escape(head) && !needs_escape(tail)) {
      if (size_ + 18 > allocated_) grow(size_ + 18);
      char* at = buffer_.data() + size_;
      *at = '"';
      if (n >= 8) {
        std::memcpy(at + 1, &head, 8);
        std::memcpy(at + 1 + n - 8, &tail, 8);
      } else {
        const auto a = static_cast<std::uint32_t>(head), b = static_cast<std::uint32_t>(tail);
        std::memcpy(at + 1, &a, 4);
        std::memcpy(at + 1 + n - 4, &b, 4);
      }
      at[n + 1] = '"';
      size_ += n + 2;
      return;
    }
  }
  // Most strings (ids, names, origins) need no escape: checked 16 bytes at a time where the
  // processor has SSE2 (every x86-64 does), then 8 at a time (the last bytes padded with spaces,
  // which need none), then copied in one piece.
  std::size_t i = 0;
#if defined(__SSE2__)
  for (; i + 16 <= text.size(); i += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    // Below 0x20 as unsigned bytes: the signed comparison after flipping the top bit.
    const __m128i control = _mm_cmplt_epi8(_mm_xor_si128(bytes, _mm_set1_epi8(static_cast<char>(0x80))),
                                           _mm_set1_epi8(static_cast<char>(0x80 + 0x20)));
    const __m128i special = _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\')));
    if (_mm_movemask_epi8(_mm_or_si128(control, special)) != 0) break;
  }
#endif
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    if (needs_escape(word)) break;
  }
  if (i + 8 > text.size()) {
    std::uint64_t word = 0x2020202020202020ULL;
    if (text.size() > i) std::memcpy(&word, text.data() + i, text.size() - i);  // (an empty view may hold null)
    if (!needs_escape(word)) {
      const std::size_t n = text.size() + 2;
      if (size_ + n > allocated_) grow(size_ + n);
      char* at = buffer_.data() + size_;
      *at = '"';
      if (!text.empty()) std::memcpy(at + 1, text.data(), text.size());
      at[n - 1] = '"';
      size_ += n;
      return;
    }
  }
  write_escaped(text);
}

void JsonWriter::write_escaped(std::string_view text) {
  put('"');
  std::size_t run = 0;  // start of the current run of characters that need no escape
  std::size_t i = 0;
  while (i < text.size()) {
    if (i + 8 <= text.size()) {
      std::uint64_t word;
      std::memcpy(&word, text.data() + i, 8);
      if (!needs_escape(word)) {
        i += 8;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    put(text.data() + run, i - run);
    run = ++i;
    switch (c) {
      case '"': put(std::string_view("\\\"")); break;
      case '\\': put(std::string_view("\\\\")); break;
      case '\n': put(std::string_view("\\n")); break;
      case '\r': put(std::string_view("\\r")); break;
      case '\t': put(std::string_view("\\t")); break;
      default: {
        char escape[8];
        put(escape, static_cast<std::size_t>(fmt::format_to_n(escape, sizeof escape, "\\u{:04x}", static_cast<unsigned>(c)).out - escape));
      }
    }
  }
  put(text.data() + run, text.size() - run);
  put('"');
}

void JsonWriter::not_finite() { throw Error(ErrorKind::internal, "JSON writer: a number is not finite"); }

// `number` at `at`, which has kShortestMax of room; returns the end.
char* JsonWriter::write_number(char* at, double number) {
  const auto bits = std::bit_cast<std::uint64_t>(number);
  if (bits == last_bits_) {
    std::memcpy(at, last_text_, kNumberCopy);  // a constant size, inline; the number is the first last_size_
    return at + last_size_;
  }
  char* end = write_shortest(at, number);
  // Short texts (whole numbers, short decimals: 0, 1, 0.8, 128.75) are written again faster than
  // remembered, and remembering them would push out a long one just before (a job's emissions,
  // then its offset of 0, then its net emissions).
  if (end - at > 8) {
    std::memcpy(last_text_, at, kNumberCopy);
    last_bits_ = bits;
    last_size_ = static_cast<std::size_t>(end - at);
  }
  return end;
}

JsonWriter::PreparedKey JsonWriter::prepare_key(std::string_view name) const {
  PreparedKey k;
  const std::size_t indent = compact_ ? 0 : 1 + 2 * levels_.size();
  const std::size_t size = 1 + indent + name.size() + (compact_ ? 3 : 4);
  if (levels_.empty() || levels_.back().array || name.size() > 24 || size > PreparedKey::kCopy - 1) misplaced_key();
  std::string text = ",";
  text.append(kIndent.substr(0, indent)).append("\"").append(name).append(compact_ ? "\":" : "\": ");
  std::memcpy(k.text_, text.data(), text.size());
  k.size_ = static_cast<std::uint8_t>(text.size());
  k.depth_ = levels_.size();
  return k;
}

JsonWriter& JsonWriter::field(const PreparedKey& k, double number) {
  if (!std::isfinite(number)) not_finite();
  char* at = at_prepared(k, kShortestMax);
  size_ = static_cast<std::size_t>(write_number(at, number) - buffer_.data());
  return *this;
}

JsonWriter& JsonWriter::field(const PreparedKey& k, std::string_view text) {
  at_prepared(k, 0);
  write_string(text);
  return *this;
}

JsonWriter& JsonWriter::field(const PreparedKey& k, std::uint64_t number) {
  char* at = at_prepared(k, 20);  // write_decimal's room
  size_ = static_cast<std::size_t>(write_decimal(at, number) - buffer_.data());
  return *this;
}

JsonWriter& JsonWriter::value(double number) {
  if (!std::isfinite(number)) not_finite();
  before_value();
  // Written in place (write_shortest has its kShortestMax of room at the end of the text).
  if (size_ + kShortestMax > allocated_) grow(size_ + kShortestMax);
  size_ = static_cast<std::size_t>(write_number(buffer_.data() + size_, number) - buffer_.data());
  return *this;
}

JsonWriter& JsonWriter::value(std::int64_t number) {
  before_value();
  if (size_ + 24 > allocated_) grow(size_ + 24);  // a sign and write_decimal's 20 of room
  size_ = static_cast<std::size_t>(write_integer(buffer_.data() + size_, number) - buffer_.data());
  return *this;
}

JsonWriter& JsonWriter::value(std::uint64_t number) {
  before_value();
  if (size_ + 24 > allocated_) grow(size_ + 24);
  size_ = static_cast<std::size_t>(write_decimal(buffer_.data() + size_, number) - buffer_.data());
  return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
  before_value();
  put(flag ? std::string_view("true") : std::string_view("false"));
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  put(std::string_view("null"));
  return *this;
}

void JsonWriter::grow(std::size_t at_least) {
  buffer_.resize(std::max({at_least, 2 * allocated_, capacity_}));
  allocated_ = buffer_.size();
}

void JsonWriter::end_document() {
  if (!levels_.empty()) throw Error(ErrorKind::internal, "JSON writer: unclosed object or array");
  put('\n');
}

std::string JsonWriter::finish() {
  end_document();
  std::string text = std::move(buffer_);
  text.resize(size_);
  buffer_ = std::string();
  allocated_ = size_ = 0;
  return text;
}

}  // namespace mlcarbon
