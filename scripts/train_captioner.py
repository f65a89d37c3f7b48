#!/usr/bin/env python3
"""Train a small captioning model on a release: an example of feeding the corpus to PyTorch.

  python scripts/train_captioner.py RELEASE [--epochs 3] [--steps N] [--batch 16] [--image-size 64]
  python scripts/train_captioner.py RELEASE --text      # text-only mode: context paragraphs -> caption

Image mode reads the `default` config. Each picture goes to a tiny ViT encoder, and a tiny GPT-2 decoder
with cross-attention writes the caption byte by byte. Text mode reads `text_only`: a tiny BERT encoder
reads the paragraphs before the picture. Both models are built from configs with transformers' classes,
so nothing is downloaded. Validation loss is printed after each epoch, and a JSON summary at the end.
Needs the `[train]` extra: pip install -e '.[train]'.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

BOS, EOS, PAD, VOCAB = 256, 257, 258, 259  # bytes 0-255, then three specials


class ByteTokenizer:
    """UTF-8 bytes as tokens: any language, no vocabulary file, nothing to download."""

    def __init__(self, max_len: int):
        self.max_len = max_len

    def encode(self, text: str) -> list[int]:
        ids = [BOS, *text.encode("utf-8")[: self.max_len - 2], EOS]
        return ids + [PAD] * (self.max_len - len(ids))

    @staticmethod
    def decode(ids) -> str:
        return bytes(i for i in ids if i < 256).decode("utf-8", errors="replace")


class ImageCaptionTransform:
    """A batch of rows -> model inputs. A module-level class, so DataLoader workers can pickle it."""

    def __init__(self, image_size: int, max_len: int):
        self.image_size, self.tok = image_size, ByteTokenizer(max_len)

    def __call__(self, batch: dict) -> dict:
        import torch

        pixels = torch.stack([self.picture(im) for im in batch["image"]])
        labels = torch.tensor([self.tok.encode(c) for c in batch["caption"]])
        return {"pixel_values": pixels, "labels": labels}

    def picture(self, im):
        """Short side to image_size, centre crop, scaled to [-1, 1] (channels first)."""
        import numpy as np
        import torch
        from PIL import Image

        im = im.convert("RGB")
        scale = self.image_size / min(im.size)
        im = im.resize((max(self.image_size, round(im.width * scale)), max(self.image_size, round(im.height * scale))),
                       Image.Resampling.BILINEAR)
        left, top = (im.width - self.image_size) // 2, (im.height - self.image_size) // 2
        im = im.crop((left, top, left + self.image_size, top + self.image_size))
        return torch.from_numpy(np.asarray(im, dtype="float32") / 127.5 - 1.0).permute(2, 0, 1)


class ContextCaptionTransform:
    """text_only rows -> (context bytes, caption bytes), for the text mode."""

    def __init__(self, max_len: int, context_len: int):
        self.tok, self.ctx = ByteTokenizer(max_len), ByteTokenizer(context_len)

    def __call__(self, batch: dict) -> dict:
        import torch

        contexts = [self.ctx.encode(" ".join(c[-2:])) for c in batch["context_before"]]
        ids = torch.tensor(contexts)
        return {"input_ids": ids, "attention_mask": (ids != PAD).long(),
                "labels": torch.tensor([self.tok.encode(c) for c in batch["caption"]])}


def image_model(image_size: int, max_len: int):
    from transformers import GPT2Config, ViTConfig, VisionEncoderDecoderConfig, VisionEncoderDecoderModel

    encoder = ViTConfig(image_size=image_size, patch_size=8, hidden_size=128, num_hidden_layers=2,
                        num_attention_heads=4, intermediate_size=256)
    return _seq2seq(VisionEncoderDecoderModel, VisionEncoderDecoderConfig, encoder, max_len)


def text_model(context_len: int, max_len: int):
    from transformers import BertConfig, EncoderDecoderConfig, EncoderDecoderModel

    encoder = BertConfig(vocab_size=VOCAB, hidden_size=128, num_hidden_layers=2, num_attention_heads=4,
                         intermediate_size=256, max_position_embeddings=context_len, pad_token_id=PAD)
    return _seq2seq(EncoderDecoderModel, EncoderDecoderConfig, encoder, max_len)


def _seq2seq(model_class, config_class, encoder, max_len: int):
    from transformers import GPT2Config

    decoder = GPT2Config(vocab_size=VOCAB, n_positions=max_len, n_embd=128, n_layer=2, n_head=4,
                         add_cross_attention=True, is_decoder=True, bos_token_id=BOS, eos_token_id=EOS,
                         pad_token_id=PAD)
    config = config_class.from_encoder_decoder_configs(encoder, decoder)
    config.decoder_start_token_id, config.pad_token_id, config.eos_token_id = BOS, PAD, EOS
    return model_class(config=config)


def loader(release: Path, config: str, split: str, transform, batch: int, shuffle: bool, workers: int):
    import torch
    from datasets import load_dataset

    columns = ["image", "caption"] if config == "default" else ["context_before", "caption"]
    rows = load_dataset(str(release), config, split=split).select_columns(columns).with_transform(transform)
    return torch.utils.data.DataLoader(rows, batch_size=batch, shuffle=shuffle, num_workers=workers,
                                       collate_fn=_stack, generator=torch.Generator().manual_seed(0))


def _stack(items: list[dict]) -> dict:
    import torch

    return {k: torch.stack([it[k] for it in items]) for k in items[0]}


def masked(batch: dict) -> dict:
    """Padding positions of the labels do not count in the loss."""
    labels = batch["labels"].clone()
    labels[labels == PAD] = -100
    return {**batch, "labels": labels}


def evaluate(model, data) -> float:
    import torch

    model.eval()
    total, n = 0.0, 0
    with torch.no_grad():
        for batch in data:
            total += model(**masked(batch)).loss.item() * len(batch["labels"])
            n += len(batch["labels"])
    model.train()
    return total / max(n, 1)


def splits_of(release: Path, config: str) -> list[str] | None:
    """The splits of config that hold rows; None when release is not a release (no readable manifest)."""
    try:
        manifest = json.loads((release / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest.get("loadable", {}).get("configs", {}).get(config, []) if isinstance(manifest, dict) else None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("release", type=Path, help="a release folder written by `corpus build`")
    ap.add_argument("--text", action="store_true", help="text-only mode: context paragraphs -> caption")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--steps", type=int, help="stop after this many training steps in all")
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--image-size", type=int, default=64, help="square crop fed to the encoder (px)")
    ap.add_argument("--max-len", type=int, default=96, help="caption bytes per example (longer are cut)")
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--workers", type=int, default=0, help="DataLoader worker processes")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=1,
                    help="torch threads (one is fastest for models this small: thread start-up costs more "
                         "than the work it splits)")
    a = ap.parse_args(argv)
    config = "text_only" if a.text else "default"
    splits = splits_of(a.release, config)  # before torch's import: a mistyped folder is said at once
    if splits is None:
        ap.error(f"{a.release} is not a release (no readable manifest.json); give a folder `corpus build` wrote")
    try:
        import torch
    except ImportError:
        print("needs PyTorch and transformers: pip install -e '.[train]'", file=sys.stderr)
        return 2
    if "train" not in splits:
        print(f"{a.release} has no {config} train split (splits: {splits or 'none'})", file=sys.stderr)
        return 2
    held = next((s for s in ("validation", "test") if s in splits), None)
    torch.manual_seed(a.seed)
    torch.set_num_threads(a.threads)
    if a.text:
        transform, model = ContextCaptionTransform(a.max_len, 256), text_model(256, a.max_len)
    else:
        transform, model = ImageCaptionTransform(a.image_size, a.max_len), image_model(a.image_size, a.max_len)
    train = loader(a.release, config, "train", transform, a.batch, True, a.workers)
    val = loader(a.release, config, held, transform, a.batch, False, a.workers) if held else None
    opt = torch.optim.AdamW(model.parameters(), lr=a.lr)
    summary = {"config": config, "train_losses": [], "val_losses": [], "held_out_split": held}
    if val is not None:
        summary["val_losses"].append(round(evaluate(model, val), 4))
        print(f"before training: {held} loss {summary['val_losses'][-1]:.3f}")
    step, t0 = 0, time.perf_counter()
    for epoch in range(a.epochs):
        for batch in train:
            loss = model(**masked(batch)).loss
            opt.zero_grad()
            loss.backward()
            opt.step()
            step += 1
            summary["train_losses"].append(round(loss.item(), 4))
            if a.steps and step >= a.steps:
                break
        if val is not None:
            summary["val_losses"].append(round(evaluate(model, val), 4))
        print(f"epoch {epoch + 1}: step {step}, train loss {summary['train_losses'][-1]:.3f}"
              + (f", {held} loss {summary['val_losses'][-1]:.3f}" if val is not None else ""))
        if a.steps and step >= a.steps:
            break
    summary.update(steps=step, seconds=round(time.perf_counter() - t0, 1),
                   perplexity_bytes=round(math.exp(min(summary["val_losses"][-1], 20)), 2) if val else None)
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
