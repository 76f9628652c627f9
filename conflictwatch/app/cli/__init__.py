"""The `conflictwatch` command, by domain: producing and importing events
(`produce`), the worker and the API (`serve`), subscriptions (`subscribe`), rules
and backtests (`rules`), the local stack (`dev`). Each is a thin layer over
functions the tests call directly; `root` turns every ConflictwatchError into a
one-line message."""

from conflictwatch.app.cli import dev, produce, rules, serve, subscribe
from conflictwatch.app.cli.root import main

__all__ = ["dev", "main", "produce", "rules", "serve", "subscribe"]
