"""torch.load refuses pickles that call arbitrary functions, unless weights_only=False."""
import os
import pickle
import tempfile
import textwrap

import torch


class Surprise:
    def __reduce__(self):
        return (print, ("  print() was called while loading the file",))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "checkpoint.pt")
        # A checkpoint is a pickle (inside a zip): anything can be saved into one.
        torch.save({"weights": torch.zeros(2), "extra": Surprise()}, path)

        # The default since PyTorch 2.6 is weights_only=True: an allow-list of types.
        print("torch.load(path):")
        try:
            torch.load(path)
        except pickle.UnpicklingError as error:
            # The message is long; its last specific line says what was refused
            # (printed wrapped to the page's width, word for word).
            lines = str(error).splitlines()
            reason = [line.strip() for line in lines if "Unpickler" in line]
            print(f"  {type(error).__name__}:")
            print(textwrap.fill(reason[0], 68, initial_indent="    ",
                                subsequent_indent="    "))

        # Opting out loads whatever the file asks for: only for files you made yourself.
        print("torch.load(path, weights_only=False):")
        checkpoint = torch.load(path, weights_only=False)
        print("  keys:", sorted(checkpoint))
