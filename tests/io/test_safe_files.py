"""Hostile files: pipes, devices, folders, sockets, symlinks, endless input, full disks
(nnstudio.io.safe_files and the readers and writers built on it). Real FIFOs and device nodes;
every test that could block runs under an alarm, so a regression fails instead of hanging."""

from __future__ import annotations

import errno
import itertools
import os
import socket
import stat
import time
from pathlib import Path

import pytest
from timeouts import deadline

from nnstudio.engine.network import Network
from nnstudio.io import netfile, safe_files
from nnstudio.io.csv_import import import_csv, preview
from nnstudio.io.csv_table import CsvImportError
from nnstudio.io.export_onnx import export_onnx
from nnstudio.io.export_torch import export_torch
from nnstudio.io.netfile_common import NetworkFileError
from nnstudio.io.safe_files import (
    FileWriteError,
    UnsafeFileError,
    read_limited,
    read_regular_file,
    remove_stale_temporaries,
    write_atomically,
)


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "pipe.csv"
    os.mkfifo(path)
    return path


@pytest.fixture
def unix_socket(tmp_path):
    path = tmp_path / "sock.csv"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(str(path))
    yield path
    sock.close()


def not_regular_cases(tmp_path, fifo, unix_socket):
    zero_link = tmp_path / "zero.csv"
    zero_link.symlink_to("/dev/zero")
    return [(fifo, "a named pipe"), (Path("/dev/zero"), "a character device"), (zero_link, "a character device"),
            (tmp_path, "a directory"), (unix_socket, "a socket")]


# -- reading ----------------------------------------------------------------------------------------
def test_reading_refuses_pipes_devices_folders_and_sockets_without_blocking(tmp_path, fifo, unix_socket):
    for path, kind in not_regular_cases(tmp_path, fifo, unix_socket):
        with deadline(), pytest.raises(UnsafeFileError) as info:
            read_regular_file(path, 1000)
        assert str(info.value) == f"{path}: is not a regular file ({kind})"


def test_an_anonymous_pipe_through_proc_is_refused():
    read_end, write_end = os.pipe()
    try:
        with deadline(), pytest.raises(UnsafeFileError, match=r"not a regular file \(a named pipe\)"):
            read_regular_file(f"/proc/self/fd/{read_end}", 1000)
    finally:
        os.close(read_end)
        os.close(write_end)


