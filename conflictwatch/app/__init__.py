"""The composition: what the `conflictwatch` command runs, wiring producers,
streams and alerts together (the CLI, the worker, the backtest, the local stack).

The rest of the `conflictwatch` package is the contract every part shares
(models, settings, errors, Redis keys, theatres) and imports none of them; this
subpackage is the only place that imports producers, streams and alerts together.
"""
