# GASF + gamma throughput vs the memory-bandwidth bound and NumPy (same run).
netsynth_add_bench(imaging_gasf_bench imaging_gasf_bench.cpp)
target_compile_definitions(imaging_gasf_bench PRIVATE NETSYNTH_SYSTEM_PYTHON="/usr/bin/python3")
