"""BERT's masked-LM targets: 15% of tokens chosen, then 80/10/10."""
import torch
import torch.nn.functional as F

VOCAB = 1000
MASK_ID = VOCAB - 1  # a token id set aside for [MASK]
IGNORE = -100        # cross_entropy's default ignore_index

if __name__ == "__main__":
    gen = torch.Generator().manual_seed(0)
    ids = torch.randint(0, MASK_ID, (64, 128), generator=gen)

    # Choose 15% of the positions; only these get a label.
    chosen = torch.rand(ids.shape, generator=gen) < 0.15
    labels = torch.where(chosen, ids, IGNORE)

    # Of those, 80% become [MASK], 10% a random token, 10% stay as
    # they are: the model cannot learn that only [MASK] matters.
    roll = torch.rand(ids.shape, generator=gen)
    masked = chosen & (roll < 0.8)
    randomised = chosen & (roll >= 0.8) & (roll < 0.9)
    inputs = ids.clone()
    inputs[masked] = MASK_ID
    inputs[randomised] = torch.randint(
        0, MASK_ID, (int(randomised.sum()),), generator=gen)

    n = chosen.sum().item()
    print(f"tokens {ids.numel()}, chosen {n} "
          f"({n / ids.numel():.1%})")
    kept = chosen & ~masked & ~randomised
    for name, part in (("[MASK]", masked), ("random", randomised),
                       ("unchanged", kept)):
        print(f"  {name:9} {part.sum().item():4} "
              f"({part.sum().item() / n:.1%} of chosen)")

    # The loss covers the chosen positions only: IGNORE labels drop
    # out, so it equals the loss computed on the chosen ones alone.
    logits = torch.randn(64, 128, VOCAB, generator=gen)
    loss = F.cross_entropy(logits.view(-1, VOCAB), labels.view(-1))
    alone = F.cross_entropy(logits[chosen], ids[chosen])
    print("loss over chosen positions only:",
          torch.allclose(loss, alone))
    # A causal LM has a target at every position but the last.
    print("targets per batch: masked LM", n,
          "| causal LM", ids[:, 1:].numel())
