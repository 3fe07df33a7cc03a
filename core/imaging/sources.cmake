# Sources of core/imaging (paths relative to core/).
list(APPEND NETSYNTH_BASE_SOURCES
  imaging/image_dataset.h imaging/image_dataset.cpp
  imaging/encode_spec.h imaging/encode_spec.cpp
  imaging/series_extraction.h imaging/series_extraction.cpp
  imaging/image_kernels.h imaging/image_kernels.cpp
  imaging/unit_power.h imaging/gasf_simd.h imaging/gasf_simd.cpp
  imaging/image_encoder.h imaging/image_encoder.cpp
  imaging/image_inversion.h imaging/image_inversion.cpp
  imaging/imaging_preview.h imaging/imaging_preview.cpp
  imaging/colour_maps.h imaging/colour_maps.cpp
)
# The pixel kernels: vectorised loops, and no fused multiply-add so that a
# GASF is bit-exactly symmetric whatever SIMD lane computes a pixel.
set_source_files_properties(imaging/image_kernels.cpp PROPERTIES COMPILE_OPTIONS "-O3;-ffp-contract=off;-fno-math-errno;-fno-trapping-math")
# The x86 SIMD GASF kernel: its functions carry their own target attributes
# (AVX2 + FMA, AVX-512F) and are picked at run time.
set_source_files_properties(imaging/gasf_simd.cpp PROPERTIES COMPILE_OPTIONS "-O3;-ffp-contract=off;-fno-math-errno;-fno-trapping-math")
