// A small streaming JSON writer for mlcarbon's machine output: keys in the order written,
// two-space indentation, strings escaped per RFC 8259, numbers as the shortest text that reads
// back as the same double. It builds no tree, so printing costs little at start-up.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <cstring>
#include <memory>
#include <vector>

#include "util/numbers.h"

namespace mlcarbon {

// A newline and two spaces a level, from one constant (nesting here is never that deep).
inline constexpr std::string_view kIndent = "\n                                                                ";

class JsonWriter {
 public:
  // `compact`: no newlines or indentation (one JSON Lines record).
  // `capacity`: the first allocation, made at the first write (the buffer doubles when full).
  explicit JsonWriter(bool compact = false, std::size_t capacity = 1024) : capacity_(capacity), compact_(compact) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);  // inside an object: the next value's key (written unescaped)
  // The same for a key written as a literal, as nearly all are: its length is known when compiled,
  // so it is copied without a call (a jobs file writes 26 keys a row).
  template <std::size_t N>
  JsonWriter& key(const char (&name)[N]) {
    return put_key(name, N - 1);
  }

  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(double number);  // must be finite
  JsonWriter& value(std::int64_t number);
  JsonWriter& value(std::uint64_t number);
  JsonWriter& value(int number) { return value(static_cast<std::int64_t>(number)); }
  JsonWriter& value(bool flag);
  JsonWriter& null();

  // key + value in one call; std::nullopt writes null.
  template <typename T>
  JsonWriter& field(std::string_view name, const T& v) {
    key(name);
    return value(v);
  }
  template <typename T>
  JsonWriter& field(std::string_view name, const std::optional<T>& v) {
    key(name);
    return v ? value(*v) : null();
  }
  template <std::size_t N, typename T>
  JsonWriter& field(const char (&name)[N], const T& v) {
    key(name);
    return value(v);
  }
  template <std::size_t N, typename T>
  JsonWriter& field(const char (&name)[N], const std::optional<T>& v) {
    key(name);
    return v ? value(*v) : null();
  }
  // A run of fields written again as it was: mark() before writing them and text_since(mark)
  // after give their text; raw_fields(text) copies it into an object at the same depth of a
  // writer of the same kind, after at least one field (the text begins with a comma).
  std::size_t mark() const { return size_; }
  std::string_view text_since(std::size_t mark) const { return {buffer_.data() + mark, size_ - mark}; }
  JsonWriter& raw_fields(std::string_view text) {
    if (levels_.empty() || levels_.back().array || levels_.back().empty || after_key_) misplaced_key();
    put(text);
    return *this;
  }

  // Prepared keys, for records of one shape written many times (a jobs file's): the text a key
  // takes before its value in this writer at the current depth (a comma, the newline and
  // indentation, the quoted name, ':' and the space), made once and then copied as one piece, and
  // the value written after it with one check of room. A prepared key is used in an object at the
  // depth it was made for; its name is at most 24 characters and needs no escape.
  class PreparedKey {
    friend class JsonWriter;
    static constexpr std::size_t kCopy = 48;  // bytes copied: more than the longest text, 45
    char text_[kCopy + 1] = {};
    std::uint8_t size_ = 0;
    std::size_t depth_ = 0;
  };
  PreparedKey prepare_key(std::string_view name) const;
  JsonWriter& key(const PreparedKey& k) {
    at_prepared(k, 0);
    after_key_ = true;
    return *this;
  }
  JsonWriter& field(const PreparedKey& k, double number);  // must be finite
  JsonWriter& field(const PreparedKey& k, std::string_view text);
  JsonWriter& field(const PreparedKey& k, std::uint64_t number);
  // Fields that begin an object, as text (text_since() of a writer of the same kind, from just
  // after a '{'): a record's constant first fields.
  JsonWriter& raw_first_fields(std::string_view text) {
    if (levels_.empty() || levels_.back().array || !levels_.back().empty || after_key_) misplaced_key();
    put(text);
    levels_.back().empty = false;
    return *this;
  }

  // The document, with a final newline.
  std::string finish();
  // The text written so far, and that text let go (the writer goes on where it was): for a long
  // document or many records written out as they come, without a copy.
  std::string_view text() const { return {buffer_.data(), size_}; }
  void clear_text() { size_ = 0; }
  // A final newline after a complete document (a JSON Lines record), left in text().
  void end_document();

