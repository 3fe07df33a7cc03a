# Diffusion benchmark (paths relative to bench/): C++ trainer/sampler vs the
# same architecture in PyTorch Python (diffusion_reference.py).
netsynth_add_bench(diffusion_bench diffusion_bench.cpp)
