"""Batched generation: same greedy replies as one at a time, per-row lengths, batch limits, hot swap."""

import asyncio

import pytest

from bot.batching import BatchScheduler, GenerationRequest
from bot.runtime import ModelRuntime
from config.settings import ModelSettings
from tests.helpers import make_chatty_model, make_tiny_adapter

PROMPTS = [
    "hello",
    "what is the capital of France? answer in one word please",
    "tell me a story about a dragon who learned to bake bread in a small village",
    "ok",
    "2 + 2 = ?",
]


@pytest.fixture(scope="module")
def chatty_model_dir(tiny_model_dir, tmp_path_factory) -> str:
    return make_chatty_model(tiny_model_dir, tmp_path_factory.mktemp("chatty"))


def _turns(text: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": text}]


def _runtime(model_dir: str, **overrides) -> ModelRuntime:
    runtime = ModelRuntime(ModelSettings(base=model_dir, **overrides))
    runtime.load()
    return runtime


@pytest.fixture(scope="module")
def sequential(chatty_model_dir):
    """A runtime that never batches: the reference for greedy replies."""
    return _runtime(chatty_model_dir, max_new_tokens=12, max_batch_size=1, batch_wait_ms=0)


async def _one_by_one(runtime: ModelRuntime, prompts: list[str], **kwargs) -> list:
    return [await runtime.generate(_turns(p), **kwargs) for p in prompts]


async def test_batched_greedy_replies_equal_unbatched_ones(chatty_model_dir, sequential):
    batched = _runtime(chatty_model_dir, max_new_tokens=12, max_batch_size=8, batch_wait_ms=300)
    expected = await _one_by_one(sequential, PROMPTS)
    got = await asyncio.gather(*(batched.generate(_turns(p)) for p in PROMPTS))
    assert batched._batcher.batch_sizes == [len(PROMPTS)]  # really one batch, of mixed prompt lengths
    assert [g.text for g in got] == [e.text for e in expected]
    assert [g.new_tokens for g in got] == [e.new_tokens for e in expected]
    assert all(e.new_tokens > 0 and e.text for e in expected)


async def test_requests_with_different_lengths_share_a_batch_and_stop_on_their_own(
    chatty_model_dir, sequential
):
    batched = _runtime(chatty_model_dir, max_new_tokens=12, max_batch_size=8, batch_wait_ms=300)
    lengths = [1, 3, 7, 12]
    prompt = PROMPTS[2]
    expected = [await sequential.generate(_turns(prompt), max_new_tokens=n) for n in lengths]
    got = await asyncio.gather(*(batched.generate(_turns(prompt), max_new_tokens=n) for n in lengths))
    assert batched._batcher.batch_sizes == [len(lengths)]
    # The random model never says end-of-sequence this early: every row runs to its own length.
    assert [g.new_tokens for g in got] == lengths
    assert [g.text for g in got] == [e.text for e in expected]
    # Each is a prefix of the longest: the same greedy path, cut at its own length.
    assert all(got[-1].text.startswith(g.text) for g in got)


async def test_scheduler_respects_the_max_batch_size_and_sampling_groups():
    loop = asyncio.get_running_loop()
    seen: list[list[tuple[float, float]]] = []

    def run(batch: list[GenerationRequest]) -> None:
        seen.append([r.sampling_key for r in batch])
        for r in batch:
            r.finish()

    scheduler = BatchScheduler(run, max_batch_size=4, wait_seconds=0.2)
    greedy = [GenerationRequest([1], 4, 0.0, 0.9, loop) for _ in range(10)]
    sampled = [GenerationRequest([1], 4, 0.8, 0.9, loop) for _ in range(3)]
    cancelled = GenerationRequest([1], 4, 0.0, 0.9, loop)
    cancelled.cancel.set()
    for r in [*greedy[:5], cancelled, *sampled, *greedy[5:]]:
        scheduler.submit(r)
    for r in [*greedy, *sampled, cancelled]:
        assert await asyncio.wait_for(r.events.get(), 5) is None
    assert sorted(len(b) for b in seen) == [2, 3, 4, 4]
    assert all(len(set(b)) == 1 for b in seen)  # greedy and sampled never share a batch
    assert sum(len(b) for b in seen) == 13  # the cancelled request never ran


async def test_hot_swap_during_batched_generation_never_mixes_adapters(chatty_model_dir, tmp_path):
    adapter = make_tiny_adapter(chatty_model_dir, tmp_path / "a")
    reference = _runtime(chatty_model_dir, max_new_tokens=48, max_batch_size=1)
    base_replies = [g.text for g in await _one_by_one(reference, PROMPTS)]
    await reference.use_adapter("a", adapter)
    adapter_replies = [g.text for g in await _one_by_one(reference, PROMPTS)]
    assert base_replies != adapter_replies

    runtime = _runtime(chatty_model_dir, max_new_tokens=48, max_batch_size=4, batch_wait_ms=20)
    before = [asyncio.create_task(runtime.generate(_turns(p))) for p in PROMPTS]
    await asyncio.sleep(0.05)  # the first batch is running, the fifth request waits for the next
    assert not all(t.done() for t in before)
    swap = asyncio.create_task(runtime.use_adapter("a", adapter))
    await asyncio.sleep(0)
    after = [asyncio.create_task(runtime.generate(_turns(p))) for p in PROMPTS]
    await swap
    old, new = await asyncio.gather(*before), await asyncio.gather(*after)
    assert [g.adapter_id for g in old] == [None] * len(PROMPTS)
    assert [g.text for g in old] == base_replies
    assert [g.adapter_id for g in new] == ["a"] * len(PROMPTS)
    assert [g.text for g in new] == adapter_replies
    assert max(runtime._batcher.batch_sizes) > 1


async def test_stream_deltas_join_to_the_generated_reply(sequential):
    expected = await sequential.generate(_turns(PROMPTS[1]))
    stream = sequential.stream(_turns(PROMPTS[1]))
    deltas = [d async for d in stream]
    assert len(deltas) > 1 and all(deltas)
    assert "".join(deltas) == stream.result.text == expected.text
    assert stream.result.new_tokens == expected.new_tokens


async def test_a_merged_adapter_serves_the_same_replies_and_unmerges_cleanly(chatty_model_dir, tmp_path):
    a1 = make_tiny_adapter(chatty_model_dir, tmp_path / "a1", seed=1)
    a2 = make_tiny_adapter(chatty_model_dir, tmp_path / "a2", seed=2)
    merged = _runtime(chatty_model_dir, max_new_tokens=12, merge_lora=True)
    unmerged = _runtime(chatty_model_dir, max_new_tokens=12, merge_lora=False)
    base = [g.text for g in await _one_by_one(merged, PROMPTS)]
    for adapter_id, path in [("a1", a1), ("a2", a2)]:
        await merged.use_adapter(adapter_id, path)
        await unmerged.use_adapter(adapter_id, path)
        assert merged.model.base_model.model.model.layers[0].self_attn.q_proj.merged
        assert not unmerged.model.base_model.model.model.layers[0].self_attn.q_proj.merged
        got = [g.text for g in await _one_by_one(merged, PROMPTS)]
        assert got == [g.text for g in await _one_by_one(unmerged, PROMPTS)] and got != base
    await merged.use_adapter(None)
    assert [g.text for g in await _one_by_one(merged, PROMPTS)] == base
