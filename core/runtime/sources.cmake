list(APPEND NETSYNTH_BASE_SOURCES
  runtime/errors.h runtime/errors.cpp
  runtime/progress.h runtime/progress.cpp
  runtime/child_progress.h
  runtime/job.h
  runtime/job_runner.h runtime/job_runner.cpp
  runtime/npy_io.h runtime/npy_io.cpp
  runtime/atomic_file.h runtime/atomic_file.cpp
  runtime/json_document.h runtime/json_document.cpp
  runtime/checkpoint_clock.h
  runtime/distributed.h runtime/distributed.cpp
  runtime/local_peers.h runtime/local_peers.cpp
  runtime/logging.h runtime/logging.cpp
)
list(APPEND NETSYNTH_TORCH_SOURCES
  runtime/device.h runtime/device.cpp
  runtime/device_benchmark.h runtime/device_benchmark.cpp
  runtime/data_parallel_impl.h runtime/data_parallel.cpp
)
