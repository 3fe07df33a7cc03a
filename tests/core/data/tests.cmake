# core/data: readers, loader, demo, statistics (torch-free, also under sanitizers).
netsynth_add_test(NAME tst_mirage_reader SOURCES core/data/tst_mirage_reader.cpp LIBS netsynth_base LABELS base data)
netsynth_add_test(NAME tst_csv_trace_reader SOURCES core/data/tst_csv_trace_reader.cpp LIBS netsynth_base LABELS base data)
netsynth_add_test(NAME tst_pcap_reader SOURCES core/data/tst_pcap_reader.cpp core/data/pcap_builder.h LIBS netsynth_base LABELS base data)
netsynth_add_test(NAME tst_dataset_cache SOURCES core/data/tst_dataset_cache.cpp LIBS netsynth_base LABELS base data)
netsynth_add_test(NAME tst_dataset_loader SOURCES core/data/tst_dataset_loader.cpp LIBS netsynth_base LABELS base data)
