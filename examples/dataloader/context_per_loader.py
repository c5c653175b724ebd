"""multiprocessing_context sets the start method of one loader."""
import sys

import torch.multiprocessing as mp
from torch.utils.data import DataLoader, Dataset

SETTING = "module level"  # runs wherever this file is imported


class Probe(Dataset):
    def __len__(self):
        return 1

    def __getitem__(self, i):
        # "__mp_main__": this worker imported the script afresh.
        return sys.modules["__main__"].__name__, SETTING


if __name__ == "__main__":
    SETTING = "changed under the __main__ guard"
    print("default start method:", mp.get_start_method())
    for context in (None, "fork", "spawn"):
        loader = DataLoader(Probe(), batch_size=None, num_workers=1,
                            multiprocessing_context=context)
        main_module, setting = next(iter(loader))
        print(f"multiprocessing_context={context}:")
        print(f"  worker's main module: {main_module}")
        print(f"  worker's SETTING: {setting}")