 private:
  // key()'s one body, always inlined so that a literal's length is a constant in it (GCC would
  // otherwise call it, and memcpy with it, for all 26 keys of a job). Keys are mlcarbon's
  // own identifiers: nothing in them needs an escape.
  [[gnu::always_inline]] JsonWriter& put_key(const char* name, std::size_t n) {
    if (levels_.empty() || levels_.back().array || after_key_) misplaced_key();
    const std::size_t indent = compact_ ? 0 : std::min(kIndent.size(), 1 + 2 * levels_.size());
    // One capacity check and direct stores: ',', the indent, the quoted name, ':' and a space.
    if (size_ + indent + n + 5 > allocated_) grow(size_ + indent + n + 5);
    char* at = buffer_.data() + size_;
    *at = ',';
    at += levels_.back().empty ? 0 : 1;
    levels_.back().empty = false;
    if (indent != 0) std::memcpy(at, kIndent.data(), indent);
    at += indent;
    *at++ = '"';
    if (n != 0) std::memcpy(at, name, n);
    at += n;
    *at++ = '"';
    *at++ = ':';
    *at = ' ';
    at += compact_ ? 0 : 1;
    size_ = static_cast<std::size_t>(at - buffer_.data());
    after_key_ = true;
    return *this;
  }
  // A prepared key written at the end of the text, with `room` more bytes reserved after it;
  // returns where its value goes (size_ is not yet moved past the key).
  [[gnu::always_inline]] char* at_prepared(const PreparedKey& k, std::size_t room) {
    if (after_key_ || levels_.size() != k.depth_ || levels_.back().array) misplaced_key();
    if (size_ + PreparedKey::kCopy + room > allocated_) grow(size_ + PreparedKey::kCopy + room);
    char* at = buffer_.data() + size_;
    const std::size_t first = levels_.back().empty ? 1 : 0;  // the object's first key: no comma
    levels_.back().empty = false;
    std::memcpy(at, k.text_ + first, PreparedKey::kCopy);
    at += k.size_ - first;
    size_ = static_cast<std::size_t>(at - buffer_.data());
    return at;
  }
  [[gnu::always_inline]] inline char* write_number(char* at, double number);
  [[noreturn]] static void not_finite();
  [[noreturn]] static void misplaced_key();
  void before_value();
  void newline();
  void write_string(std::string_view text);
  void write_escaped(std::string_view text);
  JsonWriter& close(bool array);

  // The text so far is buffer_[0, size_) of buffer_'s allocated_ characters: appends are an
  // inline memcpy, and the buffer grows by doubling (std::string::append and fmt's buffer cost
  // several times more per short piece). A string, so that finish() hands the document over
  // without a copy (one estimate's JSON is about 10 KB).
  void put(const char* data, std::size_t n) {
    if (n == 0) return;  // an empty view may hold a null pointer, which memcpy must not get
    if (size_ + n > allocated_) grow(size_ + n);
    std::memcpy(buffer_.data() + size_, data, n);
    size_ += n;
  }
  void put(std::string_view text) { put(text.data(), text.size()); }
  void put(char c) {
    if (size_ == allocated_) grow(size_ + 1);
    buffer_[size_++] = c;
  }
  void grow(std::size_t at_least);
  std::string buffer_;
  std::size_t allocated_ = 0;
  std::size_t capacity_;
  std::size_t size_ = 0;
  struct Level {
    bool array;
    bool empty;
  };
  std::vector<Level> levels_;
  // The last number of more than 8 characters written and its text, copied when a number is
  // the same (a job's net emissions are most often its emissions, written just before). The bits
  // of a NaN, which is never written, when there is none.
  static constexpr std::size_t kNumberCopy = 32;  // bytes copied: more than the longest number, 24
  static_assert(kNumberCopy <= kShortestMax);
  std::uint64_t last_bits_ = 0x7FF8000000000001ULL;
  std::size_t last_size_ = 0;
  char last_text_[kNumberCopy] = {};
  bool after_key_ = false;
  bool compact_ = false;
};

}  // namespace mlcarbon
