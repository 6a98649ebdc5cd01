import pytest

TEXTS = [
    "Hi, I'm Kaitlyn Vega Sullivan, write to qmartin.canary@example.org or call 953-555-0171.",
    "nothing personal here at all",
    "",
    "my api key is sk-abc123def456ghi789jkl and my IBAN is DE35 3704 0044 0532 0130 99",
    "MARIA GARCIA lives at 221B Baker Street",
    "ping me @jane_doe_42 or visit 10.0.0.7",
]


@pytest.mark.parametrize("mode", ["surrogate", "placeholder"])
def test_scrub_many_equals_scrub_one_by_one(scrubber, settings, mode):
    settings.privacy.replace = mode
    assert scrubber.scrub_many(TEXTS, "conv-1") == [scrubber.scrub(t, "conv-1") for t in TEXTS]
    assert "qmartin.canary@example.org" not in " ".join(scrubber.scrub_many(TEXTS, "conv-1"))


def test_scrub_many_of_nothing_is_nothing(scrubber):
    assert scrubber.scrub_many([]) == []
