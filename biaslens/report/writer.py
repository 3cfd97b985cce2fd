"""The only place reports touch the disk: every file written atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file and a rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); a report is meant to be read like any file the
        # user writes, so give it the permissions the user's umask allows.
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_files(files: dict[str, bytes], out_dir: Path) -> list[Path]:
    """Write every ``{relative path: bytes}`` under ``out_dir``; return the paths in sorted order.

    Charts from an earlier run that this run no longer makes are removed, so the folder always
    matches the report that points into it.
    """
    written = []
    for relative in sorted(files):
        target = out_dir / relative
        write_atomic(target, files[relative])
        written.append(target)
    charts = out_dir / "charts"
    if charts.is_dir():
        keep = {out_dir / name for name in files}
        for stale in charts.iterdir():
            if stale.is_file() and stale not in keep:
                stale.unlink()
    return written
