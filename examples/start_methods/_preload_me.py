"""A helper module beside the examples, named in forkserver_preload.py."""
LOADED = True
