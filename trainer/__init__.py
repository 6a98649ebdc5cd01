"""The trainer: base-model loading, adapters on disk; dataset, training and the gate come next."""
