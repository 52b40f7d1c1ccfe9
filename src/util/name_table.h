// A map from short names to values, looked up by a view without copying it: the caches of a jobs
// file's names (JobRunner), which run twice or more for every row. Open addressing over a power of
// two of slots, at most half full, each slot holding the key's hash and its entry; entries are never
// removed, and references to them stay valid as the table grows.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/text.h"

namespace mlcarbon {

// Whether two names are equal, compared inline eight bytes at a time (a call of memcmp costs more
// than the comparison of a ten-byte name).
inline bool same_name(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  if (n != b.size()) return false;
  const auto load = [](const char* p, std::size_t bytes) {
    std::uint64_t word = 0;
    std::memcpy(&word, p, bytes);
    return word;
  };
  if (n >= 8) {
    for (std::size_t i = 0; i + 8 < n; i += 8) {
      if (load(a.data() + i, 8) != load(b.data() + i, 8)) return false;
    }
    return load(a.data() + n - 8, 8) == load(b.data() + n - 8, 8);  // the last eight, overlapping
  }
  if (n >= 4) return load(a.data(), 4) == load(b.data(), 4) && load(a.data() + n - 4, 4) == load(b.data() + n - 4, 4);
  for (std::size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

template <typename V>
class NameTable {
 public:
  struct Entry {
    std::string name;
    V value;
  };
  // The entry of `name`, or null.
  Entry* find(std::string_view name) {
    if (slots_.empty()) return nullptr;
    return slot(name, StringHash{}(name)).entry;
  }
  // Adds `name` (not in the table) with `value`.
  Entry& add(std::string_view name, V value) {
    if (2 * (entries_.size() + 1) > slots_.size()) grow();
    Entry& added = entries_.emplace_back(Entry{std::string(name), std::move(value)});
    const std::size_t hash = StringHash{}(name);
    slot(name, hash) = Slot{hash, &added};
    return added;
  }
  std::size_t size() const { return entries_.size(); }

 private:
  struct Slot {
    std::size_t hash = 0;
    Entry* entry = nullptr;  // null: empty
  };
  Slot& slot(std::string_view name, std::size_t hash) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.entry == nullptr || (s.hash == hash && same_name(s.entry->name, name))) return s;
    }
  }
  void grow() {
    std::vector<Slot> old(slots_.empty() ? 16 : 2 * slots_.size());
    old.swap(slots_);
    for (const Slot& s : old) {
      if (s.entry != nullptr) slot(s.entry->name, s.hash) = s;
    }
  }
  std::vector<Slot> slots_;
  std::deque<Entry> entries_;
};

}  // namespace mlcarbon
