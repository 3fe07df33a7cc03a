#pragma once
// Internal (torch) header: bf16 autocast for CUDA forward passes, restored on
// scope exit. Does nothing unless enabled and the device is CUDA (CPU autocast
// is never turned on: bf16 on these CPUs is slower and less accurate).

#include <ATen/autocast_mode.h>
#include <torch/torch.h>

namespace netsynth {

class AutocastGuard
{
public:
    AutocastGuard(bool enable, const torch::Device &device) : m_active(enable && device.is_cuda())
    {
        if (!m_active)
            return;
        m_wasEnabled = at::autocast::is_enabled();
        m_previousType = at::autocast::get_autocast_gpu_dtype();
        at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
        at::autocast::set_enabled(true);
    }
    ~AutocastGuard()
    {
        if (!m_active)
            return;
        at::autocast::set_enabled(m_wasEnabled);
        at::autocast::set_autocast_gpu_dtype(m_previousType);
        at::autocast::clear_cache();
    }
    AutocastGuard(const AutocastGuard &) = delete;
    AutocastGuard &operator=(const AutocastGuard &) = delete;

private:
    bool m_active;
    bool m_wasEnabled = false;
    at::ScalarType m_previousType = at::kHalf;
};

} // namespace netsynth
