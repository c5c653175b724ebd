"""Ask the interpreter whether it is a free-threaded build and whether the GIL is on."""
import sys
import sysconfig

if __name__ == "__main__":
    print(f"Python {sys.version_info.major}.{sys.version_info.minor}")
    # 1 on a free-threaded build (python3.13t, python3.14t); 0 or None on a normal build.
    print("Py_GIL_DISABLED:", sysconfig.get_config_var("Py_GIL_DISABLED"))
    # Added in 3.13: on a free-threaded build the GIL can still be switched back on
    # (PYTHON_GIL=1, or by importing an extension that does not declare support).
    is_gil_enabled = getattr(sys, "_is_gil_enabled", None)
    if is_gil_enabled is None:
        print("sys._is_gil_enabled() does not exist here: the GIL is always on")
    else:
        print("sys._is_gil_enabled():", is_gil_enabled())
