import asyncio
import json

import pytest
import torch

from bot.runtime import ModelRuntime, NotReady
from config.settings import ModelSettings
from tests.helpers import make_tiny_adapter
from trainer.adapters import AdapterError


def _logits(runtime: ModelRuntime) -> torch.Tensor:
    ids = torch.tensor([runtime.build_prompt([{"role": "user", "content": "hello there"}])])
    with torch.no_grad():
        return runtime.model(input_ids=ids).logits[0, -1]


def test_loads_a_local_directory_and_names_it(tiny_runtime, tiny_model_dir):
    assert tiny_runtime.ready and tiny_runtime.adapter_id is None
    assert tiny_runtime.model_name == tiny_model_dir.rstrip("/").split("/")[-1]


def test_system_prompt_goes_first_and_oldest_turns_are_dropped(tiny_model_dir):
    runtime = ModelRuntime(ModelSettings(base=tiny_model_dir, context_tokens=120, max_new_tokens=20))
    runtime.load()
    turns = []
    for i in range(20):
        turns += [
            {"role": "user", "content": f"question number {i}"},
            {"role": "assistant", "content": f"answer {i}"},
        ]
    turns.append({"role": "user", "content": "the last question"})
    ids = runtime.build_prompt(turns, system_prompt="You are Testy.")
    text = runtime.tokenizer.decode(ids)
    assert len(ids) <= 100
    assert text.index("You are Testy.") < text.index("the last question")
    assert "question number 0" not in text and "the last question" in text


async def test_generation_needs_a_loaded_model(tiny_model_dir):
    with pytest.raises(NotReady):
        await ModelRuntime(ModelSettings(base=tiny_model_dir)).generate([{"role": "user", "content": "hi"}])


async def test_adapter_hot_swap_changes_outputs_and_back(tiny_model_dir, tmp_path):
    runtime = ModelRuntime(ModelSettings(base=tiny_model_dir, max_new_tokens=4))
    runtime.load()
    base = _logits(runtime)
    a1 = make_tiny_adapter(tiny_model_dir, tmp_path / "a1", seed=1)
    a2 = make_tiny_adapter(tiny_model_dir, tmp_path / "a2", seed=2)
    await runtime.use_adapter("a1", a1)
    with_a1 = _logits(runtime)
    assert runtime.adapter_id == "a1" and not torch.allclose(base, with_a1)
    await runtime.use_adapter("a2", a2)
    with_a2 = _logits(runtime)
    assert runtime.adapter_id == "a2" and not torch.allclose(with_a1, with_a2)
    await runtime.use_adapter(None)
    assert runtime.adapter_id is None and torch.allclose(base, _logits(runtime), atol=1e-5)
    gen = await runtime.generate([{"role": "user", "content": "hi"}])
    assert gen.adapter_id is None


async def test_corrupt_or_missing_adapter_is_refused_and_the_incumbent_keeps_serving(
    tiny_model_dir, tmp_path
):
    runtime = ModelRuntime(ModelSettings(base=tiny_model_dir, max_new_tokens=4))
    runtime.load()
    good = make_tiny_adapter(tiny_model_dir, tmp_path / "good")
    await runtime.use_adapter("good", good)
    serving = _logits(runtime)
    with pytest.raises(AdapterError, match="does not exist"):
        await runtime.use_adapter("gone", tmp_path / "nope")
    broken = make_tiny_adapter(tiny_model_dir, tmp_path / "broken")
    (broken / "adapter_model.safetensors").write_bytes(b"not a tensor file")
    with pytest.raises(AdapterError):
        await runtime.use_adapter("broken", broken)
    bad_json = make_tiny_adapter(tiny_model_dir, tmp_path / "badjson")
    (bad_json / "adapter_config.json").write_text("{oops")
    with pytest.raises(AdapterError, match="JSON"):
        await runtime.use_adapter("badjson", bad_json)
    wrong = make_tiny_adapter(tiny_model_dir, tmp_path / "wrong")
    cfg = json.loads((wrong / "adapter_config.json").read_text())
    cfg["r"] = 64  # weights no longer match the config
    (wrong / "adapter_config.json").write_text(json.dumps(cfg))
    with pytest.raises(AdapterError):
        await runtime.use_adapter("wrong", wrong)
    assert runtime.adapter_id == "good"
    assert torch.allclose(serving, _logits(runtime), atol=1e-5)


async def test_swap_waits_for_replies_in_flight(tiny_model_dir, tmp_path):
    runtime = ModelRuntime(ModelSettings(base=tiny_model_dir, max_new_tokens=48, max_concurrent=4))
    runtime.load()
    adapter = make_tiny_adapter(tiny_model_dir, tmp_path / "a")
    turns = [{"role": "user", "content": "write a long story"}]
    in_flight = [asyncio.create_task(runtime.generate(turns)) for _ in range(3)]
    await asyncio.sleep(0.05)
    await runtime.use_adapter("a", adapter)
    after = await runtime.generate(turns)
    results = await asyncio.gather(*in_flight)
    assert all(r.adapter_id is None for r in results)
    assert after.adapter_id == "a"


async def test_timeout_raises_a_generation_error(tiny_model_dir):
    from bot.runtime import GenerationError

    runtime = ModelRuntime(ModelSettings(base=tiny_model_dir, max_new_tokens=200, timeout_seconds=0.01))
    runtime.load()
    with pytest.raises(GenerationError, match="no reply within"):
        await runtime.generate([{"role": "user", "content": "hi"}])


async def test_a_broken_first_adapter_leaves_the_base_model_serving(tiny_model_dir, tmp_path):
    runtime = ModelRuntime(ModelSettings(base=tiny_model_dir, max_new_tokens=4))
    runtime.load()
    base = _logits(runtime)
    wrong = make_tiny_adapter(tiny_model_dir, tmp_path / "wrong")
    cfg = json.loads((wrong / "adapter_config.json").read_text())
    cfg["r"] = 64
    (wrong / "adapter_config.json").write_text(json.dumps(cfg))
    with pytest.raises(AdapterError):
        await runtime.use_adapter("wrong", wrong)
    assert runtime.adapter_id is None
    assert torch.allclose(base, _logits(runtime), atol=1e-5)
    good = make_tiny_adapter(tiny_model_dir, tmp_path / "good")
    await runtime.use_adapter("good", good)
    assert runtime.adapter_id == "good"
