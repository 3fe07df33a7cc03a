#!/usr/bin/python3
"""PyTorch reference for bench/diffusion_bench.cpp: the same ADM-style U-Net,
cosine schedule, L_simple training step (AdamW, grad clipping, EMA, label
dropout) and DDIM sampling as core/diffusion, written in plain PyTorch.

Run with Debian's python3-torch (the same libtorch 1.13 kernels):
  /usr/bin/python3 bench/diffusion_reference.py --threads 2 --steps 30 --json
Prints one JSON object: parameters, train_images_per_second, sample_images_per_second.
"""
import argparse
import json
import math
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


def group_norm(ch):
    g = min(32, ch)
    while ch % g:
        g -= 1
    return nn.GroupNorm(g, ch, eps=1e-5)


def timestep_embedding(t, dim):
    half = dim // 2
    freqs = torch.exp(-math.log(10000.0) * torch.arange(half, dtype=torch.float32) / half)
    args = t.float()[:, None] * freqs[None]
    emb = torch.cat([torch.cos(args), torch.sin(args)], dim=1)
    if dim % 2:
        emb = torch.cat([emb, torch.zeros_like(emb[:, :1])], dim=1)
    return emb


class ResBlock(nn.Module):
    def __init__(self, cin, cout, emb, dropout):
        super().__init__()
        self.norm1 = group_norm(cin)
        self.conv1 = nn.Conv2d(cin, cout, 3, padding=1)
        self.emb = nn.Linear(emb, 2 * cout)
        self.norm2 = group_norm(cout)
        self.dropout = nn.Dropout(dropout)
        self.conv2 = nn.Conv2d(cout, cout, 3, padding=1)
        nn.init.zeros_(self.conv2.weight)
        nn.init.zeros_(self.conv2.bias)
        self.skip = nn.Conv2d(cin, cout, 1) if cin != cout else None

    def forward(self, x, emb):
        h = self.conv1(F.silu(self.norm1(x)))
        scale, shift = self.emb(F.silu(emb))[:, :, None, None].chunk(2, dim=1)
        h = self.norm2(h) * (1 + scale) + shift
        h = self.conv2(self.dropout(F.silu(h)))
        return (self.skip(x) if self.skip is not None else x) + h


