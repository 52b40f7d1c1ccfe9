// A small streaming JSON writer for mlcarbon's machine output: keys in the order written,
// two-space indentation, strings escaped per RFC 8259, numbers as the shortest text that reads
// back as the same double. It builds no tree, so printing costs little at start-up.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <cstring>
#include <memory>
#include <vector>

namespace mlcarbon {

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

  // The document, with a final newline.
  std::string finish();
  // The same, appended to `out`; the writer can then write the next document (a JSON Lines record).
  void finish_into(std::string& out);
  // The text written so far, handed over and cleared (for streaming a long document).
  std::string take();
  void take_into(std::string& out);

 private:
  void before_value();
  void newline();
  void write_string(std::string_view text);
  void write_escaped(std::string_view text);
  JsonWriter& close(bool array);

  // The text so far is buffer_[0, size_): appends are an inline memcpy, and the buffer grows by
  // doubling (std::string::append and fmt's buffer cost several times more per short piece). It
  // is not zero-filled: a page is touched only when written.
  void put(const char* data, std::size_t n) {
    if (n == 0) return;  // an empty view may hold a null pointer, which memcpy must not get
    if (size_ + n > allocated_) grow(size_ + n);
    std::memcpy(buffer_.get() + size_, data, n);
    size_ += n;
  }
  void put(std::string_view text) { put(text.data(), text.size()); }
  void put(char c) {
    if (size_ == allocated_) grow(size_ + 1);
    buffer_[size_++] = c;
  }
  void grow(std::size_t at_least);
  std::unique_ptr<char[]> buffer_;
  std::size_t allocated_ = 0;
  std::size_t capacity_;
  std::size_t size_ = 0;
  struct Level {
    bool array;
    bool empty;
  };
  std::vector<Level> levels_;
  bool after_key_ = false;
  bool compact_ = false;
};

}  // namespace mlcarbon
