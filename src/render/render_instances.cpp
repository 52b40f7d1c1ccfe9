// `mlcarbon instances list|show`: cloud instance types with their accelerators, host CPUs and
// memory (data/instances.json), as text, JSON or CSV.
#include <fmt/format.h>

#include "util/error.h"
#include "render/json_writer.h"
#include "render/render.h"
#include "render/explain.h"
#include "render/render_internal.h"
#include "util/numbers.h"
#include "render/table.h"

namespace mlcarbon {
namespace {

std::string key(const Instance& i) { return fmt::format("{}:{}", i.provider, i.id); }
std::string_view accelerator_id(const Instance& i) { return i.accelerator != nullptr ? i.accelerator->id : ""; }
std::string_view cpu_id(const Instance& i) { return i.cpu != nullptr ? i.cpu->id : ""; }

std::string text(std::span<const Instance* const> instances, bool one, std::size_t width) {
  Table table({Table::Align::left, Table::Align::left, Table::Align::right, Table::Align::right, Table::Align::left,
               Table::Align::left});
  if (one) table.add({"instance", "accelerators", "vCPUs", "memory GB", "host CPUs", "source"});
  else table.add({"instance", "accelerators", "vCPUs", "memory GB", "host CPUs"});
  for (const Instance* i : instances) {
    const std::string cpus = i->cpu != nullptr ? fmt::format("{} x {}", human(i->cpu_sockets), i->cpu->id)
                             : i->cpu_name.empty() ? std::string("-")
                                                   : fmt::format("{} (no sourced TDP)", i->cpu_name);
    std::vector<std::string> row{key(*i),
                                 i->accelerator != nullptr ? fmt::format("{} x {}", i->accelerator_count, accelerator_id(*i)) : "none",
                                 i->vcpus > 0 ? fmt::format("{}", i->vcpus) : "-", human(i->memory_gb), cpus};
    if (one) row.push_back(i->source != nullptr ? describe(*i->source) : "");
    table.add(std::move(row));
  }
  // A list within 80 columns (its sources: `instances show`, --format csv); one instance in full.
  std::string out = one ? table.render() : fit_lines(table.render(), width);
  if (instances.size() == 1 && !instances[0]->note.empty()) out += fmt::format("\n  {}\n", instances[0]->note);
  return out;
}

void write_instance(JsonWriter& j, const Instance& i) {
  j.begin_object().field("id", key(i)).field("provider", i.provider).field("type", i.id);
  j.key("aliases").begin_array();
  for (const std::string_view a : i.aliases) j.value(a);
  j.end_array();
  j.key("accelerator");
  if (i.accelerator != nullptr) j.value(i.accelerator->id); else j.null();
  j.field("accelerator_count", i.accelerator_count);
  j.key("cpu");
  if (i.cpu != nullptr) j.value(i.cpu->id); else j.null();
  j.field("cpu_name", i.cpu_name).field("cpu_sockets", i.cpu_sockets);
  j.key("vcpus");
  if (i.vcpus > 0) j.value(i.vcpus); else j.null();
  j.field("memory_gb", i.memory_gb).field("note", i.note);
  write_source(j, "source", i.source);
  j.end_object();
}

std::string json(std::span<const Instance* const> instances, bool one) {
  JsonWriter j;
  j.begin_object().field("schema_version", kOutputSchemaVersion);
  if (one) {
    j.key("instance");
    write_instance(j, *instances[0]);
  } else {
    j.key("instances").begin_array();
    for (const Instance* i : instances) write_instance(j, *i);
    j.end_array();
  }
  j.end_object();
  return j.finish();
}

std::string csv(std::span<const Instance* const> instances) {
  std::string out = "id,provider,type,accelerator,accelerator_count,cpu,cpu_name,cpu_sockets,vcpus,memory_gb,source\n";
  for (const Instance* i : instances) {
    out += fmt::format("{},{},{},{},{},{},", key(*i), i->provider, i->id, accelerator_id(*i), i->accelerator_count, cpu_id(*i));
    append_csv_field(out, i->cpu_name);
    out += fmt::format(",{},{},{},", i->cpu_sockets, i->vcpus > 0 ? fmt::format("{}", i->vcpus) : "", i->memory_gb);
    append_csv_field(out, i->source != nullptr ? i->source->key : "");
    out += '\n';
  }
  return out;
}

}  // namespace

std::string render_instance_list(std::span<const Instance* const> instances, Format format, bool one, std::size_t width) {
  switch (format) {
    case Format::text: return text(instances, one, width);
    case Format::json: return json(instances, one);
    case Format::csv: return csv(instances);
    default: throw Error(ErrorKind::internal, fmt::format("no {} output for `instances`", format_name(format)));
  }
}

}  // namespace mlcarbon