def test_a_regular_file_is_read_within_its_limit(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(b"x" * 100)
    assert read_regular_file(path, 100) == b"x" * 100
    link = tmp_path / "link.csv"
    link.symlink_to(path)
    assert read_regular_file(link, 100) == b"x" * 100
    with pytest.raises(UnsafeFileError, match=r"a.csv: the file is too large \(0.0 MB; the limit is 0 MB\)"):
        read_regular_file(path, 99)
    with pytest.raises(UnsafeFileError, match=r"nope: no such file"):
        read_regular_file(tmp_path / "nope", 99)


def test_endless_input_stops_at_the_limit():
    produced = []

    def endless():
        for i in itertools.count():
            produced.append(i)
            yield b"0,1\n" * 256  # 1 KiB, forever

    with deadline(), pytest.raises(UnsafeFileError, match=r"stdin: the file is too large \(more than the limit"):
        read_limited(endless(), 100_000, "stdin")
    assert len(produced) == 98  # it stopped right after crossing 100 kB, not at the end of memory


def test_a_file_growing_past_the_limit_while_read_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "growing.csv"
    path.write_bytes(b"a,b\n1,2\n")
    real_fdopen = os.fdopen

    class Growing:  # the file announces 8 bytes, then keeps delivering data
        def __init__(self, fh):
            self.fh = fh

        def read(self, n):
            return b"1,2\n" * (n // 4)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

    monkeypatch.setattr(safe_files.os, "fdopen", lambda fd, mode: Growing(real_fdopen(fd, mode)))
    with deadline(), pytest.raises(UnsafeFileError, match="too large"):
        read_regular_file(path, 3 * safe_files.READ_CHUNK)


def test_network_files_and_csv_files_from_pipes_and_devices_are_one_line_errors(tmp_path, fifo, unix_socket):
    for path, kind in not_regular_cases(tmp_path, fifo, unix_socket):
        with deadline(), pytest.raises(NetworkFileError) as info:
            netfile.load(path)
        assert str(info.value) == f"{path.name}: could not read the file: is not a regular file ({kind})"
        for reader in (import_csv, preview):
            with deadline(), pytest.raises(CsvImportError) as info:
                reader(path)
            assert str(info.value) == f"{path}: is not a regular file ({kind})"


def test_csv_files_have_a_size_limit(tmp_path, monkeypatch):
    from nnstudio.io import csv_table

    path = tmp_path / "big.csv"
    path.write_text("a,b\n" + "1,2\n" * 1000)
    monkeypatch.setattr(csv_table, "MAX_CSV_BYTES", 1000)
    with pytest.raises(CsvImportError, match=r"big.csv: the file is too large \(0.0 MB; the limit is 0 MB\)"):
        import_csv(path)


# -- writing ----------------------------------------------------------------------------------------
def test_writing_through_a_symlink_replaces_the_target_and_keeps_the_link(tmp_path):
    target = tmp_path / "real" / "net.txt"
    target.parent.mkdir()
    target.write_bytes(b"old")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert write_atomically(link, b"new", backup=True) == target
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_bytes() == b"new" and link.read_bytes() == b"new"
    assert (target.parent / "net.txt.bak").read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.txt", "real"]


def test_writing_onto_devices_pipes_folders_and_sockets_is_refused_and_changes_nothing(tmp_path, fifo,
                                                                                         unix_socket):
    null_link = tmp_path / "null.nnet"
    null_link.symlink_to("/dev/null")
    cases = [(Path("/dev/null"), "a character device"), (Path("/dev/full"), "a character device"),
             (null_link, "a character device"), (fifo, "a named pipe"), (tmp_path, "a directory"),
             (unix_socket, "a socket")]
    for path, kind in cases:
        before = os.stat(path)
        with deadline(), pytest.raises(FileWriteError) as info:
            write_atomically(path, b"data")
        assert str(info.value) == f"cannot write {path}: it is not a regular file ({kind})"
        after = os.stat(path)
        assert (after.st_mode, after.st_ino, after.st_rdev) == (before.st_mode, before.st_ino, before.st_rdev)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode) and null_link.is_symlink()


def _write_into_dev_full(tmp, data, mode):
    """Stand-in for the temporary-file write that really writes into /dev/full (ENOSPC from the kernel)."""
    Path(tmp).touch()
    with open("/dev/full", "wb") as fh:
        fh.write(data)
        fh.flush()


def test_a_full_disk_is_no_space_left_naming_the_file_and_keeps_the_old_one(tmp_path, monkeypatch):
    path = tmp_path / "loss.csv"
    path.write_bytes(b"previous history")
    monkeypatch.setattr(safe_files, "_write_synced", _write_into_dev_full)
    with pytest.raises(FileWriteError) as info:
        write_atomically(path, b"x" * 10_000)
    assert info.value.errno == errno.ENOSPC
    assert str(info.value) == f"cannot write {path}: no space left on the device (the previous file is unchanged)"
    assert path.read_bytes() == b"previous history"
    assert [p.name for p in tmp_path.iterdir()] == ["loss.csv"]


def test_exports_and_network_saves_go_through_the_same_checks(tmp_path, fifo):
    net = Network([2, 1], ["sigmoid"])
    for export in (export_torch, export_onnx):
        with deadline(), pytest.raises(FileWriteError, match=r"/dev/full: it is not a regular file"):
            export(net, "/dev/full")
        with deadline(), pytest.raises(FileWriteError, match="a named pipe"):
            export(net, fifo)
    with deadline(), pytest.raises(NetworkFileError, match=r"could not save null: it is not a regular file"):
        netfile.save(netfile.network_file_for(net), "/dev/null")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_hidden_temporaries_left_by_a_killed_save_are_removed_at_the_next_save(tmp_path):
    stale = tmp_path / ".net.nnet.0123abcd.tmp"
    stale.write_bytes(b"half a file")
    fresh = tmp_path / ".other.nnet.89abcdef.tmp"  # another writer's, still in progress
    fresh.write_bytes(b"being written")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    keep = tmp_path / ".notes.tmp"  # not one of ours
    keep.write_bytes(b"")
    os.utime(keep, (old, old))
    netfile.save(netfile.network_file_for(Network([2, 1], ["sigmoid"])), tmp_path / "net.nnet")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".notes.tmp", ".other.nnet.89abcdef.tmp", "net.nnet"]
    assert remove_stale_temporaries(tmp_path, older_than=-1) == [fresh]
