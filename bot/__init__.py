"""newsbrief: who stands where on open vs closed AI, in the thread of every news link."""

__version__ = "0.1.0"
