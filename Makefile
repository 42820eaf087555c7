# One command per task (STYLE.md §12). Other targets join as their issues land.
PYTHON ?= $(if $(wildcard .venv/bin/python),.venv/bin/python,python3)

.PHONY: eval bench eval-moderation bench-moderation corpus-stats

eval: eval-moderation

bench: bench-moderation

# Issue 4: figures on the held-out test part; writes var/eval/moderation-test.{json,md}.
eval-moderation:
	$(PYTHON) tools/eval_moderation.py --split test

# Issue 4: tiers 0+1 latency over the whole corpus; writes var/bench/moderation.{json,md}.
bench-moderation:
	$(PYTHON) tools/bench_moderation.py

corpus-stats:
	$(PYTHON) tools/corpus_stats.py
