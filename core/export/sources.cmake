# Sources of core/export (paths relative to core/): image sets out as traffic
# files (pcap, pcapng, MIRAGE JSON, CSV). Torch-free.
list(APPEND NETSYNTH_BASE_SOURCES
  export/synthetic_packets.h export/synthetic_packets.cpp
  export/capture_writer.h export/capture_writer.cpp
  export/traffic_writers.h export/traffic_writers.cpp
  export/traffic_export.h export/traffic_export.cpp
)
