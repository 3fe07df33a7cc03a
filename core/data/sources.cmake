# Sources of core/data (paths relative to core/).
list(APPEND NETSYNTH_BASE_SOURCES
  data/biflow.h data/biflow.cpp
  data/dataset_loader.h data/dataset_loader.cpp
  data/class_statistics.h data/class_statistics.cpp
  data/dataset_summary.h data/dataset_summary.cpp
  data/dataset_cache.h data/dataset_cache.cpp
  data/demo_dataset.h data/demo_dataset.cpp
  data/format_detector.h data/format_detector.cpp
  data/mirage_reader.h data/mirage_reader.cpp data/mirage_skipping_stream.h
  data/pcap_reader.h data/pcap_reader.cpp
  data/csv_trace_spec.h data/csv_trace_spec.cpp
  data/csv_trace_reader.h data/csv_trace_reader.cpp
)
