"""Write a small OLE2 compound file (the container of .xls and Outlook .msg) for tests.

`compound_file({"Workbook": b"...", "__attach_version1.0_#00000000": {...}})`: a dict of
stream names to bytes, and of storage names to dicts. Version 3 layout, 512-byte sectors,
streams under 4,096 bytes in the mini stream, as Office writes them. Only what readers
need: no red-black balancing (siblings are one right-leaning chain, which readers accept).
"""

from __future__ import annotations

import struct
from typing import Any

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SECTOR, MINI, CUTOFF = 512, 64, 4096
FREE, END, FAT_SECTOR, NONE = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def compound_file(tree: dict[str, Any]) -> bytes:
    entries: list[dict[str, Any]] = []
    _add(entries, "Root Entry", tree, 5)
    mini_stream, mini_fat = bytearray(), []
    big: list[tuple[dict[str, Any], bytes]] = []
    for entry in entries:
        data = entry.get("data")
        if entry["type"] != 2:
            continue
        if len(data) < CUTOFF:
            entry["start"] = len(mini_stream) // MINI if data else END
            count = -(-len(data) // MINI)
            mini_fat += [len(mini_fat) + i + 1 for i in range(count - 1)] + ([END] if count else [])
            mini_stream += data + bytes(-len(data) % MINI)
        else:
            big.append((entry, data))
    dir_bytes_count = -(-len(entries) // 4)
    pieces = [
        ("dir", dir_bytes_count),
        ("minifat", -(-len(mini_fat) * 4 // SECTOR)),
        ("ministream", -(-len(mini_stream) // SECTOR)),
    ] + [(str(i), -(-len(data) // SECTOR)) for i, (_, data) in enumerate(big)]
    content = sum(count for _, count in pieces)
    fat_count = 1
    while fat_count * 128 < content + fat_count:
        fat_count += 1
    fat = [FAT_SECTOR] * fat_count
    starts: dict[str, int] = {}
    for name, count in pieces:
        starts[name] = len(fat) if count else END
        fat += [len(fat) + i + 1 for i in range(count - 1)] + ([END] if count else [])
    fat += [FREE] * (fat_count * 128 - len(fat))
    for index, (entry, _) in enumerate(big):
        entry["start"] = starts[str(index)]
    entries[0]["start"] = starts["ministream"]
    entries[0]["size"] = len(mini_stream)
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        MAGIC, bytes(16), 0x3E, 3, 0xFFFE, 9, 6, bytes(6), 0, fat_count, starts["dir"], 0, CUTOFF,
        starts["minifat"], -(-len(mini_fat) * 4 // SECTOR), END, 0,
    )  # fmt: skip
    header += struct.pack("<109I", *(list(range(fat_count)) + [FREE] * (109 - fat_count)))
    body = b"".join(struct.pack("<128I", *fat[i * 128 : (i + 1) * 128]) for i in range(fat_count))
    directory = b"".join(_entry(e) for e in entries)
    directory += _entry(None) * (dir_bytes_count * 4 - len(entries))
    body += directory
    body += _pad(struct.pack(f"<{len(mini_fat)}I", *mini_fat), FREE)
    body += _pad(bytes(mini_stream), 0)
    for _, data in big:
        body += _pad(data, 0)
    return header + body


def _pad(data: bytes, filler: int) -> bytes:
    if filler == FREE:
        return data + b"\xff" * (-len(data) % SECTOR)
    return data + bytes(-len(data) % SECTOR)


def _add(entries: list[dict[str, Any]], name: str, node: Any, kind: int) -> int:
    index = len(entries)
    entry: dict[str, Any] = {"name": name, "type": kind, "right": NONE, "child": NONE, "start": END, "size": 0}
    entries.append(entry)
    if isinstance(node, dict):
        kids = [_add(entries, key, value, 1 if isinstance(value, dict) else 2) for key, value in node.items()]
        for left, right in zip(kids, kids[1:], strict=False):
            entries[left]["right"] = right
        entry["child"] = kids[0] if kids else NONE
    else:
        entry["data"] = bytes(node)
        entry["size"] = len(node)
    return index


def _entry(entry: dict[str, Any] | None) -> bytes:
    if entry is None:
        return struct.pack("<64sHBBIII16sIQQIQ", bytes(64), 0, 0, 0, NONE, NONE, NONE, bytes(16), 0, 0, 0, 0, 0)
    name = (entry["name"] + "\0").encode("utf-16-le")
    return struct.pack(
        "<64sHBBIII16sIQQIQ",
        name, len(name), entry["type"], 1, NONE, entry["right"], entry["child"], bytes(16), 0, 0, 0,
        entry["start"], entry["size"],
    )  # fmt: skip
