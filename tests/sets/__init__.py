"""The assistant's labelled documents: the tuning set, the real held-out set, and the blind
sets generated from a seed (see bench/bench_assistant.py)."""
