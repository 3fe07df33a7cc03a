# The fuzz targets' saved inputs, replayed in every build (the sanitizer build
# too): tests/fuzz/<target>/ holds the crashes fuzzing found (after the fix)
# and hand-made hostile inputs (huge sizes and counts). scripts/fuzz.sh fuzzes.
foreach(t mirage capture csv npy json_meta geojson shapefile netmob23 pipeline_state)
  if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/${t})
    add_executable(tst_fuzz_${t} fuzz/fuzz_replay_main.cpp ${CMAKE_SOURCE_DIR}/fuzz/fuzz_${t}.cpp)
    netsynth_target_defaults(tst_fuzz_${t})
    target_include_directories(tst_fuzz_${t} PRIVATE ${CMAKE_SOURCE_DIR})
    target_link_libraries(tst_fuzz_${t} PRIVATE netsynth_base)
    add_test(NAME tst_fuzz_${t} COMMAND tst_fuzz_${t} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/${t})
    set_tests_properties(tst_fuzz_${t} PROPERTIES TIMEOUT 300 LABELS robustness
                         ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0;TMPDIR=${CMAKE_BINARY_DIR}/test-output")
  endif()
endforeach()
