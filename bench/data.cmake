# Data ingest benchmark: MIRAGE reader vs python3 json.load on a generated >= 500 MB file.
netsynth_add_bench(data_ingest_bench data_ingest_bench.cpp)