class Attention(nn.Module):
    def __init__(self, ch, head_channels):
        super().__init__()
        heads = max(1, ch // max(1, head_channels))
        while ch % heads:
            heads -= 1
        self.heads = heads
        self.norm = group_norm(ch)
        self.qkv = nn.Conv1d(ch, 3 * ch, 1)
        self.proj = nn.Conv1d(ch, ch, 1)
        nn.init.zeros_(self.proj.weight)
        nn.init.zeros_(self.proj.bias)

    def forward(self, x):
        b, c, hh, ww = x.shape
        t = hh * ww
        flat = x.reshape(b, c, t)
        qkv = self.qkv(self.norm(flat))
        d = c // self.heads
        q, k, v = qkv.reshape(b * self.heads, 3 * d, t).split(d, dim=1)
        scale = 1.0 / math.sqrt(math.sqrt(d))
        w = torch.softmax(torch.bmm((q * scale).transpose(1, 2), k * scale), dim=-1)
        a = torch.bmm(v, w.transpose(1, 2))
        return (flat + self.proj(a.reshape(b, c, t))).reshape(b, c, hh, ww)


class UNet(nn.Module):
    def __init__(self, image_size=32, channels=1, base=32, mult=(1, 2, 2), blocks=1, attn=(8,),
                 head_channels=32, dropout=0.0, num_classes=2):
        super().__init__()
        emb = 4 * base
        self.base = base
        self.time1 = nn.Linear(base, emb)
        self.time2 = nn.Linear(emb, emb)
        self.label = nn.Embedding(num_classes + 1, emb)
        self.input = nn.Conv2d(channels, base, 3, padding=1)
        self.down = nn.ModuleList()
        skips = [base]
        ch = base
        res = image_size
        for level, m in enumerate(mult):
            out = base * m
            for _ in range(blocks):
                stage = nn.ModuleList([ResBlock(ch, out, emb, dropout)])
                ch = out
                if res in attn:
                    stage.append(Attention(ch, head_channels))
                self.down.append(stage)
                skips.append(ch)
            if level + 1 < len(mult):
                self.down.append(nn.ModuleList([nn.Conv2d(ch, ch, 3, stride=2, padding=1)]))
                skips.append(ch)
                res //= 2
        self.mid1 = ResBlock(ch, ch, emb, dropout)
        self.mid_attn = Attention(ch, head_channels)
        self.mid2 = ResBlock(ch, ch, emb, dropout)
        self.up = nn.ModuleList()
        for level in reversed(range(len(mult))):
            out = base * mult[level]
            for r in range(blocks + 1):
                stage = nn.ModuleList([ResBlock(ch + skips.pop(), out, emb, dropout)])
                ch = out
                if res in attn:
                    stage.append(Attention(ch, head_channels))
                self.up.append(stage)
                if level > 0 and r == blocks:
                    self.up.append(nn.ModuleList([nn.Upsample(scale_factor=2, mode="nearest"),
                                                  nn.Conv2d(ch, ch, 3, padding=1)]))
                    res *= 2
        self.out_norm = group_norm(ch)
        self.out = nn.Conv2d(ch, channels, 3, padding=1)
        nn.init.zeros_(self.out.weight)
        nn.init.zeros_(self.out.bias)

    def forward(self, x, t, y):
        emb = self.time2(F.silu(self.time1(timestep_embedding(t, self.base)))) + self.label(y)
        h = self.input(x)
        hs = [h]
        for stage in self.down:
            if isinstance(stage[0], ResBlock):
                h = stage[0](h, emb)
                if len(stage) > 1:
                    h = stage[1](h)
            else:
                h = stage[0](h)
            hs.append(h)
        h = self.mid2(self.mid_attn(self.mid1(h, emb)), emb)
        for stage in self.up:
            if isinstance(stage[0], nn.Upsample):
                h = stage[1](stage[0](h))
                continue
            h = stage[0](torch.cat([h, hs.pop()], dim=1), emb)
            if len(stage) > 1:
                h = stage[1](h)
        return self.out(F.silu(self.out_norm(h)))


def cosine_alphas_cumprod(steps):
    f = lambda t: math.cos((t + 0.008) / 1.008 * math.pi / 2) ** 2
    betas = [min(1 - f((i + 1) / steps) / f(i / steps), 0.999) for i in range(steps)]
    ab, out = 1.0, []
    for b in betas:
        ab *= 1 - b
        out.append(ab)
    return torch.tensor(out, dtype=torch.float64)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--steps", type=int, default=30)
    p.add_argument("--warmup", type=int, default=3)
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--image-size", type=int, default=32)
    p.add_argument("--sample-images", type=int, default=16)
    p.add_argument("--ddim-steps", type=int, default=50)
    p.add_argument("--json", action="store_true")
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    T = 1000
    model = UNet(image_size=a.image_size)
    ema = UNet(image_size=a.image_size)
    ema.load_state_dict(model.state_dict())
    for q in ema.parameters():
        q.requires_grad_(False)
    opt = torch.optim.AdamW(model.parameters(), lr=2e-4, weight_decay=0.0)
    ab = cosine_alphas_cumprod(T)
    data = torch.rand(64, 1, a.image_size, a.image_size) * 2 - 1
    labels = torch.randint(0, 2, (64,))
    params = sum(q.numel() for q in model.parameters())

    def train_step(step):
        idx = torch.randint(0, 64, (a.batch,))
        x0, y = data[idx], labels[idx]
        y = torch.where(torch.rand(a.batch) < 0.1, torch.full_like(y, 2), y)
        t = torch.randint(0, T, (a.batch,))
        noise = torch.randn_like(x0)
        abt = ab[t].float()[:, None, None, None]
        xt = abt.sqrt() * x0 + (1 - abt).sqrt() * noise
        loss = (model(xt, t, y) - noise).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        with torch.no_grad():
            d = min(0.999, (1 + step) / (10 + step))
            for pe, pm in zip(ema.parameters(), model.parameters()):
                pe.mul_(d).add_(pm.detach(), alpha=1 - d)
        return loss.item()

    for i in range(a.warmup):
        train_step(i)
    t0, c0 = time.perf_counter(), time.process_time()
    for i in range(a.steps):
        train_step(a.warmup + i)
    train_ips = a.steps * a.batch / (time.perf_counter() - t0)
    train_ipc = a.steps * a.batch / (time.process_time() - c0)

    ema.eval()
    ts = [round(i * (T - 1) / (a.ddim_steps - 1)) for i in range(a.ddim_steps)]
    with torch.no_grad():
        t0, c0 = time.perf_counter(), time.process_time()
        x = torch.randn(a.sample_images, 1, a.image_size, a.image_size)
        y = torch.arange(a.sample_images) % 2
        for i in reversed(range(len(ts))):
            t = torch.full((a.sample_images,), ts[i], dtype=torch.long)
            abt = ab[ts[i]].item()
            abp = ab[ts[i - 1]].item() if i > 0 else 1.0
            eps = ema(x, t, y)
            x0 = ((x - math.sqrt(1 - abt) * eps) / math.sqrt(abt)).clamp(-1, 1)
            eps = (x / math.sqrt(abt) - x0) / math.sqrt(1 / abt - 1)
            x = x0 * math.sqrt(abp) + math.sqrt(1 - abp) * eps
        x = 0.5 * (x + x.transpose(2, 3))
        sample_ips = a.sample_images / (time.perf_counter() - t0)
        sample_ipc = a.sample_images / (time.process_time() - c0)
    out = {"parameters": params, "train_images_per_second": train_ips,
           "sample_images_per_second": sample_ips,
           "train_images_per_cpu_second": train_ipc, "sample_images_per_cpu_second": sample_ipc, "threads": a.threads, "torch": torch.__version__}
    print(json.dumps(out) if a.json else out)


if __name__ == "__main__":
    main()
