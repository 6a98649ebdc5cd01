"""Rehearsal: the base model's own replies to general requests mixed into training (trainer/rehearsal.py)."""

from __future__ import annotations

import json

import pytest

from feedback.store import Store
from tests.test_train import CANARY, fill, make_settings
from trainer.registry import read_metadata
from trainer.rehearsal import (
    DEFAULT_PROMPTS,
    REHEARSAL_USER,
    RehearsalError,
    finished_reply,
    load_prompts,
    rehearsal_count,
    rehearsal_examples,
)
from trainer.train import TrainingError, train


def test_default_prompts_are_many_general_requests_without_comments():
    prompts = load_prompts(None)
    assert len(prompts) >= 50 and len(set(prompts)) == len(prompts)
    assert not any(p.startswith("#") for p in prompts)
    assert sum("Python" in p or "SQL" in p or "JavaScript" in p for p in prompts) >= 8  # code is rehearsed
    assert load_prompts(DEFAULT_PROMPTS) == prompts


def test_a_prompts_file_skips_blanks_and_comments_and_bad_files_say_which(tmp_path):
    good = tmp_path / "prompts.txt"
    good.write_text("# mine\n\nWhat is a prime number?\n  Name three rivers.  \n")
    assert load_prompts(good) == ["What is a prime number?", "Name three rivers."]
    with pytest.raises(RehearsalError, match="missing.txt"):
        load_prompts(tmp_path / "missing.txt")
    empty = tmp_path / "empty.txt"
    empty.write_text("# only a comment\n\n")
    with pytest.raises(RehearsalError, match="holds no prompts"):
        load_prompts(empty)


@pytest.mark.parametrize(
    ("rated", "share", "available", "expected"),
    [
        (30, 0.25, 60, 10),
        (30, 0.5, 60, 30),
        (30, 0.5, 12, 12),
        (30, 0.0, 60, 0),
        (0, 0.5, 60, 0),
        (3, 0.1, 60, 0),
    ],
)
def test_rehearsal_rows_make_up_the_share_of_all_rows(rated, share, available, expected):
    assert rehearsal_count(rated, share, available) == expected


def test_a_cut_reply_ends_at_its_last_sentence_and_code_blocks_are_closed():
    assert finished_reply("It rains. Then the sun comes", cut=True) == "It rains."
    assert finished_reply("It rains. Then the sun comes", cut=False) == "It rains. Then the sun comes"
    # An unfinished code block is dropped whole, with the words that announced it; one the model left
    # open itself is closed.
    assert finished_reply("Use a loop. Like this:\n```python\nfor x in", cut=True) == "Use a loop."
    assert finished_reply("Like this:\n```python\nx = 1", cut=False) == "Like this:\n```python\nx = 1\n```"
    assert finished_reply("no end at all", cut=True) == "no end at all"  # nothing better to cut at


def test_training_mixes_in_the_base_models_replies_and_generates_them_once(
    tmp_path, tiny_model_dir, monkeypatch
):
    settings = make_settings(tmp_path, tiny_model_dir, method="sft", rehearsal_share=0.5)
    store = Store(settings.db_url)
    fill(store)
    first = train(settings, store, max_steps=2, progress=False)
    meta = read_metadata(first.path)
    rated = meta["dataset_counts"]["sft"]["train"]
    # Half the rows rehearse: as many as the rated ones.
    assert first.metrics["rehearsal_examples"] == rated and first.metrics["examples"] == 2 * rated
    assert meta["hyperparameters"]["rehearsal_share"] == 0.5
    assert REHEARSAL_USER not in meta["contributors"]  # nobody to forget
    cache = settings.data_dir / "rehearsal_replies.json"
    replies = json.loads(cache.read_text())
    assert len(replies) == rated and all(isinstance(r, str) for r in replies.values())
    assert CANARY not in cache.read_text()  # only shipped prompts and the model's replies: no user text

    # The next cycle takes the same prompts and reads their replies from the cache.
    def no_generation(*args, **kwargs):
        raise AssertionError("rehearsal replies generated again")

    monkeypatch.setattr("trainer.evaluate.greedy_replies", no_generation)
    second = train(settings, store, max_steps=1, progress=False)
    assert second.metrics["rehearsal_examples"] == rated


def test_kto_rehearses_as_desirable_and_dpo_not_at_all(tmp_path, tiny_model_dir):
    settings = make_settings(tmp_path, tiny_model_dir, rehearsal_share=0.25)
    store = Store(settings.db_url)
    fill(store)
    kto = train(settings, store, method="kto", max_steps=1, progress=False)
    assert kto.metrics["rehearsal_examples"] >= 1
    dpo = train(settings, store, method="dpo", max_steps=1, progress=False)
    assert dpo.metrics["rehearsal_examples"] == 0


def test_rehearsal_examples_are_labelled_and_authored_by_no_user(tmp_path, tiny_model_dir):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from config.settings import TrainerSettings

    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir).eval()
    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    cfg = TrainerSettings(rehearsal_share=0.5, rehearsal_max_new_tokens=64)
    cache = tmp_path / "cache.json"
    rows = rehearsal_examples(model, tok, cfg, "kto", 4, "Be brief.", "tiny", cache)
    again = rehearsal_examples(model, tok, cfg, "kto", 4, "Be brief.", "tiny", cache)
    assert len(rows) == 4 and rows == again  # same seed, same prompts, same replies
    assert all(r.label is True and r.user_id == REHEARSAL_USER and not r.heldout for r in rows)
    assert all(r.prompt[0] == {"role": "system", "content": "Be brief."} for r in rows)
    assert {r.prompt[1]["content"] for r in rows} <= set(load_prompts(None))


def test_an_unreadable_prompts_file_stops_training_with_its_name(tmp_path, tiny_model_dir):
    settings = make_settings(
        tmp_path, tiny_model_dir, rehearsal_share=0.3, rehearsal_prompts=str(tmp_path / "nope.txt")
    )
    store = Store(settings.db_url)
    fill(store)
    with pytest.raises(TrainingError, match="nope.txt"):
        train(settings, store, method="sft", max_steps=1, progress=False)
    assert store.adapters() == []  # nothing registered, the ratings untouched
