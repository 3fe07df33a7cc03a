# core/imaging: torch-free tests (also run under the sanitizer build).
foreach(name encode_spec series_extraction image_kernels image_encoder image_inversion imaging_preview colour_maps)
  netsynth_add_test(NAME tst_${name} SOURCES core/imaging/tst_${name}.cpp LIBS netsynth_base LABELS base imaging)
endforeach()
netsynth_add_test(NAME tst_imaging_real_data SOURCES core/imaging/tst_imaging_real_data.cpp LIBS netsynth_base
                  LABELS base imaging realdata)
if(NOT NETSYNTH_BASE_ONLY)
  netsynth_add_test(NAME tst_imaging_cli SOURCES core/imaging/tst_imaging_cli.cpp LIBS netsynth_base LABELS cli imaging)
  target_compile_definitions(tst_imaging_cli PRIVATE NETSYNTH_CLI="$<TARGET_FILE:netsynth-cli>")
  add_dependencies(tst_imaging_cli netsynth-cli)
endif()
