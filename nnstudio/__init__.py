"""NN Studio: a desktop visual simulator of neural networks."""

__version__ = "0.1.0"
