"""Batched scrubbing gives exactly what one-by-one scrubbing gives, canaries included."""

from privacy.batch import scrub_batch

TEXTS = [
    "Hi, I'm Jane Canary, write to jane.canary@example.com or call 212-555-0199.",
    "My card is 4111 1111 1111 1111, please charge it.",
    "Nothing personal here, just a question about bread.",
    "",
    "   ",
    "Send it to 10.0.0.7 and to https://example.com/private, thanks.",
]


def test_scrub_batch_equals_scrub_one_by_one(scrubber):
    batched = scrub_batch(scrubber, TEXTS, batch_size=4)
    assert batched == [scrubber.scrub(t) for t in TEXTS]
    joined = " ".join(batched)
    for canary in ("jane.canary@example.com", "212-555-0199", "4111 1111 1111 1111", "Jane Canary"):
        assert canary not in joined
    assert "<EMAIL_ADDRESS>" in batched[0] and batched[2] == TEXTS[2]


def test_scrub_batch_of_nothing_is_nothing(scrubber):
    assert scrub_batch(scrubber, []) == []
