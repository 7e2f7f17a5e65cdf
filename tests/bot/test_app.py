import time

from bot.app import ChannelPacer


def test_bursts_pass_then_one_per_second_per_channel():
    pacer = ChannelPacer(rate=20.0, burst=3)  # fast rate so the test stays short
    started = time.monotonic()
    for _ in range(3):
        pacer.wait("C1")
    assert time.monotonic() - started < 0.05  # the burst goes straight through
    pacer.wait("C2")  # another channel has its own bucket
    assert time.monotonic() - started < 0.05
    for _ in range(4):
        pacer.wait("C1")
    assert time.monotonic() - started >= 4 / 20 * 0.9  # then one per 1/rate seconds
