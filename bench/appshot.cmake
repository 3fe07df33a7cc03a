# AppShot benchmark (paths relative to bench/): whole-city generation by
# overlapping patches vs one fully convolutional pass of the same generator.
netsynth_add_bench(appshot_bench appshot_bench.cpp)
target_compile_definitions(appshot_bench PRIVATE NETSYNTH_SHARED_DATA_DIR="${NETSYNTH_SHARED_DATA_DIR}")
target_link_libraries(appshot_bench PRIVATE netsynth_torch)
