"""Test-harness hook: make $EXAMPLE_START_METHOD the default multiprocessing start method.

The harness puts this folder on PYTHONPATH, so Python imports it at start-up (and again in
every spawned child, which inherits the environment). It changes only the default, exactly
as if the platform had chosen another one: nothing is "set", so an example may still call
multiprocessing.set_start_method() or get_context("spawn") and keep its own choice.

With $GUIDE_START_METHOD_FLAG set, it also notes whether the program ever asks for the
default: the first time any process reads it (to start a process, to answer
get_start_method(), to list the methods), that file is created. Handing the default on to
a spawned child is not asking; the child's own use of it is. A program that never asks
runs the same whatever the default is; the harness uses that to skip repeating it.
"""
import os

_method = os.environ.get("EXAMPLE_START_METHOD")
if _method:
    import multiprocessing.context as _context

    _chosen = _context._concrete_contexts[_method]
    _flag = os.environ.get("GUIDE_START_METHOD_FLAG")
    _default = _context._default_context
    if not _flag:
        _default._default_context = _chosen
    else:
        import sys

        def _passed_on_only():
            # spawn.py hands the default on: get_preparation_data() reads it for a new
            # child and the child's prepare() sets it. That alone changes nothing; a
            # child that uses it asks in its turn (it runs this hook too).
            frame = sys._getframe(3)
            while frame is not None:
                code = frame.f_code
                if code.co_name in ("get_preparation_data", "prepare") and \
                        code.co_filename.endswith("spawn.py"):
                    return True
                frame = frame.f_back
            return False

        def _asked():
            if _passed_on_only():
                return
            if not os.path.exists(_flag):
                os.close(os.open(_flag, os.O_CREAT | os.O_WRONLY, 0o600))

        class _Watched(type(_default)):
            # The default context reaches the rest of multiprocessing only through these
            # two attributes; reading either one counts as asking.
            @property
            def _default_context(self):
                _asked()
                return _chosen

            @property
            def _actual_context(self):
                _asked()
                return self.__dict__.get("_watched_actual")

            @_actual_context.setter
            def _actual_context(self, value):
                self.__dict__["_watched_actual"] = value

        _default.__dict__["_watched_actual"] = _default.__dict__.get("_actual_context")
        _default.__class__ = _Watched
