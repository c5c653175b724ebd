"""Test-harness hook: make $EXAMPLE_START_METHOD the default multiprocessing start method.

The harness puts this folder on PYTHONPATH, so Python imports it at start-up (and again in
every spawned child, which inherits the environment). It changes only the default, exactly
as if the platform had chosen another one: nothing is "set", so an example may still call
multiprocessing.set_start_method() or get_context("spawn") and keep its own choice.
"""
import os

_method = os.environ.get("EXAMPLE_START_METHOD")
if _method:
    import multiprocessing.context as _context

    _context._default_context._default_context = _context._concrete_contexts[_method]
